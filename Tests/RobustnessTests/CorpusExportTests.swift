import Foundation
import XCTest

/// Writes every corpus case as a folder for Tests/Robustness/run-corpus.sh, when PLANPRESS_CORPUS_EXPORT
/// names where (otherwise it does nothing). Each folder is a project home broken as the case says, with
/// `args` (the command, one argument a line), `runner` and `expect` (the exit status, then the text the
/// output must hold, one a line).
final class CorpusExportTests: XCTestCase {
    func testExportCorpus() throws {
        guard let target = ProcessInfo.processInfo.environment["PLANPRESS_CORPUS_EXPORT"], !target.isEmpty else { return }
        let root = URL(fileURLWithPath: target)
        try? FileManager.default.removeItem(at: root)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        chmod(root.path, 0o755)
        for (index, c) in Corpus.all.enumerated() {
            let dir = root.appendingPathComponent(String(format: "%03d-", index + 1) + c.id.replacingOccurrences(of: "/", with: "--"))
            let home = CaseHome(url: try Workspace.makeHome(c.id, in: dir))
            let expectation = try c.setup(home)
            let expected = [String(expectation.exitCode), expectation.locationText ?? ""] + expectation.fragments
            try (c.arguments.joined(separator: "\n") + "\n").write(to: dir.appendingPathComponent("args"), atomically: true, encoding: .utf8)
            try (c.runner.scriptName + "\n").write(to: dir.appendingPathComponent("runner"), atomically: true, encoding: .utf8)
            try (expected.joined(separator: "\n") + "\n").write(to: dir.appendingPathComponent("expect"), atomically: true, encoding: .utf8)
        }
        print("exported \(Corpus.all.count) corpus cases to \(root.path)")
    }
}
