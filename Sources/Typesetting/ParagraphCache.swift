/// Paragraphs already laid out, kept for reuse: a plan's documents share most of their text (a project
/// sheet appears on its own and in the book; the book is laid out again until its contents' page numbers
/// settle), and Pango's shaping and line breaking is most of the cost of a page. Keyed by everything
/// that decides the lines: the paragraph (text, style, ranges, tabs) and the width it is set in.
public final class ParagraphCache {
    struct Key: Hashable {
        let paragraph: Paragraph
        let width: Double
    }
    var slices: [Key: [Slice]] = [:]
    public private(set) var hits = 0
    public private(set) var misses = 0

    public init() {}

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
