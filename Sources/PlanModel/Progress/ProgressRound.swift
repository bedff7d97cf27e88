import DataFiles
import ThaiText

/// Every progress record of one fiscal year and reporting round, as loaded and validated by `ProgressLoader`.
public struct ProgressRound: Sendable {
    /// The Buddhist Era fiscal year (2566).
    public var fiscalYear: Int
    public var round: ReportingRound
    /// The round's folder, relative to the plan folder (`progress/2566-6m`).
    public var folder: String
    /// One record per reported project, in project-number order.
    public var records: [ProgressRecord]
    /// The records files read, in name order.
    public var files: [ProgressFile]
    /// Findings that do not stop a report (a division reporting on another's project, more disbursed
    /// than approved, …).
    public var warnings: [Diagnostic]

    public init(fiscalYear: Int, round: ReportingRound, folder: String, records: [ProgressRecord],
                files: [ProgressFile], warnings: [Diagnostic]) {
        self.fiscalYear = fiscalYear; self.round = round; self.folder = folder
        self.records = records; self.files = files; self.warnings = warnings
    }

    /// The first and last day the round covers.
    public var dateRange: ClosedRange<ThaiDate> { round.dateRange(fiscalYear: fiscalYear) }

    /// True when any records file declares itself example data: every report made from the round
    /// should then carry the "ตัวอย่าง" watermark.
    public var isExample: Bool { files.contains { $0.isExample } }

    /// The record for a project, or nil when the project was not reported (ยังไม่รายงาน).
    public func record(forProject number: Int) -> ProgressRecord? {
        records.first { $0.projectNumber == number }
    }

    /// The plan's projects with no record in this round, in plan order: reports list them as ยังไม่รายงาน.
    public func unreportedProjects(in plan: Plan) -> [Project] {
        let reported = Set(records.map(\.projectNumber))
        return plan.projects.filter { !reported.contains($0.number) }
    }

    /// How many records have each status.
    public var countsByStatus: [ProgressStatus: Int] {
        records.reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
    }
}

/// One records file of a round.
public struct ProgressFile: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable { case csv, yaml }
    /// Relative to the plan folder: `progress/2566-6m/finance.csv`.
    public var path: String
    public var format: Format
    /// The text encoding a CSV was saved in; nil for YAML (always UTF-8).
    public var encoding: CSVEncoding?
    /// True when the file declares itself example data (a CSV `example` column saying yes on every row,
    /// or `example: true` in YAML).
    public var isExample: Bool
    /// How many records the file holds (rows left as the template wrote them are not records).
    public var recordCount: Int

    public init(path: String, format: Format, encoding: CSVEncoding?, isExample: Bool, recordCount: Int) {
        self.path = path; self.format = format; self.encoding = encoding; self.isExample = isExample; self.recordCount = recordCount
    }
}

extension Plan {
    /// The division id that, in a project's `divisions`, makes every division responsible for it.
    public static let everyDivisionID = "all-divisions"

    /// The projects `divisionID` is responsible for, alone or jointly, in plan order — including those
    /// assigned to every division (`all-divisions`).
    public func projects(responsibleFor divisionID: String) -> [Project] {
        projects.filter { $0.divisions.contains(divisionID) || $0.divisions.contains(Plan.everyDivisionID) }
    }

    /// Whether `divisionID` may report on `project`: one of its divisions, or any division for a project
    /// assigned to every division.
    public func division(_ divisionID: String, isResponsibleFor project: Project) -> Bool {
        project.divisions.contains(divisionID) || project.divisions.contains(Plan.everyDivisionID)
    }
}
