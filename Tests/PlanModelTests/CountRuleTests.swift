import DataFiles
import XCTest
@testable import PlanModel

/// Figures the text states against what the data gives.
final class CountRuleTests: XCTestCase {
    func testDimensionCountInForeword() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("plan.yaml", "มิติที่ ๒ การบริหารราชการด้วยความโปร่งใส จำนวน ๒๑ โครงการ",
                                 "มิติที่ ๒ การบริหารราชการด้วยความโปร่งใส จำนวน ๒๐ โครงการ")
        let findings = try copy.validate()
        assertFinding(findings, .error, "plan.yaml", line: line, "dimension 2 has 20 projects (จำนวน ๒๐ โครงการ), but 21 projects name a mission of dimension 2", "correct the sentence to ๒๑")
    }

    func testDimensionCountWhenProjectsMove() throws {
        // The foreword is right; a project moved to another dimension makes two counts wrong.
        let copy = try BrokenCopy()
        try copy.edit("projects/09.yaml", "mission: \"1.3\"\nsub_mission: \"1.3.1\"", "mission: \"2.1\"\nsub_mission: \"2.1.1\"")
        let one = try copy.line(of: "มิติที่ ๑ การสร้างวัฒนธรรมสุจริต จำนวน ๙ โครงการ", in: "plan.yaml")
        let two = try copy.line(of: "มิติที่ ๒ การบริหารราชการด้วยความโปร่งใส จำนวน ๒๑ โครงการ", in: "plan.yaml")
        let findings = try copy.validate()
        assertFinding(findings, .error, "plan.yaml", line: one, "dimension 1 has 9 projects", "but 8 projects")
        assertFinding(findings, .error, "plan.yaml", line: two, "dimension 2 has 21 projects", "but 22 projects")
    }

    func testGrandTotalInForeword() throws {
        let copy = try BrokenCopy()
        let line = try copy.line(of: "- ส่วนที่ ๒ ประกอบด้วย", in: "plan.yaml")
        try copy.edit("plan.yaml", "รวมทั้งสิ้นจำนวน ๔๔ โครงการ", "รวมทั้งสิ้นจำนวน ๔๕ โครงการ")
        let findings = try copy.validate()
        assertFinding(findings, .error, "plan.yaml", line: line, "the plan has 45 projects in all (รวมทั้งสิ้น ๔๕ โครงการ), but the dataset holds 44")
    }

    func testGrandTotalWhenAProjectIsRemoved() throws {
        let copy = try BrokenCopy()
        try copy.remove("projects/44.yaml")
        let line = try copy.line(of: "รวมทั้งสิ้นจำนวน ๔๔ โครงการ", in: "plan.yaml")
        let findings = try copy.validate()
        assertFinding(findings, .error, "plan.yaml", line: line, "the plan has 44 projects in all", "the dataset holds 43")
    }

    func testNumberOfDimensionsStated() throws {
        let copy = try BrokenCopy()
        let line = try copy.line(of: "- ส่วนที่ ๒ ประกอบด้วย", in: "plan.yaml")
        try copy.edit("plan.yaml", "แยกตาม ๔ มิติ", "แยกตาม ๕ มิติ")
        let findings = try copy.validate()
        assertFinding(findings, .error, "plan.yaml", line: line, "5 dimensions (๕ มิติ), but plan.yaml defines 4")
    }

    func testYearSpanStated() throws {
        let copy = try BrokenCopy()
        let line = try copy.line(of: "- ส่วนที่ ๒ ประกอบด้วย", in: "plan.yaml")
        try copy.edit("plan.yaml", "ใน ๕ ปี (พ.ศ. ๒๕๖๖ - ๒๕๗๐)", "ใน ๔ ปี (พ.ศ. ๒๕๖๖ - ๒๕๗๐)")
        let findings = try copy.validate()
        assertFinding(findings, .error, "plan.yaml", line: line, "4 years (๔ ปี) for พ.ศ. ๒๕๖๖–๒๕๗๐, which is 5 years")
    }

    func testDimensionWithoutProjects() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("plan.yaml", "closing_notice:\n", """
              - number: 5
                title: มิติทดสอบที่ไม่มีโครงการ
                missions:
                  - number: 1
                    title: ภารกิจทดสอบ
            closing_notice:

            """)
        let findings = try copy.validate()
        assertFinding(findings, .error, "plan.yaml", line: line, "dimension 5 (มิติทดสอบที่ไม่มีโครงการ) has no projects", "or remove it")
        // The foreword's "แยกตาม ๔ มิติ" no longer holds either.
        XCTAssertTrue(findings.contains { $0.message.contains("but plan.yaml defines 5") })
    }

    func testMissionWithoutProjectsIsAWarning() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("plan.yaml", "closing_notice:\n", """
                  - number: 4
                    title: ภารกิจทดสอบที่ไม่มีโครงการ
            closing_notice:

            """)
        let findings = try copy.validate()
        assertFinding(findings, .warning, "plan.yaml", line: line, "mission 4.4 (ภารกิจทดสอบที่ไม่มีโครงการ) has no projects")
        XCTAssertEqual(findings.errors, [])
    }

    func testTargetGroupCountDisagreesWithText() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/01.yaml", "  count: 200\n", "  count: 150\n")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/01.yaml", line: line, "count is 150 but target_group.text says ๒๐๐")
    }

    func testTargetGroupCountNotRecorded() throws {
        let copy = try BrokenCopy()
        try copy.edit("projects/01.yaml", "  count: 200\n  unit: คน\n", "")
        let line = try copy.line(of: "  text: ผู้บริหารท้องถิ่น", in: "projects/01.yaml")
        let findings = try copy.validate()
        assertFinding(findings, .warning, "projects/01.yaml", line: line, "states a count (จำนวน ๒๐๐ คน)", "count: 200 and unit: คน")
    }

    func testIndicatorTargetNotInText() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/10.yaml", "    target: \"80\"\n", "    target: \"90\"\n")
        let findings = try copy.validate()
        assertFinding(findings, .warning, "projects/10.yaml", line: line, "indicator target 90 ร้อยละ is not stated", "no ๙๐")
    }

    func testSentenceNamesADimensionThePlanDoesNotHave() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("plan.yaml", "มิติที่ ๔ การยกระดับกลไก", "มิติที่ ๕ การยกระดับกลไก")
        let findings = try copy.validate()
        assertFinding(findings, .error, "plan.yaml", line: line, "the text speaks of มิติที่ ๕, but the plan has no dimension 5")
        XCTAssertEqual(findings.count, 1, findings.map(\.description).joined(separator: "\n"))
    }

    func testPlanWithoutProjects() throws {
        let copy = try BrokenCopy()
        try copy.remove("projects")
        let line = try copy.line(of: "format: 1\n", in: "plan.yaml")
        let findings = try copy.validate()
        assertFinding(findings, .error, "plan.yaml", line: line, "the plan has no projects; add projects/01.yaml")
        // With no projects at all, no dimension, mission or division is reported empty one by one.
        XCTAssertFalse(findings.contains { $0.message.contains("has no projects; give it") || $0.message.contains("has no projects; its row") || $0.message.contains("responsible for no project") },
                       findings.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(findings.contains { $0.message.contains("the dataset holds 0") })
    }

    func testTargetGroupCountButNoNumberInText() throws {
        let copy = try BrokenCopy()
        try copy.edit("projects/01.yaml", "พนักงานจ้าง จำนวน ๒๐๐ คน\n", "พนักงานจ้าง ทุกคน\n")
        let line = try copy.line(of: "  count: 200\n", in: "projects/01.yaml")
        let findings = try copy.validate()
        assertFinding(findings, .warning, "projects/01.yaml", line: line, "count is 200 but target_group.text states no number", "add จำนวน ๒๐๐ คน")
        XCTAssertEqual(findings.errors, [])
    }

    func testTargetGroupUnitNotInText() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/01.yaml", "  unit: คน\n", "  unit: ราย\n")
        let findings = try copy.validate()
        assertFinding(findings, .warning, "projects/01.yaml", line: line, "unit 'ราย' does not appear in target_group.text")
        XCTAssertEqual(findings.count, 1, findings.map(\.description).joined(separator: "\n"))
    }

    func testTargetGroupUnitWithoutCount() throws {
        let copy = try BrokenCopy()
        try copy.edit("projects/01.yaml", "  count: 200\n", "")
        let line = try copy.line(of: "  unit: คน\n", in: "projects/01.yaml")
        let findings = try copy.validate()
        assertFinding(findings, .warning, "projects/01.yaml", line: line, "unit is given without count; add count or remove unit")
        // The text's จำนวน ๒๐๐ คน is still there to record.
        assertFinding(findings, .warning, "projects/01.yaml", line: line - 1, "states a count (จำนวน ๒๐๐ คน)")
    }
}
