import DataFiles
import Foundation
import XCTest
@testable import PlanModel

/// The repository's canonical dataset, and broken copies of it made one textual edit at a time.
enum Dataset {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var plansDirectory: URL { root.appendingPathComponent("Plans") }

    static var canonicalID: String {
        (try? String(contentsOf: plansDirectory.appendingPathComponent("default-plan"), encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    static var canonical: URL { plansDirectory.appendingPathComponent(canonicalID) }

    /// Every dataset folder under Plans/ (a folder holding plan.yaml).
    static var all: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: plansDirectory.path)) ?? []
        return names.sorted().map { plansDirectory.appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent("plan.yaml").path) }
    }

    static func loadCanonical() throws -> Plan {
        do { return try PlanLoader.load(directory: canonical.path) } catch { throw TestFailure(error.description) }
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A temporary copy of the canonical dataset that a test edits; removed when the test ends.
final class BrokenCopy {
    let directory: URL

    init(_ name: String = #function) throws {
        let fm = FileManager.default
        directory = fm.temporaryDirectory.appendingPathComponent(
            "planpress-validate-\(name.filter { $0.isLetter || $0.isNumber })-\(UUID().uuidString.prefix(8))")
        try fm.copyItem(at: Dataset.canonical, to: directory)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func url(_ file: String) -> URL { directory.appendingPathComponent(file) }

    func read(_ file: String) throws -> String { try String(contentsOf: url(file), encoding: .utf8) }

    func write(_ file: String, _ text: String) throws {
        try FileManager.default.createDirectory(at: url(file).deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url(file), atomically: true, encoding: .utf8)
    }

    /// Replaces the first occurrence of `old` in `file` (which must contain it) and returns the 1-based line
    /// where the replacement starts.
    @discardableResult
    func edit(_ file: String, _ old: String, _ new: String) throws -> Int {
        let text = try read(file)
        guard let range = text.range(of: old) else { throw TestFailure("\(file) does not contain \(old)") }
        try write(file, text.replacingCharacters(in: range, with: new))
        return text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }

    /// The 1-based line of the first occurrence of `needle` in `file`.
    func line(of needle: String, in file: String) throws -> Int {
        let text = try read(file)
        guard let range = text.range(of: needle) else { throw TestFailure("\(file) does not contain \(needle)") }
        return text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }

    func remove(_ file: String) throws { try FileManager.default.removeItem(at: url(file)) }

    func move(_ file: String, to other: String) throws { try FileManager.default.moveItem(at: url(file), to: url(other)) }

    func load() throws(Diagnostic) -> Plan { try PlanLoader.load(directory: directory.path) }

    /// Loads the copy (which must load) and validates it.
    func validate(file: StaticString = #filePath, line: UInt = #line) throws -> [Diagnostic] {
        do {
            return PlanValidator.validate(try load())
        } catch {
            XCTFail("the broken copy should load, but: \(error.description)", file: file, line: line)
            throw error
        }
    }

    /// The loader's error for the copy (which must fail to load).
    func loadError(file: StaticString = #filePath, line: UInt = #line) throws -> Diagnostic {
        do {
            _ = try load()
        } catch {
            return error
        }
        XCTFail("the broken copy should not load", file: file, line: line)
        throw TestFailure("loaded")
    }
}

/// Asserts that exactly one finding of `severity` is at `file:line` with a message holding each of `phrases`.
@discardableResult
func assertFinding(_ findings: [Diagnostic], _ severity: Diagnostic.Severity, _ file: String, line: Int,
                   _ phrases: String..., file sourceFile: StaticString = #filePath, line sourceLine: UInt = #line) -> Diagnostic? {
    let matching = findings.filter { d in
        d.severity == severity && d.location.file.hasSuffix("/" + file) && phrases.allSatisfy { d.message.contains($0) }
    }
    let listing = findings.map(\.description).joined(separator: "\n")
    guard let found = matching.first else {
        XCTFail("no \(severity) in \(file) saying \(phrases); findings:\n\(listing)", file: sourceFile, line: sourceLine)
        return nil
    }
    XCTAssertEqual(matching.count, 1, "expected one such finding:\n\(listing)", file: sourceFile, line: sourceLine)
    XCTAssertEqual(found.location.line, line, "wrong line for: \(found)", file: sourceFile, line: sourceLine)
    XCTAssertNotNil(found.location.column, "no column in: \(found)", file: sourceFile, line: sourceLine)
    XCTAssertTrue(found.description.contains(":\(line):"), found.description, file: sourceFile, line: sourceLine)
    return found
}

/// Asserts a loader diagnostic is at `file:line` and says each of `phrases`.
func assertLoadError(_ error: Diagnostic, _ file: String, line: Int, _ phrases: String...,
                     file sourceFile: StaticString = #filePath, line sourceLine: UInt = #line) {
    XCTAssertEqual(error.severity, .error, file: sourceFile, line: sourceLine)
    XCTAssertTrue(error.location.file.hasSuffix("/" + file), "wrong file: \(error)", file: sourceFile, line: sourceLine)
    XCTAssertEqual(error.location.line, line, "wrong line: \(error)", file: sourceFile, line: sourceLine)
    for phrase in phrases {
        XCTAssertTrue(error.message.contains(phrase), "'\(phrase)' not in: \(error)", file: sourceFile, line: sourceLine)
    }
}

extension Array where Element == Diagnostic {
    var errors: [Diagnostic] { filter { $0.severity == .error } }
    var warnings: [Diagnostic] { filter { $0.severity == .warning } }
}
