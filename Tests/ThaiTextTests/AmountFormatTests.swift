import XCTest
@testable import ThaiText

final class AmountFormatTests: XCTestCase {
    func testGrouped() {
        XCTAssertEqual(ThaiFormat.grouped(0), "๐")
        XCTAssertEqual(ThaiFormat.grouped(999), "๙๙๙")
        XCTAssertEqual(ThaiFormat.grouped(1_000), "๑,๐๐๐")
        XCTAssertEqual(ThaiFormat.grouped(100_000), "๑๐๐,๐๐๐")
        XCTAssertEqual(ThaiFormat.grouped(1_234_567), "๑,๒๓๔,๕๖๗")
        XCTAssertEqual(ThaiFormat.grouped(-1_234), "-๑,๒๓๔")
        XCTAssertEqual(ThaiFormat.grouped(Int64.min), "-๙,๒๒๓,๓๗๒,๐๓๖,๘๕๔,๗๗๕,๘๐๘")
    }

    func testAmount() {
        XCTAssertEqual(ThaiFormat.amount(Money(baht: 100_000)), "๑๐๐,๐๐๐")
        XCTAssertEqual(ThaiFormat.amount(Money(satang: 123_450)), "๑,๒๓๔.๕๐")
        XCTAssertEqual(ThaiFormat.amount(Money(satang: 105)), "๑.๐๕")
        XCTAssertEqual(ThaiFormat.amount(.zero), "๐")
        XCTAssertEqual(ThaiFormat.amount(Money(satang: -50)), "-๐.๕๐")
        XCTAssertEqual(ThaiFormat.amount(Money(baht: -1_000)), "-๑,๐๐๐")
        XCTAssertEqual(ThaiFormat.amount(.max), "๙๒,๒๓๓,๗๒๐,๓๖๘,๕๔๗,๗๕๘.๐๗")
    }

    func testAmountWithSatang() {
        XCTAssertEqual(ThaiFormat.amountWithSatang(Money(baht: 100_000)), "๑๐๐,๐๐๐.๐๐")
        XCTAssertEqual(ThaiFormat.amountWithSatang(Money(satang: 123_450)), "๑,๒๓๔.๕๐")
        XCTAssertEqual(ThaiFormat.amountWithSatang(.zero), "๐.๐๐")
        XCTAssertEqual(ThaiFormat.amountWithSatang(Money(satang: -7)), "-๐.๐๗")
        XCTAssertEqual(ThaiFormat.amountWithSatang(.min), "-๙๒,๒๓๓,๗๒๐,๓๖๘,๕๔๗,๗๕๘.๐๘")
    }

    func testFormattedAmountsParseBack() throws {
        for satang: Int64 in [0, 1, 150, 123_450, 10_000_000, -99, .max, .min] {
            let m = Money(satang: satang)
            XCTAssertEqual(try Money.parse(ThaiFormat.amount(m)), m)
            XCTAssertEqual(try Money.parse(ThaiFormat.amountWithSatang(m)), m)
        }
    }
}
