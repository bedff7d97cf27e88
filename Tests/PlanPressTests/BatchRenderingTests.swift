import Foundation
import PlanPress
import TestSupport
import XCTest

/// Rendering on several threads and many plans in one run.
final class BatchRenderingTests: XCTestCase {
    func files(under folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "pdf" else { continue }
            result[String(url.path.dropFirst(folder.path.count))] = try Data(contentsOf: url)
        }
        return result
    }

    func testParallelOutputIsByteIdenticalToSerial() throws {
        let home = try scratchHome()
        let serial = home.appendingPathComponent("serial"), parallel = home.appendingPathComponent("parallel")
        let one = try Workspace.planpress(["render", "-j", "1", "--out", serial.path], home: home)
        XCTAssertEqual(one.status, 0, one.stderr)
        let two = try Workspace.planpress(["render", "-j", "2", "--out", parallel.path], home: home)
        XCTAssertEqual(two.status, 0, two.stderr)
        // The same files listed in the same order, whichever thread wrote each.
        XCTAssertEqual(one.stdout.replacingOccurrences(of: serial.path, with: ""), two.stdout.replacingOccurrences(of: parallel.path, with: ""))
        let a = try files(under: serial), b = try files(under: parallel)
        XCTAssertEqual(a.count, 110, "announcement, budget table, 44 sheets, the book and 63 progress reports")
        XCTAssertEqual(Set(a.keys), Set(b.keys))
        for (name, data) in a { XCTAssertEqual(data, b[name], "\(name) differs between -j 1 and -j 2") }
    }

    /// The book alone on two workers: the second lays the project sheets out ahead of the first (from the
    /// last one back), which takes those layouts instead of having Pango set them, and writes the same book.
    /// The book alone on two workers: the second worker's thread sets parts and sheets of it beside the
    /// first (each with its own fonts and Pango), and both write pieces of it. The PDF is the one a
    /// single worker writes, byte for byte.
    func testABookOnTwoWorkersIsTypesetByBothAndIsTheSame() throws {
        let home = try scratchHome()
        let one = home.appendingPathComponent("one"), two = home.appendingPathComponent("two")
        let serial = try Workspace.planpress(["render", "book", "-j", "1", "--no-layout-cache", "--out", one.path], home: home)
        XCTAssertEqual(serial.status, 0, serial.stderr)
        let result = try Shell.run(Workspace.binary, ["render", "book", "-j", "2", "--out", two.path],
                                   environment: ["PLANPRESS_HOME": home.path, "PLANPRESS_LAYOUT_CACHE": home.appendingPathComponent("cache").path,
                                                 "PLANPRESS_LAYOUT_CACHE_REPORT": "1"],
                                   currentDirectory: home.path)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try Data(contentsOf: two.appendingPathComponent("plan-book.pdf")), try Data(contentsOf: one.appendingPathComponent("plan-book.pdf")))
        // One report a session: "layout cache …: N paragraphs from the cache, T from another thread, M set by Pango".
        let reports = result.stderr.split(separator: "\n").filter { $0.hasPrefix("layout cache ") }.map(String.init)
        XCTAssertEqual(reports.count, 2, result.stderr)
        for report in reports {
            let numbers = report.split(separator: ":").last?.split { !$0.isNumber }.compactMap { Int($0) } ?? []
            XCTAssertEqual(numbers.count, 3, report)
            XCTAssertGreaterThan(numbers.count == 3 ? numbers[2] : 0, 200, "each thread sets its share of the book: \(report)")
        }
    }

    func testManyPlansRenderAndAFailingOneIsReportedAndSkipped() throws {
        let home = try scratchHome()
        let plans = home.appendingPathComponent("batch")
        for (i, count) in [[3, 2], [2, 2, 2]].enumerated() {
            var synthetic = SyntheticPlan(id: "batch-\(i + 1)", projectsPerDimension: count, missionsPerDimension: 1, nameLength: 1)
            try synthetic.write(to: plans.appendingPathComponent("plan-\(i + 1)").path)
        }
        let broken = plans.appendingPathComponent("plan-3-broken")
        var synthetic = SyntheticPlan(id: "batch-broken", projectsPerDimension: [2], missionsPerDimension: 1, nameLength: 1)
        try synthetic.write(to: broken.path)
        try Workspace.edit("batch/plan-3-broken/projects/02.yaml", in: home, replacing: "number: 2", with: "number: 7")
        let out = home.appendingPathComponent("batch-out")
        let result = try Workspace.planpress(["render", "announcement", "budget", "projects", "book",
                                              "--plans", plans.path, "-j", "2", "--out", out.path], home: home)
        XCTAssertEqual(result.status, 1, "a failed plan must make the exit status say so")
        XCTAssertTrue(result.stdout.contains("2 of 3 plans rendered"), result.stdout)
        XCTAssertTrue(result.stderr.contains("plan-3-broken"), result.stderr)
        XCTAssertTrue(result.stderr.contains("projects/02.yaml"), result.stderr)
        for (id, projects) in [("batch-1", 5), ("batch-2", 6)] {
            let made = try files(under: out.appendingPathComponent(id))
            XCTAssertEqual(made.count, 3 + projects, "\(id): \(made.keys.sorted())")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("batch-broken").path))
        // Not on a terminal: one plain line per plan.
        XCTAssertTrue(result.stderr.contains("ok batch-1"), result.stderr)
    }

    func testTheLastRunsToStartGetTheirOtherArguments() {
        // Five runs on two workers, the heaviest first: the two lightest start last and get their other
        // arguments (for `render --plans`, more threads), the others their own.
        let lists = (0..<5).map { ["-c", "echo first \($0)"] }
        let last = (0..<5).map { ["-c", "echo last \($0)"] }
        let results = ChildProcesses.run("/bin/sh", lists, workers: 2, weights: [5, 1, 4, 2, 3], lastArgumentLists: last)
        XCTAssertEqual(results.map { $0.stdout.trimmingCharacters(in: .whitespacesAndNewlines) },
                       ["first 0", "last 1", "first 2", "last 3", "first 4"])
        // One worker: only the very last run to start.
        let alone = ChildProcesses.run("/bin/sh", lists, workers: 1, weights: [5, 1, 4, 2, 3], lastArgumentLists: last)
        XCTAssertEqual(alone.map { $0.stdout.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { $0.hasPrefix("last") }, ["last 1"])
        // A single run is the last to start: it gets them (a folder of one plan renders it on every thread).
        XCTAssertEqual(ChildProcesses.run("/bin/sh", [lists[0]], workers: 2, lastArgumentLists: [last[0]]).map(\.stdout), ["last 0\n"])
    }
}
