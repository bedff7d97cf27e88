import ThaiText
import XCTest
@testable import PlanModel

/// Reporting rounds, statuses and the documented column names.
final class RoundAndColumnTests: XCTestCase {
    func date(_ text: String) -> ThaiDate { try! ThaiDate.parse(text) }

    func testRoundDateRanges() {
        let expected: [(ReportingRound, String, String)] = [
            (.sixMonths, "2565-10-01", "2566-03-31"),
            (.twelveMonths, "2565-10-01", "2566-09-30"),
            (.q1, "2565-10-01", "2565-12-31"),
            (.q2, "2566-01-01", "2566-03-31"),
            (.q3, "2566-04-01", "2566-06-30"),
            (.q4, "2566-07-01", "2566-09-30"),
        ]
        for (round, start, end) in expected {
            let range = round.dateRange(fiscalYear: 2566)
            XCTAssertEqual(range.lowerBound, date(start), "\(round)")
            XCTAssertEqual(range.upperBound, date(end), "\(round)")
        }
    }

    func testQuartersTileTheYearAndSixMonthsIsTheFirstHalf() {
        for fiscalYear in [2566, 2567, 2568] {   // 2567 has 29 February (CE 2024)
            let quarters: [ReportingRound] = [.q1, .q2, .q3, .q4]
            let ranges = quarters.map { $0.dateRange(fiscalYear: fiscalYear) }
            XCTAssertEqual(ranges.first?.lowerBound, ThaiDate.fiscalYearStart(fiscalYear))
            XCTAssertEqual(ranges.last?.upperBound, ThaiDate.fiscalYearEnd(fiscalYear))
            for (a, b) in zip(ranges, ranges.dropFirst()) { XCTAssertEqual(a.upperBound.adding(days: 1), b.lowerBound) }
            XCTAssertEqual(ReportingRound.sixMonths.dateRange(fiscalYear: fiscalYear),
                           ranges[0].lowerBound...ranges[1].upperBound)
            XCTAssertEqual(ReportingRound.twelveMonths.dateRange(fiscalYear: fiscalYear),
                           ThaiDate.fiscalYearStart(fiscalYear)...ThaiDate.fiscalYearEnd(fiscalYear))
        }
        XCTAssertEqual(ReportingRound.q2.dateRange(fiscalYear: 2567).upperBound, date("2567-03-31"))
        XCTAssertTrue(ReportingRound.sixMonths.dateRange(fiscalYear: 2567).contains(date("2567-02-29")))
    }

    func testRoundNamesAndFolders() {
        XCTAssertEqual(ReportingRound.allCases.map(\.thaiName),
                       ["รอบ ๖ เดือน", "รอบ ๑๒ เดือน", "ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๓", "ไตรมาส ๔"])
        XCTAssertEqual(ReportingRound.allCases.map(\.rawValue), ["6m", "12m", "q1", "q2", "q3", "q4"])
        XCTAssertEqual(ReportingRound.sixMonths.folder(fiscalYear: 2566), "progress/2566-6m")
    }

    func testStatusesInThaiAndEnglish() {
        XCTAssertEqual(ProgressStatus(text: "ยังไม่ได้ดำเนินการ"), .notStarted)
        XCTAssertEqual(ProgressStatus(text: " อยู่ระหว่างดำเนินการ "), .inProgress)
        XCTAssertEqual(ProgressStatus(text: "ดำเนินการแล้วเสร็จ"), .completed)
        XCTAssertEqual(ProgressStatus(text: "ด\u{0E4D}\u{0E32}เนินการแล้วเสร็จ"), .completed, "ํา typed for ำ")
        XCTAssertEqual(ProgressStatus(text: "ยกเลิก"), .cancelled)
        XCTAssertEqual(ProgressStatus(text: "not_started"), .notStarted)
        XCTAssertEqual(ProgressStatus(text: "In progress"), .inProgress)
        XCTAssertEqual(ProgressStatus(text: "COMPLETED"), .completed)
        XCTAssertEqual(ProgressStatus(text: "canceled"), .cancelled)
        XCTAssertNil(ProgressStatus(text: "เสร็จ"))
        XCTAssertNil(ProgressStatus(text: "done"))
        XCTAssertEqual(ProgressStatus.allCases.map(\.thaiName), ["ยังไม่ได้ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้วเสร็จ", "ยกเลิก"])
    }

    func testHeadersInThaiAndEnglish() {
        func column(_ h: String) -> String? { ProgressColumns.column(forHeader: h)?.englishName }
        XCTAssertEqual(column("ลำดับที่"), "project")
        XCTAssertEqual(column("project"), "project")
        XCTAssertEqual(column("สถานะ"), "status")
        XCTAssertEqual(column("เบิกจ่ายจริง (บาท)"), "budget_disbursed")
        XCTAssertEqual(column("Budget Disbursed"), "budget_disbursed")
        XCTAssertEqual(column("budget-approved"), "budget_approved")
        XCTAssertEqual(column("ข้อบัญญัติงบประมาณ"), "budget_approved")
        XCTAssertEqual(column("ตัวชี้วัด ๑"), "indicator_1")
        XCTAssertEqual(column("ตัวชี้วัด_1"), "indicator_1")
        XCTAssertEqual(column("Indicator 4"), "indicator_4")
        XCTAssertEqual(column("ภาพถ่าย ๒"), "photo_2")
        XCTAssertEqual(column("caption_3"), "caption_3")
        XCTAssertEqual(column("photo_5"), "photo_5", "recognized, so a fifth photo is reported as too many")
        XCTAssertEqual(column("ตำแหน่ง"), "reporter_position")
        XCTAssertEqual(column("ต\u{0E4D}\u{0E32}แหน่ง"), "reporter_position")
        XCTAssertNil(column("photo"), "a numbered field needs its number")
        XCTAssertNil(column("status_1"), "a single field takes no number")
        XCTAssertNil(column("หมายเหตุ"))
    }

    func testEveryDocumentedNameIsUniqueAndTemplateHeadersReadBack() {
        var seen: [String: ProgressField] = [:]
        for field in ProgressField.allCases {
            let names = ProgressColumns.names(of: field)
            for name in names.english + names.thai {
                let key = ProgressColumns.normalizeHeader(name)
                XCTAssertNil(seen[key], "\(name) names both \(seen[key].map { "\($0)" } ?? "") and \(field)")
                seen[key] = field
            }
        }
        for column in ProgressColumns.templateColumns {
            XCTAssertEqual(ProgressColumns.column(forHeader: column.thaiName), column, column.thaiName)
            XCTAssertEqual(ProgressColumns.column(forHeader: column.englishName), column, column.englishName)
        }
    }
}
