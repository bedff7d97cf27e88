import Foundation
import XCTest
@testable import PlanModel

/// `planpress validate` and `planpress errata`, run as a user runs them.
final class DatasetCommandTests: XCTestCase {
    /// The `planpress` executable SwiftPM built next to the test bundle.
    static var binary: String? {
        var candidates = [URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent(),
                          Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        if let executable = Bundle.main.executableURL { candidates.append(executable.deletingLastPathComponent()) }
        candidates.append(Dataset.root.appendingPathComponent(".build/debug"))
        return candidates.map { $0.appendingPathComponent("planpress").path }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    struct Result { let status: Int32; let stdout: String; let stderr: String }

    func planpress(_ arguments: [String]) throws -> Result {
        guard let binary = Self.binary else { throw TestFailure("the planpress executable was not built next to the tests") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = Dataset.root
        var environment = ProcessInfo.processInfo.environment
        environment["PLANPRESS_HOME"] = Dataset.root.path
        process.environment = environment
        let dir = FileManager.default.temporaryDirectory
        let out = dir.appendingPathComponent("planpress-validate-out-\(UUID().uuidString)")
        let err = dir.appendingPathComponent("planpress-validate-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    func testValidateTheEmbeddedPlan() throws {
        let result = try planpress(["validate"])
        print(result.stdout, terminator: "")
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertTrue(lines.last?.hasPrefix("44 projects (dimension 1: 9, 2: 21, 3: 7, 4: 7); budget 2566: 400,000.00") == true, result.stdout)
        XCTAssertTrue(lines.last?.contains("; 0 errors, ") == true, result.stdout)
        for line in lines.dropLast() {
            XCTAssertTrue(line.hasPrefix("Plans/"), "findings name the file relative to the current folder: \(line)")
            XCTAssertTrue(line.contains(": warning: "), String(line))
        }
    }

    func testValidateABrokenPlanExitsOne() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/05.yaml", "  2567: \"100000.00\"\n", "  2567: \"-100000.00\"\n")
        let result = try planpress(["validate", "--plan", copy.directory.path])
        XCTAssertEqual(result.status, 1, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("\(copy.directory.path)/projects/05.yaml:\(line):9: error: the budget for 2567 is negative"), result.stdout)
        XCTAssertTrue(result.stdout.split(separator: "\n").last?.contains("1 error, ") == true, result.stdout)
        XCTAssertTrue(result.stderr.contains("error: 1 error in \(copy.directory.path)"), result.stderr)
    }

    func testValidateAPlanThatDoesNotLoad() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/05.yaml", "  2566: \"100000.00\"\n", "  2566: \"100000.001\"\n")
        let result = try planpress(["validate", "--plan", copy.directory.path])
        XCTAssertEqual(result.status, 1, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("\(copy.directory.path)/projects/05.yaml:\(line):9: error: budget for 2566"), result.stdout)
        XCTAssertTrue(result.stdout.contains("could not be loaded"), result.stdout)
    }

    func testValidateRejectsOut() throws {
        let result = try planpress(["validate", "--out", "/tmp/x"])
        XCTAssertEqual(result.status, 2, result.stdout + result.stderr)
        XCTAssertTrue(result.stderr.contains("--out is for render"), result.stderr)
    }

    func testErrataListsEveryErratum() throws {
        let plan = try Dataset.loadCanonical()
        let count = plan.errataEntries.count
        let files = Set(plan.errataEntries.map(\.file)).count
        let result = try planpress(["errata"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasSuffix("\(count) errata in \(files) files\n"), String(result.stdout.suffix(200)))
        XCTAssertEqual(result.stdout.components(separatedBy: "\n  field    ").count - 1, count)
        XCTAssertTrue(result.stdout.hasPrefix("Plans/\(Dataset.canonicalID)/plan.yaml — "), String(result.stdout.prefix(200)))
        XCTAssertTrue(result.stdout.contains("""
              field    name  (line 
            """), "project errata name their field")
        for heading in ["  source   ", "  dataset  ", "  why      "] {
            XCTAssertEqual(result.stdout.components(separatedBy: "\n" + heading).count - 1, count, heading)
        }

        let tsv = try planpress(["errata", "--format", "tsv"])
        XCTAssertEqual(tsv.stdout.split(separator: "\n").count, count + 1)
        XCTAssertTrue(tsv.stdout.hasPrefix("file\tline\tfield\tsource said\tdataset says\twhy\n"))

        let markdown = try planpress(["errata", "--format", "markdown"])
        XCTAssertEqual(markdown.stdout.components(separatedBy: "\n| --- | --- | --- | --- |\n").count - 1, files)
    }
}
