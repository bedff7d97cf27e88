import Composition
import DataFiles
import Foundation
import PlanModel
import Typesetting

extension Renderer {
    /// Renders the progress reports of the selected rounds into `progress/<fy>-<round>/`: a sheet per
    /// reported project (`project-NN.pdf`), a report per division with projects (`division-<id>.pdf`) and
    /// the organization's report (`organization.pdf`). With `division` or `project` selected, only those
    /// reports are made. Every round is loaded and checked before anything is written: a round with an
    /// error in its records makes no report (exit 1, each finding with its file and line).
    func renderProgress(_ selection: ProgressSelection) throws -> [RenderedFile] {
        let folders: [ProgressLoader.RoundFolder]
        if let fiscalYear = selection.fiscalYear, let round = selection.round {
            guard plan.period.fiscalYears.contains(fiscalYear) else {
                throw PlanPressError.usage("fiscal year \(fiscalYear) is outside the plan's period \(plan.period.firstFiscalYear)–\(plan.period.lastFiscalYear)")
            }
            folders = [ProgressLoader.RoundFolder(fiscalYear: fiscalYear, round: round)]
        } else {
            folders = ProgressLoader.availableRounds(in: plan)
                .filter { selection.fiscalYear == nil || $0.fiscalYear == selection.fiscalYear }
        }
        let reportingDivisions = plan.divisions.filter { $0.id != Plan.everyDivisionID && !plan.projects(responsibleFor: $0.id).isEmpty }
        if let division = selection.division, !reportingDivisions.contains(where: { $0.id == division }) {
            let known = reportingDivisions.map(\.id).joined(separator: ", ")
            if plan.division(division) == nil {
                throw PlanPressError.usage("the plan has no division '\(division)'; divisions with projects: \(known)")
            } else if division == Plan.everyDivisionID {
                throw PlanPressError.usage("'\(division)' stands for every division: its projects are in each division's report; choose one of: \(known)")
            }
            throw PlanPressError.usage("division '\(division)' is responsible for no project, so it has no progress report; divisions with projects: \(known)")
        }
        if let project = selection.project, !plan.projects.contains(where: { $0.number == project }) {
            throw PlanPressError.usage("the plan has no project \(project); its projects are numbered 1 to \(plan.projects.count)")
        }

        // Every round first: none is reported while any has an error.
        var rounds: [ProgressRound] = []
        var findings: [Diagnostic] = []
        for folder in folders {
            switch loadedRounds?.round(folder, of: plan) ?? LoadedRounds.load(folder, of: plan) {
            case let .success(round): rounds.append(round)
            case let .failure(error): findings += error.diagnostics
            }
        }
        if !findings.isEmpty { throw PlanPressError.badInput(findings) }
        if let project = selection.project, selection.round != nil,
           let round = rounds.first, round.record(forProject: project) == nil {
            throw PlanPressError.failed("project \(project) has no record in \(round.folder): the reports show it as not reported (ยังไม่รายงาน), and it has no progress sheet")
        }

        // One job a report, in the same order in every renderer: with `progressClaims`, several threads
        // share them out, each rendering the ones it claims.
        let everything = selection.division == nil && selection.project == nil
        var jobs: [() throws -> RenderedFile] = []
        for round in rounds {
            let folder = "progress/\(round.fiscalYear)-\(round.round.rawValue)/"
            if everything || selection.project != nil {
                jobs += try progressSheetJobs(round, only: selection.project, folder: folder)
            }
            if everything || selection.division != nil {
                let divisions = reportingDivisions.filter { selection.division == nil || $0.id == selection.division }
                jobs += try divisionReportJobs(round, divisions: divisions, folder: folder)
            }
            if everything {
                jobs.append(try organizationReportJob(round, folder: folder))
            }
        }
        guard let claims = progressClaims else { return try jobs.map { try $0() } }
        return try claims.claimed(jobs) { try $0() }
    }

    /// The watermark of a round made of example records; nil for real records.
    private func progressWatermark(_ round: ProgressRound, layout: DocumentLayout) throws -> Watermark? {
        guard round.isExample else { return nil }
        return try compose { try ProgressWatermark.make(layout: layout) }
    }

    private func progressSheetJobs(_ round: ProgressRound, only project: Int?, folder: String) throws -> [() throws -> RenderedFile] {
        let records = round.records.filter { project == nil || $0.projectNumber == project }
        guard !records.isEmpty else { return [] }
        let layout = try loadLayout(ProgressSheetDocument.layoutName, ProgressSheetDocument.requirements)
        let watermark = try progressWatermark(round, layout: layout)
        let resources = CompositionResources(emblemPath: nil, names: names)
        let digits = max(2, String(plan.projects.count).count)
        return records.map { record in
            {
                let document = try self.compose {
                    try ProgressSheetDocument.compose(record, round: round, plan: self.plan, layout: layout, resources: resources)
                }
                let number = String(record.projectNumber)
                let name = folder + "project-" + String(repeating: "0", count: max(0, digits - number.count)) + number + ".pdf"
                return try self.write(document, layout: layout, name: name, watermark: watermark)
            }
        }
    }

    private func divisionReportJobs(_ round: ProgressRound, divisions: [Division], folder: String) throws -> [() throws -> RenderedFile] {
        guard !divisions.isEmpty else { return [] }
        let layout = try loadLayout(DivisionProgressDocument.layoutName, DivisionProgressDocument.requirements)
        let watermark = try progressWatermark(round, layout: layout)
        let resources = CompositionResources(emblemPath: nil, names: names)
        return divisions.map { division in
            {
                let document = try self.compose {
                    try DivisionProgressDocument.compose(division, round: round, plan: self.plan, layout: layout, resources: resources)
                }
                return try self.write(document, layout: layout, name: folder + "division-\(division.id).pdf", watermark: watermark)
            }
        }
    }

    private func organizationReportJob(_ round: ProgressRound, folder: String) throws -> () throws -> RenderedFile {
        let layout = try loadLayout(OrganizationProgressDocument.layoutName, OrganizationProgressDocument.requirements)
        let watermark = try progressWatermark(round, layout: layout)
        let resources = CompositionResources(emblemPath: try resolveEmblem(), names: names)
        return {
            let document = try self.compose {
                try OrganizationProgressDocument.compose(round, plan: self.plan, layout: layout, resources: resources)
            }
            return try self.write(document, layout: layout, name: folder + "organization.pdf", watermark: watermark)
        }
    }
}

/// The progress rounds of one render, each read and checked once for all its threads: the first renderer
/// that needs a round loads it, another that needs it meanwhile waits for it.
final class LoadedRounds: @unchecked Sendable {
    private let lock = NSLock()
    private var rounds: [ProgressLoader.RoundFolder: Result<ProgressRound, DiagnosticList>] = [:]

    func round(_ folder: ProgressLoader.RoundFolder, of plan: Plan) -> Result<ProgressRound, DiagnosticList> {
        lock.withLock {
            if let loaded = rounds[folder] { return loaded }
            let loaded = Self.load(folder, of: plan)
            rounds[folder] = loaded
            return loaded
        }
    }

    static func load(_ folder: ProgressLoader.RoundFolder, of plan: Plan) -> Result<ProgressRound, DiagnosticList> {
        Result { () throws(DiagnosticList) in try ProgressLoader.load(plan: plan, fiscalYear: folder.fiscalYear, round: folder.round) }
    }
}
