import Foundation
import PlanPress

/// `planpress-bench`: how fast PlanPress renders, measured in one process on a release build.
///
///     swift build -c release --product planpress-bench && .build/release/planpress-bench [--iterations N] [--json FILE]
///
/// Prints, for each case, milliseconds per document and per page, pages per second, and the process's
/// peak resident memory; `--json` also writes the figures to a file.
@main
enum Benchmark {
    struct Figure: Codable {
        let name: String
        let iterations: Int
        let pages: Int
        let totalSeconds: Double
        let msPerDocument: Double
        let msPerPage: Double
        let pagesPerSecond: Double
        let peakMemoryMB: Double
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
        var iterations = 200
        var jsonPath: String?
        var args = CommandLine.arguments.dropFirst().makeIterator()
        while let arg = args.next() {
            switch arg {
            case "--iterations": iterations = Int(args.next() ?? "") ?? iterations
            case "--json": jsonPath = args.next()
            default:
                FileHandle.standardError.write(Data("usage: planpress-bench [--iterations N] [--json FILE]\n".utf8))
                exit(2)
            }
        }
        let home = try ProjectHome.locate()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-bench-\(getpid())").path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }

        var figures: [Figure] = []
        func measure(_ name: String, runs: Int, _ body: () throws -> Int) rethrows {
            _ = try body() // warm-up: fonts, caches
            var pages = 0
            let start = DispatchTime.now()
            for _ in 0..<runs { pages += try body() }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            figures.append(Figure(name: name, iterations: runs, pages: pages, totalSeconds: seconds,
                                  msPerDocument: seconds * 1000 / Double(runs),
                                  msPerPage: seconds * 1000 / Double(max(pages, 1)),
                                  pagesPerSecond: Double(pages) / seconds, peakMemoryMB: peakMemoryMB()))
        }
        try measure("load+validate", runs: max(iterations / 10, 1)) {
            _ = try Renderer(home: home, planDirectory: nil, outputDirectory: scratch)
            return 0
        }
        let renderer = try Renderer(home: home, planDirectory: nil, outputDirectory: scratch)
        // Runs per kind scale with the document's size, so that each case takes a comparable time.
        let runs: [DocumentKind: Int] = [.announcement: iterations, .budget: max(iterations / 4, 1),
                                         .projects: max(iterations / 40, 1), .book: max(iterations / 40, 1)]
        for kind in DocumentKind.allCases {
            try measure(kind.rawValue, runs: runs[kind] ?? 1) { try renderer.render(kind).reduce(0) { $0 + $1.pages } }
        }
        try measure("all outputs", runs: max(iterations / 40, 1)) {
            try DocumentKind.allCases.reduce(0) { total, kind in total + (try renderer.render(kind).reduce(0) { $0 + $1.pages }) }
        }
        for f in figures {
            print(String(format: "%-14@ %5d runs  %6d pages  %8.2f ms/document  %7.2f ms/page  %8.1f pages/s  peak %6.1f MB",
                         f.name as NSString, f.iterations, f.pages, f.msPerDocument, f.msPerPage, f.pagesPerSecond, f.peakMemoryMB))
        }
        if let jsonPath {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(figures).write(to: URL(fileURLWithPath: jsonPath))
        }
    }

    /// Peak resident set size of this process, in MB (Linux reports ru_maxrss in KiB).
    static func peakMemoryMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
