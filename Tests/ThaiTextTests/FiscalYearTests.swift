import XCTest
@testable import ThaiText

final class FiscalYearTests: XCTestCase {
    private func date(_ y: Int, _ m: Int, _ d: Int) -> ThaiDate { ThaiDate(year: y, month: m, day: d)! }

    func testBoundaries() {
        XCTAssertEqual(date(2022, 9, 30).fiscalYear, 2565)
        XCTAssertEqual(date(2022, 10, 1).fiscalYear, 2566)
        XCTAssertEqual(date(2022, 12, 31).fiscalYear, 2566)
        XCTAssertEqual(date(2023, 1, 1).fiscalYear, 2566)
        XCTAssertEqual(date(2023, 9, 30).fiscalYear, 2566)
        XCTAssertEqual(date(2023, 10, 1).fiscalYear, 2567)
    }

    func testStartAndEnd() {
        XCTAssertEqual(ThaiDate.fiscalYearStart(2566), date(2022, 10, 1))
        XCTAssertEqual(ThaiDate.fiscalYearEnd(2566), date(2023, 9, 30))
        XCTAssertEqual(ThaiDate.fiscalYearStart(2566).fiscalYear, 2566)
        XCTAssertEqual(ThaiDate.fiscalYearEnd(2566).fiscalYear, 2566)
        XCTAssertEqual(ThaiDate.fiscalYearStart(2566).adding(days: -1), ThaiDate.fiscalYearEnd(2565))
        XCTAssertEqual(ThaiDate.fiscalYearEnd(2566).adding(days: 1), ThaiDate.fiscalYearStart(2567))
    }

    func testEveryDayOfAYearBelongsToExactlyOneFiscalYear() {
        // FY 2567 (a leap year: it contains 29 Feb 2024) has 366 days.
        let start = ThaiDate.fiscalYearStart(2567)
        XCTAssertEqual(start.days(to: ThaiDate.fiscalYearEnd(2567)) + 1, 366)
        XCTAssertEqual(ThaiDate.fiscalYearStart(2566).days(to: ThaiDate.fiscalYearEnd(2566)) + 1, 365)
        for offset in 0..<366 {
            XCTAssertTrue(start.adding(days: offset).isInFiscalYear(2567))
        }
        XCTAssertFalse(start.adding(days: 366).isInFiscalYear(2567))
    }

    func testPlanPeriodAnnouncementExample() {
        // The plan 2566–2570 runs from 1 ตุลาคม ๒๕๖๕ to 30 กันยายน ๒๕๗๐.
        XCTAssertEqual(ThaiFormat.longDate(ThaiDate.fiscalYearStart(2566)), "๑ ตุลาคม ๒๕๖๕")
        XCTAssertEqual(ThaiFormat.longDate(ThaiDate.fiscalYearEnd(2570)), "๓๐ กันยายน ๒๕๗๐")
    }
}
