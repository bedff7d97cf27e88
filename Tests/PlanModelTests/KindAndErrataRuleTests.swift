import DataFiles
import XCTest
@testable import PlanModel

/// A project's kind against its name; risk levels; errata that no longer match their field.
final class KindAndErrataRuleTests: XCTestCase {
    func testKindDisagreesWithName() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/01.yaml", "kind: กิจกรรม\n", "kind: โครงการ\n")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/01.yaml", line: line, "kind is โครงการ but the name begins with กิจกรรม", "set kind: กิจกรรม")
    }

    func testNameWithoutItsKind() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/01.yaml", "name: กิจกรรมสร้างความตระหนัก", "name: สร้างความตระหนัก")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/01.yaml", line: line, "the name must begin with its kind (โครงการ, กิจกรรม, มาตรการ)")
    }

    func testUnknownRiskLevel() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("plan.yaml", "            level: สูง\n", "            level: สูงมาก\n")
        let findings = try copy.validate()
        assertFinding(findings, .error, "plan.yaml", line: line, "risk level 'สูงมาก' is not one of สูง, ปานกลาง, ต่ำ")
    }

    func testErratumWhoseDatasetTextIsNotInItsField() throws {
        let copy = try BrokenCopy()
        // projects/05.yaml records องค์กร → องค์การ in rationale[0]; make the field say something else.
        let line = try copy.line(of: "    dataset: องค์การบริหารส่วนจังหวัดนครพนม\n", in: "projects/05.yaml")
        let text = try copy.read("projects/05.yaml")
        let rationale = text.split(separator: "\n").first { $0.hasPrefix("  - ปัจจุบันองค์กรปกครองส่วนท้องถิ่น") }!
        try copy.edit("projects/05.yaml", String(rationale), String(rationale).replacingOccurrences(of: "องค์การบริหารส่วนจังหวัดนครพนม", with: "องค์การบริหารส่วนจังหวัด"))
        let findings = try copy.validate()
        assertFinding(findings, .warning, "projects/05.yaml", line: line, "the erratum's dataset text 'องค์การบริหารส่วนจังหวัดนครพนม' does not appear in rationale[0]")
    }

    func testErratumOnAPlanSection() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("plan.yaml", "      dataset: ยกระดับมาตรฐาน\n", "      dataset: ยกระดับมาตรฐานสากล\n")
        let findings = try copy.validate()
        assertFinding(findings, .warning, "plan.yaml", line: line, "does not appear in foreword.paragraphs[0]")
    }

    func testErratumNamingAFieldTheFileDoesNotHave() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/05.yaml", "  - field: rationale[0]\n", "  - field: rationale[7]\n")
        let findings = try copy.validate()
        assertFinding(findings, .warning, "projects/05.yaml", line: line, "this erratum names 'rationale[7]', which projects/05.yaml does not have")
    }

    func testErratumOnAValue() throws {
        let copy = try BrokenCopy()
        let line = try copy.line(of: "    dataset: \"2570\"\n", in: "projects/01.yaml")
        try copy.edit("projects/01.yaml", "  end: 2570\n", "  end: 2569\n")
        let findings = try copy.validate()
        assertFinding(findings, .warning, "projects/01.yaml", line: line, "does not give period.end's value 2569")
    }

    func testErratumOnAHeadingNumberComparesTheHeading() throws {
        let plan = try Dataset.loadCanonical()
        let entry = plan.errataEntries.first { $0.field.hasSuffix("sub_missions[0].number") }
        XCTAssertNotNil(entry, "the canonical dataset records the renumbered sub-mission ๓.๓.๑")
        XCTAssertFalse(PlanValidator.validate(plan).contains { $0.message.contains("sub_missions[0].number") })
    }
}
