/// Accounts for every non-blank line of the source: placed in the dataset, recognized as layout (headings,
/// contents, page numbers, table headers that the renderer rebuilds), or not placed. Nothing is dropped
/// silently: whatever is neither placed nor layout is reported.
final class LineLedger {
    private(set) var placed: Set<Int> = []
    private(set) var layout: Set<Int> = []
    /// Why a line was not placed, when a parser knew.
    private(set) var reasons: [Int: String] = [:]
    /// Informational notes about how lines were read (joins, page numbers), by first line.
    private(set) var notes: [(line: Int, message: String)] = []

    func place(_ lines: [Int]) { placed.formUnion(lines) }
    func place(_ paragraph: Paragraph) { place(paragraph.lines) }
    func place(_ paragraphs: [Paragraph]) { for p in paragraphs { place(p) } }

    func layout(_ lines: [Int]) { layout.formUnion(lines) }
    func layout(_ paragraph: Paragraph) { layout(paragraph.lines) }

    /// Marks lines as not placed, with the reason given in the report.
    func reject(_ lines: [Int], _ reason: String) {
        for line in lines where reasons[line] == nil { reasons[line] = reason }
    }
    func reject(_ paragraph: Paragraph, _ reason: String) { reject(paragraph.lines, reason) }

    func note(_ line: Int, _ message: String) { notes.append((line, message)) }

    /// The lines neither placed nor recognized, in order, with a reason.
    func unplaced(in source: SourceText) -> [UnplacedLine] {
        source.lines.compactMap { line in
            guard !line.isBlank, !placed.contains(line.number), !layout.contains(line.number) else { return nil }
            return UnplacedLine(file: source.name, line: line.number, text: TextForm.normalize(line.raw),
                                reason: reasons[line.number] ?? "the importer found no place for this line in the dataset")
        }
    }
}

/// A line of the source the importer could not place in the dataset.
public struct UnplacedLine: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let text: String
    public let reason: String
    public var description: String {
        let shown = text.count > 80 ? String(text.prefix(80)) + "…" : text
        return "\(file):\(line): not placed: \(reason): «\(shown)»"
    }
}
