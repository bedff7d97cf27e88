import DataFiles
import XCTest
@testable import PlanModel

/// Project periods and budget years against the plan's fiscal years; the plan's period as stated.
final class PeriodRuleTests: XCTestCase {
    func testPeriodEndsBeforeItStarts() throws {
        let copy = try BrokenCopy()
        try copy.edit("projects/03.yaml", "  start: 2566\n  end: 2570\n", "  start: 2568\n  end: 2566\n")
        let line = try copy.line(of: "  end: 2566", in: "projects/03.yaml")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/03.yaml", line: line, "the period ends in 2566, before it starts in 2568")
    }

    func testFiscalPeriodAfterThePlan() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/03.yaml", "  end: 2570\n", "  end: 2571\n")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/03.yaml", line: line, "ends in fiscal year 2571, after the plan's last fiscal year 2570")
    }

    func testFiscalPeriodBeforeThePlan() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/03.yaml", "  start: 2566\n", "  start: 2565\n")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/03.yaml", line: line, "starts in fiscal year 2565, before the plan's first fiscal year 2566")
    }

    /// ปีการศึกษา 2565 runs May 2565 – March 2566, into the plan's first fiscal year: allowed.
    func testAcademicPeriodMayStartAYearEarlier() throws {
        let copy = try BrokenCopy()
        try copy.edit("projects/09.yaml", "  start: 2566\n", "  start: 2565\n")
        let findings = try copy.validate()
        XCTAssertEqual(findings.filter { $0.location.file.hasSuffix("projects/09.yaml") }, [])
    }

    /// ปีการศึกษา 2571 starts in May 2571, after the plan's last fiscal year has ended.
    func testAcademicPeriodAfterThePlan() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/09.yaml", "  end: 2570\n", "  end: 2571\n")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/09.yaml", line: line, "academic year 2571 begins after the plan's last fiscal year 2570 ends")
    }

    func testAcademicPeriodBeforeThePlan() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/09.yaml", "  start: 2566\n", "  start: 2564\n")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/09.yaml", line: line, "academic year 2564 ends before the plan's first fiscal year 2566 begins")
    }

    /// An academic project's budget may fall in the fiscal year after its last academic year.
    func testAcademicBudgetYearAfterThePeriod() throws {
        let copy = try BrokenCopy()
        try copy.edit("projects/09.yaml", "  end: 2570\n", "  end: 2569\nbudget:\n  2570: \"5000.00\"\n")
        var findings = try copy.validate()
        XCTAssertEqual(findings.filter { $0.location.file.hasSuffix("projects/09.yaml") }, [])

        try copy.edit("projects/09.yaml", "  end: 2569\n", "  end: 2568\n")
        let line = try copy.line(of: "  2570: ", in: "projects/09.yaml")
        findings = try copy.validate()
        assertFinding(findings, .error, "projects/09.yaml", line: line, "outside the project's academic period 2566–2568, which draws on fiscal years 2566–2569")
    }

    func testBudgetYearOutsideThePlan() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/05.yaml", "  2570: \"100000.00\"\n", "  2571: \"100000.00\"\n")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/05.yaml", line: line, "a budget for fiscal year 2571 is outside the plan's fiscal years 2566–2570")
    }

    func testBudgetYearOutsideTheProjectsPeriod() throws {
        let copy = try BrokenCopy()
        try copy.edit("projects/05.yaml", "  end: 2570\n", "  end: 2569\n")
        let line = try copy.line(of: "  2570: \"100000.00\"", in: "projects/05.yaml")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/05.yaml", line: line, "a budget for fiscal year 2570 is outside the project's period 2566–2569")
    }

    func testPeriodTextMentionsAnotherYear() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/03.yaml", "  end: 2570\n", "  end: 2570\n  text: ปีงบประมาณ พ.ศ. ๒๕๖๖ - ๒๕๗๑\n") + 1
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/03.yaml", line: line, "period.text mentions ๒๕๗๑ but the period is 2566–2570")
    }

    func testCoverPeriodLine() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("plan.yaml", "period_line: พ.ศ. ๒๕๖๖ – ๒๕๗๐", "period_line: พ.ศ. ๒๕๖๖ – ๒๕๖๙")
        let findings = try copy.validate()
        assertFinding(findings, .error, "plan.yaml", line: line, "cover.period_line says พ.ศ. ๒๕๖๖ – ๒๕๖๙, but the plan's period is 2566–2570")
    }

    func testAnnouncementInForceDates() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("plan.yaml", "ถึง ๓๐ กันยายน ๒๕๗๐ ดังรายละเอียด", "ถึง ๓๐ กันยายน ๒๕๖๙ ดังรายละเอียด")
        let findings = try copy.validate()
        assertFinding(findings, .error, "plan.yaml", line: line, "in force from ๑ ตุลาคม ๒๕๖๕ to ๓๐ กันยายน ๒๕๖๙", "run ๑ ตุลาคม ๒๕๖๕ – ๓๐ กันยายน ๒๕๗๐")
    }

    func testPlanPeriodChangedAlone() throws {
        // Moving the plan's last year contradicts the cover, the announcement and every project that runs to 2570.
        let copy = try BrokenCopy()
        try copy.edit("plan.yaml", "  last_fiscal_year: 2570\n", "  last_fiscal_year: 2569\n")
        let findings = try copy.validate()
        let subject = try copy.line(of: "  subject: ", in: "plan.yaml")
        assertFinding(findings, .error, "plan.yaml", line: subject, "announcement.subject says พ.ศ. ๒๕๖๖ – ๒๕๗๐, but the plan's period is 2566–2569")
        XCTAssertTrue(findings.contains { $0.location.file.hasSuffix("projects/01.yaml") && $0.message.contains("after the plan's last fiscal year 2569") })
    }

    func testAnnouncementDatedAfterThePlanStarts() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("plan.yaml", "  date: 2565-09-27\n", "  date: 2565-10-15\n")
        let findings = try copy.validate()
        assertFinding(findings, .warning, "plan.yaml", line: line, "dated ๑๕ ตุลาคม ๒๕๖๕, after the plan's first day ๑ ตุลาคม ๒๕๖๕")
    }

    func testCoverPeriodLineWithoutAYearRange() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("plan.yaml", "period_line: พ.ศ. ๒๕๖๖ – ๒๕๗๐", "period_line: ปีงบประมาณ ๒๕๖๖ ถึง ๒๕๖๙")
        let findings = try copy.validate()
        assertFinding(findings, .error, "plan.yaml", line: line, "the cover's period line states ๒๕๖๖, ๒๕๖๙, but the plan's period is 2566–2570")
    }

    func testCoverPeriodLineWithoutAYearRangeStatingThePlansYears() throws {
        // The plan's first and last year, or its first year alone, agree with the period.
        for periodLine in ["ปีงบประมาณ ๒๕๖๖ ถึง ๒๕๗๐", "เริ่มปีงบประมาณ ๒๕๖๖"] {
            let copy = try BrokenCopy()
            try copy.edit("plan.yaml", "period_line: พ.ศ. ๒๕๖๖ – ๒๕๗๐", "period_line: " + periodLine)
            let findings = try copy.validate()
            XCTAssertFalse(findings.contains { $0.message.contains("period line states") }, findings.map(\.description).joined(separator: "\n"))
        }
    }
}
