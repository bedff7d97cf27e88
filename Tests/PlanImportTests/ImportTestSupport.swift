import DataFiles
import Foundation
import PlanImport
import PlanModel
import XCTest

/// Where the tests find the repository, the canonical dataset and the plan's source text.
enum ImportFixtures {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let canonicalID = "nkpao-2566-2570"
    static var canonicalDirectory: String { root.appendingPathComponent("Plans/\(canonicalID)").path }

    static let sourceFileName = "nkpao-anti-corruption-plan-2566-2570.txt"

    /// The source text the canonical dataset was transcribed from: $PLANPRESS_PLAN_SOURCE, a copy beside the
    /// dataset, or the shared folder next to the repository (../shared/plan-source/, as plan.yaml's comment says).
    static func sourceTextPath() throws -> String {
        var candidates: [String] = []
        if let env = ProcessInfo.processInfo.environment["PLANPRESS_PLAN_SOURCE"] { candidates.append(env) }
        candidates += [
            root.appendingPathComponent("Plans/\(canonicalID)/source/\(sourceFileName)").path,
            root.appendingPathComponent("Tests/PlanImportTests/Fixtures/\(sourceFileName)").path,
            root.deletingLastPathComponent().appendingPathComponent("shared/plan-source/\(sourceFileName)").path,
        ]
        if let found = candidates.first(where: { FileManager.default.isReadableFile(atPath: $0) }) { return found }
        throw TestError("the plan's source text \(sourceFileName) was not found; looked in:\n  " + candidates.joined(separator: "\n  ")
                        + "\nset PLANPRESS_PLAN_SOURCE to its path")
    }

    static func temporaryDirectory(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("planimport-\(name)-\(UUID().uuidString.prefix(8))")
    }
}

struct TestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension XCTestCase {
    /// Prints a test's report unbuffered, so that it is not interleaved with XCTest's own lines.
    func report(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// A fresh temporary folder (not created) that is removed when the test ends.
    func scratchFolder(_ name: String = #function) -> URL {
        let url = ImportFixtures.temporaryDirectory(name.filter { $0.isLetter || $0.isNumber })
        if ProcessInfo.processInfo.environment["PLANPRESS_KEEP_TEST_FILES"] == nil {
            addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        }
        return url
    }

    /// Imports `text`, writes the dataset into `folder/<id>` and loads it back with PlanLoader.
    func importAndLoad(_ text: String, id: String, sourceName: String = "plan.txt", into folder: URL) throws -> (ImportResult, Plan, String) {
        let result = try PlanImporter.importPlan(text: text, sourceName: sourceName, planID: id)
        let directory = folder.appendingPathComponent(id).path
        try result.write(to: directory)
        let plan = try PlanLoader.load(directory: directory)
        return (result, plan, directory)
    }
}
