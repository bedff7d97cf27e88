import Foundation
import PlanPress

/// `planpress-bench`: how fast PlanPress renders, measured in one process on a release build.
///
///     swift build -c release --static-swift-stdlib --product planpress-bench && .build/release/planpress-bench [--iterations N] [--plans K] [--json FILE] [--only TEXT] [--keep]
///
/// `--only TEXT` runs only the cases whose names contain TEXT (for instance `--only book`).
///
/// Cases: loading and validating the embedded plan; each document kind from a cold renderer (what one
/// `planpress render` does); the book alone on two workers, and from a warm renderer; every output with one and two workers, without
/// and with the layouts an earlier run kept on disk; K synthetic
/// plans of a real plan's size rendered in one run with one and two workers. Prints ms per run and per
/// page, pages per second and the process's peak resident memory, and the hypervisor's steal over the run
/// (`HypervisorSteal`); `--json` writes them to a file.
@main
enum Benchmark {
    struct Figure: Codable {
        let name: String
        let iterations: Int
        let pages: Int
        let totalSeconds: Double
        let msPerDocument: Double
        /// The median run, in ms: this machine's speed drifts by 10–30 % over minutes, and the median
        /// is less moved by a slow stretch than the mean.
        let medianMsPerRun: Double
        let msPerPage: Double
        let pagesPerSecond: Double
        /// The benchmark process's own peak; nil for runs of the `planpress` command (child processes).
        let peakMemoryMB: Double?
        /// The hypervisor's steal while the case ran, in % of processor time (`HypervisorSteal`).
        let stealPercent: Double?
    }
    /// What `--json` writes.
    struct Report: Codable {
        let steal: HypervisorSteal
        let figures: [Figure]
    }

    static func main() {
        do {
            try run()
        } catch {
            FileHandle.standardError.write(Data("planpress-bench: \(error)\n".utf8))
            exit(1)
        }
    }

