import DataFiles

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
        var findings = Findings(plan: plan)
        IdentityRules.check(&findings)
        CountRules.check(&findings)
        PeriodRules.check(&findings)
        BudgetRules.check(&findings)
        TextRules.check(&findings)
        ListRules.check(&findings)
        ThaiClusterRules.check(&findings)
        KindRules.check(&findings)
        ErrataRules.check(&findings)
        return inFileOrder(findings.diagnostics, plan: plan)
    }

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
