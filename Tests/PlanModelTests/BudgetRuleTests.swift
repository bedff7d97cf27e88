import DataFiles
import XCTest
@testable import PlanModel

/// Amounts: negative and zero budgets, amounts the budget's wording states. (Amounts that are not numbers or
/// are finer than a satang stop the loader: see ShapeErrorTests.)
final class BudgetRuleTests: XCTestCase {
    func testNegativeBudget() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/05.yaml", "  2567: \"100000.00\"\n", "  2567: \"-100000.00\"\n")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/05.yaml", line: line, "the budget for 2567 is negative (-100000.00)")
    }

    func testZeroBudgetIsAWarning() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/31.yaml", "  2568: \"300000.00\"\n", "  2568: \"0.00\"\n")
        let findings = try copy.validate()
        assertFinding(findings, .warning, "projects/31.yaml", line: line, "the budget for 2568 is zero; remove the year")
        XCTAssertEqual(findings.errors, [])
    }

    func testBudgetTextStatesAnotherAmount() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/05.yaml", "divisions:\n", "budget_text: ปีละ ๕๐,๐๐๐ บาท\ndivisions:\n")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/05.yaml", line: line, "budget_text states ๕๐,๐๐๐ บาท", "2566: ๑๐๐,๐๐๐")
    }

    func testBudgetTextStatingTheYearlyAmountOrTotalIsFine() throws {
        let copy = try BrokenCopy()
        try copy.edit("projects/05.yaml", "divisions:\n", "budget_text: ปีละ ๑๐๐,๐๐๐ บาท รวม ๕๐๐,๐๐๐ บาท\ndivisions:\n")
        let findings = try copy.validate()
        XCTAssertEqual(findings.filter { $0.location.file.hasSuffix("projects/05.yaml") }, [])
    }

    func testBudgetTextSaysNoBudget() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/31.yaml", "divisions:\n", "budget_text: ไม่ใช้งบประมาณ\ndivisions:\n")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/31.yaml", line: line, "budget_text says ไม่ใช้งบประมาณ but the project has a budget")
    }

    func testProjectBudgetsAddingUpToMoreThanCanBeCounted() throws {
        // Each amount fits (the limit is Int64 satang), their sum does not.
        let copy = try BrokenCopy()
        try copy.edit("projects/05.yaml", "  2566: \"100000.00\"\n", "  2566: \"90000000000000000.00\"\n")
        let line = try copy.edit("projects/05.yaml", "  2567: \"100000.00\"\n", "  2567: \"90000000000000000.00\"\n")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/05.yaml", line: line, "the project's budgets add up to more than PlanPress can count")
        XCTAssertFalse(findings.contains { $0.message.contains("the plan's budgets for") })
    }

    func testYearsBudgetsAddingUpToMoreThanCanBeCounted() throws {
        // Two projects' budgets for 2566 overflow together; neither project's own total does.
        let copy = try BrokenCopy()
        try copy.edit("projects/05.yaml", "  2566: \"100000.00\"\n", "  2566: \"50000000000000000.00\"\n")
        let line = try copy.edit("projects/31.yaml", "  2566: \"300000.00\"\n", "  2566: \"50000000000000000.00\"\n")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/31.yaml", line: line, "the plan's budgets for 2566 add up to more than PlanPress can count")
        XCTAssertEqual(findings.errors.count, 1, findings.map(\.description).joined(separator: "\n"))
    }
}
