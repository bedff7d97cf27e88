import XCTest
@testable import ThaiText

final class PercentTests: XCTestCase {
    private func d(_ s: String) -> Decimal { Decimal(string: s)! }

    func testMoneyPercentOf() {
        XCTAssertEqual(Money(satang: 865).percent(of: Money(satang: 1_000)), d("86.5"))
        XCTAssertEqual(Money(baht: 50).percent(of: Money(baht: 200)), d("25"))
        XCTAssertEqual(Money(baht: 100).percent(of: Money(baht: 100)), d("100"))
        XCTAssertEqual(Money.zero.percent(of: Money(baht: 100)), d("0"))
        XCTAssertNil(Money(baht: 5).percent(of: .zero))
    }

    func testMoneyPercentRoundsHalfUp() {
        XCTAssertEqual(Money(satang: 8_645).percent(of: Money(satang: 10_000)), d("86.5"))
        XCTAssertEqual(Money(satang: 8_644).percent(of: Money(satang: 10_000)), d("86.4"))
        XCTAssertEqual(Money(satang: 1).percent(of: Money(satang: 3)), d("33.3"))
        XCTAssertEqual(Money(satang: 2).percent(of: Money(satang: 3)), d("66.7"))
        XCTAssertEqual(Money(satang: 1).percent(of: Money(satang: 2_000)), d("0.1"))   // 0.05 → 0.1
        XCTAssertEqual(Money(satang: 1).percent(of: Money(satang: 2_001)), d("0"))     // 0.0499… → 0.0
        XCTAssertEqual(Money(satang: -8_645).percent(of: Money(satang: 10_000)), d("-86.5"))
    }

    func testMoneyPercentHugeValuesDoNotOverflow() {
        XCTAssertEqual(Money.max.percent(of: Money(satang: 1)), d("922337203685477580700"))
        XCTAssertEqual(Money.max.percent(of: Money.max), d("100"))
        XCTAssertEqual(Money(satang: Int64.max - 1).percent(of: Money.max), d("100"))
        XCTAssertEqual(Money.min.percent(of: Money.max), d("-100"))
        XCTAssertEqual(Money(satang: 1).percent(of: Money.max), d("0"))
    }

    func testFormatPercent() {
        XCTAssertEqual(ThaiFormat.percent(d("86.5")), "๘๖.๕")
        XCTAssertEqual(ThaiFormat.percent(d("86.45")), "๘๖.๕")
        XCTAssertEqual(ThaiFormat.percent(d("86.44")), "๘๖.๔")
        XCTAssertEqual(ThaiFormat.percent(d("86.449999")), "๘๖.๔")
        XCTAssertEqual(ThaiFormat.percent(d("80")), "๘๐.๐")
        XCTAssertEqual(ThaiFormat.percent(d("100")), "๑๐๐.๐")
        XCTAssertEqual(ThaiFormat.percent(d("0")), "๐.๐")
        XCTAssertEqual(ThaiFormat.percent(d("0.05")), "๐.๑")
        XCTAssertEqual(ThaiFormat.percent(d("0.04")), "๐.๐")
        XCTAssertEqual(ThaiFormat.percent(d("99.95")), "๑๐๐.๐")
        XCTAssertEqual(ThaiFormat.percent(d("-86.45")), "-๘๖.๕")
    }

    func testFormatPercentFractionDigits() {
        XCTAssertEqual(ThaiFormat.percent(d("86.5"), fractionDigits: 0), "๘๗")
        XCTAssertEqual(ThaiFormat.percent(d("86.4"), fractionDigits: 0), "๘๖")
        XCTAssertEqual(ThaiFormat.percent(d("3.14159"), fractionDigits: 2), "๓.๑๔")
        XCTAssertEqual(ThaiFormat.percent(d("3.145"), fractionDigits: 2), "๓.๑๕")
        XCTAssertEqual(ThaiFormat.percent(d("0.5"), fractionDigits: 3), "๐.๕๐๐")
        XCTAssertEqual(ThaiFormat.percent(d("12.34"), fractionDigits: -1), "๑๒")
    }

    func testFormatLargeAndTinyValues() {
        XCTAssertEqual(ThaiFormat.percent(d("12345678901234567890.05")), "๑๒๓๔๕๖๗๘๙๐๑๒๓๔๕๖๗๘๙๐.๑")
        XCTAssertEqual(ThaiFormat.percent(d("1e25")), "๑" + String(repeating: "๐", count: 25) + ".๐")
        XCTAssertEqual(ThaiFormat.percent(d("0.000001"), fractionDigits: 2), "๐.๐๐")
    }

    func testMoneyPercentThenFormat() {
        let share = Money(baht: 86_450).percent(of: Money(baht: 100_000))!
        XCTAssertEqual(ThaiFormat.percent(share), "๘๖.๕")
    }
}
