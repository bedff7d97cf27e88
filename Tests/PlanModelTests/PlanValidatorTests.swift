import XCTest
@testable import PlanModel

/// The small readers the rules use to find figures in Thai sentences.
final class PlanValidatorTests: XCTestCase {
    func testThaiNumbers() {
        XCTAssertEqual(StatedNumber.value("๔๔"), 44)
        XCTAssertEqual(StatedNumber.value("๗,๘๕๐"), 7850)
        XCTAssertEqual(StatedNumber.value("2566"), 2566)
        XCTAssertNil(StatedNumber.value("สี่"))
        XCTAssertEqual(StatedNumber.all(in: "จำนวน ๒๐๐ คน และ 15 คน, รวม ๑,๐๐๐ คน"), [200, 15, 1000])
        XCTAssertEqual(StatedNumber.years(in: "ปีงบประมาณ พ.ศ. ๒๕๖๖ - ๒๕๗๐ จำนวน ๑๒๓๔ คน"), [2566, 2570])
    }

    func testStatedCountsAreReadFromSentences() {
        let perDimension = CountRules.dimensionCount.matches(in: "มิติที่ ๒ การบริหารราชการด้วยความโปร่งใส จำนวน ๒๑ โครงการ")
        XCTAssertEqual(perDimension.first?[1], "๒")
        XCTAssertEqual(perDimension.first?[2], "๒๑")
        // One sentence naming two dimensions pairs each count with the dimension just before it.
        let two = CountRules.dimensionCount.matches(in: "มิติที่ ๑ ก จำนวน ๙ โครงการ และมิติที่ ๒ ข จำนวน ๒๑ โครงการ")
        XCTAssertEqual(two.map { [$0[1], $0[2]] }, [["๑", "๙"], ["๒", "๒๑"]])
        XCTAssertEqual(CountRules.grandTotal.firstMatch(in: "แยกตาม ๔ มิติรวมทั้งสิ้นจำนวน ๔๔ โครงการ ดังนี้")?[1], "๔๔")
        XCTAssertEqual(CountRules.grandTotal.firstMatch(in: "รวมทั้งสิ้น ๔๔ โครงการ")?[1], "๔๔")
        XCTAssertEqual(CountRules.dimensionsStated.firstMatch(in: "แยกตาม ๔ มิติรวมทั้งสิ้น")?[1], "๔")
        XCTAssertNil(CountRules.dimensionsStated.firstMatch(in: "มิติที่ ๔ การยกระดับ"))
        XCTAssertNil(CountRules.dimensionsStated.firstMatch(in: "ในหลากหลายมิติทั้งการพัฒนาคนในทุกมิติ"))
        let span = CountRules.yearSpan.firstMatch(in: "ยุทธศาสตร์ชาติ ๒๐ ปี (พ.ศ. ๒๕๖๑ – ๒๕๘๐)")
        XCTAssertEqual(span.map { [$0[1], $0[2], $0[3]] }, ["๒๐", "๒๕๖๑", "๒๕๘๐"])
    }

    func testAcademicPeriodsDrawOnTheFollowingFiscalYear() {
        XCTAssertEqual(PeriodRules.fiscalYears(of: ProjectPeriod(kind: .fiscal, start: 2566, end: 2570)), 2566...2570)
        XCTAssertEqual(PeriodRules.fiscalYears(of: ProjectPeriod(kind: .academic, start: 2566, end: 2570)), 2566...2571)
        XCTAssertNil(PeriodRules.fiscalYears(of: ProjectPeriod(kind: .fiscal, start: 2570, end: 2566)))
    }
}
