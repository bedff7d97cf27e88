import XCTest
@testable import ThaiText

final class PageLetterTests: XCTestCase {
    func testFirstLetters() {
        XCTAssertEqual((1...8).map(ThaiFormat.thaiLetterPageNumber), ["ก", "ข", "ค", "ง", "จ", "ฉ", "ช", "ซ"])
    }

    func testSkipsObsoleteAndUnusedLetters() {
        let all = (1...41).map(ThaiFormat.thaiLetterPageNumber)
        for skipped in ["ฃ", "ฅ", "ฆ", "ฤ", "ฦ"] {
            XCTAssertFalse(all.contains(skipped), skipped)
        }
        XCTAssertEqual(Set(all).count, 41)
        XCTAssertEqual(ThaiFormat.thaiNumberingLetters.count, 41)
    }

    func testLastSingleLetters() {
        XCTAssertEqual(ThaiFormat.thaiLetterPageNumber(38), "ห")
        XCTAssertEqual(ThaiFormat.thaiLetterPageNumber(39), "ฬ")
        XCTAssertEqual(ThaiFormat.thaiLetterPageNumber(40), "อ")
        XCTAssertEqual(ThaiFormat.thaiLetterPageNumber(41), "ฮ")
    }

    func testContinuesWithTwoLetters() {
        XCTAssertEqual(ThaiFormat.thaiLetterPageNumber(42), "กก")
        XCTAssertEqual(ThaiFormat.thaiLetterPageNumber(43), "กข")
        XCTAssertEqual(ThaiFormat.thaiLetterPageNumber(82), "กฮ")
        XCTAssertEqual(ThaiFormat.thaiLetterPageNumber(83), "ขก")
        XCTAssertEqual(ThaiFormat.thaiLetterPageNumber(41 * 42), "ฮฮ")
        XCTAssertEqual(ThaiFormat.thaiLetterPageNumber(41 * 42 + 1), "กกก")
    }
}
