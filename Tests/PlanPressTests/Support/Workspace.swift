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
    /// A scratch project home (see `Workspace.scratchHome`) removed when the test ends.
    func scratchHome(_ name: String = #function) throws -> URL {
        let home = try Workspace.scratchHome(name)
        if ProcessInfo.processInfo.environment["PLANPRESS_KEEP_TEST_FILES"] == nil {
            addTeardownBlock { try? FileManager.default.removeItem(at: home) }
        }
        return home
    }
}
