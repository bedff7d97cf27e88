import DataFiles
import XCTest
@testable import PlanModel

/// The embedded plan validates without errors, and its figures are what the plan states.
final class CanonicalDatasetTests: XCTestCase {
    func testCanonicalDatasetHasNoErrors() throws {
        let plan = try Dataset.loadCanonical()
        let findings = PlanValidator.validate(plan)
        for finding in findings { print(finding) }
        XCTAssertEqual(findings.errors.map(\.description), [])
        XCTAssertLessThanOrEqual(findings.warnings.count, 3, "keep the canonical dataset's warnings few and real")
        let summary = ValidationSummary(plan: plan, findings: findings)
        print(summary)
        XCTAssertEqual(summary.errors, 0)
        XCTAssertEqual(summary.projects, plan.projects.count)
    }

    /// The figures the spec lists: ๔๔ projects (๙, ๒๑, ๗, ๗); ลำดับที่ ๕ and ๓๑ budgeted 100,000 and 300,000 a year.
    func testSummaryOfTheCanonicalDataset() throws {
        let plan = try Dataset.loadCanonical()
        let summary = ValidationSummary(plan: plan, findings: [])
        XCTAssertTrue(summary.description.hasPrefix("44 projects (dimension 1: 9, 2: 21, 3: 7, 4: 7); budget 2566: 400,000.00, 2567: 400,000.00, 2568: 400,000.00, 2569: 400,000.00, 2570: 400,000.00; total 2,000,000.00 baht; "), summary.description)
        XCTAssertEqual(plan.projects.filter(\.usesBudget).map(\.number), [5, 31])
    }

    func testFindingsAreInFileOrder() throws {
        let copy = try BrokenCopy()
        try copy.edit("projects/02.yaml", "number: 2\n", "number: 3\n")
        try copy.edit("plan.yaml", "รวมทั้งสิ้นจำนวน ๔๔ โครงการ", "รวมทั้งสิ้นจำนวน ๔๓ โครงการ")
        try copy.edit("projects/01.yaml", "kind: กิจกรรม\n", "kind: โครงการ\n")
        let findings = try copy.validate()
        func rank(_ d: Diagnostic) -> Int {
            d.location.file.hasSuffix("/plan.yaml") ? 0 : Int(d.location.file.split(separator: "/").last!.dropLast(5)) ?? 99
        }
        XCTAssertEqual(findings.map(rank), findings.map(rank).sorted(), findings.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(Set(findings.map(rank)).isSuperset(of: [0, 1, 2, 3]), true)
        let lines = findings.filter { $0.location.file.hasSuffix("projects/02.yaml") }.map { $0.location.line ?? 0 }
        XCTAssertEqual(lines, lines.sorted())
    }

    func testErrataEntriesAreEveryRecordedErratum() throws {
        let plan = try Dataset.loadCanonical()
        let recorded = plan.announcement.errata.count + (plan.cover?.errata.count ?? 0) + (plan.foreword?.errata.count ?? 0)
            + (plan.part1?.errata.count ?? 0) + plan.errata.count + plan.projects.map(\.errata.count).reduce(0, +)
        let entries = plan.errataEntries
        XCTAssertEqual(entries.count, recorded)
        XCTAssertEqual(entries.first?.field, "announcement.body[1]")
        XCTAssertTrue(entries.contains { $0.field == "part1.rationale[0]" })
        XCTAssertEqual(entries.last?.file, plan.projects.last { !$0.errata.isEmpty }?.file)
        for entry in entries { XCTAssertNotNil(entry.location.line, "\(entry.file) \(entry.path)") }
    }
}
