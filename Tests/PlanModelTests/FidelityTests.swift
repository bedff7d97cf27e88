import Foundation
import XCTest
@testable import PlanModel

/// Every paragraph and list item of the source's Part 3 is in the dataset, word for word (white space
/// normalized), unless a recorded erratum changes it. The source text is kept beside the dataset, in
/// Plans/<plan-id>/source/.
final class FidelityTests: XCTestCase {
    static let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Plans/nkpao-2566-2570/source/nkpao-anti-corruption-plan-2566-2570.txt")

    func testEveryPart3ItemIsInTheDataset() throws {
        let plan = try Dataset.loadCanonical()
        let source = try String(contentsOf: Self.source, encoding: .utf8)
        let reader = try Part3Reader(source: source, closing: plan.closingNotice.first ?? "")

        // Every sheet was read.
        let sheets = Set(reader.items.compactMap(\.project))
        XCTAssertEqual(sheets, Set(plan.projects.map(\.number)), "Part 3 sheets read: \(sheets.sorted())")

        let fields = plan.textFields.filter { $0.file != "plan.yaml" || $0.field.hasPrefix("dimensions") }
        let strings = fields.map { $0.text.whitespaceNormalized }
        let exact = Set(strings)
        let all = strings.joined(separator: " \u{241E} ")
        let planErrata = plan.errata

        var checked = 0, headings = 0, found = 0, part = 0, corrected = 0, structured = 0
        var missing: [String] = []
        for item in reader.items {
            if let section = item.section, Part3Reader.structuredSections.contains(section) { structured += 1; continue }
            checked += 1
            let isHeading = item.section == "heading"
            if isHeading { headings += 1 }
            func variants(_ text: String) -> Set<String> {
                isHeading ? [text, replace("^(?:มิติที่|มิตีที่|มติที่|มิตินี้) [๐-๙]+ |^[๐-๙.]+ ", in: text)] : [text]
            }
            let text = item.text
            if variants(text).contains(where: exact.contains) { found += 1; continue }
            if variants(text).contains(where: { all.containsLiteral($0) }) { part += 1; continue }
            let scope = (item.project.flatMap { n in plan.projects.first { $0.number == n }?.errata } ?? []) + planErrata
            var fixed = text, applied = 0
            for erratum in scope {
                let wrong = erratum.source.whitespaceNormalized
                if !wrong.isEmpty && text.containsLiteral(wrong) {
                    fixed = fixed.replacingOccurrences(of: wrong, with: erratum.dataset.whitespaceNormalized)
                    applied += 1
                }
            }
            if applied > 0 && variants(fixed).contains(where: { all.containsLiteral($0) }) { corrected += 1; continue }
            missing.append("ลำดับที่ \(item.project.map(String.init) ?? "-") \(item.section ?? ""): \(text.excerpt(120))")
        }
        print("""
            fidelity of Part 3: \(checked) paragraphs and list items checked (\(checked - headings) in the \(sheets.count) \
            project sheets, \(headings) dimension/mission/sub-mission headings; \(structured) period/budget/responsible \
            lines are fields); \(found) found as one dataset string, \(part) inside a longer one, \(corrected) after \
            applying recorded errata; \(missing.count) missing
            """)
        XCTAssertGreaterThan(checked, plan.projects.count * 5, "too few items read from Part 3")
        XCTAssertEqual(structured, plan.projects.count * 3, "each sheet has one period, one budget and one responsible line")
        XCTAssertEqual(missing, [], "Part 3 text not in the dataset (correct the dataset or record an erratum):\n" + missing.joined(separator: "\n"))
    }
}
