import Graphics

/// The unit pagination works with: a line of a paragraph, a rule, an image, a space. It knows its
/// height and whether it must stay on the page with the slice after it.
struct Slice {
    enum Kind {
        case content
        /// Space between blocks: dropped when it would begin a page.
        case space
        case pageBreak(PageSpec?)
        /// A table, laid out when the paginator knows the page it starts on.
        case table(Table)
        /// Page numbering changes here.
        case numbering(PageNumbering)
    }
    var kind: Kind = .content
    var height: Double
    /// Drawn relative to the slice's top-left corner at the text block's left edge.
    var items: [PageItem] = []
    var keepWithNext = false
    /// Places the slice at this distance from the page's top edge (an emblem at a fixed place).
    var absoluteTop: Double?
    /// An anchor recorded where the slice is placed.
    var anchor: String?
    /// A table's layout, made with the slices (on whichever thread set them) for the text width they
    /// were set in; the paginator makes it again if the page's width turns out otherwise.
    var tableLayout: (width: Double, layout: TableLayout)?

    static func space(_ height: Double) -> Slice { Slice(kind: .space, height: height) }
}
