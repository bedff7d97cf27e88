import Foundation
@testable import PDFExport
import TestSupport
import XCTest

/// Finished files handed to `FileCommits` are flushed and renamed on a thread of their own: after
/// `finish()` each target is its new complete file, a target that cannot take its file is reported by
/// name and keeps what it had, and no temporary file is left.
final class FileCommitsTests: XCTestCase {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-commits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testEveryFileIsInPlaceAfterFinishAndOldOnesAreReplaced() throws {
        let out = try folder()
        let commits = FileCommits()
        try Data("old".utf8).write(to: out.appendingPathComponent("file-3.txt"))
        var sizes: [Int] = []
        for k in 0..<40 {
            let text = "file \(k) " + String(repeating: "x", count: k * 100)
            sizes.append(try AtomicFile.write(to: out.appendingPathComponent("file-\(k).txt").path, commits: commits) { temporary in
                try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
            })
        }
        try commits.finish()
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        XCTAssertEqual(names, (0..<40).map { "file-\($0).txt" }.sorted(), "only the targets, no .partial file")
        for k in 0..<40 {
            let text = try String(contentsOf: out.appendingPathComponent("file-\(k).txt"), encoding: .utf8)
            XCTAssertEqual(text, "file \(k) " + String(repeating: "x", count: k * 100))
            XCTAssertEqual(sizes[k], text.utf8.count, "the size write(to:commits:) gave for file \(k)")
        }
        // The commits take more files after a finish.
        try AtomicFile.write(to: out.appendingPathComponent("later.txt").path, commits: commits) { temporary in
            try Data("later".utf8).write(to: URL(fileURLWithPath: temporary))
        }
        try commits.finish()
        XCTAssertEqual(try String(contentsOf: out.appendingPathComponent("later.txt"), encoding: .utf8), "later")
    }

    func testATargetThatCannotTakeItsFileIsReportedAndTheOthersLand() throws {
        let out = try folder()
        let commits = FileCommits()
        // A folder where the second file goes: its rename fails.
        try FileManager.default.createDirectory(at: out.appendingPathComponent("b.pdf/keep"), withIntermediateDirectories: true)
        for name in ["a.pdf", "b.pdf", "c.pdf"] {
            try AtomicFile.write(to: out.appendingPathComponent(name).path, commits: commits) { temporary in
                try Data("%PDF-1.5\n\(name)\n%%EOF\n".utf8).write(to: URL(fileURLWithPath: temporary))
            }
        }
        XCTAssertThrowsError(try commits.finish()) { error in
            XCTAssertTrue("\(error)".contains("b.pdf: a folder of that name is in the way"), "\(error)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted(), ["a.pdf", "b.pdf", "c.pdf"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("b.pdf").path), ["keep"])
        XCTAssertEqual(try String(contentsOf: out.appendingPathComponent("c.pdf"), encoding: .utf8), "%PDF-1.5\nc.pdf\n%%EOF\n")
        // The failure was reported once: the next finish has nothing to report.
        XCTAssertNoThrow(try commits.finish())
    }

    func testStalePartialsOfTheTargetsWrittenAreRemovedAtFinish() throws {
        let out = try folder()
        let dead = DeadProcess.id()
        let stale = ".a.b.pdf.\(dead).42.partial"          // the target's name holds a dot
        let running = ".a.b.pdf.1.43.partial"              // pid 1 always runs
        let otherTarget = ".c.pdf.\(dead).44.partial"      // a target this render did not write
        for name in [stale, running, otherTarget] { try Data("partial".utf8).write(to: out.appendingPathComponent(name)) }
        let commits = FileCommits()
        try AtomicFile.write(to: out.appendingPathComponent("a.b.pdf").path, commits: commits) { temporary in
            try Data("%PDF-1.5\n%%EOF\n".utf8).write(to: URL(fileURLWithPath: temporary))
        }
        try commits.finish()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted(), [running, otherTarget, "a.b.pdf"].sorted())
    }
}
