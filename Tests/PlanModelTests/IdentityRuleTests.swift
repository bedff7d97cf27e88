import DataFiles
import XCTest
@testable import PlanModel

/// Numbers and references: one broken copy of the canonical dataset per rule.
final class IdentityRuleTests: XCTestCase {
    func testFileHoldingAnotherNumberAndDuplicateNumber() throws {
        let copy = try BrokenCopy()
        try copy.edit("projects/05.yaml", "number: 5\n", "number: 6\n")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/05.yaml", line: 1, "projects/05.yaml holds project number 6", "rename the file to projects/06.yaml or set number: 5")
        assertFinding(findings, .error, "projects/06.yaml", line: 1, "project number 6 is also used by projects/05.yaml")
        assertFinding(findings, .error, "projects/05.yaml", line: 1, "must run 1 to 44 without gaps", "5 is missing")
    }

    func testGapInProjectNumbers() throws {
        let copy = try BrokenCopy()
        try copy.edit("projects/44.yaml", "number: 44\n", "number: 45\n")
        try copy.move("projects/44.yaml", to: "projects/45.yaml")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/45.yaml", line: 1, "must run 1 to 44 without gaps, but 44 is missing")
        XCTAssertEqual(findings.errors.count, 1, findings.map(\.description).joined(separator: "\n"))
    }

    func testFileNotNamedAfterANumber() throws {
        let copy = try BrokenCopy()
        try copy.move("projects/44.yaml", to: "projects/last.yaml")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/last.yaml", line: 1, "named after the project's number (projects/44.yaml)")
    }

    func testUnknownMission() throws {
        let copy = try BrokenCopy()
        try copy.edit("projects/01.yaml", "sub_mission: \"1.1.1\"", "sub_mission: \"1.9.1\"")
        let line = try copy.edit("projects/01.yaml", "mission: \"1.1\"", "mission: \"1.9\"")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/01.yaml", line: line, "dimension 1 has no mission 1.9 (it has 1.1, 1.2, 1.3)")
    }

    func testUnknownDimension() throws {
        let copy = try BrokenCopy()
        try copy.edit("projects/01.yaml", "sub_mission: \"1.1.1\"", "sub_mission: \"7.1.1\"")
        let line = try copy.edit("projects/01.yaml", "mission: \"1.1\"", "mission: \"7.1\"")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/01.yaml", line: line, "names dimension 7, which the plan does not have (its dimensions: 1, 2, 3, 4)")
    }

