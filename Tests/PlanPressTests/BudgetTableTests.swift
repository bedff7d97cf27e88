import Foundation
import PlanPress
import XCTest

/// Part 2, the budget table, read back from the PDF.
final class BudgetTableTests: XCTestCase {
    /// Renders the budget table of a plan (the default one when `plan` is nil) and returns its probe.
    func renderBudget(home: URL, plan: URL? = nil) throws -> PDFProbe {
        var arguments = ["render", "budget"]
        var output = home.appendingPathComponent("output/\(Workspace.defaultPlanID)")
        if let plan {
            output = home.appendingPathComponent("output/synthetic")
            arguments += ["--plan", plan.path, "--out", output.path]
        }
        let result = try Workspace.planpress(arguments, home: home)
        XCTAssertEqual(result.status, 0, result.stderr)
        return PDFProbe(path: output.appendingPathComponent("budget-table.pdf").path)
    }

    /// The totals rows ("รวม …", "รวมทั้งสิ้น …") as (label, project count, amounts in satang).
    func totalRows(_ pdf: PDFProbe) throws -> [(label: String, count: Int, amounts: [Int64])] {
        try pdf.layoutLines().compactMap { line in
            let fields = line.split(whereSeparator: \.isWhitespace).map(String.init)
            guard fields.count >= 4, fields[0] == "รวม" || fields[0] == "รวมทั้งสิ้น", fields[2] == "โครงการ",
                  let count = PrintedNumber.integer(fields[1]) else { return nil }
            let amounts = fields[3...].compactMap(PrintedNumber.satang)
            return (fields[0], count, amounts)
        }
    }

    func testTotalsAndCountsOfTheEmbeddedPlan() throws {
        let rows = try totalRows(renderBudget(home: scratchHome()))
        XCTAssertEqual(rows.map(\.label), ["รวม", "รวม", "รวม", "รวม", "รวมทั้งสิ้น"])
        XCTAssertEqual(rows.map(\.count), [9, 21, 7, 7, 44])
        let baht: Int64 = 100
        XCTAssertEqual(rows[0].amounts, Array(repeating: 100_000 * baht, count: 5))
        XCTAssertEqual(rows[1].amounts, Array(repeating: 0, count: 5))
        XCTAssertEqual(rows[2].amounts, Array(repeating: 300_000 * baht, count: 5))
        XCTAssertEqual(rows[3].amounts, Array(repeating: 0, count: 5))
        XCTAssertEqual(rows[4].amounts, Array(repeating: 400_000 * baht, count: 5))
        // A year without budget prints "-", never "๐".
        let lines = try renderBudget(home: scratchHome()).layoutLines()
        let dimension2 = try XCTUnwrap(lines.first { $0.hasPrefix("รวม") && $0.contains("๒๑ โครงการ") })
        XCTAssertEqual(dimension2.split(whereSeparator: \.isWhitespace).suffix(5), ["-", "-", "-", "-", "-"])
    }

    func testEveryProjectNameAppearsOnce() throws {
        let home = try scratchHome()
        let pdf = try renderBudget(home: home)
        let text = try pdf.compactColumn(xMin: 0, xMax: 10_000)
        let projects = try FileManager.default.contentsOfDirectory(
            atPath: home.appendingPathComponent("Plans/\(Workspace.defaultPlanID)/projects").path)
        XCTAssertEqual(projects.count, 44)
        let column = try projectColumn(pdf)
        for file in projects {
            let yaml = try String(contentsOf: home.appendingPathComponent("Plans/\(Workspace.defaultPlanID)/projects/\(file)"), encoding: .utf8)
            let number = try XCTUnwrap(yaml.split(separator: "\n").first { $0.hasPrefix("number: ") }).dropFirst(8)
            let name = try XCTUnwrap(yaml.split(separator: "\n").first { $0.hasPrefix("name: ") }).dropFirst(6)
            let thaiNumber = String(String(number).unicodeScalars.map { Character(UnicodeScalar($0.value - 0x30 + 0x0E50)!) })
            let printed = (thaiNumber + ")" + name).filter { !$0.isWhitespace }
            XCTAssertEqual(column.components(separatedBy: printed).count - 1, 1, "project \(number) “\(name)” not printed exactly once")
        }
        XCTAssertFalse(text.isEmpty)
    }

    /// The project column's text, found from where the first project's number is printed.
    func projectColumn(_ pdf: PDFProbe) throws -> String {
        let words = try pdf.words()
        let first = try XCTUnwrap(words.first { $0.text.hasPrefix("๑)") })
        let year = try XCTUnwrap(words.first { $0.text == "งบประมาณ" })
        // Leave out the running page number and the repeated header, which stand in the same column.
        return try pdf.compactColumn(xMin: first.xMin - 1, xMax: year.xMin - 2, below: 50)
            .replacingOccurrences(of: "โครงการ/กิจกรรม/มาตรการ", with: "")
    }

    func testEveryPageIsLandscapeA4WithTheHeader() throws {
        let pdf = try renderBudget(home: scratchHome())
        let sizes = try pdf.pageSizes()
        XCTAssertGreaterThan(sizes.count, 1, "the embedded plan's table should take several pages")
        for (i, size) in sizes.enumerated() {
            XCTAssertEqual(size.width, 841.89, accuracy: 0.5, "page \(i + 1)")
            XCTAssertEqual(size.height, 595.28, accuracy: 0.5, "page \(i + 1)")
        }
        let words = try pdf.words()
        for page in 1...sizes.count {
            let onPage = Set(words.filter { $0.page == page }.map(\.text))
            XCTAssertTrue(onPage.contains("ภารกิจตามมิติ"), "page \(page) has no header")
            XCTAssertTrue(onPage.contains("หมายเหตุ"), "page \(page) has no header")
        }
    }

