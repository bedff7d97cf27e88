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

    @Option(name: .long, help: .hidden)
    var outRoot: String?

    @Flag(name: .long, help: "Render, then render again each time a file of the plan, a layout or a font is saved, until stopped (Ctrl-C). Paragraphs that did not change are not laid out again, and a PDF whose document did not change is not written again.")
    var watch = false

    @Flag(name: .long, help: "Do not use or keep paragraph layouts from earlier runs (kept in $PLANPRESS_LAYOUT_CACHE, else $XDG_CACHE_HOME/planpress or ~/.cache/planpress; PLANPRESS_LAYOUT_CACHE=off turns them off too).")
    var noLayoutCache = false

    /// The folder of layouts kept between runs, unless turned off.
    var layoutCache: String? { noLayoutCache ? nil : LayoutCache.directory() }

    /// With --watch: stop after this many renders (for tests).
    @Option(name: .long, help: .hidden)
    var watchRenders: Int?

    func validate() throws {
        if jobs < 1 { throw ValidationError("-j needs at least 1") }
        if plans != nil && options.plan != nil { throw ValidationError("give --plan or --plans, not both") }
        if watch && plans != nil { throw ValidationError("--watch renders one plan: give --plan, not --plans") }
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
        if watch { return try renderWatching(home: home) }
        let progress = ProgressSelection(fiscalYear: fy, round: round.flatMap(ReportingRound.init(rawValue:)),
                                         division: division, project: project)
        // Several documents at once on threads of this process (`ParallelRendering`): the plan is read and
        // checked once, the progress reports and sheets go to whichever thread is free, and a paragraph one
        // thread's Pango set is not set again by another. Each worker's fonts open while the plan is read.
        let opening = RenderSession.openAhead(count: min(jobs, ParallelRendering.groupCount(kinds, workers: jobs, shareOut: true) + 1), home: home,
                                                 kinds: kinds)
        let plan = try Renderer.loadPlan(home: home, planDirectory: options.plan)
        let files = try ParallelRendering.render(kinds, home: home, plan: plan, outputDirectory: outputDirectory(plan),
                                                 workers: jobs, project: project, progress: progress, maximumPages: maxPages,
                                                 sessions: try opening.sessions(), freshSessions: true, layoutCache: layoutCache)
        for file in files { print(file.summary) }
        // Every file is written and renamed: the process ends here, leaving its fonts, paragraphs and plan to
        // the exit instead of freeing them one by one (about 25 ms of the render's wall time).
        withExtendedLifetime((opening, plan, files)) {
            Foundation.exit(EXIT_SUCCESS)
        }
    }

    /// `--watch`: renders in this process (each worker keeps its fonts and paragraphs), then again at
    /// each saved change; a plan with errors is reported and waited on.
    func renderWatching(home: ProjectHome) throws {
        var watching = WatchRendering(kinds: kinds, planDirectory: options.plan, outputDirectory: options.out, workers: jobs)
        watching.project = project
        watching.progress = ProgressSelection(fiscalYear: fy, round: round.flatMap(ReportingRound.init(rawValue:)),
                                              division: division, project: project)
        watching.maximumPages = maxPages
        watching.layoutCache = layoutCache
        watching.renderLimit = watchRenders
        var lastFailed = false
        try watching.run(home: home) { round in
            var out = ""
            if !round.changed.isEmpty {
                let shown = round.changed.prefix(5).map { $0.hasPrefix(home.root + "/") ? String($0.dropFirst(home.root.count + 1)) : $0 }
                out += "changed: " + shown.joined(separator: ", ") + (round.changed.count > 5 ? " and \(round.changed.count - 5) more" : "") + "\n"
            }
            if let error = round.error {
                FileHandle.standardOutput.write(Data(out.utf8))
                FileHandle.standardError.write(Data((error + "\n").utf8))
                out = "not rendered: fix what is above and save; the PDFs of the last render are kept\n"
            } else {
                if round.number == 1 { out += round.files.map { $0.summary + "\n" }.joined() }
                let pages = round.files.reduce(0) { $0 + $1.pages }
                let kept = round.files.filter(\.unchanged).count
                let files = "\(round.files.count) file\(round.files.count == 1 ? "" : "s")"
                    + (round.number > 1 ? " (\(round.files.count - kept) written, \(kept) unchanged)" : "")
                out += "rendered \(files), \(pages) pages in \(String(format: "%.2f", round.seconds)) s"
                    + " (\(round.reused) paragraphs reused, \(round.laidOut) laid out)\n"
            }
            if round.number == 1 && watchRenders == nil { out += "watching for changes (Ctrl-C stops)\n" }
            FileHandle.standardOutput.write(Data(out.utf8))
            lastFailed = round.error != nil
        }
        if lastFailed { throw ExitCode(1) }
    }

    /// Where the PDFs of `plan` go: --out, else --out-root/<plan-id>, else the default (nil).
    func outputDirectory(_ plan: Plan) -> String? { options.out ?? outRoot.map { $0 + "/" + plan.id } }

    /// Renders every plan of a folder; a plan that fails is reported and skipped, and the exit status
    /// says that something failed.
    func renderBatch(_ folder: String, home: ProjectHome) throws {
        let folders = try BatchRendering.planFolders(in: folder)
        guard !folders.isEmpty else { throw PlanPressError.usage("no plan folders (holding plan.yaml) in \(folder)") }
        let root = options.out ?? home.outputDirectory
        let bar = ProgressBar()
        var results: [BatchRendering.PlanResult]
        if let executable = ChildProcesses.currentExecutable {
            // One process a plan: a failure (even a crash) stays in its plan, and processes scale across cores.
            let estimates = folders.map(BatchRendering.estimatedDocuments)
            let total = estimates.reduce(0, +)
            let counter = WorkerCounter()
            let start = Date()
            func arguments(_ plan: String, threads: Int) -> [String] {
                ["render"] + kinds.map(\.rawValue) + ["--plan", plan, "--out-root", root, "-j", String(threads),
                                                       "--max-pages", String(maxPages), "--max-image-pixels", String(maxImagePixels)]
                    + (noLayoutCache ? ["--no-layout-cache"] : [])
            }
            // Each plan on one thread, but the last ones to start: they may use every core, which the
            // other plans leave to them as they end.
            let runs = ChildProcesses.run(executable, folders.map { arguments($0, threads: 1) }, workers: jobs, weights: estimates,
                                          lastArgumentLists: folders.map { arguments($0, threads: jobs) }) { index, run in
                let result = Self.planResult(folder: folders[index], root: root, run: run, seconds: Date().timeIntervalSince(start))
                let (documents, plans) = counter.add(result.files.count)
                bar.update(BatchRendering.Progress(documentsDone: documents, documentsTotal: max(total, documents),
                                                   plansDone: plans, plansTotal: folders.count, latest: result))
            }
            results = zip(folders, runs).map { Self.planResult(folder: $0, root: root, run: $1, seconds: 0) }
        } else {
            results = BatchRendering.render(folders, home: home, outputRoot: root, workers: jobs, kinds: kinds,
                                            maximumPages: maxPages) { bar.update($0) }
        }
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

extension RenderCommand {
    /// What a child process rendered, from the lines it printed (`<root>/<plan-id>/<file>  N pages, B bytes`).
    static func planResult(folder: String, root: String, run: ChildProcesses.Result, seconds: Double) -> BatchRendering.PlanResult {
        let paths = run.stdout.split(separator: "\n").compactMap { $0.components(separatedBy: "  ").first }
        let planID = paths.first.flatMap { path -> String? in
            guard path.hasPrefix(root + "/") else { return nil }
            return path.dropFirst(root.count + 1).split(separator: "/").first.map(String.init)
        }
        return BatchRendering.PlanResult(folder: folder, planID: planID,
                                         files: paths.map { RenderedFile(path: $0, pages: 0, bytes: 0) },
                                         error: run.status == 0 ? nil : run.stderr, seconds: seconds)
    }
}

/// Documents and plans finished so far in a batch of child processes.
final class WorkerCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var documents = 0
    private var plans = 0
    func add(_ files: Int) -> (Int, Int) {
        lock.lock(); defer { lock.unlock() }
        documents += files
        plans += 1
        return (documents, plans)
    }
}
