import Foundation
import TestSupport

/// One hostile or broken input: how to break a fresh project home, the command to run on it, and what
/// must happen — an error naming the file, line and problem with exit status 1, or (for input that is
/// valid however extreme) a correct PDF with exit status 0. Never a crash, a hang or a half-written file.
struct CorpusCase {
    enum Category: String, CaseIterable {
        case plan, project, layout, progress, image, files, output, extreme
    }

    let category: Category
    let name: String
    /// The command's arguments; `render` gets `--out out` added (the home's `out/` folder).
    let command: [String]
    var runner: Runner = .normal
    /// Breaks the home and says what must happen.
    let setup: (CaseHome) throws -> Expectation

    var id: String { "\(category.rawValue)/\(name)" }

    var arguments: [String] { command.first == "render" && !command.contains("--out") ? command + ["--out", "out"] : command }

    init(_ category: Category, _ name: String, _ command: [String], runner: Runner = .normal,
         _ setup: @escaping (CaseHome) throws -> Expectation) {
        self.category = category; self.name = name; self.command = command; self.runner = runner; self.setup = setup
    }
}

/// What a case must end with.
struct Expectation {
    /// 0 or 1.
    var exitCode: Int32
    /// For errors: the file the message names (a path suffix such as `projects/03.yaml`) and its line.
    var file: String?
    var line: Int?
    /// Text the output (stdout and stderr together) must contain.
    var fragments: [String]
    /// More checks after the run (the PDF's pages and text, files left in the output folder).
    var check: ((CaseHome, Shell.Result) throws -> Void)?

    /// Exit 1 with `file:line:` (or just the file when the problem has no line) and every fragment.
    static func error(_ file: String?, line: Int? = nil, _ fragments: String...,
                      check: ((CaseHome, Shell.Result) throws -> Void)? = nil) -> Expectation {
        Expectation(exitCode: 1, file: file, line: line, fragments: fragments, check: check)
    }

    /// Exit 0, every fragment in the output, then `check`.
    static func success(_ fragments: String..., check: ((CaseHome, Shell.Result) throws -> Void)? = nil) -> Expectation {
        Expectation(exitCode: 0, file: nil, line: nil, fragments: fragments, check: check)
    }

    /// The text `file:line:` the output must hold, or nil.
    var locationText: String? {
        guard let file else { return nil }
        return line.map { "\(file):\($0):" } ?? file
    }
}

/// Signs of a crash rather than an error message.
enum CrashSigns {
    static let all = ["Fatal error", "Backtracing", "Program crashed", "Segmentation fault", "CRITICAL", "Illegal instruction",
                      "Swift runtime failure", "Assertion failed", "Precondition failed"]

    static func find(in output: String) -> String? { all.first { output.contains($0) } }
}
