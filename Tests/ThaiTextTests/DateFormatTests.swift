import XCTest
@testable import ThaiText

final class DateFormatTests: XCTestCase {
    private let sep27 = ThaiDate(year: 2022, month: 9, day: 27)!

    func testLongDate() {
        XCTAssertEqual(ThaiFormat.longDate(sep27), "๒๗ กันยายน ๒๕๖๕")
        XCTAssertEqual(ThaiFormat.longDate(ThaiDate(year: 2023, month: 1, day: 1)!), "๑ มกราคม ๒๕๖๖")
    }

    func testLongDateWithEra() {
        XCTAssertEqual(ThaiFormat.longDateWithEra(sep27), "๒๗ กันยายน พ.ศ. ๒๕๖๕")
    }

    func testShortDate() {
        XCTAssertEqual(ThaiFormat.shortDate(sep27), "๒๗ ก.ย. ๖๕")
        XCTAssertEqual(ThaiFormat.shortDate(ThaiDate(beYear: 2509, month: 3, day: 5)!), "๕ มี.ค. ๐๙")
        XCTAssertEqual(ThaiFormat.shortDate(ThaiDate(beYear: 2600, month: 12, day: 31)!), "๓๑ ธ.ค. ๐๐")
    }

    func testFullDateWithWeekday() {
        XCTAssertEqual(ThaiFormat.fullDateWithWeekday(sep27), "วันอังคารที่ ๒๗ กันยายน พ.ศ. ๒๕๖๕")
    }

    func testMonthNames() {
        let names = (1...12).map(ThaiFormat.monthName)
        XCTAssertEqual(names, ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
                               "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"])
        let abbreviations = (1...12).map(ThaiFormat.monthAbbreviation)
        XCTAssertEqual(abbreviations, ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                                       "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."])
    }

    func testWeekdayNames() {
        XCTAssertEqual((1...7).map(ThaiFormat.weekdayName),
                       ["อาทิตย์", "จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์"])
    }
}