    func testUnknownSubMission() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/01.yaml", "sub_mission: \"1.1.1\"", "sub_mission: \"1.1.9\"")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/01.yaml", line: line, "mission 1.1 has no sub-mission 1.1.9 (it has 1.1.1, 1.1.2, 1.1.3)")
    }

    func testUnknownDivision() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/05.yaml", "  - personnel\n", "  - personel\n")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/05.yaml", line: line, "unknown division 'personel'", "declared under divisions in plan.yaml")
    }

    func testDuplicateDivisionID() throws {
        let copy = try BrokenCopy()
        let first = try copy.line(of: "  - id: personnel\n", in: "plan.yaml")
        let line = try copy.edit("plan.yaml", "  - id: finance\n", "  - id: personnel\n")
        let findings = try copy.validate()
        assertFinding(findings, .error, "plan.yaml", line: line, "division id 'personnel' is declared twice", "(line \(first))")
        // Projects that named the id that is gone are told so.
        XCTAssertTrue(findings.contains { $0.message.contains("unknown division 'finance'") })
    }

    func testDimensionNumbersOutOfOrder() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("plan.yaml", "  - number: 3\n    title: การส่งเสริมบทบาท", "  - number: 5\n    title: การส่งเสริมบทบาท")
        let findings = try copy.validate()
        assertFinding(findings, .error, "plan.yaml", line: line, "dimension number 5 is in position 3", "set number: 3")
    }

    func testMissionNumbersNotContiguous() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("plan.yaml", "      - number: 3\n        title: มาตรการจัดการเรื่องร้องเรียนการทุจริต",
                                 "      - number: 4\n        title: มาตรการจัดการเรื่องร้องเรียนการทุจริต")
        let findings = try copy.validate()
        assertFinding(findings, .error, "plan.yaml", line: line, "mission 4.4 is the 3rd mission of dimension 4", "set number: 3")
        // Its projects now name a mission that does not exist.
        assertFinding(findings, .error, "projects/43.yaml", line: 4, "dimension 4 has no mission 4.3")
    }

    func testSubMissionNumbersNotContiguous() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("plan.yaml", "          - number: 2\n            title: มีการจัดทำและรายงานการจัดทำระบบควบคุมภายใน",
                                 "          - number: 5\n            title: มีการจัดทำและรายงานการจัดทำระบบควบคุมภายใน")
        let findings = try copy.validate()
        assertFinding(findings, .error, "plan.yaml", line: line, "sub-mission 4.1.5 is the 2nd sub-mission of mission 4.1", "set number: 2")
    }

    func testProjectFileNotInTheTwoDigitForm() throws {
        let copy = try BrokenCopy()
        try copy.move("projects/01.yaml", to: "projects/1.yaml")
        let findings = try copy.validate()
        assertFinding(findings, .warning, "projects/1.yaml", line: 1, "a project file is named with its number in two digits at least, no leading zero beyond that (01.yaml, 12.yaml, 100.yaml); rename projects/1.yaml to projects/01.yaml")
        XCTAssertEqual(findings.count, 1, findings.map(\.description).joined(separator: "\n"))
    }

    func testDuplicateDivisionName() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("plan.yaml", "    name: กองคลัง\n", "    name: กองการเจ้าหน้าที่\n")
        let findings = try copy.validate()
        assertFinding(findings, .warning, "plan.yaml", line: line, "division name 'กองการเจ้าหน้าที่' is also the name of divisions[2] ('personnel')", "keep one division")
        XCTAssertEqual(findings.errors, [])
    }

    func testDivisionNoProjectNames() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("plan.yaml", "  - id: all-divisions\n", "  - id: legal-affairs\n    name: ฝ่ายนิติการและการพาณิชย์\n  - id: all-divisions\n")
        let findings = try copy.validate()
        assertFinding(findings, .warning, "plan.yaml", line: line, "division 'legal-affairs' (ฝ่ายนิติการและการพาณิชย์) is responsible for no project")
        XCTAssertEqual(findings.count, 1, findings.map(\.description).joined(separator: "\n"))
    }

    func testDivisionNamedTwiceOnAProject() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/01.yaml", "divisions:\n  - office-of-the-clerk\n", "divisions:\n  - office-of-the-clerk\n  - office-of-the-clerk\n") + 2
        let findings = try copy.validate()
        assertFinding(findings, .warning, "projects/01.yaml", line: line, "division 'office-of-the-clerk' is named twice; name it once")
        XCTAssertEqual(findings.count, 1, findings.map(\.description).joined(separator: "\n"))
    }

    func testProjectWithoutTheSubMissionItsMissionIsDividedInto() throws {
        let copy = try BrokenCopy()
        try copy.edit("projects/01.yaml", "sub_mission: \"1.1.1\"\n", "")
        let line = try copy.line(of: "mission: \"1.1\"", in: "projects/01.yaml")
        let findings = try copy.validate()
        assertFinding(findings, .warning, "projects/01.yaml", line: line, "mission 1.1 is divided into sub-missions; name the project's one with sub_mission (1.1.1, 1.1.2, 1.1.3)")
        XCTAssertEqual(findings.count, 1, findings.map(\.description).joined(separator: "\n"))
    }

    func testSubMissionOfAMissionWithoutSubMissions() throws {
        let copy = try BrokenCopy()
        try copy.edit("plan.yaml", """
                    title: การเสริมสร้างจิตสำนึกและความตระหนักแก่เด็กและเยาวชน
                    sub_missions:
                      - number: 1
                        title: เสริมสร้างจิตสำนึกและความตระหนักในความซื่อสัตย์สุจริต และการต่อต้านการทุจริต

            """, """
                    title: การเสริมสร้างจิตสำนึกและความตระหนักแก่เด็กและเยาวชน

            """)
        let line = try copy.line(of: "sub_mission: \"1.3.1\"", in: "projects/09.yaml")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/09.yaml", line: line, "mission 1.3 has no sub-mission 1.3.1 (it has none; remove sub_mission)")
    }
}
