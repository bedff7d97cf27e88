import Foundation
import TestSupport

/// Every corpus case, and how one is run and judged.
enum Corpus {
    static var all: [CorpusCase] {
        PlanCases.all + ProjectCases.all + LayoutCases.all + ProgressCases.all + ImageCases.all
            + FileCases.all + OutputCases.all + ExtremeCases.all
    }

    /// A case that has not ended after this long is a hang (the release binary takes well under a second
    /// for most; the debug binary the tests use is slower).
    static let timeLimit = 60.0

    /// Runs one case in a fresh home; returns what went wrong (empty when the case passed) and the seconds it took.
    static func run(_ c: CorpusCase) -> (failures: [String], seconds: Double) {
        guard c.runner.isAvailable else { return ([], 0) }
        let home: CaseHome
        do {
            home = CaseHome(url: try Workspace.makeHome(c.id.replacingOccurrences(of: "/", with: "-")))
        } catch {
            return (["\(c.id): cannot make its home: \(error)"], 0)
        }
        defer {
            if ProcessInfo.processInfo.environment["PLANPRESS_KEEP_TEST_FILES"] == nil {
                _ = try? Shell.run("/bin/chmod", ["-R", "u+rwX", home.url.path])
                try? FileManager.default.removeItem(at: home.url)
            }
        }
        let expectation: Expectation
        do {
            expectation = try c.setup(home)
        } catch {
            return (["\(c.id): setup failed: \(error)"], 0)
        }
        let start = Date()
        let result: Shell.Result
        do {
            result = try Workspace.planpress(c.arguments, home: home.url, runner: c.runner, timeout: timeLimit)
        } catch {
            return (["\(c.id): \(error)"], Date().timeIntervalSince(start))
        }
        let seconds = Date().timeIntervalSince(start)
        return (judge(c, expectation, result, home: home), seconds)
    }

    static func judge(_ c: CorpusCase, _ expectation: Expectation, _ result: Shell.Result, home: CaseHome) -> [String] {
        var failures: [String] = []
        let output = result.stdout + result.stderr
        let shown = "\n--- output of planpress \(c.arguments.joined(separator: " ")) ---\n\(output.prefix(3000))"
        if let sign = CrashSigns.find(in: output) {
            failures.append("\(c.id): crashed (\(sign))")
        }
        if result.status != expectation.exitCode {
            failures.append("\(c.id): exit status \(result.status), expected \(expectation.exitCode)")
        }
        if let location = expectation.locationText, !output.contains(location) {
            failures.append("\(c.id): the message does not name \(location)")
        }
        for fragment in expectation.fragments where !output.contains(fragment) {
            failures.append("\(c.id): the output does not say “\(fragment)”")
        }
        if expectation.exitCode != 0 && expectation.check == nil {
            // A refused input leaves no PDF and no temporary file behind.
            let left = (FileManager.default.subpaths(atPath: home.outURL.path) ?? []).filter { $0.hasSuffix(".pdf") || $0.hasSuffix(".partial") }
            if !left.isEmpty { failures.append("\(c.id): a failed render left \(left.sorted())") }
        }
        if let check = expectation.check {
            do { try check(home, result) } catch { failures.append("\(c.id): \(error)") }
        }
        if !failures.isEmpty { failures[failures.count - 1] += shown }
        return failures
    }
}
