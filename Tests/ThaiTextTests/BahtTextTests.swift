import XCTest
@testable import ThaiText

final class BahtTextTests: XCTestCase {
    private func text(baht: Int64) -> String { ThaiFormat.bahtText(Money(baht: baht)) }
    private func text(satang: Int64) -> String { ThaiFormat.bahtText(Money(satang: satang)) }

    func testSmallNumbers() {
        XCTAssertEqual(text(baht: 0), "ศูนย์บาทถ้วน")
        XCTAssertEqual(text(baht: 1), "หนึ่งบาทถ้วน")
        XCTAssertEqual(text(baht: 2), "สองบาทถ้วน")
        XCTAssertEqual(text(baht: 10), "สิบบาทถ้วน")
        XCTAssertEqual(text(baht: 11), "สิบเอ็ดบาทถ้วน")
        XCTAssertEqual(text(baht: 12), "สิบสองบาทถ้วน")
        XCTAssertEqual(text(baht: 20), "ยี่สิบบาทถ้วน")
        XCTAssertEqual(text(baht: 21), "ยี่สิบเอ็ดบาทถ้วน")
        XCTAssertEqual(text(baht: 35), "สามสิบห้าบาทถ้วน")
        XCTAssertEqual(text(baht: 99), "เก้าสิบเก้าบาทถ้วน")
    }

    func testHundredsAndThousands() {
        XCTAssertEqual(text(baht: 100), "หนึ่งร้อยบาทถ้วน")
        XCTAssertEqual(text(baht: 101), "หนึ่งร้อยเอ็ดบาทถ้วน")
        XCTAssertEqual(text(baht: 111), "หนึ่งร้อยสิบเอ็ดบาทถ้วน")
        XCTAssertEqual(text(baht: 120), "หนึ่งร้อยยี่สิบบาทถ้วน")
        XCTAssertEqual(text(baht: 201), "สองร้อยเอ็ดบาทถ้วน")
        XCTAssertEqual(text(baht: 1_000), "หนึ่งพันบาทถ้วน")
        XCTAssertEqual(text(baht: 1_001), "หนึ่งพันเอ็ดบาทถ้วน")
        XCTAssertEqual(text(baht: 1_011), "หนึ่งพันสิบเอ็ดบาทถ้วน")
        XCTAssertEqual(text(baht: 10_000), "หนึ่งหมื่นบาทถ้วน")
        XCTAssertEqual(text(baht: 100_000), "หนึ่งแสนบาทถ้วน")
        XCTAssertEqual(text(baht: 250_000), "สองแสนห้าหมื่นบาทถ้วน")
        XCTAssertEqual(text(baht: 999_999), "เก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าบาทถ้วน")
    }

    func testMillions() {
        XCTAssertEqual(text(baht: 1_000_000), "หนึ่งล้านบาทถ้วน")
        XCTAssertEqual(text(baht: 1_000_001), "หนึ่งล้านเอ็ดบาทถ้วน")
        XCTAssertEqual(text(baht: 1_000_010), "หนึ่งล้านสิบบาทถ้วน")
        XCTAssertEqual(text(baht: 1_200_000), "หนึ่งล้านสองแสนบาทถ้วน")
        XCTAssertEqual(text(baht: 2_000_000), "สองล้านบาทถ้วน")
        XCTAssertEqual(text(baht: 11_000_000), "สิบเอ็ดล้านบาทถ้วน")
        XCTAssertEqual(text(baht: 21_000_000), "ยี่สิบเอ็ดล้านบาทถ้วน")
        XCTAssertEqual(text(baht: 21_000_021), "ยี่สิบเอ็ดล้านยี่สิบเอ็ดบาทถ้วน")
        XCTAssertEqual(text(baht: 101_000_000), "หนึ่งร้อยเอ็ดล้านบาทถ้วน")
        XCTAssertEqual(text(baht: 1_000_000_001), "หนึ่งพันล้านเอ็ดบาทถ้วน")
    }

    func testMillionMillions() {
        XCTAssertEqual(text(baht: 1_000_000_000_000), "หนึ่งล้านล้านบาทถ้วน")
        XCTAssertEqual(text(baht: 1_000_000_000_001), "หนึ่งล้านล้านเอ็ดบาทถ้วน")
        // Groups nest: 2,500,000 million is read สองล้านห้าแสน-ล้าน, as Thai budgets are read aloud.
        XCTAssertEqual(text(baht: 2_500_000_000_000), "สองล้านห้าแสนล้านบาทถ้วน")
        XCTAssertEqual(text(baht: 1_000_001_000_000), "หนึ่งล้านเอ็ดล้านบาทถ้วน")
        XCTAssertEqual(text(baht: 1_000_000_000_000_000), "หนึ่งพันล้านล้านบาทถ้วน")
    }

    func testSatang() {
        XCTAssertEqual(text(satang: 150), "หนึ่งบาทห้าสิบสตางค์")
        XCTAssertEqual(text(satang: 50), "ห้าสิบสตางค์")
        XCTAssertEqual(text(satang: 1), "หนึ่งสตางค์")
        XCTAssertEqual(text(satang: 21), "ยี่สิบเอ็ดสตางค์")
        XCTAssertEqual(text(satang: 11), "สิบเอ็ดสตางค์")
        XCTAssertEqual(text(satang: 101), "หนึ่งบาทหนึ่งสตางค์")
        XCTAssertEqual(text(satang: 123_475), "หนึ่งพันสองร้อยสามสิบสี่บาทเจ็ดสิบห้าสตางค์")
    }

    func testNegative() {
        XCTAssertEqual(text(baht: -5), "ลบห้าบาทถ้วน")
        XCTAssertEqual(text(satang: -150), "ลบหนึ่งบาทห้าสิบสตางค์")
        XCTAssertEqual(text(satang: -1), "ลบหนึ่งสตางค์")
    }

    func testInt64Extremes() {
        // 92,233,720,368,547,758.07 baht
        XCTAssertEqual(
            ThaiFormat.bahtText(.max),
            "เก้าหมื่นสองพันสองร้อยสามสิบสามล้าน" + "เจ็ดแสนสองหมื่นสามร้อยหกสิบแปดล้าน"
                + "ห้าแสนสี่หมื่นเจ็ดพันเจ็ดร้อยห้าสิบแปดบาทเจ็ดสตางค์")
        XCTAssertEqual(
            ThaiFormat.bahtText(.min),
            "ลบเก้าหมื่นสองพันสองร้อยสามสิบสามล้าน" + "เจ็ดแสนสองหมื่นสามร้อยหกสิบแปดล้าน"
                + "ห้าแสนสี่หมื่นเจ็ดพันเจ็ดร้อยห้าสิบแปดบาทแปดสตางค์")
        XCTAssertEqual(text(baht: 10_000_000_000_000_000), "หนึ่งหมื่นล้านล้านบาทถ้วน")
    }

    func testNumberText() {
        XCTAssertEqual(ThaiFormat.numberText(0), "ศูนย์")
        XCTAssertEqual(ThaiFormat.numberText(21), "ยี่สิบเอ็ด")
        XCTAssertEqual(ThaiFormat.numberText(-1), "ลบหนึ่ง")
        XCTAssertEqual(ThaiFormat.numberText(Int64.max), "เก้าล้านสองแสนสองหมื่นสามพันสามร้อยเจ็ดสิบสองล้าน" + "สามหมื่นหกพันแปดร้อยห้าสิบสี่ล้าน" + "เจ็ดแสนเจ็ดหมื่นห้าพันแปดร้อยเจ็ด")
    }
}
