import DataFiles
import Foundation
import ThaiText
import XCTest
@testable import PlanModel

/// Reading records: encodings, value forms, YAML, example marking, defaults.
final class LoaderTests: XCTestCase {
    /// A record's content without where it was read.
    func content(_ r: ProgressRecord) -> String {
        var copy = r
        copy.file = ""; copy.location = SourceLocation(file: ""); copy.fieldLocations = [:]; copy.fieldLabels = [:]
        return String(describing: copy)
    }

    static let thaiCSV = [
        "ตัวอย่าง,ลำดับที่,ชื่อโครงการ,สถานะ,เหตุผลที่ยกเลิก,งบประมาณตามแผน,งบประมาณตามข้อบัญญัติ,เบิกจ่ายจริง,วันที่เริ่ม,วันที่สิ้นสุด,ผลผลิต,ตัวชี้วัด ๑,ค่าเป้าหมาย ๑,ผลที่ได้ ๑,หน่วยนับ ๑,ปัญหาอุปสรรค,ผู้รายงาน,ตำแหน่ง,ส่วนราชการ,โทรศัพท์,วันที่รายงาน",
        "ใช่,๕,โครงการยกย่อง,อยู่ระหว่างดำเนินการ,,,\"100,000.00\",0,๑๕ ก.พ. ๖๖,,\"แต่งตั้งคณะกรรมการ, ประกาศหลักเกณฑ์\nจัดประชุม “คัดเลือก” ครั้งที่ ๑\",ผู้เข้าร่วม,๒๐๐,๑๘๕,คน,\"ปัญหา \"\"งบ\"\" ล่าช้า\",นายธนากร วงศ์คำ,นักทรัพยากรบุคคลชำนาญการ,กองการเจ้าหน้าที่,0 4251 6293 ต่อ 121,7/4/2566",
        "ใช่,41,โครงการส่งเสริมความรู้,ยกเลิก,ไม่ได้รับการจัดสรรงบประมาณ – ยกเลิก…,,,,,,,,,,,,นายธนากร วงศ์คำ,นักทรัพยากรบุคคลชำนาญการ,personnel,,2023-04-07",
    ].joined(separator: "\r\n") + "\r\n"

    func testWindows874AndBOMFilesLoadTheSameAsUTF8() throws {
        var contents: [[String]] = []
        var encodings: [CSVEncoding?] = []
        for bytes in [Array(Self.thaiCSV.utf8), [0xEF, 0xBB, 0xBF] + Array(Self.thaiCSV.utf8), try XCTUnwrap(Windows874.encode(Self.thaiCSV))] {
            let f = try fixture()
            try f.write("personnel.csv", bytes: bytes)
            let round = try f.load()
            XCTAssertEqual(round.warnings, [])
            contents.append(round.records.map(content))
            encodings.append(round.files.first?.encoding)
        }
        XCTAssertEqual(encodings, [.utf8, .utf8WithBOM, .windows874])
        XCTAssertEqual(contents[0].count, 2)
        XCTAssertEqual(contents[1], contents[0])
        XCTAssertEqual(contents[2], contents[0])
    }

    func testTheThaiRecordReadsEveryField() throws {
        let f = try fixture()
        try f.write("personnel.csv", Self.thaiCSV)
        let round = try f.load()
        XCTAssertTrue(round.isExample)
        let r = try XCTUnwrap(round.record(forProject: 5))
        XCTAssertEqual(r.status, .inProgress)
        XCTAssertEqual(r.budget, ProgressBudget(planned: Money(baht: 100_000), plannedFromPlan: true, approved: Money(baht: 100_000), disbursed: .zero))
        XCTAssertEqual(r.dates, DateSpan(start: try ThaiDate.parse("2566-02-15"), end: nil))
        XCTAssertEqual(r.outputs, ["แต่งตั้งคณะกรรมการ, ประกาศหลักเกณฑ์", "จัดประชุม “คัดเลือก” ครั้งที่ ๑"])
        XCTAssertEqual(r.indicators, [IndicatorResult(text: "ผู้เข้าร่วม", target: "200", actual: "185", unit: "คน")])
        XCTAssertEqual(r.indicators[0].actualValue, 185)
        XCTAssertEqual(r.problems, ["ปัญหา \"งบ\" ล่าช้า"])
        XCTAssertEqual(r.reporter, Reporter(name: "นายธนากร วงศ์คำ", position: "นักทรัพยากรบุคคลชำนาญการ", divisionID: "personnel",
                                            phone: "0 4251 6293 ต่อ 121", reportDate: try ThaiDate.parse("2566-04-07")))
        XCTAssertTrue(r.isExample)
        XCTAssertEqual(r.file, "progress/2566-6m/personnel.csv")
        XCTAssertEqual(r.location.line, 2)
        XCTAssertEqual(r.location(of: "status").line, 2)
        let cancelled = try XCTUnwrap(round.record(forProject: 41))
        XCTAssertEqual(cancelled.status, .cancelled)
        XCTAssertEqual(cancelled.cancellationReason, "ไม่ได้รับการจัดสรรงบประมาณ – ยกเลิก…")
        XCTAssertEqual(cancelled.budget.planned, nil, "the plan sets no budget for project 41")
        XCTAssertEqual(cancelled.location.line, 4, "the quoted field of line 2 runs onto line 3")
    }

