import DataFiles
import XCTest
@testable import PlanModel

/// Lists nested deeper than the documents can number; Thai marks with no consonant to sit on.
final class ListAndClusterRuleTests: XCTestCase {
    func testItemsNestedFourLevelsDeep() throws {
        let copy = try BrokenCopy()
        let three = """
              - text: ประชุมวางแผนดำเนินการ
                items:
                  - text: กำหนดวาระการประชุม
                    items:
                      - เชิญผู้เกี่ยวข้อง

            """
        try copy.edit("projects/09.yaml", "  - ประชุมวางแผนดำเนินการ\n", three)
        // Three levels are what the documents number (๓.๑, ๑), (๑)): no finding.
        XCTAssertEqual(try copy.validate().filter { $0.location.file.hasSuffix("projects/09.yaml") }, [])

        let line = try copy.edit("projects/09.yaml", "          - เชิญผู้เกี่ยวข้อง\n", """
                      - text: เชิญผู้เกี่ยวข้อง
                        items:
                          - ส่งหนังสือเชิญ
                          - ยืนยันการเข้าร่วม

            """) + 2
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/09.yaml", line: line, "the items nest 4 levels deep here", "at most 3 levels")
        XCTAssertEqual(findings.count, 1, "one finding per list too deep:\n" + findings.map(\.description).joined(separator: "\n"))
    }

    func testVowelMarkWithoutConsonant() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/09.yaml", "  - ประชุมวางแผนดำเนินการ\n", "  - ประชุุมวางแผนดำเนินการ\n")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/09.yaml", line: line, "'method[2]': a Thai vowel mark with no consonant to sit on at character 6", "retype the word")
        XCTAssertEqual(findings.count, 1, findings.map(\.description).joined(separator: "\n"))
    }

    func testToneMarkTypedTwice() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("plan.yaml", "    title: การสร้างวัฒนธรรมสุจริต\n", "    title: การสร้างวัฒนธรรมสุจริต่่\n")
        let findings = try copy.validate()
        assertFinding(findings, .error, "plan.yaml", line: line, "'dimensions[0].title': a Thai tone mark with no consonant to sit on")
    }
}