    func testSyntheticPlanTotalsEqualTheSumsOfItsData() throws {
        let home = try scratchHome()
        let planDirectory = home.appendingPathComponent("Plans/synthetic")
        var synthetic = SyntheticPlan(years: 4, projectsPerDimension: [20, 25, 15], nameLength: 2, budgetEvery: 2)
        try synthetic.write(to: planDirectory.path)
        let pdf = try renderBudget(home: home, plan: planDirectory)
        let rows = try totalRows(pdf)
        XCTAssertEqual(rows.count, 4)
        let years = Array(synthetic.firstFiscalYear...synthetic.lastFiscalYear)
        for dimension in 1...3 {
            let budgets = synthetic.budgets.filter { $0.dimension == dimension }
            XCTAssertEqual(rows[dimension - 1].count, budgets.count)
            let expected = years.map { year in budgets.reduce(Int64(0)) { $0 + ($1.perYear[year]?.satang ?? 0) } }
            XCTAssertEqual(rows[dimension - 1].amounts, expected, "dimension \(dimension)")
            XCTAssertTrue(expected.contains { $0 % 100 != 0 }, "the synthetic sums should carry satang")
        }
        let grand = years.map { year in synthetic.budgets.reduce(Int64(0)) { $0 + ($1.perYear[year]?.satang ?? 0) } }
        XCTAssertEqual(rows[3].label, "รวมทั้งสิ้น")
        XCTAssertEqual(rows[3].count, 60)
        XCTAssertEqual(rows[3].amounts, grand)
        // Four fiscal years give four year columns.
        let headerYears = try pdf.words().filter { $0.page == 1 && $0.text == "ปี" }
        XCTAssertEqual(headerYears.count, 4)
    }

    func testARowSpanCrossingAPageBreakRepeatsItsText() throws {
        let home = try scratchHome()
        let planDirectory = home.appendingPathComponent("Plans/synthetic")
        var synthetic = SyntheticPlan(projectsPerDimension: [40, 5], missionsPerDimension: 1, nameLength: 4)
        try synthetic.write(to: planDirectory.path)
        let pdf = try renderBudget(home: home, plan: planDirectory)
        let words = try pdf.words()
        let pages = Set(words.map(\.page)).count
        XCTAssertGreaterThan(pages, 2)
        // Dimension 1 and its one mission span 40 rows: every page they reach shows them again, marked.
        for page in 2..<pages {
            let text = words.filter { $0.page == page }.map(\.text).joined()
            XCTAssertTrue(text.contains("มิติตัวอย่างที่๑") || text.contains("มิติตัวอย่างที่ ๑"), "page \(page) does not repeat the dimension")
            XCTAssertTrue(text.contains("(ต่อ)"), "page \(page) does not mark the continued span")
        }
    }

    func testNoPageBeginsWithTotalsAlone() throws {
        // One dimension of N projects, for every N that brings the page break near the end: at some N the
        // dimension's total and the grand total fall at the top of a page, and must take a project row along.
        let home = try scratchHome()
        for count in 14...30 {
            let planDirectory = home.appendingPathComponent("Plans/synthetic-\(count)")
            var synthetic = SyntheticPlan(projectsPerDimension: [count], missionsPerDimension: 1, nameLength: 1, budgetEvery: 2)
            try synthetic.write(to: planDirectory.path)
            let pdf = try renderBudget(home: home, plan: planDirectory)
            let words = try pdf.words()
            for page in Set(words.map(\.page)).sorted() {
                let onPage = words.filter { $0.page == page }
                guard let total = onPage.filter({ $0.text == "รวม" || $0.text == "รวมทั้งสิ้น" }).min(by: { $0.yMin < $1.yMin }) else { continue }
                let projectRowsAbove = onPage.filter { word in
                    word.yMax <= total.yMin && word.text.hasSuffix(")") && word.text.dropLast().allSatisfy { ("๐"..."๙").contains($0) }
                        && !word.text.dropLast().isEmpty
                }
                XCTAssertFalse(projectRowsAbove.isEmpty, "\(count) projects: page \(page) begins with “\(total.text)”, a totals row, with no project row before it")
            }
        }
    }

    func testARowTallerThanAPageSplitsBetweenLines() throws {
        let home = try scratchHome()
        let planDirectory = home.appendingPathComponent("Plans/synthetic")
        var synthetic = SyntheticPlan(projectsPerDimension: [2], missionsPerDimension: 1, nameLength: 60)
        try synthetic.write(to: planDirectory.path)
        let pdf = try renderBudget(home: home, plan: planDirectory)
        XCTAssertGreaterThan(try pdf.pageCount(), 3)
        // Every line of the long names is printed once: nothing lost, nothing repeated at the breaks.
        let column = try projectColumn(pdf)
        let phrase = "ส่งเสริมความโปร่งใสและการมีส่วนร่วมของประชาชนในการตรวจสอบ"
        XCTAssertEqual(column.components(separatedBy: phrase).count - 1, 120, "the two 60-phrase names should print 120 phrases")
        let rows = try totalRows(pdf)
        XCTAssertEqual(rows.last?.count, 2)
    }
}