    static func run() throws {
        var iterations = 40
        var plans = 8
        var jsonPath: String?
        var only: String?
        var keep = false
        var args = CommandLine.arguments.dropFirst().makeIterator()
        while let arg = args.next() {
            switch arg {
            case "--iterations": iterations = Int(args.next() ?? "") ?? iterations
            case "--plans": plans = Int(args.next() ?? "") ?? plans
            case "--json": jsonPath = args.next()
            case "--only": only = args.next()
            case "--keep": keep = true
            default:
                FileHandle.standardError.write(Data("usage: planpress-bench [--iterations N] [--plans K] [--json FILE] [--only TEXT] [--keep]\n".utf8))
                exit(2)
            }
        }
        let home = try ProjectHome.locate()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-bench-\(getpid())").path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        // --keep leaves the scratch folder (the synthetic plans in its `plans`, what was rendered) for timing by hand.
        defer {
            if keep { print("scratch folder kept: \(scratch)") } else { try? FileManager.default.removeItem(atPath: scratch) }
        }

        var figures: [Figure] = []
        let ticksAtStart = HypervisorSteal.processorTicks()
        /// Records a case's figure; `since`: /proc/stat's ticks as the case's counted runs began.
        func record(_ name: String, runs: Int, pages: Int, seconds: Double, each: [Double] = [], memory: Double? = peakMemoryMB(),
                    since ticks: [UInt64]?) {
            let sorted = (each.isEmpty ? [seconds / Double(runs)] : each).sorted()
            let median = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
            figures.append(Figure(name: name, iterations: runs, pages: pages, totalSeconds: seconds,
                                  msPerDocument: seconds * 1000 / Double(runs), medianMsPerRun: median * 1000,
                                  msPerPage: seconds * 1000 / Double(max(pages, 1)),
                                  pagesPerSecond: Double(pages) / seconds, peakMemoryMB: memory,
                                  stealPercent: HypervisorSteal(from: ticks, to: HypervisorSteal.processorTicks()).stealPercent))
        }
        func wanted(_ name: String) -> Bool { only.map { name.contains($0) } ?? true }
        func measure(_ name: String, runs: Int, _ body: () throws -> Int) rethrows {
            guard wanted(name) else { return }
            _ = try body() // warm-up: the system's font caches, the code's first run
            let ticks = HypervisorSteal.processorTicks()
            var pages = 0
            var each: [Double] = []
            for _ in 0..<runs {
                let start = DispatchTime.now()
                pages += try body()
                each.append(seconds(since: start))
            }
            record(name, runs: runs, pages: pages, seconds: each.reduce(0, +), each: each, since: ticks)
        }

        // The embedded plan: loading and validating, then each document from a cold renderer (new fonts,
        // empty paragraph cache: what one `planpress render` does), then the book again from a warm one.
        try measure("load+validate", runs: max(iterations / 2, 1)) {
            _ = try Renderer.loadPlan(home: home, planDirectory: nil)
            return 0
        }
        let plan = try Renderer.loadPlan(home: home, planDirectory: nil)
        let runs: [DocumentKind: Int] = [.announcement: iterations * 5, .budget: iterations, .projects: max(iterations / 8, 1),
                                         .book: max(iterations / 8, 1), .progress: max(iterations / 4, 1)]
        for kind in DocumentKind.allCases {
            try measure(kind.rawValue + " (cold)", runs: runs[kind] ?? 1) {
                try Renderer(home: home, plan: plan, outputDirectory: scratch).render(kind).reduce(0) { $0 + $1.pages }
            }
        }
        // The book alone with two workers: the second lays the sheets out ahead of the first.
        try measure("book -j 2 (cold)", runs: max(iterations / 8, 1)) {
            try ParallelRendering.render([.book], home: home, plan: plan, outputDirectory: scratch, workers: 2).reduce(0) { $0 + $1.pages }
        }
        let warm = try Renderer(home: home, plan: plan, outputDirectory: scratch)
        try measure("book (warm)", runs: max(iterations / 8, 1)) { try warm.render(.book).reduce(0) { $0 + $1.pages } }
        for workers in [1, 2] {
            try measure("all outputs -j \(workers)", runs: max(iterations / 8, 1)) {
                let loaded = try Renderer.loadPlan(home: home, planDirectory: nil)
                return try ParallelRendering.render(DocumentKind.allCases, home: home, plan: loaded, outputDirectory: scratch,
                                                    workers: workers).reduce(0) { $0 + $1.pages }
            }
        }

        // A cold renderer with the layouts an earlier run kept on disk (`LayoutStore`; the warm-up run
        // writes them): what `planpress render` does again after a correction.
        let layouts = scratch + "/layouts"
        try measure("book (layout cache)", runs: max(iterations / 8, 1)) {
            try ParallelRendering.render([.book], home: home, plan: plan, outputDirectory: scratch, workers: 1,
                                         layoutCache: layouts).reduce(0) { $0 + $1.pages }
        }
        for workers in [1, 2] {
            try measure("all outputs -j \(workers) (layout cache)", runs: max(iterations / 8, 1)) {
                let loaded = try Renderer.loadPlan(home: home, planDirectory: nil)
                return try ParallelRendering.render(DocumentKind.allCases, home: home, plan: loaded, outputDirectory: scratch,
                                                    workers: workers, layoutCache: layouts).reduce(0) { $0 + $1.pages }
            }
        }

        // A re-render in `planpress render --watch`: every output again, each worker keeping its fonts and
        // laid-out paragraphs from the render before (the warm-up run lays them out).
        for workers in [1, 2] {
            let sessions = try (0..<workers).map { _ in try RenderSession(home: home) }
            try measure("all outputs -j \(workers) (watch)", runs: max(iterations / 8, 1)) {
                let loaded = try Renderer.loadPlan(home: home, planDirectory: nil)
                return try ParallelRendering.render(DocumentKind.allCases, home: home, plan: loaded, outputDirectory: scratch,
                                                    workers: workers, sessions: sessions).reduce(0) { $0 + $1.pages }
            }
        }

        // A correction in `planpress render --watch`: one project's name edited, every output asked for again;
        // only the PDFs it touched are laid out and written (the sheet, the book, the budget table, its
        // progress reports). Two names in turn, on a copy of the embedded plan.
        let copy = scratch + "/watched-plan"
        try FileManager.default.copyItem(atPath: try home.defaultPlanDirectory(), toPath: copy)
        let sheet = copy + "/projects/" + (try FileManager.default.contentsOfDirectory(atPath: copy + "/projects")
            .filter { $0.hasSuffix(".yaml") }.sorted().first ?? "01.yaml")
        let original = try String(contentsOfFile: sheet, encoding: .utf8)
        guard let nameLine = original.split(separator: "\n").first(where: { $0.hasPrefix("name:") }) else {
            throw PlanPressError.failed("\(sheet) has no name line to edit")
        }
        let edited = original.replacingOccurrences(of: String(nameLine), with: nameLine + " (แก้ไข)")
        for workers in [1, 2] {
            let sessions = try (0..<workers).map { _ in try RenderSession(home: home) }
            var turn = 0
            try measure("one correction -j \(workers) (watch)", runs: max(iterations / 4, 1)) {
                turn += 1
                try (turn % 2 == 0 ? original : edited).write(toFile: sheet, atomically: true, encoding: .utf8)
                let loaded = try Renderer.loadPlan(home: home, planDirectory: copy)
                return try ParallelRendering.render(DocumentKind.allCases, home: home, plan: loaded, outputDirectory: scratch + "/watched",
                                                    workers: workers, sessions: sessions, reuseWrittenFiles: true)
                    .filter { !$0.unchanged }.reduce(0) { $0 + $1.pages }
            }
        }

        // Many plans: K synthetic plans of a real plan's size (40–60 projects, budgets on a third of them,
        // progress records for two rounds), rendered in one run with one worker, then two.
        let folder = scratch + "/plans"
        for k in 0..<plans {
            var synthetic = SyntheticPlan(id: "bench-\(k + 1)", firstFiscalYear: 2567, years: 4,
                                          projectsPerDimension: [10 + k % 4, 15 + k % 6, 8, 7 + k % 3],
                                          missionsPerDimension: 3, nameLength: 1, budgetEvery: 3, rationaleParagraphs: 2,
                                          seed: UInt64(k + 1))
            try synthetic.write(to: folder + "/plan-\(k + 1)")
            try synthetic.writeProgress(to: folder + "/plan-\(k + 1)")
        }
        let folders = try BatchRendering.planFolders(in: folder)
        // One worker, then two, in turn for a few rounds (this machine's speed drifts over minutes: taking
        // the two in turn gives each the same stretches). The speed-up is each round's own (its one-worker
        // time over its two-worker time, run back to back), the median of the rounds'; the ratio of the
        // medians is printed beside it.
        var manyReports: [String] = []
        let manyRounds = max(iterations / 4, 3)
        var manyPages = 0
        /// Runs `run` with one worker, then two, for the rounds, records both, and keeps the lines that report
        /// the speed-up under `title`.
        func inTurn(_ title: String, _ name: (Int) -> String, memory: Bool = true, _ run: (Int) throws -> Double) rethrows {
            guard wanted(name(1)) || wanted(name(2)) else { return }
            let ticks = HypervisorSteal.processorTicks()
            var each: [Int: [Double]] = [:]
            var cpu: [Int: Double] = [:]
            for _ in 0..<manyRounds {
                for workers in [1, 2] {
                    let before = cpuSeconds()
                    each[workers, default: []].append(try run(workers))
                    cpu[workers, default: 0] += cpuSeconds() - before
                }
            }
            var medians: [Int: Double] = [:]
            for workers in [1, 2] {
                let times = each[workers] ?? []
                record(name(workers), runs: times.count, pages: manyPages * times.count, seconds: times.reduce(0, +), each: times,
                       memory: memory ? peakMemoryMB() : nil, since: ticks)
                medians[workers] = figures.last?.medianMsPerRun
            }
            let ratios = zip(each[1] ?? [], each[2] ?? []).map { $0 / $1 }.sorted()
            guard let one = medians[1], let two = medians[2], !ratios.isEmpty else { return }
            let median = ratios.count % 2 == 1 ? ratios[ratios.count / 2] : (ratios[ratios.count / 2 - 1] + ratios[ratios.count / 2]) / 2
            var report = String(format: "many plans, %@: 2 workers against 1 %.2f× (median of %d rounds: ", title as NSString, median, ratios.count)
                + ratios.map { String(format: "%.2f", $0) }.joined(separator: ", ")
                + String(format: "); ratio of the medians %.2f×", one / two)
            // What the program itself decides, apart from how free this machine's second core was: the work
            // that two workers add (processor time against one worker's), and how busy they kept both cores.
            if let cpuOne = cpu[1], let cpuTwo = cpu[2], let wall = each[2]?.reduce(0, +), wall > 0 {
                report += String(format: "\n  processor time on 2 workers %+.1f %% against 1; both cores busy %.0f %% of the time",
                                 (cpuTwo / cpuOne - 1) * 100, cpuTwo / (2 * wall) * 100)
            }
            manyReports.append(report)
        }
        try inTurn("in one process", { "\(plans) plans -j \($0)" }) { workers in
            let start = DispatchTime.now()
            let results = BatchRendering.render(folders, home: home, outputRoot: scratch + "/many-\(workers)", workers: workers) { _ in }
            let elapsed = seconds(since: start)
            if let failed = results.first(where: { $0.error != nil }) {
                throw PlanPressError.failed("synthetic plan \(failed.folder) failed: \(failed.error ?? "")")
            }
            manyPages = results.flatMap(\.files).reduce(0) { $0 + $1.pages }
            return elapsed
        }

        // What a user runs: the `planpress` command beside this benchmark, a fresh process each run (it
        // renders many plans in child processes of its own), timed wall to wall.
        let cli = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("planpress").path
        if FileManager.default.isExecutableFile(atPath: cli) {
            /// One run of the command: its seconds and what it printed.
            func runCLI(_ arguments: [String]) throws -> (seconds: Double, stdout: String) {
                let start = DispatchTime.now()
                let result = ChildProcesses.runOne(cli, arguments)
                guard result.status == 0 else {
                    throw PlanPressError.failed("planpress \(arguments.joined(separator: " ")) failed: \(result.stderr)")
                }
                return (seconds(since: start), result.stdout)
            }
            func command(_ name: String, runs: Int, _ arguments: [String]) throws {
                guard wanted(name) else { return }
                _ = try runCLI(arguments)   // warms the caches; not counted
                let ticks = HypervisorSteal.processorTicks()
                var pages = 0
                var each: [Double] = []
                for _ in 0..<runs {
                    let run = try runCLI(arguments)
                    each.append(run.seconds)
                    pages += run.stdout.split(separator: "\n").compactMap(Self.pages(inSummary:)).reduce(0, +)
                }
                // A child's ru_maxrss on Linux counts the memory it shared with this process before exec: measure
                // the command's own peak with `/usr/bin/time -v planpress render` instead.
                record(name, runs: runs, pages: pages, seconds: each.reduce(0, +), each: each, memory: nil, since: ticks)
            }
            let cliRuns = max(iterations / 4, 1)
            for workers in [1, 2] {
                try command("planpress render -j \(workers)", runs: cliRuns,
                            ["render", "--no-layout-cache", "--out", scratch + "/cli", "-j", "\(workers)"])
            }
            for workers in [1, 2] {
                try command("planpress render book -j \(workers)", runs: cliRuns,
                            ["render", "book", "--no-layout-cache", "--out", scratch + "/cli", "-j", "\(workers)"])
            }
            // Again with the layouts kept on disk by the run before (the uncounted run 0 writes them).
            setenv("PLANPRESS_LAYOUT_CACHE", scratch + "/cli-layouts", 1)
            for workers in [1, 2] {
                try command("planpress render -j \(workers) (cache)", runs: cliRuns, ["render", "--out", scratch + "/cli", "-j", "\(workers)"])
            }
            try command("planpress render book -j 2 (cache)", runs: cliRuns, ["render", "book", "--out", scratch + "/cli", "-j", "2"])
            // Many plans: one worker, then two, in turn (as above), after one uncounted run.
            let arguments = { (workers: Int) in ["render", "--no-layout-cache", "--plans", folder, "--out", scratch + "/cli-many", "-j", "\(workers)"] }
            _ = try runCLI(arguments(2))
            try inTurn("planpress render --plans", { "planpress \(plans) plans -j \($0)" }, memory: false) { try runCLI(arguments($0)).seconds }
        } else {
            print("(no planpress binary at \(cli): build it with swift build -c release --static-swift-stdlib --product planpress to time the command too)")
        }

        let steal = HypervisorSteal(from: ticksAtStart, to: HypervisorSteal.processorTicks())
        for f in figures {
            let memory = f.peakMemoryMB.map { String(format: "%6.1f MB", $0) } ?? "     -   "
            let stolen = f.stealPercent.map { String(format: "%4.1f %%", $0) } ?? "  -   "
            print(String(format: "%-36@ %5d runs  %6d pages  %9.2f ms/run (median %9.2f)  %7.2f ms/page  %8.1f pages/s  peak %@  steal %@",
                         f.name as NSString, f.iterations, f.pages, f.msPerDocument, f.medianMsPerRun, f.msPerPage, f.pagesPerSecond,
                         memory as NSString, stolen as NSString))
        }
        for report in manyReports { print(report) }
        print(steal.summary)
        let bookSize = (try? FileManager.default.attributesOfItem(atPath: scratch + "/plan-book.pdf")[.size] as? Int) ?? 0
        print("plan book: \(bookSize) bytes")
        if let jsonPath {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(Report(steal: steal, figures: figures)).write(to: URL(fileURLWithPath: jsonPath))
        }
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    /// Processor time (user and system) of this process and of the child processes it has waited for.
    static func cpuSeconds() -> Double {
        var total = 0.0
        for who in [RUSAGE_SELF, RUSAGE_CHILDREN] {
            var usage = rusage()
            getrusage(who.rawValue, &usage)
            for time in [usage.ru_utime, usage.ru_stime] { total += Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        }
        return total
    }

    /// Peak resident set size of this process, in MB (Linux reports ru_maxrss in KiB).
    static func peakMemoryMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// The page count of a line `planpress render` prints for a file (`<path>  N pages, B bytes`).
    static func pages(inSummary line: Substring) -> Int? {
        guard let range = line.range(of: "  ", options: .backwards) else { return nil }
        let words = line[range.upperBound...].split(separator: " ")
        guard words.count >= 2, words[1].hasPrefix("page") else { return nil }
        return Int(words[0])
    }
}
