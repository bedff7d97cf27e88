import Composition
import Foundation
import TestSupport
import PlanModel
import PlanPress
import XCTest

/// The progress reports (`planpress render progress`), read back from their PDFs. The figures a test
/// expects are computed here from the test's own records, never taken from the library.
final class ProgressReportTests: XCTestCase {
    // MARK: Running the binary

    /// The `planpress` built with this test bundle: on Linux the bundle is an executable beside it, in
    /// whatever scratch folder `swift test --scratch-path` used; otherwise Workspace's choice.
    static var binary: String {
        let beside = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent().appendingPathComponent("planpress")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside.path }
        return Workspace.binary
    }

    /// Runs `planpress` with PLANPRESS_HOME set to `home`.
    @discardableResult
    static func planpress(_ arguments: [String], home: URL) throws -> Shell.Result {
        try Shell.run(binary, arguments, environment: ["PLANPRESS_HOME": home.path], currentDirectory: home.path)
    }

    // MARK: A synthetic plan and its records

    enum Status: String { case completed, inProgress = "in_progress", notStarted = "not_started", cancelled }

    /// One record as the test writes it; amounts in satang (nil: the cell is left empty).
    struct Record {
        var project: Int
        var status: Status
        var planned: Int64? = nil
        var approved: Int64? = nil
        var disbursed: Int64? = nil
        var photos = 0
    }

    /// Projects 1…12 in three dimensions (4, 5 and 3 projects); even numbers belong to `office`, odd ones
    /// to `finance`; every second project has a budget in the plan.
    static let dimensions = [4, 5, 3]
    static let fiscalYear = 2567

    /// A mix of statuses, budgets with satang, amounts left for the plan to fill in, three photographs, and
    /// projects 3, 7 and 10 with no record.
    static let records: [Record] = [
        Record(project: 1, status: .completed, approved: 5_000_050, disbursed: 4_525_025),
        Record(project: 2, status: .inProgress, planned: 12_000_075, approved: 10_000_000, disbursed: 3_000_010),
        Record(project: 4, status: .cancelled),
        Record(project: 5, status: .notStarted),
        Record(project: 6, status: .completed, approved: 8_000_000, disbursed: 8_000_000, photos: 3),
        Record(project: 8, status: .inProgress, approved: 2_000_033, disbursed: 0),
        Record(project: 9, status: .completed, planned: 1_234_567),
        Record(project: 11, status: .completed, approved: 1_000_001, disbursed: 999_999),
        Record(project: 12, status: .notStarted, planned: 0),
    ]

    struct Fixture {
        let home: URL
        let plan: URL
        let output: URL
        /// The plan's budget for the fiscal year, by project (satang).
        let planBudgets: [Int: Int64]
        var round: URL { output.appendingPathComponent("progress/\(ProgressReportTests.fiscalYear)-6m") }
    }

    /// Writes the synthetic plan, its photographs and its records (`example` says whether the records file
    /// is example data) into a scratch home.
    func makeFixture(example: Bool, records: [Record] = ProgressReportTests.records, function: String = #function) throws -> Fixture {
        let home = try scratchHome(function)
        let plan = home.appendingPathComponent("Plans/progress-synthetic")
        var synthetic = SyntheticPlan(id: "progress-synthetic", firstFiscalYear: Self.fiscalYear, years: 2,
                                      projectsPerDimension: Self.dimensions, missionsPerDimension: 2, nameLength: 1,
                                      budgetEvery: 2, rationaleParagraphs: 1)
        try synthetic.write(to: plan.path)
        var budgets: [Int: Int64] = [:]
        for budget in synthetic.budgets { budgets[budget.project] = budget.perYear[Self.fiscalYear]?.satang }

        let photos = plan.appendingPathComponent("progress/photos")
        try FileManager.default.createDirectory(at: photos, withIntermediateDirectories: true)
        for n in 1...3 {
            try PNGFile.write(to: photos.appendingPathComponent("photo-\(n).png"), width: 48 + 16 * n, height: 36) { x, y in
                (UInt8((x * 5) % 256), UInt8((y * 7) % 256), UInt8(60 * n))
            }
        }
        let round = plan.appendingPathComponent("progress/\(Self.fiscalYear)-6m")
        try FileManager.default.createDirectory(at: round, withIntermediateDirectories: true)
        try csv(records, example: example).write(to: round.appendingPathComponent("records.csv"), atomically: true, encoding: .utf8)
        return Fixture(home: home, plan: plan, output: home.appendingPathComponent("output/progress-synthetic"), planBudgets: budgets)
    }

    func csv(_ records: [Record], example: Bool) -> String {
        func amount(_ satang: Int64?) -> String {
            guard let satang else { return "" }
            return "\"\(satang / 100).\(String(format: "%02d", satang % 100))\""
        }
        var lines = ["example,project,status,cancel_reason,budget_planned,budget_approved,budget_disbursed,start_date,end_date,"
                     + "outputs,indicator_1,target_1,actual_1,unit_1,photo_1,caption_1,photo_2,caption_2,photo_3,caption_3,"
                     + "reporter_name,reporter_position,division,phone,report_date"]
        for r in records {
            let cancelled = r.status == .cancelled
            let photos = (1...3).map { n in n <= r.photos ? "progress/photos/photo-\(n).png,ภาพกิจกรรมที่ \(n)" : "," }
            lines.append([example ? "yes" : "no", String(r.project), r.status.rawValue,
                          cancelled ? "ไม่ได้รับการจัดสรรงบประมาณ" : "",
                          amount(r.planned), amount(r.approved), amount(r.disbursed),
                          r.status == .notStarted ? "" : "2023-11-15", r.status == .completed ? "2024-02-29" : "",
                          "ดำเนินการตามแผน", "ผู้เข้าร่วมกิจกรรม", "200", "185", "คน"].joined(separator: ",")
                         + "," + photos.joined(separator: ",") + ","
                         + ["นางสาวทดสอบ รายงานผล", "นักวิเคราะห์นโยบายและแผน", r.project % 2 == 0 ? "office" : "finance",
                            "0 4251 6293", "2024-04-05"].joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    func render(_ fixture: Fixture, _ extra: [String] = []) throws -> Shell.Result {
        try Self.planpress(["render", "progress", "--fy", String(Self.fiscalYear), "--round", "6m",
                                 "--plan", fixture.plan.path, "--out", fixture.output.path] + extra, home: fixture.home)
    }

    // MARK: What the test expects, from its own data

    struct Expected: Equatable {
        var projects = 0, completed = 0, inProgress = 0, notStarted = 0, cancelled = 0, notReported = 0
        var planned: Int64 = 0, approved: Int64 = 0, disbursed: Int64 = 0
        /// Shares in tenths of a per cent (rounded half up); nil when the whole is zero.
        var completedShare: Int64? { Self.tenths(Int64(completed), of: Int64(projects)) }
        var disbursedShare: Int64? { Self.tenths(disbursed, of: approved) }

        static func tenths(_ part: Int64, of whole: Int64) -> Int64? {
            guard whole > 0 else { return nil }
            return (part * 2000 + whole) / (2 * whole)
        }

        mutating func add(project: Int, record: Record?, planBudget: Int64?) {
            projects += 1
            switch record?.status {
            case .completed?: completed += 1
            case .inProgress?: inProgress += 1
            case .notStarted?: notStarted += 1
            case .cancelled?: cancelled += 1
            case nil: notReported += 1
            }
            // An empty planned cell takes the plan's budget for the year, as does a project not reported.
            planned += (record?.planned ?? planBudget) ?? 0
            approved += record?.approved ?? 0
            disbursed += record?.disbursed ?? 0
        }
    }

    func expected(_ fixture: Fixture, projects: [Int], records: [Record] = ProgressReportTests.records) -> Expected {
        var result = Expected()
        for project in projects {
            result.add(project: project, record: records.first { $0.project == project }, planBudget: fixture.planBudgets[project])
        }
        return result
    }

    var projectsByDimension: [[Int]] {
        var first = 1
        return Self.dimensions.map { count in
            defer { first += count }
            return Array(first..<(first + count))
        }
    }

    // MARK: Reading numbers back

    /// A number as printed (Thai or Arabic digits, separators, decimals) in hundredths, "-" as nil.
    static func hundredths(_ word: String) -> Int64?? {
        if word == "-" { return .some(nil) }
        var arabic = ""
        for ch in word {
            if let v = ch.unicodeScalars.first?.value, (0x0E50...0x0E59).contains(v) {
                arabic.append(Character(UnicodeScalar(v - 0x0E50 + 0x30)!))
            } else if ch.isASCII && (ch.isNumber || ch == "." || ch == ",") {
                arabic.append(ch)
            } else {
                return nil
            }
        }
        let parts = arabic.replacingOccurrences(of: ",", with: "").split(separator: ".", omittingEmptySubsequences: false)
        guard !arabic.isEmpty, parts.count <= 2, let whole = Int64(parts[0]) else { return nil }
        var value = whole * 100
        if parts.count == 2 {
            guard (1...2).contains(parts[1].count), let fraction = Int64(parts[1]) else { return nil }
            value += parts[1].count == 1 ? fraction * 10 : fraction
        }
        return .some(value)
    }

    /// The words of each printed line: words of one page whose tops are within a point, left to right.
    func rows(_ pdf: PDFProbe) throws -> [[PDFProbe.Word]] {
        var rows: [[PDFProbe.Word]] = []
        for word in try pdf.words().sorted(by: { ($0.page, $0.yMin, $0.xMin) < ($1.page, $1.yMin, $1.xMin) }) {
            if let last = rows.last?.first, last.page == word.page, abs(last.yMin - word.yMin) < 1 {
                rows[rows.count - 1].append(word)
            } else {
                rows.append([word])
            }
        }
        return rows.map { $0.sorted { $0.xMin < $1.xMin } }
    }

    /// The numbers of a row, left to right ("-" as nil), in hundredths.
    func numbers(_ row: [PDFProbe.Word]) -> [Int64?] {
        row.compactMap { Self.hundredths($0.text) }
    }

    /// The numbers in a division report's first column (left margin 2 cm, column 1.4 cm), top to bottom.
    func numberColumn(_ pdf: PDFProbe) throws -> [Int] {
        try rows(pdf).compactMap { row -> Int? in
            guard let first = row.first, first.xMax < 57 + 40, let value = Self.hundredths(first.text), let number = value
            else { return nil }
            return Int(number / 100)
        }
    }

    /// Whether `word` is the large diagonal watermark (not the same letters inside a name).
    func isWatermark(_ word: PDFProbe.Word) -> Bool { word.text == "ตัวอย่าง" && word.yMax - word.yMin > 100 }

    func pdfFiles(in directory: URL) throws -> [String] {
        guard FileManager.default.fileExists(atPath: directory.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".pdf") }.sorted()
    }

    // MARK: Tests

    /// Checks the organization summary of the fixture's round against the test's own figures for
    /// `dimensions` (the projects of each dimension the round reports on).
    func checkSummary(_ fixture: Fixture, dimensions: [[Int]], file: StaticString = #filePath, line: UInt = #line) throws {
        let pdf = PDFProbe(path: fixture.round.appendingPathComponent("organization.pdf").path)
        // The summary's rows are the printed lines with eleven figures: the counts (planned, completed, in
        // progress, not started, cancelled, not reported), the share completed, the three amounts and the
        // share disbursed. One per dimension, then the totals.
        let summary = try rows(pdf).map(numbers).filter { $0.count >= 11 }.map { Array($0.suffix(11)) }
        let expectedRows = dimensions.map { expected(fixture, projects: $0) } + [expected(fixture, projects: dimensions.flatMap { $0 })]
        XCTAssertEqual(summary.count, expectedRows.count, "summary rows: \(summary)", file: file, line: line)
        for (printed, want) in zip(summary, expectedRows) {
            let counts = [want.projects, want.completed, want.inProgress, want.notStarted, want.cancelled, want.notReported]
            XCTAssertEqual(printed.prefix(6).map { $0.map { Int($0 / 100) } ?? 0 }, counts, "counts", file: file, line: line)
            XCTAssertEqual(printed[6], want.completedShare.map { $0 * 10 }, "share completed", file: file, line: line)
            XCTAssertEqual(printed[7] ?? 0, want.planned, "planned", file: file, line: line)
            XCTAssertEqual(printed[8] ?? 0, want.approved, "approved", file: file, line: line)
            XCTAssertEqual(printed[9] ?? 0, want.disbursed, "disbursed", file: file, line: line)
            XCTAssertEqual(printed[10], want.disbursedShare.map { $0 * 10 }, "share disbursed", file: file, line: line)
        }
    }

    func testOrganizationSummaryEqualsTheFiguresComputedFromTheRecords() throws {
        let fixture = try makeFixture(example: false)
        let result = try render(fixture)
        XCTAssertEqual(result.status, 0, result.stderr)
        try checkSummary(fixture, dimensions: projectsByDimension)
        // The example's totals are not trivial: satang, the plan's budgets and every status are in them.
        let total = expected(fixture, projects: projectsByDimension.flatMap { $0 })
        XCTAssertNotEqual(total.planned % 100, 0)
        XCTAssertEqual(total.notReported, 3)
        XCTAssertTrue(total.cancelled > 0 && total.notStarted > 0 && total.inProgress > 0 && total.completed > 0)
    }

    /// `ProgressFigures`, the function the reports print from, gives the test's own figures too.
    func testProgressFiguresComputeTheSummary() throws {
        let fixture = try makeFixture(example: false)
        let plan = try PlanLoader.load(directory: fixture.plan.path)
        let round = try ProgressLoader.load(plan: plan, fiscalYear: Self.fiscalYear, round: .sixMonths)
        let summary = try ProgressFigures.summary(plan: plan, round: round)
        let dimensions = projectsByDimension
        XCTAssertEqual(summary.rows.count, dimensions.count)
        for (row, projects) in zip(summary.rows + [nil], dimensions + [dimensions.flatMap { $0 }]) {
            let tally = row?.tally ?? summary.total
            let want = expected(fixture, projects: projects)
            XCTAssertEqual([tally.projects, tally.completed, tally.inProgress, tally.notStarted, tally.cancelled, tally.notReported],
                           [want.projects, want.completed, want.inProgress, want.notStarted, want.cancelled, want.notReported])
            XCTAssertEqual([tally.planned.satang, tally.approved.satang, tally.disbursed.satang], [want.planned, want.approved, want.disbursed])
            XCTAssertEqual(tally.completedShare, want.completedShare.map { Decimal($0) / 10 })
            XCTAssertEqual(tally.disbursedShare, want.disbursedShare.map { Decimal($0) / 10 })
        }
        XCTAssertEqual(ProgressFigures.share(1, of: 3), Decimal(string: "33.3"))
        XCTAssertEqual(ProgressFigures.share(2, of: 3), Decimal(string: "66.7"))
        XCTAssertNil(ProgressFigures.share(1, of: 0))
        XCTAssertEqual(ProgressFigures.achievement(IndicatorResult(text: "", target: "200", actual: "185")), Decimal(string: "92.5"))
        XCTAssertNil(ProgressFigures.achievement(IndicatorResult(text: "", target: "0", actual: "5")))
    }

    func testAProjectTheYearDoesNotScheduleIsNotCountedUnlessReported() throws {
        let fixture = try makeFixture(example: false)
        // Project 7 (no record) starts a year later; project 11 (reported) too, which the check warns about.
        for project in ["07", "11"] {
            try Workspace.edit("Plans/progress-synthetic/projects/\(project).yaml", in: fixture.home,
                               replacing: "start: \(Self.fiscalYear)", with: "start: \(Self.fiscalYear + 1)")
        }
        let result = try render(fixture)
        XCTAssertEqual(result.status, 0, result.stderr)
        try checkSummary(fixture, dimensions: projectsByDimension.map { $0.filter { $0 != 7 } })
        let finance = PDFProbe(path: fixture.round.appendingPathComponent("division-finance.pdf").path)
        XCTAssertEqual(try numberColumn(finance), [1, 3, 5, 9, 11])
    }

    func testProjectsWithoutARecordShowAsNotReported() throws {
        let fixture = try makeFixture(example: false)
        XCTAssertEqual(try render(fixture).status, 0)
        let unreported: Set<Int> = [3, 7, 10]
        for file in ["organization.pdf", "division-office.pdf", "division-finance.pdf"] {
            let pdf = PDFProbe(path: fixture.round.appendingPathComponent(file).path)
            // A project's row: its number first, then its status and four figures (amounts may be "-").
            var shown: Set<Int> = []
            for row in try rows(pdf) where row.contains(where: { $0.text == "ยังไม่รายงาน" }) {
                guard numbers(row).count >= 5, let first = row.first, let value = Self.hundredths(first.text),
                      let number = value else { continue }
                shown.insert(Int(number / 100))
            }
            let inFile = file == "organization.pdf" ? unreported
                : unreported.filter { ($0 % 2 == 0) == (file == "division-office.pdf") }
            XCTAssertEqual(shown, inFile, file)
        }
        // Only reported projects get a sheet.
        let sheets = try pdfFiles(in: fixture.round).filter { $0.hasPrefix("project-") }
        XCTAssertEqual(sheets, Self.records.map { String(format: "project-%02d.pdf", $0.project) })
    }

    func testDivisionReportListsEachOfItsProjectsOnceWithTheTotals() throws {
        let fixture = try makeFixture(example: false)
        XCTAssertEqual(try render(fixture).status, 0)
        let all = Array(1...Self.dimensions.reduce(0, +))
        for (division, projects) in [("office", all.filter { $0 % 2 == 0 }), ("finance", all.filter { $0 % 2 == 1 })] {
            let pdf = PDFProbe(path: fixture.round.appendingPathComponent("division-\(division).pdf").path)
            let tableRows = try rows(pdf)
            XCTAssertEqual(try numberColumn(pdf), projects, "\(division): every project once, in order")
            // The totals row: "รวม n โครงการ", then planned, approved, disbursed and the share disbursed.
            let totals = try XCTUnwrap(tableRows.first { $0.contains { $0.text == "รวม" } })
            let figures = numbers(totals)
            let want = expected(fixture, projects: projects)
            XCTAssertEqual(figures.count, 5, "\(division) totals: \(totals.map(\.text))")
            XCTAssertEqual(figures.first ?? nil, Int64(projects.count) * 100, "count in the totals label")
            // An amount of nothing prints "-".
            let amounts = [want.planned, want.approved, want.disbursed].map { $0 == 0 ? nil : Optional($0) }
            XCTAssertEqual(Array(figures.suffix(4)), amounts + [want.disbursedShare.map { $0 * 10 }], division)
            // The director's signature block names the division.
            let text = try pdf.compactText()
            XCTAssertTrue(text.contains("ผู้อำนวยการ" + (division == "office" ? "สำนักปลัด" : "กองคลัง")), text)
        }
    }

    func testPhotographsAreEmbeddedInTheProjectSheet() throws {
        let fixture = try makeFixture(example: false)
        XCTAssertEqual(try render(fixture, ["--project", "6"]).status, 0)
        XCTAssertEqual(try pdfFiles(in: fixture.round), ["project-06.pdf"])
        let sheet = fixture.round.appendingPathComponent("project-06.pdf").path
        let list = try Shell.run("/usr/bin/pdfimages", ["-list", sheet]).stdout
        let images = list.split(separator: "\n").dropFirst(2).filter { $0.split(separator: " ", omittingEmptySubsequences: true).dropFirst(2).first == "image" }
        XCTAssertEqual(images.count, 3, list)
        let text = try PDFProbe(path: sheet).compactText()
        // Captions as the records wrote them, their digits printed in Thai.
        for n in ["๑", "๒", "๓"] { XCTAssertTrue(text.contains("ภาพกิจกรรมที่" + n), "caption \(n)") }
        // The round in full, the budget with satang, the share disbursed, the indicator's achievement.
        XCTAssertTrue(text.contains("๑ตุลาคม๒๕๖๖–๓๑มีนาคม๒๕๖๗"), text)
        XCTAssertTrue(text.contains("๘๐,๐๐๐.๐๐"))
        XCTAssertTrue(text.contains("๑๐๐.๐"))
        XCTAssertTrue(text.contains("๙๒.๕"), "185 of 200 is 92.5 per cent")
        // A sheet without photographs has no image.
        XCTAssertEqual(try render(fixture, ["--project", "1"]).status, 0)
        let none = try Shell.run("/usr/bin/pdfimages", ["-list", fixture.round.appendingPathComponent("project-01.pdf").path]).stdout
        XCTAssertEqual(none.split(separator: "\n").count, 2, none)
    }

    func testWatermarkOnEveryPageOfExampleReportsOnly() throws {
        for example in [true, false] {
            let fixture = try makeFixture(example: example)
            let result = try render(fixture)
            XCTAssertEqual(result.status, 0, result.stderr)
            let files = try pdfFiles(in: fixture.round)
            XCTAssertEqual(files.count, Self.records.count + 3, files.joined(separator: " "))
            for file in files {
                let pdf = PDFProbe(path: fixture.round.appendingPathComponent(file).path)
                let marked = Set(try pdf.words().filter(isWatermark).map(\.page))
                let pages = try pdf.pageCount()
                XCTAssertEqual(marked, example ? Set(1...pages) : [], "\(file), example: \(example)")
            }
        }
    }

    func testTheEmbeddedExampleRoundsCarryTheWatermark() throws {
        let home = try scratchHome()
        let result = try Self.planpress(["render", "progress"], home: home)
        XCTAssertEqual(result.status, 0, result.stderr)
        let progress = home.appendingPathComponent("output/\(Workspace.defaultPlanID)/progress")
        let rounds = try FileManager.default.contentsOfDirectory(atPath: progress.path).sorted()
        XCTAssertEqual(rounds, ["2566-12m", "2566-6m"])
        for round in rounds {
            let files = try pdfFiles(in: progress.appendingPathComponent(round))
            XCTAssertTrue(files.contains("organization.pdf"))
            XCTAssertTrue(files.contains { $0.hasPrefix("division-") })
            XCTAssertFalse(files.contains("division-all-divisions.pdf"), "every division is not a division")
            for file in files {
                let pdf = PDFProbe(path: progress.appendingPathComponent("\(round)/\(file)").path)
                XCTAssertEqual(Set(try pdf.words().filter(isWatermark).map(\.page)), Set(1...(try pdf.pageCount())), file)
            }
        }
    }

    func testARoundWithAnInvalidRecordWritesNoPDF() throws {
        let fixture = try makeFixture(example: false)
        let file = fixture.plan.appendingPathComponent("progress/\(Self.fiscalYear)-6m/records.csv")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\r\n")
        lines[2] = lines[2].replacingOccurrences(of: ",in_progress,", with: ",half_done,")
        try lines.joined(separator: "\r\n").write(to: file, atomically: true, encoding: .utf8)
        let result = try render(fixture)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("records.csv:3:"), result.stderr)
        XCTAssertTrue(result.stderr.contains("error"), result.stderr)
        XCTAssertEqual(try pdfFiles(in: fixture.round), [])
        // Without --fy and --round every round is checked first, and again nothing is written.
        let all = try Self.planpress(["render", "progress", "--plan", fixture.plan.path, "--out", fixture.output.path],
                                          home: fixture.home)
        XCTAssertEqual(all.status, 1)
        XCTAssertTrue(all.stderr.contains("records.csv:3:"), all.stderr)
        XCTAssertEqual(try pdfFiles(in: fixture.round), [])
    }

    func testSelectingADivisionOrAProject() throws {
        let fixture = try makeFixture(example: false)
        XCTAssertEqual(try render(fixture, ["--division", "finance"]).status, 0)
        XCTAssertEqual(try pdfFiles(in: fixture.round), ["division-finance.pdf"])
        let unknown = try render(fixture, ["--division", "nowhere"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("office"), unknown.stderr)
        let unreported = try render(fixture, ["--project", "3"])
        XCTAssertEqual(unreported.status, 1)
        XCTAssertTrue(unreported.stderr.contains("project 3"), unreported.stderr)
    }

    func testLayoutsShapeTheReports() throws {
        let fixture = try makeFixture(example: false)
        XCTAssertEqual(try render(fixture).status, 0)
        let sizes = { (file: String) in try PDFProbe(path: self.fixtureFile(fixture, file)).pageSizes() }
        // The project sheet is portrait; the division report landscape; the organization's cover portrait
        // and its tables landscape.
        XCTAssertTrue(try sizes("project-01.pdf").allSatisfy { $0.width < $0.height })
        XCTAssertTrue(try sizes("division-office.pdf").allSatisfy { $0.width > $0.height })
        let organization = try sizes("organization.pdf")
        let cover = try XCTUnwrap(organization.first)
        XCTAssertTrue(cover.width < cover.height)
        XCTAssertTrue(organization.dropFirst().allSatisfy { $0.width > $0.height })
        // A word of the form changed in the layout changes in the PDF.
        try Workspace.edit("Layouts/progress-project.yaml", in: fixture.home, replacing: "section_problems: ปัญหาอุปสรรค",
                           with: "section_problems: ปัญหาและอุปสรรคที่พบ")
        XCTAssertEqual(try render(fixture, ["--project", "1"]).status, 0)
        XCTAssertTrue(try PDFProbe(path: fixtureFile(fixture, "project-01.pdf")).compactText().contains("ปัญหาและอุปสรรคที่พบ"))
        // Every number is in Thai digits.
        for file in try pdfFiles(in: fixture.round) {
            let text = try PDFProbe(path: fixtureFile(fixture, file)).text()
            let arabic = text.filter { $0.isASCII && $0.isNumber }
            XCTAssertEqual(arabic, "", "\(file) prints Arabic digits")
        }
    }

    func fixtureFile(_ fixture: Fixture, _ name: String) -> String { fixture.round.appendingPathComponent(name).path }
}
