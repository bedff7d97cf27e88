/// Finds the parts of a plan text, in the template's order: announcement, cover and foreword (the front matter),
/// contents (สารบัญ), ส่วนที่ ๑ (introduction), ส่วนที่ ๒ (budget table), ส่วนที่ ๓ (project sheets) and the
/// closing notice. Ranges are of line indices (0-based) into `SourceText.lines`, headings excluded.
struct PlanParts {
    var front: Range<Int>
    var contents: Range<Int>?
    var part1: Range<Int>?
    var part2: Range<Int>?
    var part3: Range<Int>
    var closing: Range<Int>?
    /// The part headings' line numbers (1-based), with their titles as printed.
    var headings: [(part: Int, line: Int, title: String)]
}

enum PartSplitter {
    /// "ส่วนที่ ๑", "ส่วนที่ ๓ รายละเอียดโครงการ/กิจกรรม/มาตรการ"; not a contents row (it has a tab) nor a
    /// sentence that starts with the words (the foreword's "ส่วนที่ ๑ บทนำ ประกอบด้วย …").
    private static let heading = Pattern("^ส่วนที่\\s*([0-9๐-๙]+)(?:\\s+(.*))?$")
    private static let sheetStart = Pattern("^ลำดับที่\\s*([0-9๐-๙]+)$")

    static func partHeading(_ line: SourceLine) -> (number: Int, title: String)? {
        guard !line.raw.contains("\t") else { return nil }
        let t = TextForm.normalize(line.raw)
        guard let m = heading.match(t), let n = m[1].flatMap(TextForm.integer) else { return nil }
        let title = m[2] ?? ""
        guard title.count <= 80, !title.contains("ประกอบด้วย") else { return nil }
        return (n, title)
    }

    static func split(_ source: SourceText, ledger: LineLedger) throws(ImportFailure) -> PlanParts {
        let lines = source.lines
        func index(from start: Int, _ predicate: (SourceLine) -> Bool) -> Int? {
            guard start < lines.count else { return nil }
            return lines[start...].firstIndex(where: predicate)
        }
        let foreword = index(from: 0) { TextForm.normalize($0.raw) == "คำนำ" }
        let contents = index(from: foreword ?? 0) { TextForm.normalize($0.raw) == "สารบัญ" }
        let searchFrom = contents.map { $0 + 1 } ?? foreword.map { $0 + 1 } ?? 0

        var headings: [(part: Int, line: Int, title: String)] = []
        var at: [Int: Int] = [:]
        var next = searchFrom
        for part in 1...3 {
            guard let i = index(from: next, { partHeading($0)?.number == part }) else { continue }
            at[part] = i
            headings.append((part, lines[i].number, partHeading(lines[i])!.title))
            ledger.layout([lines[i].number])
            next = i + 1
        }
        guard let part3 = at[3] else {
            throw ImportFailure(source.name, line: nil,
                                "no ส่วนที่ ๓ heading (the project sheets: a line reading ส่วนที่ ๓ …); the importer needs the sheets to build a dataset")
        }

        // The closing notice: after the last sheet, the paragraph that starts "ประกาศให้…".
        let lastSheet = lines.indices.last { sheetStart.matches(TextForm.normalize(lines[$0].raw)) } ?? part3
        let closing = index(from: lastSheet + 1) { TextForm.normalize($0.raw).hasPrefix("ประกาศให้") }

        let firstPart = at[1] ?? at[2] ?? part3
        let frontEnd = contents ?? firstPart
        let part1 = at[1].map { ($0 + 1)..<(at[2] ?? part3) }
        let part2 = at[2].map { ($0 + 1)..<part3 }
        let part3Range = (part3 + 1)..<(closing ?? lines.count)
        var contentsRange: Range<Int>?
        if let contents {
            // The contents are rebuilt by the renderer: the heading and the rows after it (tabbed rows, rows that
            // end in a page number, the word หน้า, page numbers) are layout. The first other line ends them.
            var end = contents + 1
            while end < firstPart, isContentsRow(lines[end]) { end += 1 }
            contentsRange = contents..<end
            ledger.layout(lines[contents..<end].map(\.number))
        }
        return PlanParts(front: 0..<frontEnd, contents: contentsRange, part1: part1, part2: part2, part3: part3Range,
                         closing: closing.map { $0..<lines.count }, headings: headings)
    }
}

extension PartSplitter {
    private static let pageAtEnd = Pattern("(?:\\s|\\.{2,}|…)\\s*[0-9๐-๙กขคงจฉชซ]{1,3}$")
    private static let pageNumber = Pattern("^[0-9๐-๙]{1,3}$")

    static func isPageNumber(_ text: String) -> Bool { pageNumber.matches(TextForm.normalize(text)) }

    static func isContentsRow(_ line: SourceLine) -> Bool {
        let t = TextForm.normalize(line.raw)
        return line.isBlank || line.raw.contains("\t") || t == "หน้า" || isPageNumber(t) || pageAtEnd.matches(t)
    }
}

/// Why an import stopped: the text lacks something the dataset cannot do without.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let message: String
    init(_ file: String, line: Int?, _ message: String) { self.file = file; self.line = line; self.message = message }
    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): error: \(message)" }
}
