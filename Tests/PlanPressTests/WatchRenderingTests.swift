import Foundation
import PlanPress
import TestSupport
import XCTest

/// `planpress render --watch`: renders again at each saved change, keeps the paragraphs it laid out,
/// and waits on a plan with errors without touching the PDFs of the last good render.
final class WatchRenderingTests: XCTestCase {
    /// Waits until `file` holds `count` lines containing `marker`; fails after `timeout` seconds.
    func waitFor(_ marker: String, count: Int, in file: URL, timeout: Double = 180) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            if text.components(separatedBy: "\n").filter({ $0.contains(marker) }).count >= count { return text }
            Thread.sleep(forTimeInterval: 0.2)
        }
        throw TestSetupError("no \(count)× “\(marker)” in \(file.path) after \(timeout) s: \((try? String(contentsOf: file, encoding: .utf8)) ?? "")")
    }

    func testRendersAgainAtEachSavedChangeAndWaitsOnErrors() throws {
        let home = try scratchHome()
        let out = home.appendingPathComponent("out")
        let sheet = "Plans/\(Workspace.defaultPlanID)/projects/01.yaml"
        let stdout = home.appendingPathComponent("watch.out"), stderr = home.appendingPathComponent("watch.err")
        _ = FileManager.default.createFile(atPath: stdout.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Workspace.binary)
        process.arguments = ["render", "projects", "--watch", "--watch-renders", "5", "-j", "1", "--out", out.path]
        process.environment = ProcessInfo.processInfo.environment.merging(["PLANPRESS_HOME": home.path, "PLANPRESS_LAYOUT_CACHE": Shell.layoutCache]) { $1 }
        process.currentDirectoryURL = home
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let pdf = PDFProbe(path: out.appendingPathComponent("projects/project-01.pdf").path)

        // 1: the first render lays everything out.
        var log = try waitFor("rendered 44 files", count: 1, in: stdout)
        XCTAssertFalse(try pdf.compactText().contains("ทดสอบการเฝ้าดู"))

        // 2: a saved change is rendered again, laying out only the paragraphs it changed.
        try Workspace.edit(sheet, in: home, replacing: "ข้าราชการที่ดี", with: "ข้าราชการที่ดีทดสอบการเฝ้าดู")
        log = try waitFor("rendered 44 files", count: 2, in: stdout)
        XCTAssertTrue(log.contains("changed: Plans/\(Workspace.defaultPlanID)/projects/01.yaml"), log)
        XCTAssertTrue(try pdf.compactText().contains("ทดสอบการเฝ้าดู"))
        let counts = log.components(separatedBy: "\n").filter { $0.contains("rendered 44 files") }.map { line -> (Int, Int) in
            let numbers = line.split { !$0.isNumber }.compactMap { Int($0) }
            return (numbers[numbers.count - 2], numbers[numbers.count - 1])   // reused, laid out
        }
        XCTAssertGreaterThan(counts[0].1, 500, "the first render lays every sheet out: \(log)")
        XCTAssertGreaterThan(counts[1].0, 20, log)
        XCTAssertLessThan(counts[1].1, 5, "only the changed name is laid out again: \(log)")
        XCTAssertTrue(log.contains("(1 written, 43 unchanged)"), "only the changed project's sheet is written again: \(log)")
        let good = try Data(contentsOf: URL(fileURLWithPath: pdf.path))
        let other = out.appendingPathComponent("projects/project-02.pdf").path
        let otherWritten = try FileManager.default.attributesOfItem(atPath: other)[.modificationDate] as? Date

        // A plan with an error is reported with its file and line; the last good PDF stays as it was.
        try Workspace.edit(sheet, in: home, replacing: "\nname:", with: "\nnmae:")
        log = try waitFor("not rendered", count: 1, in: stdout)
        let errors = try String(contentsOf: stderr, encoding: .utf8)
        XCTAssertTrue(errors.contains("01.yaml:"), errors)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: pdf.path)), good)

        // 4: fixed, it renders again, writing only the sheet it changed.
        try Workspace.edit(sheet, in: home, replacing: "\nnmae:", with: "\nname:")
        log = try waitFor("rendered 44 files", count: 3, in: stdout)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: other)[.modificationDate] as? Date, otherWritten,
                       "a sheet whose project did not change is left as it was")

        // 5: a layout changed: its measures do not show in the composed documents, so every sheet is written
        // (the fifth render, counting the failed one, ends this run), and the command exits 0.
        try Workspace.edit("Layouts/project-sheet.yaml", in: home, replacing: "\n", with: "\n# changed\n")
        process.waitUntilExit()
        log = try String(contentsOf: stdout, encoding: .utf8)
        XCTAssertTrue(log.contains("(44 written, 0 unchanged)"), log)

        // What the watching renders left is what one cold render of the same files writes, byte for byte.
        let cold = home.appendingPathComponent("cold")
        let result = try Workspace.planpress(["render", "projects", "-j", "1", "--out", cold.path], home: home)
        XCTAssertEqual(result.status, 0, result.stderr)
        for number in 1...44 {
            let name = "projects/project-" + (number < 10 ? "0" : "") + "\(number).pdf"
            XCTAssertEqual(try Data(contentsOf: out.appendingPathComponent(name)), try Data(contentsOf: cold.appendingPathComponent(name)),
                           "\(name) differs from a cold render")
        }
        let finalErrors = try String(contentsOf: stderr, encoding: .utf8)
        XCTAssertEqual(process.terminationStatus, 0, log + finalErrors)
        XCTAssertEqual(log.components(separatedBy: "\n").filter { $0.contains("rendered 44 files") }.count, 4, log)
    }
}