    func testEveryDateForm() throws {
        let forms = ["๑ ต.ค. ๖๕", "1/10/2565", "01/10/2565", "2022-10-01", "2565-10-01", "๑ ตุลาคม ๒๕๖๕", "๑/๑๐/๒๕๖๕", "1 ต.ค. 2565", "1/10/2022"]
        let f = try fixture()
        try f.write("r.csv", "project,status,date\r\n" + forms.enumerated().map { "\($0.offset + 1),completed,\($0.element)" }.joined(separator: "\r\n"))
        let round = try f.load()
        let expected = try ThaiDate.parse("2022-10-01")
        XCTAssertEqual(round.records.map(\.dates), Array(repeating: DateSpan(day: expected), count: forms.count))
    }

    func testEveryAmountForm() throws {
        let forms = ["100000", "100000.5", "100,000.50", "๑๐๐,๐๐๐.๕๐", "๑๐๐๐๐๐.๕", "100,000.50 บาท", " 100000.50 "]
        let f = try fixture()
        try f.write("r.csv", "project,status,budget_approved\r\n" + forms.enumerated().map { "\($0.offset + 1),completed,\"\($0.element)\"" }.joined(separator: "\r\n"))
        let round = try f.load()
        XCTAssertEqual(round.records.map { $0.budget.approved?.satang },
                       [10_000_000, 10_000_050, 10_000_050, 10_000_050, 10_000_050, 10_000_050, 10_000_050])
    }

    func testMeasuredNumbers() {
        XCTAssertEqual(ProgressRecordReader.decimalText("๘๖.๕"), "86.5")
        XCTAssertEqual(ProgressRecordReader.decimalText("1,250"), "1250")
        XCTAssertEqual(ProgressRecordReader.decimalText(" 200 "), "200")
        XCTAssertNil(ProgressRecordReader.decimalText("12,50"))
        XCTAssertNil(ProgressRecordReader.decimalText("80%"))
        XCTAssertNil(ProgressRecordReader.decimalText("1.2.3"))
        XCTAssertNil(ProgressRecordReader.decimalText(".5"))
    }

    func testPlannedBudgetDefaultsToThePlansBudgetForTheYear() throws {
        let f = try fixture()
        try f.write("r.csv", "project,status,budget_planned\r\n5,completed,\r\n31,completed,\"280,000\"\r\n1,completed,\r\n")
        let round = try f.load()
        let plan = try f.plan()
        let five = try XCTUnwrap(round.record(forProject: 5))
        XCTAssertEqual(five.budget.planned, plan.projects.first { $0.number == 5 }?.budget(for: 2566))
        XCTAssertTrue(five.budget.plannedFromPlan)
        XCTAssertEqual(round.record(forProject: 31)?.budget.planned, Money(baht: 280_000))
        XCTAssertEqual(round.record(forProject: 31)?.budget.plannedFromPlan, false)
        XCTAssertNil(round.record(forProject: 1)?.budget.planned)
    }

    func testYAMLRecordsWithFileLevelReporterAndExampleMark() throws {
        let f = try fixture()
        try f.writeInPlan("progress/photos/p.png", bytes: Fixture.onePixelPNG)
        try f.write("internal-audit.yaml", """
        example: true
        reporter:
          name: นางสาววิภาวรรณ คำมุงคุณ
          division: internal-audit
          report_date: ๗ เม.ย. ๖๖
        records:
          - project: 40
            status: ดำเนินการแล้วเสร็จ
            start_date: ๑ พ.ย. ๖๕
            end_date: 2022-12-30
            budget_approved: "1,500.50"
            outputs:
              - รายงานการประเมินความเสี่ยง ๑ ชุด
              - เผยแพร่ทางเว็บไซต์
            indicators:
              - {indicator: รายงานการประเมินความเสี่ยง, target: 1, actual: 1, unit: ชุด}
              - {indicator: ช่องทางการเผยแพร่, target: "๑", unit: ช่องทาง}
            photos:
              - {path: progress/photos/p.png, caption: ภาพการประชุม}
              - progress/photos/p.png
            reporter_name: นายสมชาย ใจดี
          - project: 38
            status: not_started

        """)
        let round = try f.load()
        XCTAssertTrue(round.isExample)
        XCTAssertEqual(round.files, [ProgressFile(path: "progress/2566-6m/internal-audit.yaml", format: .yaml, encoding: nil, isExample: true, recordCount: 2)])
        let r = try XCTUnwrap(round.record(forProject: 40))
        XCTAssertEqual(r.dates, DateSpan(start: try ThaiDate.parse("2565-11-01"), end: try ThaiDate.parse("2565-12-30")))
        XCTAssertEqual(r.budget.approved, Money(satang: 150_050))
        XCTAssertEqual(r.outputs, ["รายงานการประเมินความเสี่ยง ๑ ชุด", "เผยแพร่ทางเว็บไซต์"])
        XCTAssertEqual(r.indicators, [IndicatorResult(text: "รายงานการประเมินความเสี่ยง", target: "1", actual: "1", unit: "ชุด"),
                                      IndicatorResult(text: "ช่องทางการเผยแพร่", target: "1", actual: nil, unit: "ช่องทาง")])
        XCTAssertEqual(r.photos.map(\.caption), ["ภาพการประชุม", nil])
        XCTAssertEqual(r.photos.first?.fullPath, f.directory.path + "/progress/photos/p.png")
        XCTAssertEqual(r.reporter.name, "นายสมชาย ใจดี", "a record's own reporter field wins")
        XCTAssertEqual(round.record(forProject: 38)?.reporter.name, "นางสาววิภาวรรณ คำมุงคุณ")
        XCTAssertEqual(round.record(forProject: 38)?.reporter.divisionID, "internal-audit")
        XCTAssertEqual(round.record(forProject: 38)?.reporter.reportDate, try ThaiDate.parse("2566-04-07"))
        XCTAssertEqual(r.location(of: "indicator_2").line, 17)
    }

