import DataFiles
import XCTest
@testable import PlanModel

/// The CSV `planpress progress template` writes.
final class TemplateTests: XCTestCase {
    func testHeaderAndPrefilledRowsForADivision() throws {
        let plan = try Fixture.loadCanonicalPlan()
        let text = try ProgressTemplate.csv(for: plan, division: "personnel", fiscalYear: 2566, round: .sixMonths)
        XCTAssertTrue(text.hasPrefix("\u{FEFF}"), "a byte-order mark, so Excel reads UTF-8")
        XCTAssertTrue(text.hasSuffix("\r\n"))
        XCTAssertFalse(text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "CRLF line ends")

        let rows = try CSVReader.parse(text, file: "t.csv")
        let header = rows[0].fields.map(\.value)
        XCTAssertEqual(header, ProgressColumns.templateColumns.map(\.thaiName))
        XCTAssertEqual(Array(header.prefix(8)), ["ลำดับที่", "ชื่อโครงการ", "สถานะ", "เหตุผลที่ยกเลิก", "งบประมาณตามแผน",
                                                  "งบประมาณตามข้อบัญญัติ", "เบิกจ่ายจริง", "วันที่เริ่ม"])
        XCTAssertTrue(header.contains("ตัวชี้วัด ๔"))
        XCTAssertTrue(header.contains("คำบรรยายภาพ ๔"))
        XCTAssertEqual(header.last, "วันที่รายงาน")

        let expected = plan.projects.filter { $0.divisions.contains("personnel") || $0.divisions.contains("all-divisions") }
        XCTAssertFalse(expected.isEmpty)
        XCTAssertEqual(rows.count, 1 + expected.count)
        let column = { (name: String) in header.firstIndex(of: name)! }
        for (row, project) in zip(rows.dropFirst(), expected) {
            let cells = row.fields.map(\.value)
            XCTAssertEqual(cells.count, header.count)
            XCTAssertEqual(cells[column("ลำดับที่")], String(project.number))
            XCTAssertEqual(cells[column("ชื่อโครงการ")], project.name)
            XCTAssertEqual(cells[column("งบประมาณตามแผน")], project.budget(for: 2566)?.description ?? "")
            XCTAssertEqual(cells[column("ส่วนราชการ")], plan.division("personnel")?.name)
            XCTAssertEqual(cells[column("สถานะ")], "")
            XCTAssertEqual(cells[column("ผลผลิต")], "")
        }
        XCTAssertTrue(expected.contains { $0.divisions.contains("all-divisions") }, "projects of every division are included")
        XCTAssertTrue(rows.dropFirst().contains { $0.fields[column("งบประมาณตามแผน")].value == "100000.00" })
    }

    func testFieldsWithCommasAndQuotesAreQuoted() {
        XCTAssertEqual(ProgressTemplate.field("ก, ข"), "\"ก, ข\"")
        XCTAssertEqual(ProgressTemplate.field("say \"x\""), "\"say \"\"x\"\"\"")
        XCTAssertEqual(ProgressTemplate.field("two\nlines"), "\"two\nlines\"")
        XCTAssertEqual(ProgressTemplate.field("มาตรการ “NO Gift”"), "มาตรการ “NO Gift”")
    }

    func testUnknownDivisionAndYearAreRefused() throws {
        let plan = try Fixture.loadCanonicalPlan()
        XCTAssertThrowsError(try ProgressTemplate.csv(for: plan, division: "nobody", fiscalYear: 2566, round: .q1)) { error in
            XCTAssertTrue((error as! Diagnostic).message.contains("no division 'nobody'"))
        }
        XCTAssertThrowsError(try ProgressTemplate.csv(for: plan, division: "finance", fiscalYear: 2599, round: .q1))
        XCTAssertEqual(ProgressTemplate.defaultPath(division: "finance", fiscalYear: 2567, round: .q1), "progress/2567-q1/finance.csv")
    }

    func testEveryDivisionsTemplateLoadsAsAnUnreportedRound() throws {
        let f = try fixture(fiscalYear: 2567, round: .q2)
        let plan = try f.plan()
        for division in plan.divisions {
            try f.write(division.id + ".csv", try ProgressTemplate.csv(for: plan, division: division.id, fiscalYear: 2567, round: .q2))
        }
        let (round, diagnostics) = try f.inspect()
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(round.records.count, 0)
        XCTAssertEqual(round.files.count, plan.divisions.count)
    }
}
