import ThaiText

/// Part 2's table: มิติ | ภารกิจตามมิติ | โครงการ/กิจกรรม/มาตรการ | one column per fiscal year (งบประมาณ (บาท)) | หมายเหตุ.
/// One tab-separated line per row. A dimension or mission cell spans the rows below it (left empty there); one
/// row may hold several projects in one cell ("๑๐) … ๑๑) … ๑๒) …", an extraction artefact of merged cells),
/// and then its amounts are the row's total. Total rows read รวม (with "N โครงการ") and รวมทั้งสิ้น.
/// The table is read only to check it against Part 3 (names, missions, amounts, counts) and for the notes.
struct BudgetTable {
    struct Entry {
        var number: Int
        var name: String
        var dimension: Int?
        var mission: (dimension: Int, mission: Int)?
        var rowIndex: Int
        var line: Int
    }

    struct Row {
        var projects: [Int]
        /// Amount per fiscal year; nil where the cell reads "-" or is empty.
        var amounts: [Money?]
        var note: String?
        var line: Int
        var dimension: Int?
    }

    struct Total {
        var grand: Bool
        var dimension: Int?
        /// "N โครงการ", or nil when the row gives no count.
        var count: Int?
        var amounts: [Money?]
        var line: Int
    }

    var years: [Int] = []
    var entries: [Entry] = []
    var rows: [Row] = []
    var totals: [Total] = []
    /// Titles as printed in the dimension and mission cells.
    var dimensionTitles: [Int: (title: String, line: Int)] = [:]
    var missionTitles: [String: (title: String, line: Int)] = [:]
    /// Header rows whose first cell is not มิติ (a misspelling such as มติ), with their line.
    var misspelledHeaders: [(text: String, line: Int)] = []
    /// The table's title lines (ส่วนที่ ๒ …) with their period, if stated.
    var period: (first: Int, last: Int)?

    func entry(_ number: Int) -> Entry? { entries.first { $0.number == number } }
}

enum BudgetTableParser {
    private static let dimensionCell = Pattern("^([0-9๐-๙]+)\\.?\\s+(.+)$")
    private static let missionCell = Pattern("^([0-9๐-๙]+)\\.([0-9๐-๙]+)\\s+(.+)$")
    private static let yearHeader = Pattern("^ปี(?:งบประมาณ)?\\s*(?:พ\\.ศ\\.\\s*)?([0-9๐-๙]{4})$")
    private static let countCell = Pattern("^([0-9๐-๙]+)\\s*โครงการ$")

