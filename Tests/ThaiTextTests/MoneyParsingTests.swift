import XCTest
@testable import ThaiText

final class MoneyParsingTests: XCTestCase {
    private func parsed(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Int64? {
        do {
            return try Money.parse(text).satang
        } catch {
            XCTFail("\"\(text)\" should parse: \(error.message)", file: file, line: line)
            return nil
        }
    }

    private func rejection(_ text: String) -> MoneyParseError? {
        do {
            let m = try Money.parse(text)
            XCTFail("\"\(text)\" should be rejected, got \(m)")
            return nil
        } catch {
            return error
        }
    }

    func testAcceptedForms() {
        XCTAssertEqual(parsed("100000"), 10_000_000)
        XCTAssertEqual(parsed("100000.5"), 10_000_050)
        XCTAssertEqual(parsed("100000.50"), 10_000_050)
        XCTAssertEqual(parsed("100,000.00"), 10_000_000)
        XCTAssertEqual(parsed("๑๐๐,๐๐๐"), 10_000_000)
        XCTAssertEqual(parsed("๑,๒๓๔.๕๐"), 123_450)
        XCTAssertEqual(parsed("1,000,000"), 100_000_000)
        XCTAssertEqual(parsed("0"), 0)
        XCTAssertEqual(parsed("0.01"), 1)
        XCTAssertEqual(parsed("007"), 700)
    }

    func testSignSpacesAndBaht() {
        XCTAssertEqual(parsed("-5"), -500)
        XCTAssertEqual(parsed("-1,234.5"), -123_450)
        XCTAssertEqual(parsed("-0"), 0)
        XCTAssertEqual(parsed("  100000  "), 10_000_000)
        XCTAssertEqual(parsed("\t100\n"), 10_000)
        XCTAssertEqual(parsed("\u{00A0}100\u{00A0}"), 10_000)
        XCTAssertEqual(parsed("100000 บาท"), 10_000_000)
        XCTAssertEqual(parsed("๑๐๐,๐๐๐ บาท "), 10_000_000)
        XCTAssertEqual(parsed("20บาท"), 2000)
    }

    func testLimits() {
        XCTAssertEqual(parsed("92233720368547758.07"), .max)
        XCTAssertEqual(parsed("92,233,720,368,547,758.07"), .max)
        XCTAssertEqual(parsed("-92233720368547758.08"), .min)
    }

    func testRejectsFinerThanSatang() {
        XCTAssertEqual(rejection("1.234")?.kind, .finerThanSatang)
        XCTAssertEqual(rejection("0.001")?.kind, .finerThanSatang)
        XCTAssertEqual(rejection("100,000.000")?.kind, .finerThanSatang)
        XCTAssertTrue(rejection("1.234")?.message.contains("satang") ?? false)
    }

    func testRejectsMisplacedSeparators() {
        for text in ["1,00,000", "1,0000", "10000,000", ",100", "100,", "1,,000", "1,000.0,0", "1234,567"] {
            XCTAssertEqual(rejection(text)?.kind, .misplacedSeparator, text)
        }
        XCTAssertTrue(rejection("1,00,000")?.message.contains("groups of three") ?? false)
    }

    func testRejectsEmpty() {
        for text in ["", "   ", "บาท", " บาท", "-"] {
            XCTAssertEqual(rejection(text)?.kind, .empty, "\"\(text)\"")
        }
    }

    func testRejectsLettersAndOtherCharacters() {
        for text in ["abc", "12a", "1e5", "USD 5", "+5", "1 000", "5%", "฿5", "๑๒ล้าน"] {
            XCTAssertEqual(rejection(text)?.kind, .invalidCharacter, text)
        }
        XCTAssertTrue(rejection("12a")?.message.contains("\"a\"") ?? false)
    }

    func testRejectsMalformed() {
        for text in ["1.", ".5", "1.2.3", "--5", "5-", "1-2", "-.5"] {
            XCTAssertEqual(rejection(text)?.kind, .malformed, text)
        }
    }

    func testRejectsOverflow() {
        for text in ["92233720368547758.08", "-92233720368547758.09", "99999999999999999999", "1" + String(repeating: "0", count: 40)] {
            XCTAssertEqual(rejection(text)?.kind, .overflow, text)
        }
    }

    func testErrorCarriesInput() {
        let error = rejection("1.234")
        XCTAssertEqual(error?.input, "1.234")
        XCTAssertTrue(error?.message.contains("\"1.234\"") ?? false)
        XCTAssertEqual(error?.description, error?.message)
    }
}
