import Foundation
import PlanModel
import XCTest

/// `planpress import PLAN.txt --out DIR`, run as a user runs it: exit status, report, refusal to overwrite.
final class ImportCommandTests: XCTestCase {
    private final class Marker {}

    /// The `planpress` executable SwiftPM built beside the test bundle.
    func binary() throws -> String {
        let candidates = [Bundle(for: Marker.self).bundleURL.deletingLastPathComponent().appendingPathComponent("planpress").path,
                          ImportFixtures.root.appendingPathComponent(".build/debug/planpress").path]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("the planpress executable was not built beside the tests (looked in \(candidates.joined(separator: ", ")))")
        }
        return found
    }

    func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try binary())
        process.arguments = arguments
        let folder = scratchFolder("command-output")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let out = folder.appendingPathComponent("out.txt"), err = folder.appendingPathComponent("err.txt")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close(); try errHandle.close()
        return (process.terminationStatus, try String(contentsOf: out, encoding: .utf8), try String(contentsOf: err, encoding: .utf8))
    }

    func testImportWritesTheDatasetReportsAndNeverOverwrites() throws {
        let folder = scratchFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let textFile = folder.appendingPathComponent("bantest.txt").path
        try SyntheticPlanTests.text.write(toFile: textFile, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("Plans/bantest-2568-2570").path

        let first = try run(["import", textFile, "--out", out])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("imported 3 projects"), first.stdout)
        XCTAssertTrue(first.stdout.contains(", 2 not placed"), first.stdout)
        XCTAssertTrue(first.stdout.contains("\(textFile):\(SyntheticPlanTests.lineNumber(of: SyntheticPlanTests.strayOutsideSheet)!): not placed"), first.stdout)
        XCTAssertTrue(first.stdout.contains("proposed erratum in \(out)/projects/01.yaml, period.end"), first.stdout)
        let plan = try PlanLoader.load(directory: out)
        XCTAssertEqual(plan.id, "bantest-2568-2570")
        XCTAssertEqual(plan.projects.count, 3)
        let before = try String(contentsOfFile: out + "/plan.yaml", encoding: .utf8)

        let again = try run(["import", textFile, "--out", out])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("already exists and is not empty"), again.stderr)
        XCTAssertEqual(try String(contentsOfFile: out + "/plan.yaml", encoding: .utf8), before, "nothing overwritten")

        let badID = try run(["import", textFile, "--out", folder.appendingPathComponent("Not An Id").path])
        XCTAssertEqual(badID.status, 2, badID.stderr)
        let noOut = try run(["import", textFile])
        XCTAssertEqual(noOut.status, 2, "--out is required")
        let missing = try run(["import", folder.appendingPathComponent("missing.txt").path, "--out", folder.appendingPathComponent("x").path])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("no such file"), missing.stderr)
        let notAPlan = folder.appendingPathComponent("notes.txt").path
        try "บันทึกทั่วไป\n".write(toFile: notAPlan, atomically: true, encoding: .utf8)
        let wrongShape = try run(["import", notAPlan, "--out", folder.appendingPathComponent("y").path])
        XCTAssertEqual(wrongShape.status, 1)
        XCTAssertTrue(wrongShape.stderr.contains("\(notAPlan)"), wrongShape.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("y").path), "no dataset is left behind")
    }
}
