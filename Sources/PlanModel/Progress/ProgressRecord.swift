import Foundation
import DataFiles
import ThaiText

/// Where a project stands in a reporting round.
public enum ProgressStatus: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case notStarted = "not_started"
    case inProgress = "in_progress"
    case completed
    case cancelled

    /// The Thai wording records use and reports print: ยังไม่ได้ดำเนินการ, อยู่ระหว่างดำเนินการ,
    /// ดำเนินการแล้วเสร็จ, ยกเลิก.
    public var thaiName: String {
        switch self {
        case .notStarted: return "ยังไม่ได้ดำเนินการ"
        case .inProgress: return "อยู่ระหว่างดำเนินการ"
        case .completed: return "ดำเนินการแล้วเสร็จ"
        case .cancelled: return "ยกเลิก"
        }
    }

    /// The English name, as records may write it (`not_started`).
    public var englishName: String { rawValue }

    public var description: String { rawValue }

    /// Reads a status as a record writes it: the Thai wording or the English name, ignoring case, surrounding
    /// spaces, and spaces or hyphens in place of the underscore (`Not started`, `in-progress`, `canceled`).
    public init?(text: String) {
        let thai = ProgressColumns.normalizeThai(text).trimmingSpacesAndNewlines()
        if let status = ProgressStatus.allCases.first(where: { $0.thaiName == thai }) { self = status; return }
        let english = ProgressColumns.normalizeHeader(text)
        if english == "canceled" { self = .cancelled; return }
        guard let status = ProgressStatus(rawValue: english) else { return nil }
        self = status
    }
}

/// A reporting round within a fiscal year: รอบ ๖ เดือน, รอบ ๑๒ เดือน, or one of four quarters.
/// The raw value is how folders and commands name it (`6m`, `12m`, `q1` … `q4`).
public enum ReportingRound: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case sixMonths = "6m"
    case twelveMonths = "12m"
    case q1, q2, q3, q4

    /// "รอบ ๖ เดือน", "รอบ ๑๒ เดือน", "ไตรมาส ๑" … "ไตรมาส ๔".
    public var thaiName: String {
        switch self {
        case .sixMonths: return "รอบ " + ThaiFormat.number(6) + " เดือน"
        case .twelveMonths: return "รอบ " + ThaiFormat.number(12) + " เดือน"
        case .q1, .q2, .q3, .q4: return "ไตรมาส " + ThaiFormat.number(quarter ?? 0)
        }
    }

    /// 1…4 for a quarter, nil for the six- and twelve-month rounds.
    public var quarter: Int? {
        switch self {
        case .q1: return 1
        case .q2: return 2
        case .q3: return 3
        case .q4: return 4
        case .sixMonths, .twelveMonths: return nil
        }
    }

    public var description: String { rawValue }

    /// The first and last day the round covers in BE fiscal year `fiscalYear` (which runs 1 October of the
    /// year before to 30 September): 6m = 1 October – 31 March; 12m = the whole year; q1 = October – December,
    /// q2 = January – March, q3 = April – June, q4 = July – September.
    public func dateRange(fiscalYear: Int) -> ClosedRange<ThaiDate> {
        let start = ThaiDate.fiscalYearStart(fiscalYear)
        let end = ThaiDate.fiscalYearEnd(fiscalYear)
        let (firstMonth, monthCount): (Int, Int)
        switch self {
        case .sixMonths: (firstMonth, monthCount) = (0, 6)
        case .twelveMonths: return start...end
        case .q1, .q2, .q3, .q4: (firstMonth, monthCount) = (((quarter ?? 1) - 1) * 3, 3)
        }
        return Self.monthStart(start, plus: firstMonth)...Self.monthStart(start, plus: firstMonth + monthCount).adding(days: -1)
    }

    /// The folder holding the round's records, relative to the plan folder: `progress/2566-6m`.
    public func folder(fiscalYear: Int) -> String { "progress/\(fiscalYear)-\(rawValue)" }

    /// The first day of the month `months` after the month of `date`.
    private static func monthStart(_ date: ThaiDate, plus months: Int) -> ThaiDate {
        let index = date.year * 12 + (date.month - 1) + months
        return ThaiDate(year: index / 12, month: index % 12 + 1, day: 1)!
    }
}

/// One project's report for one fiscal year and round, as a division recorded it.
public struct ProgressRecord: Sendable {
    /// The project's number in the plan (ลำดับที่).
    public var projectNumber: Int
    public var status: ProgressStatus
    /// Why the project was cancelled; present when `status` is `.cancelled`.
    public var cancellationReason: String?
    public var budget: ProgressBudget
    /// When the work was carried out, if the record says.
    public var dates: DateSpan?
    /// ผลผลิต, one entry per line of the record.
    public var outputs: [String]
    /// ผลลัพธ์, one entry per line.
    public var outcomes: [String]
    public var indicators: [IndicatorResult]
    /// ปัญหาอุปสรรค, one entry per line.
    public var problems: [String]
    /// ข้อเสนอแนะ, one entry per line.
    public var suggestions: [String]
    public var photos: [Photo]
    /// Documents the record refers to as evidence, one per line.
    public var documents: [String]
    public var reporter: Reporter
    /// True when the file the record came from declares itself example data: reports print "ตัวอย่าง".
    public var isExample: Bool
    /// The records file, relative to the plan folder (`progress/2566-6m/finance.csv`).
    public var file: String
    /// Where the record starts (its CSV row or YAML list item).
    public var location: SourceLocation
    /// Where each value was read, by field name (`status`, `budget_disbursed`, `photo_2`, `indicator_1`),
    /// for messages about it.
    public var fieldLocations: [String: SourceLocation]
    /// How the file names each value (`column 'เบิกจ่ายจริง' (budget_disbursed)`), for messages.
    var fieldLabels: [String: String] = [:]
    /// True when the status could not be read: the record is checked but not part of the round.
    var isIncomplete = false

