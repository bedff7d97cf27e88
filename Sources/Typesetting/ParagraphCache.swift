import Foundation
/// Paragraphs already laid out, kept for reuse: a plan's documents share most of their text (a project
/// sheet appears on its own and in the book; the book is laid out again until its contents' page numbers
/// settle), and Pango's shaping and line breaking is most of the cost of a page. Keyed by everything
/// that decides the lines: the paragraph (text, style, ranges, tabs) and the width it is set in.
public final class ParagraphCache {
    struct Key: Hashable {
        let paragraph: Paragraph
        let width: Double

        // The text compared and hashed as UTF-8 bytes: String's own hashing normalizes the text first,
        // which for Thai costs more than the lookup saves. The cheap fields are compared first; the style
        // is compared but not hashed (hashing its font names normalizes them each time; paragraphs of one
        // text in two styles are few).
        static func == (a: Key, b: Key) -> Bool {
            let (p, q) = (a.paragraph, b.paragraph)
            return a.width == b.width && p.noBreakRanges == q.noBreakRanges && p.boldRanges == q.boldRanges
                && p.tabStops == q.tabStops && sameBytes(p.text, q.text) && p.style == q.style && p.link == q.link
        }

        private static func sameBytes(_ a: String, _ b: String) -> Bool {
            var (a, b) = (a, b)
            return a.withUTF8 { x in
                b.withUTF8 { y in x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
            }
        }

        func hash(into hasher: inout Hasher) {
            var text = paragraph.text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            hasher.combine(width)
            hasher.combine(paragraph.noBreakRanges)
            hasher.combine(paragraph.tabStops)
            hasher.combine(paragraph.boldRanges)
        }
    }
    var slices: [Key: [Slice]] = [:]
    /// Texts' widths set on one line (protected names, cells of columns that fit their content), by font,
    /// keyed by their UTF-8 bytes (hashing a String normalizes it: slow for Thai). Every document of a
    /// plan protects the same names, and the book is set again until its page numbers settle.
    var oneLineWidths: [FontRequest: [TextKey: Double]] = [:]
    /// The runs of blocks (from one page break to the next) of the last document typeset on several threads,
    /// each with the width it was set in and its slices, by place.
    var previousRuns: [(blocks: ArraySlice<Block>, width: Double, slices: [Slice])] = []
    public private(set) var hits = 0
    public private(set) var misses = 0
    /// Layouts kept on disk from earlier runs, consulted before Pango sets a paragraph, and given what
    /// Pango sets.
    public var store: LayoutStore?
    /// Layouts the other threads of this render set, consulted after the store and given what Pango sets.
    public var shared: SharedLayouts?
    /// Paragraphs taken from `shared` instead of being set by Pango, and paragraphs Pango set.
    public internal(set) var takenFromShared = 0
    public internal(set) var setByPango = 0

    public init() {}

    /// How many paragraph layouts are kept.
    public var count: Int { slices.count }

    func lookup(_ paragraph: Paragraph, width: Double) -> [Slice]? {
        if let found = slices[Key(paragraph: paragraph, width: width)] {
            hits += 1
            return found
        }
        misses += 1
        return nil
    }

    func store(_ result: [Slice], for paragraph: Paragraph, width: Double) {
        slices[Key(paragraph: paragraph, width: width)] = result
    }
}
