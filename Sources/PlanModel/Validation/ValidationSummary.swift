import DataFiles
import ThaiText

/// What a plan holds, in one line: projects per dimension, budget per fiscal year, errata, findings.
public struct ValidationSummary: Sendable, CustomStringConvertible {
    public let projects: Int
    /// (dimension number, projects in it), in the plan's order.
    public let projectsPerDimension: [(dimension: Int, projects: Int)]
    /// (fiscal year, total budget of every project), for each of the plan's fiscal years and any other year a
    /// project budgets; nil when the total does not fit.
    public let budgetPerYear: [(year: Int, total: Money?)]
    public let errata: Int
    public let errors: Int
    public let warnings: Int

    public init(plan: Plan, findings: [Diagnostic]) {
        projects = plan.projects.count
        projectsPerDimension = plan.dimensions.map { dimension in
            (dimension.number, plan.projects.filter { $0.mission.dimension == dimension.number }.count)
        }
        let years = Set(plan.period.fiscalYears).union(plan.projects.flatMap { $0.budget.keys }).sorted()
        budgetPerYear = years.map { year in (year, Money.sum(plan.projects.compactMap { $0.budget[year] })) }
        errata = plan.errataEntries.count
        errors = findings.filter { $0.severity == .error }.count
        warnings = findings.filter { $0.severity == .warning }.count
    }

    public var total: Money? {
        var sum = Money.zero
        for (_, amount) in budgetPerYear {
            guard let amount, let next = sum.adding(amount) else { return nil }
            sum = next
        }
        return sum
    }

    /// `44 projects (dimension 1: 9, 2: 21, 3: 7, 4: 7); budget 2566: 400,000.00, …; total 2,000,000.00 baht; 110 errata; 0 errors, 1 warning`
    public var description: String {
        let dimensions = projectsPerDimension.enumerated().map { i, entry in
            (i == 0 ? "dimension " : "") + "\(entry.dimension): \(entry.projects)"
        }.joined(separator: ", ")
        let budget = budgetPerYear.map { "\($0.year): \(Self.amount($0.total))" }.joined(separator: ", ")
        return "\(Self.count(projects, "project")) (\(dimensions)); budget \(budget); total \(Self.amount(total)) baht; "
            + "\(Self.count(errata, "erratum", "errata")); \(Self.count(errors, "error")), \(Self.count(warnings, "warning"))"
    }

    static func amount(_ money: Money?) -> String {
        money.map { ThaiDigits.toArabic(ThaiFormat.amountWithSatang($0)) } ?? "(too large)"
    }

    static func count(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(n) \(n == 1 ? one : many ?? one + "s")"
    }
}
