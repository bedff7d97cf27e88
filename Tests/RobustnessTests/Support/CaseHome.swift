import Foundation
import TestSupport

/// A scratch project home as one corpus case sees it: helpers to break its files and to find where the
/// breakage is (the line a diagnostic must name).
struct CaseHome {
    let url: URL

    var planID: String { Workspace.defaultPlanID }
    /// The plan folder, relative to the home.
    var planPath: String { "Plans/\(planID)" }
    var planURL: URL { url.appendingPathComponent(planPath) }
    /// Where renders write (`--out out`).
    var outURL: URL { url.appendingPathComponent("out") }

    func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(relative), encoding: .utf8)
    }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, Data(text.utf8))
    }

    func write(_ relative: String, _ data: Data) throws {
        let target = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: target)
        try data.write(to: target)
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(at: url.appendingPathComponent(relative))
    }

    /// Replaces the first occurrence of `old` and returns the 1-based line where the replacement starts.
    @discardableResult
    func edit(_ relative: String, _ old: String, _ new: String) throws -> Int {
        let text = try read(relative)
        guard let range = text.range(of: old) else { throw TestSetupError("\(relative) does not contain \(old.debugDescription)") }
        let line = text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
        try write(relative, text.replacingCharacters(in: range, with: new))
        return line
    }

    /// Replaces the first line that starts with `prefix` and returns its 1-based number.
    @discardableResult
    func replaceLine(startingWith prefix: String, in relative: String, with new: String) throws -> Int {
        var lines = try read(relative).components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.hasPrefix(prefix) }) else {
            throw TestSetupError("\(relative) has no line starting with \(prefix.debugDescription)")
        }
        lines[index] = new
        try write(relative, lines.joined(separator: "\n"))
        return index + 1
    }

    /// The 1-based line of the first occurrence of `text` in a file.
    func line(of text: String, in relative: String) throws -> Int {
        let content = try read(relative)
        guard let range = content.range(of: text) else { throw TestSetupError("\(relative) does not contain \(text.debugDescription)") }
        return content[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }

    /// Appends text to a file and returns the line where it starts.
    @discardableResult
    func append(_ relative: String, _ text: String) throws -> Int {
        var content = try read(relative)
        if !content.hasSuffix("\n") { content += "\n" }
        let line = content.filter { $0 == "\n" }.count + 1
        try write(relative, content + text)
        return line
    }

    /// Adds `emblem: <path>` to the organization and returns its line in plan.yaml.
    @discardableResult
    func setEmblem(_ path: String) throws -> Int {
        try edit("\(planPath)/plan.yaml", "  province:", "  emblem: \(path)\n  province:")
    }

    /// A small valid PNG inside the plan folder.
    func writePNG(_ relative: String, width: Int = 40, height: Int = 40) throws {
        let target = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try PNGFile.write(to: target, width: width, height: height) { x, y in (UInt8(x * 255 / max(width, 1)), UInt8(y * 255 / max(height, 1)), 128) }
    }

    /// A file the tests' unprivileged user cannot read (mode 000).
    func makeUnreadable(_ relative: String) {
        chmod(path(relative), 0)
    }

    /// A named pipe: opening it for reading waits for a writer that never comes.
    func makeFIFO(_ relative: String) throws {
        try? remove(relative)
        guard mkfifo(path(relative), 0o644) == 0 else { throw TestSetupError("mkfifo \(relative) failed") }
    }

    func symlink(_ relative: String, to destination: String) throws {
        try? remove(relative)
        try FileManager.default.createSymbolicLink(atPath: path(relative), withDestinationPath: destination)
    }

    /// A copy of project 1 with `number` and any replacements, as `projects/NN.yaml` text.
    func project(_ number: Int, replacing replacements: [(String, String)] = []) throws -> String {
        var text = try read("\(planPath)/projects/01.yaml")
        text = text.replacingOccurrences(of: "number: 1\n", with: "number: \(number)\n")
        for (old, new) in replacements {
            guard text.contains(old) else { throw TestSetupError("project 1 does not contain \(old.debugDescription)") }
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }
}
