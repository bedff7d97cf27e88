import Graphics

/// What a composer hands the typesetter: a flow of blocks that the typesetter breaks into pages.
public indirect enum Block: Equatable {
    /// A paragraph of text in a style; Pango breaks its lines.
    case paragraph(Paragraph)
    /// Vertical space in points (dropped at the top of a page).
    case space(Double)
    /// A horizontal rule of the given width, aligned in the text block.
    case rule(width: Double, thickness: Double, alignment: HorizontalAlignment)
    /// An image (or, without a file, the empty space it would take).
    case image(ImageBlock)
    /// A table: header rows repeat on every page, row spans carry across page breaks.
    case table(Table)
    /// A drawing that stays in one piece (a chart, photographs).
    case figure(Figure)
    /// Blocks that must stay on one page together (a signature block).
    case keepTogether([Block])
    /// Ends the page (unless nothing is on it yet); the next one uses `page` if given (landscape pages
    /// inside a portrait book).
    case pageBreak(PageSpec?)
    /// Marks a place (a heading) that contents entries, links and bookmarks point to.
    case anchor(String)
    /// Numbers pages from here on this way (from this page if it is still empty, else from the next).
    case pageNumbering(PageNumbering)
}

public struct Paragraph: Hashable {
    public var text: String
    public var style: TextStyle
    /// UTF-8 byte ranges inside which no line may break (protected names).
    public var noBreakRanges: [Range<Int>]
    /// An anchor the paragraph links to (a contents entry).
    public var link: String?
    /// Left tab stops in points from the paragraph box's left edge (a list label, then its text).
    public var tabStops: [Double]
    /// UTF-8 byte ranges set in bold (a label before the text).
    public var boldRanges: [Range<Int>]
    public init(_ text: String, style: TextStyle, noBreakRanges: [Range<Int>] = [], link: String? = nil,
                tabStops: [Double] = [], boldRanges: [Range<Int>] = []) {
        self.text = text; self.style = style; self.noBreakRanges = noBreakRanges; self.link = link
        self.tabStops = tabStops; self.boldRanges = boldRanges
    }
}

public struct ImageBlock: Equatable {
    /// A PNG file, or nil to keep the space empty.
    public var path: String?
    public var height: Double
    public var alignment: HorizontalAlignment
    /// Distance of the image's top from the page's top edge; nil places it in the flow.
    public var top: Double?
    public var spaceAfter: Double
    public init(path: String?, height: Double, alignment: HorizontalAlignment = .center, top: Double? = nil, spaceAfter: Double = 0) {
        self.path = path; self.height = height; self.alignment = alignment; self.top = top; self.spaceAfter = spaceAfter
    }
}

/// How pages are numbered from a point of the flow on.
public struct PageNumbering: Sendable, Hashable {
    public enum Style: String, Sendable, Hashable {
        /// Not numbered (an announcement or a cover inside a book).
        case none
        /// ๑ ๒ ๓ …
        case thaiDigits
        /// ก ข ค … (front matter)
        case thaiLetters
    }
    public var style: Style
    /// The number of the first page of this run.
    public var startAt: Int
    /// The first number that is printed (official letters print from page 2).
    public var printFrom: Int
    public init(style: Style, startAt: Int = 1, printFrom: Int = 1) {
        self.style = style; self.startAt = startAt; self.printFrom = printFrom
    }
}
