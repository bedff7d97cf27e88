import DataFiles
import Foundation
import PlanImport
import PlanModel
import XCTest

/// The canonical dataset records every correction a person made to the source. The importer cannot know
/// spelling, but it must *propose* every correction of the kinds it can detect — names that differ between
/// Part 2 and Part 3, a reversed period, section and list numbering gaps, misspelt dimension headings, sub-mission
/// numbering, line-break hyphens, link brackets, an unknown division, a target group in several items, a name
/// without its kind, a sheet without outputs, a misspelt organization name or template term, a stray page number.
/// This test imports the source and checks that each canonical
/// erratum of those kinds has a proposal at the same file and field.
final class ProposalCoverageTests: XCTestCase {
    struct Key: Hashable, CustomStringConvertible {
        var scope: String
        var field: String
        var description: String { "\(scope) \(field)" }
    }

    func keys(_ plan: Plan, proposalsOnly: Bool) -> [(Key, Erratum)] {
        func pick(_ errata: [Erratum], _ scope: String) -> [(Key, Erratum)] {
            errata.filter { !proposalsOnly || $0.reason.hasPrefix(ImportedErratum.proposalPrefix) }.map { (Key(scope: scope, field: $0.field), $0) }
        }
        var result = pick(plan.announcement.errata, "announcement") + pick(plan.cover?.errata ?? [], "cover")
            + pick(plan.foreword?.errata ?? [], "foreword") + pick(plan.part1?.errata ?? [], "part1") + pick(plan.errata, "plan")
        for p in plan.projects { result += pick(p.errata, p.file) }
        return result
    }

    func testTheImporterProposesTheCorrectionsOfTheKindsItCanDetect() throws {
        let text = try String(contentsOfFile: try ImportFixtures.sourceTextPath(), encoding: .utf8)
        let (_, imported, _) = try importAndLoad(text, id: ImportFixtures.canonicalID, sourceName: ImportFixtures.sourceFileName,
                                                 into: scratchFolder())
        let canonical = try PlanLoader.load(directory: ImportFixtures.canonicalDirectory)
        let proposed = Set(keys(imported, proposalsOnly: true).map(\.0))
        let recorded = keys(canonical, proposalsOnly: false)
        let covered = recorded.filter { proposed.contains($0.0) }
        let missing = recorded.filter { !proposed.contains($0.0) }.map { key, e in
            "  not proposed (wording the importer cannot judge): \(key): «\(e.source.prefix(40))» → «\(e.dataset.prefix(40))»"
        }
        report((["canonical errata: \(recorded.count); the importer proposed an erratum at the same file and field for \(covered.count); "
                + "it proposed \(keys(imported, proposalsOnly: true).count) in all"] + missing).joined(separator: "\n"))

        // The detectable kinds, each with the canonical errata that show it.
        let expected: [(String, [Key])] = [
            ("names that differ between Part 2 and Part 3", ["projects/09.yaml", "projects/13.yaml", "projects/16.yaml", "projects/17.yaml",
                                                              "projects/33.yaml", "projects/34.yaml", "projects/37.yaml", "projects/42.yaml"].map { Key(scope: $0, field: "name") }),
            ("a line-wrap space in a name (checked against Part 2)", ["projects/03.yaml", "projects/05.yaml", "projects/12.yaml", "projects/28.yaml"].map { Key(scope: $0, field: "name") }),
            ("a reversed period", [Key(scope: "projects/01.yaml", field: "period.end")]),
            ("section numbers that skip", [Key(scope: "projects/01.yaml", field: "budget"), Key(scope: "projects/01.yaml", field: "divisions"),
                                           Key(scope: "projects/01.yaml", field: "outputs"), Key(scope: "projects/02.yaml", field: "outputs")]),
            ("list numbers that skip or repeat", [Key(scope: "projects/10.yaml", field: "method"), Key(scope: "part1", field: "risk_assessment.rows[2].controls")]),
            ("misspelt dimension headings", [Key(scope: "plan", field: "dimensions[1]"), Key(scope: "plan", field: "dimensions[2]"), Key(scope: "plan", field: "dimensions[3]")]),
            ("a sub-mission numbering gap", [Key(scope: "plan", field: "dimensions[2].missions[2].sub_missions[0].number")]),
            ("mission titles that differ between Part 2 and Part 3", [Key(scope: "plan", field: "dimensions[0].missions[2].title"),
                                                                      Key(scope: "plan", field: "dimensions[2].missions[0].title")]),
            ("line-break hyphens", [Key(scope: "projects/22.yaml", field: "objectives[1]"), Key(scope: "projects/22.yaml", field: "objectives[2]"),
                                    Key(scope: "part1", field: "risk_assessment.rows[0].controls[4]"), Key(scope: "part1", field: "risk_assessment.rows[3].controls[2]")]),
            ("link brackets", [Key(scope: "projects/24.yaml", field: "method[2]"), Key(scope: "projects/24.yaml", field: "method[6]"),
                               Key(scope: "plan", field: "closing_notice[1]")]),
            ("a misspelt division", [Key(scope: "projects/41.yaml", field: "divisions[0]")]),
            ("a target group in numbered items", [Key(scope: "projects/11.yaml", field: "target_group.text"), Key(scope: "projects/13.yaml", field: "target_group.text")]),
            ("a cover period line without a space", [Key(scope: "cover", field: "period_line")]),
            ("Part 2's totals and header", [Key(scope: "plan", field: "dimensions"), Key(scope: "plan", field: "dimensions[1]")]),
            ("the organization's name misspelt", [("05", "rationale[0]"), ("07", "target_group.text"), ("08", "rationale[0]"), ("14", "objectives[1]"),
                                                  ("16", "rationale[0]"), ("25", "rationale[0]"), ("38", "rationale[0]")].map { Key(scope: "projects/\($0).yaml", field: $1) }),
            ("the template's term องค์กรปกครองส่วนท้องถิ่น misspelt", [("17", "method[0]"), ("26", "method[0].text"), ("33", "method[3].items[5].items[8]")]
                .map { Key(scope: "projects/\($0).yaml", field: $1) }),
            ("a stray page number in the text", [("04", "outputs[0]"), ("40", "method[3]"), ("44", "method[3]")].map { Key(scope: "projects/\($0).yaml", field: $1) }),
        ]
        for (kind, keys) in expected {
            for key in keys {
                XCTAssertTrue(recorded.contains { $0.0 == key }, "the canonical dataset records \(key) (\(kind))")
                XCTAssertTrue(proposed.contains(key), "the importer proposes \(key) (\(kind))")
            }
        }
    }
}
