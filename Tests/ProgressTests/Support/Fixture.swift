import DataFiles
import Foundation
import PlanModel
import XCTest

/// A scratch copy of the canonical plan (plan.yaml and projects/, without its progress records) in a
/// temporary folder, into which a test writes a round's records.
struct Fixture {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var canonicalPlan: URL {
        let id = (try? String(contentsOf: repository.appendingPathComponent("Plans/default-plan"), encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return repository.appendingPathComponent("Plans/" + id)
    }

    /// The canonical plan as loaded from the repository (its example records included).
    static func loadCanonicalPlan() throws -> Plan {
        try PlanLoader.load(directory: canonicalPlan.path)
    }

    let directory: URL
    let fiscalYear: Int
    let round: ReportingRound

    init(fiscalYear: Int = 2566, round: ReportingRound = .sixMonths, name: String = #function) throws {
        let fm = FileManager.default
        directory = fm.temporaryDirectory
            .appendingPathComponent("progress-test-\(name.filter { $0.isLetter || $0.isNumber })-\(UUID().uuidString.prefix(8))")
        try fm.createDirectory(at: directory, withIntermediateDirectories: true)
        try fm.copyItem(at: Fixture.canonicalPlan.appendingPathComponent("plan.yaml"), to: directory.appendingPathComponent("plan.yaml"))
        try fm.copyItem(at: Fixture.canonicalPlan.appendingPathComponent("projects"), to: directory.appendingPathComponent("projects"))
        self.fiscalYear = fiscalYear
        self.round = round
        try fm.createDirectory(at: roundFolder, withIntermediateDirectories: true)
    }

    var roundFolder: URL { directory.appendingPathComponent(round.folder(fiscalYear: fiscalYear)) }

    /// The path messages name for a file of the round.
    func shown(_ name: String) -> String { directory.path + "/" + round.folder(fiscalYear: fiscalYear) + "/" + name }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: roundFolder.appendingPathComponent(name))
    }

    func write(_ name: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: roundFolder.appendingPathComponent(name))
    }

    /// Writes a file at `relative` inside the plan folder (a photo, say).
    func writeInPlan(_ relative: String, bytes: [UInt8]) throws {
        let url = directory.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func plan() throws -> Plan { try PlanLoader.load(directory: directory.path) }

    func inspect() throws -> (round: ProgressRound, diagnostics: [Diagnostic]) {
        ProgressLoader.inspect(plan: try plan(), fiscalYear: fiscalYear, round: round)
    }

    func load() throws -> ProgressRound {
        try ProgressLoader.load(plan: try plan(), fiscalYear: fiscalYear, round: round)
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }

    /// The smallest valid PNG: one white pixel.
    static let onePixelPNG: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90, 0x77, 0x53,
        0xDE, 0x00, 0x00, 0x00, 0x0C, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xFF, 0xFF, 0x3F,
        0x00, 0x05, 0xFE, 0x02, 0xFE, 0x0D, 0xEF, 0x46, 0xB8, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E,
        0x44, 0xAE, 0x42, 0x60, 0x82,
    ]
}

extension XCTestCase {
    /// A fixture removed when the test ends (kept when PLANPRESS_KEEP_TEST_FILES is set).
    func fixture(fiscalYear: Int = 2566, round: ReportingRound = .sixMonths, name: String = #function) throws -> Fixture {
        let fixture = try Fixture(fiscalYear: fiscalYear, round: round, name: name)
        if ProcessInfo.processInfo.environment["PLANPRESS_KEEP_TEST_FILES"] == nil {
            addTeardownBlock { fixture.remove() }
        }
        return fixture
    }

    /// Asserts that exactly one finding of `severity` contains `text`, at `file`, `line` (and `column` if given).
    @discardableResult
    func assertFinding(_ diagnostics: [Diagnostic], _ severity: Diagnostic.Severity = .error, containing text: String,
                       file: String, line: Int?, column: Int? = nil,
                       sourceFile: StaticString = #filePath, sourceLine: UInt = #line) -> Diagnostic? {
        let matches = diagnostics.filter { $0.severity == severity && $0.message.contains(text) }
        guard matches.count == 1, let found = matches.first else {
            XCTFail("expected one \(severity) containing \"\(text)\", found \(matches.count) in:\n" + diagnostics.map(\.description).joined(separator: "\n"),
                    file: sourceFile, line: sourceLine)
            return nil
        }
        XCTAssertEqual(found.location.file, file, found.description, file: sourceFile, line: sourceLine)
        XCTAssertEqual(found.location.line, line, found.description, file: sourceFile, line: sourceLine)
        if let column { XCTAssertEqual(found.location.column, column, found.description, file: sourceFile, line: sourceLine) }
        if let line { XCTAssertTrue(found.description.hasPrefix("\(file):\(line):"), found.description, file: sourceFile, line: sourceLine) }
        return found
    }
}
