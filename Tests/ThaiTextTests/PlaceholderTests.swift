import XCTest
@testable import ThaiText

final class PlaceholderTests: XCTestCase {
    func testEachKnownPlaceholderIsReplaced() {
        XCTAssertEqual(Placeholders.fill("{section}.{n}", ["section": "๓", "n": "๑๒"]), "๓.๑๒")
        XCTAssertEqual(Placeholders.fill("หน้า {n} จาก {n}", ["n": "๕"]), "หน้า ๕ จาก ๕")
        XCTAssertEqual(Placeholders.fill("ประจำปีงบประมาณ พ.ศ. {fy} รอบ {round}", ["fy": "๒๕๖๖", "round": "๖ เดือน"]),
                       "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน")
    }

    func testUnknownPlaceholdersAndLoneBracesStay() {
        XCTAssertEqual(Placeholders.fill("({n}) {x} {", ["n": "๒"]), "(๒) {x} {")
        XCTAssertEqual(Placeholders.fill("} ไม่มี {", [:]), "} ไม่มี {")
        XCTAssertEqual(Placeholders.fill("", ["n": "๑"]), "")
    }

    func testAValueIsNotSearchedAgain() {
        // A value holding a placeholder's name is printed as it is, not filled in turn.
        XCTAssertEqual(Placeholders.fill("{a}{b}", ["a": "{b}", "b": "๑"]), "{b}๑")
    }
}
