/// Part 1's risk assessment table: ลำดับที่ | ขั้นตอนการดำเนินงาน | ประเด็นความเสี่ยงการทุจริต (numbered) | Risk Score |
/// มาตรการควบคุมความเสี่ยงการทุจริต (numbered). The extraction gives one tab-separated line per row, the numbered
/// lists run together inside their cells.
enum RiskTableParser {
    static let levels = ["สูง", "ปานกลาง", "ต่ำ"]

    static func isHeaderRow(_ cells: [String]) -> Bool {
        let first = TextForm.normalize(cells.first ?? "")
        return TextForm.integer(first) == nil
            && cells.contains { $0.contains("ขั้นตอน") || $0.contains("Risk") || $0.contains("มาตรการควบคุม") || $0.contains("ความเสี่ยง") }
    }

    /// Reads the rows; returns them with the errata they call for (numbering gaps, levels that do not match the risks).
    static func parse(_ lines: [SourceLine], ledger: LineLedger) -> (rows: [ImportedRiskRow], errata: [ImportedErratum]) {
        var rows: [ImportedRiskRow] = []
        var errata: [ImportedErratum] = []
        var expectedNumber = 1
        for line in lines where !line.isBlank {
            guard line.raw.contains("\t") else {
                ledger.reject([line.number], "a line inside the risk table that is not a table row (no tab-separated cells)")
                continue
            }
            let cells = line.raw.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if isHeaderRow(cells) {
                ledger.layout([line.number])
                continue
            }
            guard cells.count >= 5, let number = TextForm.integer(TextForm.normalize(cells[0])) else {
                ledger.reject([line.number], "a risk table row needs five cells (ลำดับที่, ขั้นตอน, ความเสี่ยง, Risk Score, มาตรการ), found \(cells.count)")
                continue
            }
            let index = rows.count
            if number != expectedNumber {
                errata.append(.proposal("risk_assessment.rows[\(index)]", source: "ลำดับที่ \(ThaiNumber.thai(number))",
                                        dataset: "ลำดับที่ \(ThaiNumber.thai(expectedNumber))",
                                        "the risk table's rows are numbered out of order; the renderer numbers them", line: line.number))
            }
            expectedNumber = number + 1
            let step = TextForm.normalize(cells[1])
            let risksCell = ListNumbering.splitInline(cells[2], closer: ".")
            var riskTexts = risksCell.pieces.map(\.text)
            if riskTexts.isEmpty { riskTexts = [risksCell.lead] } else if !risksCell.lead.isEmpty { riskTexts[0] = risksCell.lead + " " + riskTexts[0] }
            let levelWords = TextForm.normalize(cells[3]).split(separator: " ").map(String.init)
            var rowLevels: [String]
            if levelWords.count == riskTexts.count {
                rowLevels = levelWords
            } else if levelWords.count == 1 {
                rowLevels = Array(repeating: levelWords[0], count: riskTexts.count)
            } else {
                rowLevels = riskTexts.indices.map { $0 < levelWords.count ? levelWords[$0] : (levelWords.last ?? "") }
                errata.append(.proposal("risk_assessment.rows[\(index)].risks", source: TextForm.normalize(cells[3]),
                                        dataset: rowLevels.joined(separator: " "),
                                        "the row gives \(levelWords.count) risk scores for \(riskTexts.count) risks; check which score goes with which risk",
                                        line: line.number))
            }
            for (k, level) in rowLevels.enumerated() where !levels.contains(level) {
                errata.append(.proposal("risk_assessment.rows[\(index)].risks[\(k)].level", source: level, dataset: level,
                                        "a risk score is สูง, ปานกลาง or ต่ำ", line: line.number))
            }
            if risksCell.pieces.count > 1 {
                let numbers = risksCell.pieces.map(\.number)
                if numbers != Array(1...numbers.count) {
                    errata.append(.proposal("risk_assessment.rows[\(index)].risks", source: risksCell.pieces.map(\.label).joined(separator: " "),
                                            dataset: ListNumbering.consecutive(risksCell.pieces.map(\.label)),
                                            "the risks of this row are not numbered 1, 2, 3 … in order; no risk is missing and each text is kept; the renderer numbers them",
                                            line: line.number))
                }
            }
            let controlsCell = ListNumbering.splitInline(cells[4], closer: ".")
            var controls = controlsCell.pieces.map(\.text)
            if controls.isEmpty { controls = controlsCell.lead.isEmpty ? [] : [controlsCell.lead] } else if !controlsCell.lead.isEmpty { controls[0] = controlsCell.lead + " " + controls[0] }
            let numbers = controlsCell.pieces.map(\.number)
            if numbers.count > 1, numbers != Array(1...numbers.count) {
                errata.append(.proposal("risk_assessment.rows[\(index)].controls", source: controlsCell.pieces.map(\.label).joined(separator: " "),
                                        dataset: ListNumbering.consecutive(controlsCell.pieces.map(\.label)),
                                        "the controls of this row are not numbered 1, 2, 3 … in order; no control is missing and each text is kept; the renderer numbers them",
                                        line: line.number))
            }
            let extra = cells.dropFirst(5).map(TextForm.normalize).filter { !$0.isEmpty }
            if !extra.isEmpty {
                ledger.reject([line.number], "the row has more than five cells; the extra cells («\(extra.joined(separator: " | "))») were not placed")
                continue
            }
            rows.append(ImportedRiskRow(step: step, risks: zip(riskTexts, rowLevels).map { ($0, $1) }, controls: controls))
            ledger.place([line.number])
        }
        return (rows, errata)
    }
}
