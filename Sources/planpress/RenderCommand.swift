import ArgumentParser
import Foundation
import PlanModel
import PlanPress

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render documents of a plan into PDF.",
        discussion: "With no document named, renders every document PlanPress makes. Documents: "
            + DocumentKind.allCases.map(\.rawValue).joined(separator: ", ") + ".")

    @Argument(help: "The documents to render (default: all).")
    var documents: [String] = []

    @OptionGroup var options: PlanOptions

    @Option(name: .long, help: "With 'projects' or 'progress': only this project (its number, ลำดับที่).")
    var project: Int?

    @Option(name: .long, help: "With 'progress': the fiscal year (Buddhist Era, e.g. 2566). Default: every round with records.")
    var fy: Int?

    @Option(name: .long, help: "With 'progress': the round: 6m, 12m, q1, q2, q3 or q4.")
    var round: String?

    @Option(name: .long, help: "With 'progress': only this division's report (its id in plan.yaml).")
    var division: String?

    @Option(name: .long, help: "Stop with an error when a document would exceed this many pages.")
    var maxPages: Int = 2_000

    @Option(name: .long, help: "Refuse images with more pixels than this (width × height).")
    var maxImagePixels: Int = 40_000_000

    @Option(name: .long, help: "Render every plan in this folder (each subfolder holding plan.yaml) into --out/<plan-id>/ (default output/<plan-id>/).")
    var plans: String?

    @Option(name: [.short, .customLong("jobs")], help: "How many documents or plans to render at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if jobs < 1 { throw ValidationError("-j needs at least 1") }
        if plans != nil && options.plan != nil { throw ValidationError("give --plan or --plans, not both") }
        if let round, ReportingRound(rawValue: round) == nil {
            throw ValidationError("unknown round '\(round)'; use 6m, 12m, q1, q2, q3 or q4")
        }
        if (fy == nil) != (round == nil) {
            throw ValidationError("give --fy and --round together (e.g. --fy 2566 --round 6m), or neither for every round")
        }
        for name in documents where DocumentKind(rawValue: name) == nil {
            throw ValidationError("unknown document '\(name)'; choose from: \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    var kinds: [DocumentKind] { documents.isEmpty ? DocumentKind.allCases : documents.compactMap(DocumentKind.init(rawValue:)) }

    func run() throws {
        let home = try ProjectHome.locate()
        Renderer.maximumImagePixels = maxImagePixels
        if let plans { return try renderBatch(plans, home: home) }
        let plan = try Renderer.loadPlan(home: home, planDirectory: options.plan)
        let progress = ProgressSelection(fiscalYear: fy, round: round.flatMap(ReportingRound.init(rawValue:)),
                                         division: division, project: project)
        let files = try ParallelRendering.render(kinds, home: home, plan: plan, outputDirectory: options.out, workers: jobs,
                                                 project: project, progress: progress, maximumPages: maxPages)
        for file in files {
            print("\(file.path)  \(file.pages) page\(file.pages == 1 ? "" : "s"), \(file.bytes) bytes")
        }
    }

    /// Renders every plan of a folder; a plan that fails is reported and skipped, and the exit status
    /// says that something failed.
    func renderBatch(_ folder: String, home: ProjectHome) throws {
        let folders = try BatchRendering.planFolders(in: folder)
        guard !folders.isEmpty else { throw PlanPressError.usage("no plan folders (holding plan.yaml) in \(folder)") }
        let bar = ProgressBar()
        let results = BatchRendering.render(folders, home: home, outputRoot: options.out ?? home.outputDirectory,
                                            workers: jobs, kinds: kinds, maximumPages: maxPages) { bar.update($0) }
        bar.finish()
        let failed = results.filter { $0.error != nil }
        let documents = results.reduce(0) { $0 + $1.files.count }
        print("\(results.count - failed.count) of \(results.count) plans rendered, \(documents) documents")
        if !failed.isEmpty {
            for result in failed {
                FileHandle.standardError.write(Data("failed: \(result.folder)\n\(result.error ?? "")\n".utf8))
            }
            throw PlanPressError.failed("\(failed.count) of \(results.count) plans failed (listed above)")
        }
    }
}