    static func parse(_ source: SourceText, range: Range<Int>, ledger: LineLedger) -> BudgetTable {
        var table = BudgetTable()
        var dimension: Int?
        var mission: (Int, Int)?
        var yearColumns: Range<Int>?
        var noteColumn: Int?
        var inTable = false
        for line in source.lines[range] where !line.isBlank {
            let t = TextForm.normalize(line.raw)
            guard line.raw.contains("\t") else {
                if inTable {
                    ledger.reject([line.number], "a line inside the Part 2 table that is not a table row (no tab-separated cells)")
                } else {
                    // The table's title: ส่วนที่ ๒ แผนปฏิบัติการ… (พ.ศ. ๒๕๖๖ – ๒๕๗๐) ของ…
                    if let m = FrontMatterParser.periodPattern.match(t), let a = m[1].flatMap(TextForm.integer), let b = m[2].flatMap(TextForm.integer) {
                        table.period = (a, b)
                    }
                    ledger.layout([line.number])
                }
                continue
            }
            inTable = true
            let cells = line.raw.split(separator: "\t", omittingEmptySubsequences: false).map { TextForm.normalize(String($0)) }
            // Header rows: year headings, "งบประมาณ (บาท)" under them.
            let years = cells.compactMap { c in yearHeader.match(c)?[1].flatMap(TextForm.integer) }
            if !years.isEmpty {
                table.years = years
                if let first = cells.firstIndex(where: { yearHeader.matches($0) }) {
                    yearColumns = first..<(first + years.count)
                    noteColumn = first + years.count < cells.count ? first + years.count : nil
                }
                let head = cells.first ?? ""
                if head != "มิติ" {
                    table.misspelledHeaders.append((cells.prefix(2).joined(separator: " | "), line.number))
                }
                ledger.layout([line.number])
                continue
            }
            if cells.contains(where: { $0.hasPrefix("งบประมาณ") }) && cells.allSatisfy({ $0.isEmpty || $0.hasPrefix("งบประมาณ") }) {
                ledger.layout([line.number])
                continue
            }
            guard let yearColumns else {
                ledger.reject([line.number], "a Part 2 table row before the header that names the fiscal years (ปี ๒๕xx)")
                continue
            }
            let amountCells = yearColumns.map { $0 < cells.count ? cells[$0] : "" }
            let amounts: [Money?] = amountCells.map { c in
                guard !c.isEmpty, c != "-" else { return nil }
                return try? Money.parse(c)
            }
            let unreadable = zip(amountCells, amounts).filter { !$0.0.isEmpty && $0.0 != "-" && $0.1 == nil }.map(\.0)
            let note = noteColumn.flatMap { $0 < cells.count ? cells[$0] : nil }.flatMap { $0.isEmpty ? nil : $0 }
            let labelCells = Array(cells.prefix(yearColumns.lowerBound))

            // Total rows.
            if let totalAt = labelCells.firstIndex(where: { $0 == "รวม" || $0 == "รวมทั้งสิ้น" || $0.hasPrefix("รวมทั้งสิ้น") }) {
                let grand = labelCells[totalAt].hasPrefix("รวมทั้งสิ้น")
                var count: Int?
                for c in labelCells[(totalAt)...] {
                    if let m = countCell.match(c.replacingOccurrences(of: "รวมทั้งสิ้น", with: "").trimmingCharacters(in: .whitespaces)) {
                        count = m[1].flatMap(TextForm.integer)
                    }
                }
                table.totals.append(BudgetTable.Total(grand: grand, dimension: grand ? nil : dimension, count: count, amounts: amounts, line: line.number))
                ledger.layout([line.number])
                continue
            }
            if labelCells.count < 3 {
                ledger.reject([line.number], "a Part 2 table row needs the มิติ, ภารกิจ and โครงการ cells before the amounts")
                continue
            }
            if !labelCells[0].isEmpty {
                if let m = dimensionCell.match(labelCells[0]), let n = m[1].flatMap(TextForm.integer) {
                    dimension = n
                    table.dimensionTitles[n] = (m[2] ?? "", line.number)
                } else {
                    ledger.reject([line.number], "the มิติ cell does not start with a number («\(labelCells[0])»)")
                    continue
                }
            }
            if !labelCells[1].isEmpty {
                if let m = missionCell.match(labelCells[1]), let d = m[1].flatMap(TextForm.integer), let n = m[2].flatMap(TextForm.integer) {
                    mission = (d, n)
                    table.missionTitles["\(d).\(n)"] = (m[3] ?? "", line.number)
                } else {
                    ledger.reject([line.number], "the ภารกิจ cell does not start with a mission number such as ๑.๑ («\(labelCells[1])»)")
                    continue
                }
            }
            let split = ListNumbering.splitInline(labelCells[2], closer: ")")
            if split.pieces.isEmpty || !split.lead.isEmpty {
                ledger.reject([line.number], "the โครงการ cell does not start with a project number such as ๑) («\(labelCells[2])»)")
                continue
            }
            let rowIndex = table.rows.count
            for piece in split.pieces {
                table.entries.append(BudgetTable.Entry(number: piece.number, name: piece.text, dimension: dimension,
                                                       mission: mission.map { (dimension: $0.0, mission: $0.1) },
                                                       rowIndex: rowIndex, line: line.number))
            }
            table.rows.append(BudgetTable.Row(projects: split.pieces.map(\.number), amounts: amounts, note: note,
                                              line: line.number, dimension: dimension))
            if !unreadable.isEmpty {
                ledger.reject([line.number], "amounts that cannot be read as baht: \(unreadable.joined(separator: ", "))")
            } else {
                ledger.place([line.number])
            }
        }
        return table
    }
}

import Foundation
