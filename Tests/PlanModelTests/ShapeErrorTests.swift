import DataFiles
import XCTest
@testable import PlanModel

/// Shape errors are the loader's: missing and unknown fields, wrong types, empty text, YAML syntax, amounts
/// that are not numbers or finer than a satang. Each stops the load at its file, line and column.
final class ShapeErrorTests: XCTestCase {
    func testMissingField() throws {
        let copy = try BrokenCopy()
        try copy.edit("projects/01.yaml", "kind: กิจกรรม\n", "")
        assertLoadError(try copy.loadError(), "projects/01.yaml", line: 1, "missing required field 'kind'")
    }

    func testUnknownField() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/01.yaml", "kind: กิจกรรม\n", "kind: กิจกรรม\nkinds: โครงการ\n") + 1
        assertLoadError(try copy.loadError(), "projects/01.yaml", line: line, "unknown field 'kinds'", "expected one of")
    }

    func testUnknownFieldInPlan() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("plan.yaml", "  province: นครพนม\n", "  provinse: นครพนม\n")
        assertLoadError(try copy.loadError(), "plan.yaml", line: line, "unknown field 'organization.provinse'")
    }

    func testWrongType() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/02.yaml", "number: 2\n", "number: สอง\n")
        assertLoadError(try copy.loadError(), "projects/02.yaml", line: line, "'number' must be a whole number in Arabic digits")
    }

    func testListWhereTextIsExpected() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/03.yaml", "rationale:\n", "rationale: หลักการ\nrationale_old:\n")
        assertLoadError(try copy.loadError(), "projects/03.yaml", line: line, "'rationale' must be a list")
    }

    func testEmptyText() throws {
        let copy = try BrokenCopy()
        let old = try copy.read("projects/04.yaml").split(separator: "\n").first { $0.hasPrefix("name: ") }!
        let line = try copy.edit("projects/04.yaml", String(old) + "\n", "name: \"  \"\n")
        assertLoadError(try copy.loadError(), "projects/04.yaml", line: line, "'name' must not be empty")
    }

    func testYAMLSyntax() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/06.yaml", "kind: มาตรการ\n", "kind: มาตรการ: ผิด\n")
        assertLoadError(try copy.loadError(), "projects/06.yaml", line: line, "YAML syntax error")
    }

    func testAmountNotANumber() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/05.yaml", "  2566: \"100000.00\"\n", "  2566: \"หนึ่งแสน\"\n")
        assertLoadError(try copy.loadError(), "projects/05.yaml", line: line, "budget for 2566 must be an amount in baht")
    }

    func testAmountFinerThanSatang() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/05.yaml", "  2566: \"100000.00\"\n", "  2566: \"100000.005\"\n")
        assertLoadError(try copy.loadError(), "projects/05.yaml", line: line, "budget for 2566", "satang")
    }

    func testUnknownProjectKind() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/01.yaml", "kind: กิจกรรม\n", "kind: แผนงาน\n")
        assertLoadError(try copy.loadError(), "projects/01.yaml", line: line, "'kind' must be โครงการ, กิจกรรม or มาตรการ")
    }

    func testMissingPlanFile() throws {
        let copy = try BrokenCopy()
        try copy.remove("plan.yaml")
        let error = try copy.loadError()
        XCTAssertTrue(error.location.file.hasSuffix("/plan.yaml"), error.description)
        XCTAssertTrue(error.message.contains("no such file"), error.description)
    }
}
