import Foundation
import PlanModel
import ThaiText

/// One project of the plan in one reporting round: its record, or none (ยังไม่รายงาน), and the amounts
/// the reports print for it.
public struct ProgressEntry: Sendable {
    public let project: Project
    /// Nil when the project was not reported in the round.
    public let record: ProgressRecord?
    /// งบประมาณตามแผน: the record's, or the plan's budget for the fiscal year when there is no record
    /// (nil when neither sets one).
    public let planned: Money?

    public init(project: Project, record: ProgressRecord?, fiscalYear: Int) {
        self.project = project
        self.record = record
        planned = record.map { $0.budget.planned } ?? project.budget(for: fiscalYear)
    }

    /// Nil for a project that was not reported.
    public var status: ProgressStatus? { record?.status }
    public var approved: Money? { record?.budget.approved }
    public var disbursed: Money? { record?.budget.disbursed }

    /// The share of the approved budget that was disbursed, in per cent (one decimal); nil without an
    /// approved amount above zero or without a disbursed amount.
    public var disbursedShare: Decimal? {
        guard let approved, let disbursed, !approved.isZero else { return nil }
        return disbursed.percent(of: approved)
    }
}

/// Counts and sums over a group of projects (a dimension, a division, the whole plan).
public struct ProgressTally: Sendable, Hashable {
    /// Every project of the group, reported or not.
    public var projects = 0
    public var completed = 0
    public var inProgress = 0
    public var notStarted = 0
    public var cancelled = 0
    /// Projects without a record in the round (ยังไม่รายงาน).
    public var notReported = 0
    /// Sums of the amounts stated (an amount not stated counts as nothing).
    public var planned = Money.zero
    public var approved = Money.zero
    public var disbursed = Money.zero

    public init() {}

    /// Projects with the status; `nil` counts the projects not reported.
    public func count(_ status: ProgressStatus?) -> Int {
        switch status {
        case .completed?: return completed
        case .inProgress?: return inProgress
        case .notStarted?: return notStarted
        case .cancelled?: return cancelled
        case nil: return notReported
        }
    }

    /// Completed projects as a share of all the group's projects, in per cent; nil for an empty group.
    public var completedShare: Decimal? { ProgressFigures.share(completed, of: projects) }

    /// Disbursed as a share of the approved budget, in per cent; nil when nothing was approved.
    public var disbursedShare: Decimal? { approved.isZero ? nil : disbursed.percent(of: approved) }
}

/// The organization summary: one tally per dimension of the plan, and the total.
public struct ProgressSummary: Sendable {
    public struct Row: Sendable {
        public let dimension: PlanModel.Dimension
        public let tally: ProgressTally
    }
    public let rows: [Row]
    public let total: ProgressTally
}

/// What the reports compute from the records: nothing in a summary is typed, everything is counted and
/// summed here. Pure functions of the plan and the round.
public enum ProgressFigures {
    /// The statuses in the order reports list them (check boxes, chart segments, summary columns).
    public static let statusOrder: [ProgressStatus] = [.completed, .inProgress, .notStarted, .cancelled]

    /// The projects a round reports on, in plan order: those the plan schedules in the round's fiscal year,
    /// and any other project that has a record all the same. A scheduled project without a record is
    /// reported as not reported; it is never left out.
    public static func projects(_ projects: [Project], in round: ProgressRound) -> [Project] {
        let reported = Set(round.records.map(\.projectNumber))
        return projects.filter { isScheduled($0, in: round.fiscalYear) || reported.contains($0.number) }
    }

    /// Whether the plan runs `project` in `fiscalYear`: a fiscal period's years; an academic period's years
    /// and the fiscal year after its last (academic year N runs from May N to March N+1).
    public static func isScheduled(_ project: Project, in fiscalYear: Int) -> Bool {
        let period = project.period
        guard period.start <= period.end else { return false }
        let last = period.kind == .academic ? period.end + 1 : period.end
        return (period.start...last).contains(fiscalYear)
    }

    /// One entry per project, in the order given, each with its record in the round (if any).
    public static func entries(_ projects: [Project], round: ProgressRound) -> [ProgressEntry] {
        var records: [Int: ProgressRecord] = [:]
        for record in round.records where records[record.projectNumber] == nil { records[record.projectNumber] = record }
        return projects.map { ProgressEntry(project: $0, record: records[$0.number], fiscalYear: round.fiscalYear) }
    }

    /// Counts by status and sums of the amounts of `entries`; throws when a sum is too large to hold.
    public static func tally(_ entries: [ProgressEntry]) throws(CompositionError) -> ProgressTally {
        var tally = ProgressTally()
        for entry in entries {
            tally.projects += 1
            switch entry.status {
            case .completed?: tally.completed += 1
            case .inProgress?: tally.inProgress += 1
            case .notStarted?: tally.notStarted += 1
            case .cancelled?: tally.cancelled += 1
            case nil: tally.notReported += 1
            }
            tally.planned = try add(tally.planned, entry.planned)
            tally.approved = try add(tally.approved, entry.approved)
            tally.disbursed = try add(tally.disbursed, entry.disbursed)
        }
        return tally
    }

    /// The summary by dimension: every project of the round (see `projects(_:in:)`) counts in its
    /// dimension, reported or not.
    public static func summary(plan: Plan, round: ProgressRound) throws(CompositionError) -> ProgressSummary {
        let all = entries(projects(plan.projects, in: round), round: round)
        var rows: [ProgressSummary.Row] = []
        for dimension in plan.dimensions {
            let tally = try tally(all.filter { $0.project.mission.dimension == dimension.number })
            rows.append(ProgressSummary.Row(dimension: dimension, tally: tally))
        }
        return ProgressSummary(rows: rows, total: try tally(all))
    }

    /// `part` as a share of `whole` in per cent, rounded half away from zero to one decimal; nil when
    /// `whole` is zero. Exact (integer arithmetic through `Money.percent(of:)`).
    public static func share(_ part: Int, of whole: Int) -> Decimal? {
        guard whole != 0 else { return nil }
        return Money(satang: Int64(part)).percent(of: Money(satang: Int64(whole)))
    }

    /// An indicator's achievement: actual as a share of target, in per cent (one decimal); nil without
    /// both values or with a zero target.
    public static func achievement(_ indicator: IndicatorResult) -> Decimal? {
        guard let target = indicator.targetValue, let actual = indicator.actualValue, target != 0 else { return nil }
        var ratio = actual * 100 / target
        var rounded = Decimal()
        NSDecimalRound(&rounded, &ratio, 1, .plain)
        return rounded
    }

    private static func add(_ sum: Money, _ amount: Money?) throws(CompositionError) -> Money {
        guard let amount else { return sum }
        guard let result = sum.adding(amount) else {
            throw CompositionError("a budget total of the progress report is too large to compute")
        }
        return result
    }
}