    public init(projectNumber: Int, status: ProgressStatus, cancellationReason: String? = nil,
                budget: ProgressBudget = ProgressBudget(), dates: DateSpan? = nil,
                outputs: [String] = [], outcomes: [String] = [], indicators: [IndicatorResult] = [],
                problems: [String] = [], suggestions: [String] = [], photos: [Photo] = [], documents: [String] = [],
                reporter: Reporter = Reporter(), isExample: Bool = false, file: String,
                location: SourceLocation, fieldLocations: [String: SourceLocation] = [:]) {
        self.projectNumber = projectNumber; self.status = status; self.cancellationReason = cancellationReason
        self.budget = budget; self.dates = dates; self.outputs = outputs; self.outcomes = outcomes
        self.indicators = indicators; self.problems = problems; self.suggestions = suggestions
        self.photos = photos; self.documents = documents; self.reporter = reporter; self.isExample = isExample
        self.file = file; self.location = location; self.fieldLocations = fieldLocations
    }

    /// The location of `field`, or of the record when that value was not written.
    public func location(of field: String) -> SourceLocation { fieldLocations[field] ?? location }

    /// How the file names `field` in messages: `column 'เบิกจ่ายจริง' (budget_disbursed)` or `'budget_disbursed'`.
    func label(of field: String) -> String { fieldLabels[field] ?? "'\(field)'" }
}

/// A record's money, in baht with satang. Nil means not stated.
public struct ProgressBudget: Sendable, Hashable {
    /// งบประมาณตามแผน: as the record states it, or the plan's budget for the year when the record leaves it
    /// empty (nil when the plan sets none: ไม่ใช้งบประมาณ).
    public var planned: Money?
    /// True when `planned` was taken from the plan rather than written in the record.
    public var plannedFromPlan: Bool
    /// งบประมาณตามข้อบัญญัติงบประมาณ: approved in the annual budget ordinance.
    public var approved: Money?
    /// เบิกจ่ายจริง: actually disbursed.
    public var disbursed: Money?

    public init(planned: Money? = nil, plannedFromPlan: Bool = false, approved: Money? = nil, disbursed: Money? = nil) {
        self.planned = planned; self.plannedFromPlan = plannedFromPlan; self.approved = approved; self.disbursed = disbursed
    }
}

/// When work was carried out: one day (`start == end`), a range, or a start with no end yet.
public struct DateSpan: Sendable, Hashable {
    public var start: ThaiDate
    /// Nil when the work has started and not yet ended.
    public var end: ThaiDate?

    public init(start: ThaiDate, end: ThaiDate?) { self.start = start; self.end = end }
    public init(day: ThaiDate) { self.start = day; self.end = day }

    public var isSingleDay: Bool { end == start }
}

/// A measured indicator: what was measured, the target, what was achieved and the unit
/// (ผู้เข้าร่วม ๒๐๐ / ๑๘๕ คน; ความรู้ความเข้าใจ ร้อยละ ๘๐ / ๘๖).
public struct IndicatorResult: Sendable, Hashable {
    public var text: String
    /// The target as a decimal in Arabic digits without separators ("200", "80", "85.5"), if stated.
    public var target: String?
    /// What was achieved, in the same form, if stated.
    public var actual: String?
    public var unit: String?

    public init(text: String, target: String? = nil, actual: String? = nil, unit: String? = nil) {
        self.text = text; self.target = target; self.actual = actual; self.unit = unit
    }

    public var targetValue: Decimal? { target.flatMap { Decimal(string: $0) } }
    public var actualValue: Decimal? { actual.flatMap { Decimal(string: $0) } }
}

/// A photograph of the activity.
public struct Photo: Sendable, Hashable {
    /// The path as the record writes it, relative to the plan folder (`progress/photos/…png`).
    public var path: String
    /// The path to open: inside the plan folder, checked to exist when the round was loaded.
    public var fullPath: String
    public var caption: String?

    public init(path: String, fullPath: String, caption: String? = nil) {
        self.path = path; self.fullPath = fullPath; self.caption = caption
    }
}

/// Who reported, and when.
public struct Reporter: Sendable, Hashable {
    public var name: String?
    public var position: String?
    /// The reporting division's id from `plan.yaml` (a record may write the id or the division's name).
    public var divisionID: String?
    public var phone: String?
    public var reportDate: ThaiDate?

    public init(name: String? = nil, position: String? = nil, divisionID: String? = nil, phone: String? = nil, reportDate: ThaiDate? = nil) {
        self.name = name; self.position = position; self.divisionID = divisionID; self.phone = phone; self.reportDate = reportDate
    }
}
