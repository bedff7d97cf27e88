import ArgumentParser
import DataFiles
import Foundation
import PlanModel
import PlanPress
import ThaiText

/// `planpress progress`: the records divisions fill in to report what their projects achieved in a round.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Progress records: write a division's template, check a round.",
        discussion: """
        Records live in <plan>/progress/<fiscal-year>-<round>/ as CSV (UTF-8, UTF-8 with BOM or Windows-874) \
        or YAML files, usually one per division. Rounds: \(ReportingRound.allCases.map(\.rawValue).joined(separator: ", ")). \
        Plans/FORMAT.md ("Progress records") documents the columns.
        """,
        subcommands: [ProgressTemplateCommand.self, ProgressCheckCommand.self])
}

/// The fiscal year and round a progress command works on.
struct ProgressRoundOptions: ParsableArguments {
    @Option(name: .customLong("fy"), help: "The fiscal year, Buddhist Era (e.g. 2566).")
    var fiscalYear: Int

    @Option(name: .long, help: "The round: \(ReportingRound.allCases.map(\.rawValue).joined(separator: ", ")).")
    var round: String

    func validate() throws {
        guard ReportingRound(rawValue: round) != nil else {
            throw ValidationError("unknown round '\(round)'; choose from: \(ReportingRound.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    var reportingRound: ReportingRound { ReportingRound(rawValue: round) ?? .twelveMonths }

    /// The plan (the embedded one unless --plan names another), its fiscal year checked.
    func loadPlan(_ options: PlanOptions) throws -> Plan {
        let directory = try options.plan ?? ProjectHome.locate().defaultPlanDirectory()
        let plan: Plan
        do {
            plan = try PlanLoader.load(directory: directory)
        } catch {
            throw PlanPressError.badInput([error])
        }
        guard plan.period.fiscalYears.contains(fiscalYear) else {
            throw PlanPressError.usage("fiscal year \(fiscalYear) is outside the plan's period \(plan.period.firstFiscalYear)–\(plan.period.lastFiscalYear)")
        }
        return plan
    }
}

struct ProgressTemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write a division's progress CSV for a round, pre-filled with its projects.",
        discussion: """
        The CSV is UTF-8 with a byte-order mark (Excel shows the Thai text) with Thai column names; each of the \
        division's projects has its number, name and planned budget for the year filled in. By default it is \
        written to <plan>/progress/<fy>-<round>/<division>.csv; an existing file is never overwritten.
        """)

    @Option(name: .long, help: "The division's id in plan.yaml (its divisions list).")
    var division: String

    @OptionGroup var round: ProgressRoundOptions

    @OptionGroup var options: PlanOptions

    func run() throws {
        let plan = try round.loadPlan(options)
        guard plan.division(division) != nil else {
            throw PlanPressError.usage("the plan has no division '\(division)'; its divisions are: \(plan.divisions.map(\.id).joined(separator: ", "))")
        }
        let text: String
        do {
            text = try ProgressTemplate.csv(for: plan, division: division, fiscalYear: round.fiscalYear, round: round.reportingRound)
        } catch {
            throw PlanPressError.badInput([error])
        }
        let path = options.out ?? plan.directory + "/" + ProgressTemplate.defaultPath(division: division, fiscalYear: round.fiscalYear, round: round.reportingRound)
        let fm = FileManager.default
        if fm.fileExists(atPath: path) {
            throw PlanPressError.badInput([.error(SourceLocation(file: path),
                "the file already exists; PlanPress never overwrites records — move it away or give --out another file")])
        }
        let folder = (path as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            // Create-only: a file that appeared meanwhile is not replaced.
            guard fm.createFile(atPath: path + ".partial", contents: Data(text.utf8)) else {
                throw PlanPressError.failed("cannot write \(path)")
            }
            if fm.fileExists(atPath: path) {
                try? fm.removeItem(atPath: path + ".partial")
                throw PlanPressError.badInput([.error(SourceLocation(file: path), "the file already exists; PlanPress never overwrites records")])
            }
            try fm.moveItem(atPath: path + ".partial", toPath: path)
        } catch let error as PlanPressError {
            throw error
        } catch {
            throw PlanPressError.failed("cannot write \(path): \(error.localizedDescription)")
        }
        let count = plan.projects(responsibleFor: division).count
        print("\(path)  \(count) project\(count == 1 ? "" : "s") of \(division) for \(round.fiscalYear) \(round.round)")
    }
}

struct ProgressCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load and validate a round's progress records; print what is wrong and a summary.",
        discussion: "Exit status 1 when any record is wrong: no report can then be made from the round.")

    @OptionGroup var round: ProgressRoundOptions

    @OptionGroup var options: PlanOptions

    func run() throws {
        let plan = try round.loadPlan(options)
        let (loaded, diagnostics) = ProgressLoader.inspect(plan: plan, fiscalYear: round.fiscalYear, round: round.reportingRound)
        for diagnostic in diagnostics {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let range = loaded.dateRange
        let counts = loaded.countsByStatus
        let statuses = ProgressStatus.allCases.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", ")
        let unreported = loaded.unreportedProjects(in: plan).count
        let summary = "\(round.fiscalYear) \(round.round) (\(range.lowerBound.beISOString) – \(range.upperBound.beISOString)): "
            + "\(loaded.records.count) record\(loaded.records.count == 1 ? "" : "s") in \(loaded.files.count) file\(loaded.files.count == 1 ? "" : "s")"
            + (loaded.isExample ? " (example data)" : "")
            + "; \(statuses); \(unreported) of \(plan.projects.count) projects not reported"
            + "; \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        if errors > 0 {
            throw PlanPressError.failed(summary)
        }
        print(summary)
    }
}
