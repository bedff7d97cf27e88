import XCTest
@testable import ThaiText

final class DateParsingTests: XCTestCase {
    private let sep27 = ThaiDate(year: 2022, month: 9, day: 27)!

    private func parsed(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> ThaiDate? {
        do {
            return try ThaiDate.parse(text)
        } catch {
            XCTFail("\"\(text)\" should parse: \(error.message)", file: file, line: line)
            return nil
        }
    }

    private func rejection(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> DateParseError? {
        do {
            let d = try ThaiDate.parse(text)
            XCTFail("\"\(text)\" should be rejected, got \(d)", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    func testISO() {
        XCTAssertEqual(parsed("2022-09-27"), sep27)
        XCTAssertEqual(parsed("2565-09-27"), sep27)           // year >= 2400 is BE
        XCTAssertEqual(parsed("๒๕๖๕-๐๙-๒๗"), sep27)
        XCTAssertEqual(parsed(" 2022-9-27 "), sep27)
    }

    func testDayMonthYear() {
        XCTAssertEqual(parsed("27/9/2565"), sep27)
        XCTAssertEqual(parsed("27/09/2022"), sep27)
        XCTAssertEqual(parsed("27/9/65"), sep27)              // 2-digit year: BE 25xx
        XCTAssertEqual(parsed("๒๗/๙/๒๕๖๕"), sep27)
        XCTAssertEqual(parsed("๒๗/๐๙/๖๕"), sep27)
        XCTAssertEqual(parsed("1/10/2565"), ThaiDate(year: 2022, month: 10, day: 1))
    }

    func testThaiWords() {
        XCTAssertEqual(parsed("๒๗ กันยายน ๒๕๖๕"), sep27)
        XCTAssertEqual(parsed("๒๗ กันยายน พ.ศ. ๒๕๖๕"), sep27)
        XCTAssertEqual(parsed("๒๗ ก.ย. ๖๕"), sep27)
        XCTAssertEqual(parsed("27 ก.ย. 2565"), sep27)
        XCTAssertEqual(parsed("27 ก.ย. พ.ศ. 2565"), sep27)
        XCTAssertEqual(parsed("  ๒๗   กันยายน   ๒๕๖๕  "), sep27)
        XCTAssertEqual(parsed("๒๗ กันยายน พ.ศ.๒๕๖๕"), sep27)
        XCTAssertEqual(parsed("วันที่ ๒๗ กันยายน พ.ศ. ๒๕๖๕"), sep27)
        XCTAssertEqual(parsed("27 ก.ย 65"), sep27)              // abbreviation without the final dot
        XCTAssertEqual(parsed("27 กันยา 65"), sep27)            // colloquial month
        XCTAssertEqual(parsed("27 กันยายน 2022"), sep27)        // 4-digit year below 2400 is CE
        XCTAssertEqual(parsed("27 กันยายน ค.ศ. 2022"), sep27)
    }

    func testEveryMonthRoundTripsThroughFormatting() throws {
        for month in 1...12 {
            let d = ThaiDate(beYear: 2567, month: month, day: ThaiDate.daysInMonth(month, year: 2024))!
            XCTAssertEqual(try ThaiDate.parse(ThaiFormat.longDate(d)), d)
            XCTAssertEqual(try ThaiDate.parse(ThaiFormat.longDateWithEra(d)), d)
            XCTAssertEqual(try ThaiDate.parse(ThaiFormat.shortDate(d)), d)
            XCTAssertEqual(try ThaiDate.parse(d.description), d)
            XCTAssertEqual(try ThaiDate.parse(d.beISOString), d)
        }
    }

    func testLeapDay() {
        XCTAssertEqual(parsed("29/02/2567"), ThaiDate(year: 2024, month: 2, day: 29))
        XCTAssertEqual(parsed("๒๙ กุมภาพันธ์ ๒๕๖๗"), ThaiDate(year: 2024, month: 2, day: 29))
        XCTAssertEqual(rejection("29/02/2566")?.kind, .invalidDate)
        XCTAssertEqual(rejection("2023-02-29")?.kind, .invalidDate)
    }

    func testInvalidDates() {
        let error = rejection("31/02/2565")
        XCTAssertEqual(error?.kind, .invalidDate)
        XCTAssertTrue(error?.message.contains("February") ?? false, error?.message ?? "")
        XCTAssertTrue(error?.message.contains("28 days") ?? false, error?.message ?? "")
        XCTAssertEqual(rejection("31 เมษายน 2565")?.kind, .invalidDate)
        XCTAssertEqual(rejection("2022-13-01")?.kind, .invalidDate)
        XCTAssertEqual(rejection("0/1/2565")?.kind, .invalidDate)
        XCTAssertEqual(rejection("2022-00-10")?.kind, .invalidDate)
    }

    func testRejectedShapes() {
        XCTAssertEqual(rejection("")?.kind, .empty)
        XCTAssertEqual(rejection("   ")?.kind, .empty)
        for text in ["hello", "27-09-2565", "2565/09/27", "27/9/2565/1", "27/9-2565", "27 ก.ย. xyz 2565",
                     "123/1/2565", "27 กันยายน", "กันยายน 2565", "27.9.2565"] {
            XCTAssertEqual(rejection(text)?.kind, .unrecognizedFormat, text)
        }
        XCTAssertEqual(rejection("27 กันยน 2565")?.kind, .unknownMonth)
        XCTAssertEqual(rejection("27 September 2022")?.kind, .unknownMonth)
    }

    func testRejectedYears() {
        XCTAssertEqual(rejection("27/9/565")?.kind, .invalidYear)
        XCTAssertEqual(rejection("27/9/25650")?.kind, .invalidYear)
        XCTAssertEqual(rejection("27 ก.ย. ค.ศ. 65")?.kind, .invalidYear)
        XCTAssertEqual(rejection("0000-01-01")?.kind, .invalidYear)
    }

    func testErrorMessage() {
        let error = rejection("27 กันยน 2565")
        XCTAssertEqual(error?.input, "27 กันยน 2565")
        XCTAssertTrue(error?.message.contains("กันยน") ?? false)
        XCTAssertEqual(error?.description, error?.message)
    }
}
