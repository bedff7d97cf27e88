import Foundation
import TestSupport
import XCTest

/// The repository, the built `planpress` binary, and scratch copies of the project home that a test
/// may change (a layout, a plan) without touching the real files.
enum Workspace {
    static let root: URL = Repository.root

    /// The `planpress` executable SwiftPM built next to the test bundle.
    static var binary: String {
        // Next to the test bundle (or the test executable, as SwiftPM builds tests on Linux), whatever the
        // scratch path; the default build folder last.
        let candidates = [Bundle(for: Marker.self).bundleURL.deletingLastPathComponent(),
                          URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent(),
                          Bundle.main.executableURL?.deletingLastPathComponent(),
                          root.appendingPathComponent(".build/debug")].compactMap { $0 }
        let dir = candidates.first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("planpress").path) }
            ?? root.appendingPathComponent(".build/debug")
        return dir.appendingPathComponent("planpress").path
    }

    static var defaultPlanID: String { Repository.defaultPlanID }

    /// A fresh copy of Layouts/ and the default plan in a temporary folder, with Fonts/ linked.
    static func scratchHome(_ name: String = #function) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-test-\(name.filter { $0.isLetter || $0.isNumber })-\(UUID().uuidString.prefix(8))")
        try Repository.copyHome(to: dir)
        return dir
    }

    /// Runs `planpress` with PLANPRESS_HOME set to `home`.
    @discardableResult
    static func planpress(_ arguments: [String], home: URL) throws -> Shell.Result {
        try Shell.run(binary, arguments, environment: ["PLANPRESS_HOME": home.path], currentDirectory: home.path)
    }

    /// Runs `planpress arguments --out home/NAME` once for each (NAME, environment), PLANPRESS_HOME set to
    /// `home`, and returns the PDFs each wrote, by their paths under its folder. A run that fails throws.
    static func renderEach(_ runs: [(name: String, environment: [String: String])], _ arguments: [String],
                           home: URL) throws -> [String: [String: Data]] {
        var written: [String: [String: Data]] = [:]
        for run in runs {
            let out = home.appendingPathComponent(run.name)
            let result = try Shell.run(binary, arguments + ["--out", out.path],
                                       environment: run.environment.merging(["PLANPRESS_HOME": home.path]) { $1 }, currentDirectory: home.path)
            guard result.status == 0 else { throw TestSetupError("planpress \(arguments) (\(run.name)) failed: \(result.stderr)") }
            var files: [String: Data] = [:]
            for path in try FileManager.default.subpathsOfDirectory(atPath: out.path) where path.hasSuffix(".pdf") {
                files[path] = try Data(contentsOf: out.appendingPathComponent(path))
            }
            written[run.name] = files
        }
        return written
    }

    /// Replaces the first occurrence of `old` in a file under `home`.
    static func edit(_ relativePath: String, in home: URL, replacing old: String, with new: String) throws {
        let url = home.appendingPathComponent(relativePath)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let range = text.range(of: old) else { throw TestSetupError("\(relativePath) does not contain \(old)") }
        try text.replacingCharacters(in: range, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    private final class Marker {}
}

struct TestSetupError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension XCTestCase {
    /// Asserts that two renders wrote the same files, byte for byte, each at least `minimumBytes` long.
    func assertSameFiles(_ files: [String: Data], _ others: [String: Data], minimumBytes: Int = 20_000, _ difference: String,
                         file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(Set(files.keys), Set(others.keys), file: file, line: line)
        for (name, data) in files {
            XCTAssertGreaterThan(data.count, minimumBytes, name, file: file, line: line)
            XCTAssertEqual(data, others[name], "\(name) \(difference)", file: file, line: line)
        }
    }

    /// A scratch project home (see `Workspace.scratchHome`) removed when the test ends.
    func scratchHome(_ name: String = #function) throws -> URL {
        let home = try Workspace.scratchHome(name)
        if ProcessInfo.processInfo.environment["PLANPRESS_KEEP_TEST_FILES"] == nil {
            addTeardownBlock { try? FileManager.default.removeItem(at: home) }
        }
        return home
    }
}
