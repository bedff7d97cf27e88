import Foundation
import TestSupport
import XCTest

/// Output is atomic: a render that is killed midway leaves the previous PDF byte for byte (and at most
/// its own `.partial` temporary file, which the next successful render of that target removes); two
/// renders into one folder at once never leave a mixed or truncated file.
final class AtomicOutputTests: XCTestCase {
    func home() throws -> CaseHome {
        let home = CaseHome(url: try Workspace.makeHome("atomic"))
        addTeardownBlock { try? FileManager.default.removeItem(at: home.url) }
        return home
    }

    func render(_ document: String, _ home: CaseHome) throws -> Data {
        let result = try Workspace.planpress(["render", document, "--out", "out"], home: home.url, timeout: 120)
        XCTAssertEqual(result.status, 0, result.stderr)
        let name = document == "book" ? "plan-book.pdf" : "\(document).pdf"
        return try Data(contentsOf: home.outURL.appendingPathComponent(name))
    }

    func outputFiles(_ home: CaseHome) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: home.outURL.path)) ?? []).sorted()
    }

    /// `planpress render book` killed with SIGKILL at several moments (laying out, writing): the previous
    /// book is untouched each time; then a render succeeds, gives the same bytes, and leaves no `.partial`.
    func testKilledRenderKeepsThePreviousBook() throws {
        let home = try home()
        let start = Date()
        let previous = try render("book", home)
        let duration = Date().timeIntervalSince(start)
        XCTAssertTrue(PDFText.isComplete(home.outURL.appendingPathComponent("plan-book.pdf").path))
        var killed = 0, partialsSeen = 0
        // From early (reading, laying out) to late (writing the PDF) in the render's run.
        for fraction in [0.15, 0.35, 0.55, 0.7, 0.8, 0.88, 0.94] {
            let delay = max(0.05, duration * fraction)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Workspace.binary)
            process.arguments = ["render", "book", "--out", "out"]
            process.environment = ProcessInfo.processInfo.environment.merging(["PLANPRESS_HOME": home.url.path, "PLANPRESS_LAYOUT_CACHE": Shell.layoutCache]) { $1 }
            process.currentDirectoryURL = home.url
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(delay * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killed += 1 }

            let now = try Data(contentsOf: home.outURL.appendingPathComponent("plan-book.pdf"))
            XCTAssertEqual(now, previous, "killed after \(delay) s: plan-book.pdf changed")
            let others = outputFiles(home).filter { $0 != "plan-book.pdf" }
            partialsSeen += others.count
            for name in others {
                XCTAssertTrue(name.hasPrefix(".plan-book.pdf.") && name.hasSuffix(".partial"),
                              "killed after \(delay) s: the output folder holds \(name)")
            }
        }
        XCTAssertGreaterThan(killed, 0, "no render was killed before it finished")
        print("killed \(killed) of 7 renders of the book (a render takes \(duration) s); \(partialsSeen) .partial file(s) seen")
        let again = try render("book", home)
        XCTAssertEqual(again, previous, "the same plan gave a different book")
        XCTAssertEqual(outputFiles(home), ["plan-book.pdf"], "stale .partial files were not cleaned up")
    }

    /// Two `planpress render announcement` at once into one folder, five times: both succeed, and the file
    /// is always complete and identical to a render made alone.
    func testConcurrentRendersIntoOneFolder() throws {
        let home = try home()
        let serial = try render("announcement", home)
        try FileManager.default.removeItem(at: home.outURL)
        for round in 1...5 {
            let processes = (0..<2).map { _ -> Process in
                let process = Process()
                process.executableURL = URL(fileURLWithPath: Workspace.binary)
                process.arguments = ["render", "announcement", "--out", "out"]
                process.environment = ProcessInfo.processInfo.environment.merging(["PLANPRESS_HOME": home.url.path, "PLANPRESS_LAYOUT_CACHE": Shell.layoutCache]) { $1 }
                process.currentDirectoryURL = home.url
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                return process
            }
            for process in processes { try process.run() }
            for process in processes { process.waitUntilExit() }
            for process in processes { XCTAssertEqual(process.terminationStatus, 0, "round \(round): a render failed") }
            let result = try Data(contentsOf: home.outURL.appendingPathComponent("announcement.pdf"))
            XCTAssertEqual(result, serial, "round \(round): the PDF differs from one rendered alone")
            XCTAssertEqual(outputFiles(home), ["announcement.pdf"], "round \(round): files left behind")
            if round.isMultiple(of: 2) { try FileManager.default.removeItem(at: home.outURL) } // the folder made by both at once
        }
    }

    /// A temporary file of a render that still runs (here: a process we start and keep alive) is not
    /// removed by another render's cleanup; one whose process has ended is.
    func testCleanupSparesRunningRenders() throws {
        let home = try home()
        try FileManager.default.createDirectory(at: home.outURL, withIntermediateDirectories: true)
        let sleeper = Process()
        sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
        sleeper.arguments = ["30"]
        try sleeper.run()
        defer { sleeper.terminate(); sleeper.waitUntilExit() }
        let running = ".announcement.pdf.\(sleeper.processIdentifier).1.partial"
        let ended = ".announcement.pdf.\(DeadProcess.id()).2.partial"
        let unrelated = ".announcement.pdf.notes.partial"
        for name in [running, ended, unrelated] { try home.write("out/\(name)", "partial") }
        _ = try render("announcement", home)
        XCTAssertEqual(Set(outputFiles(home)), ["announcement.pdf", running, unrelated])
    }
}