    func testExampleMarking() throws {
        let f = try fixture()
        try f.write("a.csv", "example,project,status\r\nyes,1,completed\r\nYes,2,completed\r\n")
        try f.write("b.csv", "project,status\r\n3,completed\r\n")
        try f.write("c.yaml", "records:\n  - {project: 4, status: completed}\n")
        let round = try f.load()
        XCTAssertEqual(round.files.map(\.isExample), [true, false, false])
        XCTAssertTrue(round.isExample, "one example file makes the round's reports examples")
        XCTAssertEqual(round.records.map(\.isExample), [true, true, false, false])

        let real = try fixture(name: "real")
        try real.write("b.csv", "example,project,status\r\nno,3,completed\r\n,4,completed\r\n")
        XCTAssertFalse(try real.load().isExample)
    }

    func testTemplateRowsLeftUntouchedAreNotRecords() throws {
        let f = try fixture()
        let plan = try f.plan()
        var text = try ProgressTemplate.csv(for: plan, division: "personnel", fiscalYear: 2566, round: .sixMonths)
        try f.write("personnel.csv", text)
        var round = try f.load()
        XCTAssertEqual(round.records.count, 0)
        XCTAssertEqual(round.files.map(\.recordCount), [0])
        XCTAssertEqual(round.unreportedProjects(in: plan).count, plan.projects.count)

        // Fill in the status of project 5's row: it becomes a record, its planned budget from the template.
        let lines = text.components(separatedBy: "\r\n")
        let index = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("5,") })
        var cells = lines[index].components(separatedBy: ",")
        cells[2] = "อยู่ระหว่างดำเนินการ"
        var edited = lines
        edited[index] = cells.joined(separator: ",")
        text = edited.joined(separator: "\r\n")
        try FileManager.default.removeItem(at: f.roundFolder.appendingPathComponent("personnel.csv"))
        try f.write("personnel.csv", text)
        round = try f.load()
        XCTAssertEqual(round.records.map(\.projectNumber), [5])
        XCTAssertEqual(round.records.first?.budget.planned, plan.projects.first { $0.number == 5 }?.budget(for: 2566))
        XCTAssertEqual(round.records.first?.budget.plannedFromPlan, false, "the template wrote it")
        XCTAssertEqual(round.records.first?.reporter.divisionID, "personnel")
        XCTAssertEqual(round.warnings, [])
    }

    func testRecordsAreInProjectOrderAndUnreportedProjectsAreListed() throws {
        let f = try fixture()
        try f.write("b.csv", "project,status\r\n9,completed\r\n2,completed\r\n")
        try f.write("a.csv", "project,status\r\n5,completed\r\n")
        let round = try f.load()
        XCTAssertEqual(round.records.map(\.projectNumber), [2, 5, 9])
        let plan = try f.plan()
        XCTAssertEqual(round.unreportedProjects(in: plan).map(\.number), plan.projects.map(\.number).filter { ![2, 5, 9].contains($0) })
        XCTAssertEqual(round.countsByStatus, [.completed: 3])
        XCTAssertEqual(round.dateRange, ReportingRound.sixMonths.dateRange(fiscalYear: 2566))
    }

    func testEmptyFolderIsAWarningNotAnError() throws {
        let f = try fixture()
        let round = try f.load()
        XCTAssertEqual(round.records.count, 0)
        XCTAssertEqual(round.warnings.count, 1)
    }

    func testHiddenAndLockFilesAreIgnored() throws {
        let f = try fixture()
        try f.write("a.csv", "project,status\r\n1,completed\r\n")
        try f.write(".~lock.a.csv#", "x")
        try f.write("~$a.xlsx", "x")
        let round = try f.load()
        XCTAssertEqual(round.records.count, 1)
        XCTAssertEqual(round.warnings, [])
    }
}
