import XCTest
@testable import ThaiText

final class MoneyTests: XCTestCase {
    func testConstruction() {
        XCTAssertEqual(Money(baht: 5).satang, 500)
        XCTAssertEqual(Money(baht: -5).satang, -500)
        XCTAssertEqual(Money.baht(100_000), Money(satang: 10_000_000))
        XCTAssertNil(Money.baht(Int64.max))
        XCTAssertNil(Money.baht(Int64.max / 100 + 1))
        XCTAssertEqual(Money.baht(Int64.max / 100), Money(satang: Int64.max / 100 * 100))
        XCTAssertEqual(Money.baht(1, satang: 50), Money(satang: 150))
        XCTAssertEqual(Money.zero.satang, 0)
    }

    func testParts() {
        XCTAssertEqual(Money(satang: 123_450).wholeBaht, 1234)
        XCTAssertEqual(Money(satang: 123_450).satangPart, 50)
        XCTAssertEqual(Money(satang: -150).wholeBaht, -1)
        XCTAssertEqual(Money(satang: -150).satangPart, 50)
        XCTAssertEqual(Money.min.satangPart, 8)
    }

    func testCheckedArithmetic() {
        XCTAssertEqual(Money(baht: 2).adding(Money(satang: 50)), Money(satang: 250))
        XCTAssertNil(Money.max.adding(Money(satang: 1)))
        XCTAssertNil(Money.min.adding(Money(satang: -1)))
        XCTAssertEqual(Money(baht: 2).subtracting(Money(baht: 3)), Money(baht: -1))
        XCTAssertNil(Money.min.subtracting(Money(satang: 1)))
        XCTAssertEqual(Money(satang: 250).multiplied(by: 4), Money(baht: 10))
        XCTAssertNil(Money.max.multiplied(by: 2))
        XCTAssertEqual(Money(satang: 5).negated(), Money(satang: -5))
        XCTAssertNil(Money.min.negated())
    }

    func testSum() {
        XCTAssertEqual(Money.sum([Money]()), Money.zero)
        XCTAssertEqual(Money.sum([Money(baht: 100_000), Money(baht: 100_000), Money(satang: 1)]), Money(satang: 20_000_001))
        XCTAssertEqual(Money.sum([Money.max, Money.min]), Money(satang: -1))
        XCTAssertNil(Money.sum([Money.max, Money(satang: 1)]))
        XCTAssertNil(Money.sum(Array(repeating: Money(satang: Int64.max / 2 + 1), count: 2)))
    }

    func testComparable() {
        XCTAssertLessThan(Money(satang: -1), Money.zero)
        XCTAssertLessThan(Money(baht: 1), Money(satang: 101))
        XCTAssertEqual([Money(baht: 3), Money(baht: 1), Money(baht: 2)].sorted(), [Money(baht: 1), Money(baht: 2), Money(baht: 3)])
        XCTAssertEqual(Set([Money(baht: 1), Money(satang: 100)]).count, 1)
    }

    func testDescriptionIsPlainDataForm() {
        XCTAssertEqual(Money(baht: 100_000).description, "100000.00")
        XCTAssertEqual(Money(satang: 123_450).description, "1234.50")
        XCTAssertEqual(Money(satang: 5).description, "0.05")
        XCTAssertEqual(Money(satang: -50).description, "-0.50")
        XCTAssertEqual(Money.zero.description, "0.00")
        XCTAssertEqual(Money.max.description, "92233720368547758.07")
        XCTAssertEqual(Money.min.description, "-92233720368547758.08")
    }

    func testDescriptionRoundTripsThroughParse() throws {
        for satang: Int64 in [0, 1, 99, 100, 12_345, -7, -100_001, .max, .min] {
            XCTAssertEqual(try Money.parse(Money(satang: satang).description), Money(satang: satang))
        }
    }
}
