import XCTest
@testable import ThaiText

final class ThaiDateTests: XCTestCase {
    private func date(_ y: Int, _ m: Int, _ d: Int) -> ThaiDate { ThaiDate(year: y, month: m, day: d)! }

    func testBuddhistEra() {
        let d = date(2022, 9, 27)
        XCTAssertEqual(d.beYear, 2565)
        XCTAssertEqual(ThaiDate(beYear: 2565, month: 9, day: 27), d)
        XCTAssertEqual(ThaiDate(beYear: 2543, month: 1, day: 1)?.year, 2000)
    }

    func testDescription() {
        XCTAssertEqual(date(2022, 9, 27).description, "2022-09-27")
        XCTAssertEqual(date(2024, 1, 5).description, "2024-01-05")
        XCTAssertEqual(date(5, 1, 1).description, "0005-01-01")
        XCTAssertEqual(date(2022, 9, 27).beISOString, "2565-09-27")
    }

    func testValidation() {
        XCTAssertNil(ThaiDate(year: 2022, month: 2, day: 31))
        XCTAssertNil(ThaiDate(year: 2022, month: 4, day: 31))
        XCTAssertNil(ThaiDate(year: 2022, month: 13, day: 1))
        XCTAssertNil(ThaiDate(year: 2022, month: 0, day: 1))
        XCTAssertNil(ThaiDate(year: 2022, month: 1, day: 0))
        XCTAssertNil(ThaiDate(year: 2022, month: 1, day: 32))
        XCTAssertNil(ThaiDate(year: 0, month: 1, day: 1))
        XCTAssertNil(ThaiDate(year: 10_000, month: 1, day: 1))
        XCTAssertNil(ThaiDate(beYear: Int.min, month: 1, day: 1))
        XCTAssertNotNil(ThaiDate(year: 2022, month: 12, day: 31))
    }

    func testLeapYears() {
        XCTAssertNotNil(ThaiDate(year: 2024, month: 2, day: 29))
        XCTAssertNil(ThaiDate(year: 2023, month: 2, day: 29))
        XCTAssertNotNil(ThaiDate(year: 2000, month: 2, day: 29))   // divisible by 400
        XCTAssertNil(ThaiDate(year: 1900, month: 2, day: 29))      // century, not divisible by 400
        XCTAssertNil(ThaiDate(year: 2100, month: 2, day: 29))
        XCTAssertNotNil(ThaiDate(beYear: 2567, month: 2, day: 29))  // 2567 BE = 2024 CE
        XCTAssertNil(ThaiDate(beYear: 2566, month: 2, day: 29))
        XCTAssertEqual(ThaiDate.daysInMonth(2, year: 2024), 29)
        XCTAssertEqual(ThaiDate.daysInMonth(2, year: 2023), 28)
    }

    func testComparable() {
        XCTAssertLessThan(date(2022, 9, 30), date(2022, 10, 1))
        XCTAssertLessThan(date(2021, 12, 31), date(2022, 1, 1))
        XCTAssertLessThan(date(2022, 1, 9), date(2022, 1, 10))
        XCTAssertEqual(Set([date(2022, 9, 27), ThaiDate(beYear: 2565, month: 9, day: 27)!]).count, 1)
    }

    func testAddingDays() {
        XCTAssertEqual(date(2022, 9, 30).adding(days: 1), date(2022, 10, 1))
        XCTAssertEqual(date(2024, 2, 28).adding(days: 1), date(2024, 2, 29))
        XCTAssertEqual(date(2023, 2, 28).adding(days: 1), date(2023, 3, 1))
        XCTAssertEqual(date(2024, 3, 1).adding(days: -1), date(2024, 2, 29))
        XCTAssertEqual(date(2023, 12, 31).adding(days: 1), date(2024, 1, 1))
        XCTAssertEqual(date(2022, 10, 1).adding(days: 365), date(2023, 10, 1))
        XCTAssertEqual(date(2023, 10, 1).adding(days: 366), date(2024, 10, 1))
        XCTAssertEqual(date(2022, 9, 27).adding(days: 0), date(2022, 9, 27))
        XCTAssertNil(date(9999, 12, 31).addingIfSupported(days: 1))
        XCTAssertNil(date(1, 1, 1).addingIfSupported(days: -1))
        XCTAssertNil(date(2022, 1, 1).addingIfSupported(days: .max))
    }

    func testDaysSinceEpochRoundTrip() {
        XCTAssertEqual(date(1970, 1, 1).daysSinceEpoch, 0)
        XCTAssertEqual(date(2000, 3, 1).daysSinceEpoch, 11_017)
        XCTAssertEqual(date(1969, 12, 31).daysSinceEpoch, -1)
        XCTAssertEqual(date(2022, 9, 27).days(to: date(2022, 10, 1)), 4)
        // Walk day by day across several leap cycles and check continuity.
        var d = date(1896, 1, 1)
        var n = d.daysSinceEpoch
        while d.year < 2105 {
            let next = d.adding(days: 1)
            XCTAssertEqual(next.daysSinceEpoch, n + 1)
            XCTAssertEqual(ThaiDate(daysSinceEpoch: n + 1), next)
            XCTAssertLessThan(d, next)
            d = next
            n += 1
        }
        XCTAssertEqual(ThaiDate(daysSinceEpoch: date(1, 1, 1).daysSinceEpoch), date(1, 1, 1))
        XCTAssertEqual(ThaiDate(daysSinceEpoch: date(9999, 12, 31).daysSinceEpoch), date(9999, 12, 31))
    }

    func testWeekday() {
        XCTAssertEqual(date(2022, 9, 27).weekday, 3)   // Tuesday
        XCTAssertEqual(date(1970, 1, 1).weekday, 5)    // Thursday
        XCTAssertEqual(date(2024, 2, 29).weekday, 5)   // Thursday
        XCTAssertEqual(date(1969, 12, 28).weekday, 1)  // Sunday
    }

    func testUnixTimeInThailand() {
        XCTAssertEqual(ThaiDate(unixTime: 0), date(1970, 1, 1))
        // 2022-09-26T17:00:00Z is midnight 27 September in Bangkok (UTC+7).
        XCTAssertEqual(ThaiDate(unixTime: 1_664_211_600), date(2022, 9, 27))
        XCTAssertEqual(ThaiDate(unixTime: 1_664_211_599), date(2022, 9, 26))
        XCTAssertEqual(ThaiDate(unixTime: 1_664_211_599, utcOffsetSeconds: 0), date(2022, 9, 26))
        XCTAssertEqual(ThaiDate(unixTime: -1, utcOffsetSeconds: 0), date(1969, 12, 31))
        XCTAssertNil(ThaiDate(unixTime: .max))
    }
}
