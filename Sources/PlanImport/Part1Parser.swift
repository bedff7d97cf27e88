/// ส่วนที่ ๑ บทนำ: ๑. the risk table, ๒. หลักการและเหตุผล (paragraphs), ๓. วัตถุประสงค์, ๔. เป้าหมาย, ๕. ประโยชน์ (lists).
enum Part1Parser {
    enum Section: CaseIterable { case risk, rationale, objectives, goals, benefits }

    private static let headingPattern = Pattern("^([0-9๐-๙])\\.\\s*(.+)$")

    static func section(of text: String) -> Section? {
        guard text.count <= 70, let m = headingPattern.match(text), let words = m[2] else { return nil }
        if words.hasPrefix("การประเมินความเสี่ยง") { return .risk }
        if words.hasPrefix("หลักการและเหตุผล") { return .rationale }
        if words.hasPrefix("วัตถุประสงค์") { return .objectives }
        if words.hasPrefix("เป้าหมาย") { return .goals }
        if words.hasPrefix("ประโยชน์") { return .benefits }
        return nil
    }

    static func parse(_ source: SourceText, range: Range<Int>, ledger: LineLedger) -> ImportedPart1 {
        let lines = Array(source.lines[range])
        var current: Section?
        var riskLines: [SourceLine] = []
        var sectionLines: [Section: [SourceLine]] = [:]
        var sawContent = false
        for line in lines {
            if line.isBlank { if current != nil { sectionLines[current!, default: []].append(line) }; continue }
            let t = TextForm.normalize(line.raw)
            if !line.raw.contains("\t"), let s = section(of: t) {
                current = s
                ledger.layout([line.number])
                sawContent = true
                continue
            }
            guard let current else {
                // The part's title (บทนำ) or a page number before the first section.
                if !sawContent, t.count <= 40 || PartSplitter.isPageNumber(t) {
                    ledger.layout([line.number])
                } else {
                    ledger.reject([line.number], "text in ส่วนที่ ๑ before its first numbered section")
                }
                continue
            }
            if current == .risk { riskLines.append(line) } else { sectionLines[current, default: []].append(line) }
        }
        let (rows, riskErrata) = RiskTableParser.parse(riskLines, ledger: ledger)
        var errata = riskErrata

        func paragraphs(_ s: Section) -> [Paragraph] {
            let ps = Paragraphs.split(ArraySlice(sectionLines[s] ?? []))
            return ParagraphRepair.joinBrokenParagraphs(ps, ledger: ledger)
        }
        // Rationale: one paragraph per block.
        var rationale: [String] = []
        var blockText: [Int: String] = [:]
        var order: [Int] = []
        for p in paragraphs(.rationale) {
            if blockText[p.block] == nil { order.append(p.block); blockText[p.block] = p.text } else { blockText[p.block]! += " " + p.text }
            ledger.place(p)
        }
        rationale = order.map { blockText[$0]! }

        func items(_ s: Section, field: String) -> [ImportedItem] {
            let ps = paragraphs(s)
            ledger.place(ps)
            let nested = ListNumbering.nest(ps.map { ListNumbering.Entry(marker: ListNumbering.marker($0.raw, bullet: $0.bullet), lines: $0.lines, block: $0.block) })
            for gap in ListNumbering.gaps(nested, path: field) {
                errata.append(.proposal(gap.path, source: gap.labels.joined(separator: " "), dataset: ListNumbering.consecutive(gap.labels),
                                        "the list is not numbered 1, 2, 3 … in order; no item is missing and each text is kept; the renderer numbers the items",
                                        line: gap.lines.first))
            }
            return nested.map(ImportedItem.init)
        }
        let objectives = items(.objectives, field: "objectives")
        let goals = items(.goals, field: "goals")
        let benefits = items(.benefits, field: "benefits")
        return ImportedPart1(riskRows: rows, rationale: rationale, objectives: objectives, goals: goals, benefits: benefits, errata: errata)
    }
}
