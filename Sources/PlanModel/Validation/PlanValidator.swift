import DataFiles
import Dispatch
import Foundation

/// Checks a loaded plan for contradictions the format alone cannot catch.
///
/// Errors are contradictions a printed plan must not carry (the renderer refuses them); warnings are worth a
/// look but may be the source's own wording. The rules, one file each:
/// - `IdentityRules`: project numbers and file names, dimension/mission/sub-mission numbering, references to
///   missions, sub-missions and divisions;
/// - `CountRules`: figures the text states (projects per dimension and in all, dimensions, spans of years,
///   target-group counts, indicator targets) and dimensions or missions without projects;
/// - `PeriodRules`: project periods and budget years against the plan's fiscal years; the plan's period as
///   the cover and announcement state it;
/// - `BudgetRules`: negative and zero amounts, amounts stated in budget_text;
/// - `TextRules`: artefacts, typed list numbers, spacing, Arabic digits, unbalanced quotes and parentheses;
/// - `ListRules`: lists nested deeper than the documents can number;
/// - `ThaiClusterRules`: Thai vowel and tone marks with no consonant to sit on;
/// - `KindRules`: a project's kind against its name, risk levels;
/// - `ErrataRules`: errata that do not match the field they name.
public enum PlanValidator {
    /// Every finding, errors and warnings, in file order.
    public static func validate(_ plan: Plan) -> [Diagnostic] {
        let textFields = plan.textFields
        let found = ResultsByIndex<[Diagnostic]>(count: rules.count)
        // The rules are independent: each finds into its own list, the heaviest first on whichever thread is
        // free (Dispatch hands the iterations out in order); the lists are joined in the rules' order, as one
        // thread would have found them.
        let heaviestFirst = rules.indices.sorted { rules[$0].weight > rules[$1].weight }
        DispatchQueue.concurrentPerform(iterations: heaviestFirst.count) { turn in
            let index = heaviestFirst[turn]
            var findings = Findings(plan: plan, textFields: textFields)
            rules[index].check(&findings)
            found.set(index, findings.diagnostics)
        }
        return inFileOrder(found.all.flatMap { $0 }, plan: plan)
    }

    /// The rules in the order their findings are listed, with what each costs on a real plan's text (relative
    /// instruction counts), for handing the heaviest out first.
    static let rules: [(check: @Sendable (inout Findings) -> Void, weight: Int)] = [
        (IdentityRules.check, 1), (CountRules.check, 64), (PeriodRules.check, 1), (BudgetRules.check, 1),
        (TextRules.check, 45), (ListRules.check, 7), (ThaiClusterRules.check, 14), (KindRules.check, 1),
        (ErrataRules.check, 45),
    ]

    /// plan.yaml first, then the projects as loaded; within a file by line and column.
    static func inFileOrder(_ diagnostics: [Diagnostic], plan: Plan) -> [Diagnostic] {
        var rank: [String: Int] = [:]
        let files = [planFile] + plan.projects.map(\.file)
        for (i, file) in files.enumerated() {
            rank[plan.sourceMap.location(file: file, field: "").file] = i
            rank[file] = i
        }
        return diagnostics.enumerated().sorted { a, b in
            let (x, y) = (a.element.location, b.element.location)
            let key1 = (rank[x.file] ?? files.count, x.line ?? 0, x.column ?? 0, a.offset)
            let key2 = (rank[y.file] ?? files.count, y.line ?? 0, y.column ?? 0, b.offset)
            return key1 < key2
        }.map(\.element)
    }
}
