import ThaiText

/// Amounts: no negative budget, zero budgets flagged (omit the year instead), and amounts the budget's
/// wording states agree with the figures. (Amounts that are not numbers or are finer than one satang
/// stop the loader.)
enum BudgetRules {
    static func check(_ f: inout Findings) {
        for project in f.plan.projects { checkProject(project, &f) }
        checkTotals(&f)
    }

    /// The budget table adds every year's budgets (and each project's years): a sum too large for PlanPress
    /// to count (more than about 92 quadrillion (9.2 × 10¹⁶) baht) is an error at the amount that overflows it.
    static func checkTotals(_ f: inout Findings) {
        var perYear: [Int: Money] = [:]
        var reported = Set<Int>()
        for project in f.plan.projects {
            var projectTotal: Money? = .zero
            for (year, amount) in project.budget.sorted(by: { $0.key < $1.key }) {
                projectTotal = projectTotal?.adding(amount)
                if projectTotal == nil {
                    f.error(project.file, "budget.\(year)", "the project's budgets add up to more than PlanPress can count (about 92 quadrillion (9.2 × 10¹⁶) baht); check the amounts' digits")
                    break
                }
            }
            for (year, amount) in project.budget.sorted(by: { $0.key < $1.key }) where !reported.contains(year) {
                if let sum = (perYear[year] ?? .zero).adding(amount) {
                    perYear[year] = sum
                } else {
                    reported.insert(year)
                    f.error(project.file, "budget.\(year)", "the plan's budgets for \(year) add up to more than PlanPress can count (about 92 quadrillion (9.2 × 10¹⁶) baht) with this amount; check the amounts' digits")
                }
            }
        }
    }

    /// "๑๐๐,๐๐๐ บาท", "100000.50 บาท".
    static let statedAmount = TextPattern("(?<![0-9๐-๙.,])([0-9๐-๙][0-9๐-๙,]*(?:\\.[0-9๐-๙]{1,2})?)\\s*บาท")

    static func checkProject(_ project: Project, _ f: inout Findings) {
        for (year, amount) in project.budget.sorted(by: { $0.key < $1.key }) {
            let field = "budget.\(year)"
            if amount.isNegative {
                f.error(project.file, field, "the budget for \(year) is negative (\(amount)); a budget is an amount to spend: write it without the minus sign, or remove the year")
            } else if amount.isZero {
                f.warning(project.file, field, "the budget for \(year) is zero; remove the year (a project without any budget omits the budget key and prints ไม่ใช้งบประมาณ)")
            }
        }
        guard let text = project.budgetText else { return }
        if text.containsLiteral("ไม่ใช้งบประมาณ") && project.budget.values.contains(where: { !$0.isZero }) {
            f.error(project.file, "budget_text", "budget_text says ไม่ใช้งบประมาณ but the project has a budget; remove one of them")
        }
        let amounts = Array(project.budget.values)
        let total = Money.sum(amounts)
        for match in statedAmount.matches(in: text) {
            guard let written = match[1], let stated = try? Money.parse(written) else { continue }
            if !amounts.contains(stated) && stated != total {
                let known = project.budget.isEmpty ? "the project has no budget"
                    : "its budget is " + project.budget.sorted { $0.key < $1.key }.map { "\($0.key): \(ThaiFormat.amount($0.value))" }.joined(separator: ", ")
                f.error(project.file, "budget_text", "budget_text states \(written) บาท, but \(known); make them agree")
            }
        }
    }
}
