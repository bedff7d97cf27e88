import XCTest
@testable import ThaiText

final class ThaiDigitsTests: XCTestCase {
    func testArabicToThai() {
        XCTAssertEqual(ThaiDigits.toThai("0123456789"), "๐๑๒๓๔๕๖๗๘๙")
        XCTAssertEqual(ThaiDigits.toThai("พ.ศ. 2565"), "พ.ศ. ๒๕๖๕")
        XCTAssertEqual(ThaiDigits.toThai("100,000.50 บาท"), "๑๐๐,๐๐๐.๕๐ บาท")
    }

    func testThaiToArabic() {
        XCTAssertEqual(ThaiDigits.toArabic("๐๑๒๓๔๕๖๗๘๙"), "0123456789")
        XCTAssertEqual(ThaiDigits.toArabic("๒๗ กันยายน ๒๕๖๕"), "27 กันยายน 2565")
    }

    func testOtherCharactersUnchanged() {
        let other = "abc XYZ -/.,: กขค ๏ ๚ ๛ ½ ١٢٣"
        XCTAssertEqual(ThaiDigits.toThai(other), other)
        XCTAssertEqual(ThaiDigits.toArabic(other), other)
        XCTAssertEqual(ThaiDigits.toThai(""), "")
    }

    func testRoundTrip() {
        let s = "Plan 2566–2570, ๑.๒.๓"
        XCTAssertEqual(ThaiDigits.toArabic(ThaiDigits.toThai(s)), ThaiDigits.toArabic(s))
        XCTAssertEqual(ThaiDigits.toThai(ThaiDigits.toArabic(s)), ThaiDigits.toThai(s))
    }

    func testDigitValue() {
        XCTAssertEqual(ThaiDigits.digitValue("7"), 7)
        XCTAssertEqual(ThaiDigits.digitValue("๗"), 7)
        XCTAssertEqual(ThaiDigits.digitValue("๐"), 0)
        XCTAssertNil(ThaiDigits.digitValue("a"))
        XCTAssertNil(ThaiDigits.digitValue("٣"))   // Arabic-Indic digits are not accepted
    }

    func testNumberFormatting() {
        XCTAssertEqual(ThaiFormat.number(2565), "๒๕๖๕")
        XCTAssertEqual(ThaiFormat.number(0), "๐")
        XCTAssertEqual(ThaiFormat.number(-5), "-๕")
        XCTAssertEqual(ThaiFormat.year(2566), "๒๕๖๖")
    }
}
