import Foundation
import Yams

/// A YAML file parsed into nodes that remember their line and column, so that every complaint about
/// a value can name where it is.
public struct YAMLFile: Sendable {
    public let path: String
    public let root: YAMLValue

    /// Reads and parses `path`. Throws a `Diagnostic` naming the file (and line) when the file cannot
    /// be read, is not UTF-8, is empty, or is not valid YAML.
    public static func load(path: String, displayPath: String? = nil) throws(Diagnostic) -> YAMLFile {
        let shown = displayPath ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw .error(SourceLocation(file: shown), exists
                ? "cannot read the file (check its permissions)"
                : "no such file")
        }
        return try parse(data: data, path: shown)
    }

    public static func parse(data: Data, path: String) throws(Diagnostic) -> YAMLFile {
        guard let text = String(data: data, encoding: .utf8) else {
            throw .error(firstInvalidUTF8(data, file: path), "the file is not valid UTF-8 text; save it as UTF-8")
        }
        return try parse(text: text, path: path)
    }

    public static func parse(text: String, path: String) throws(Diagnostic) -> YAMLFile {
        if let (line, column) = firstControlCharacter(text) {
            throw .error(SourceLocation(file: path, line: line, column: column),
                         "control character in the text (a NUL or other invisible byte); remove it")
        }
        if text.contains("*") && text.range(of: #"(^|[\s\[{,:-])\*[A-Za-z0-9_]"#, options: .regularExpression) != nil
            && text.range(of: #"(^|\s)&[A-Za-z0-9_]"#, options: .regularExpression) != nil {
            // Anchors and aliases are not part of the format; refusing them also stops alias bombs.
            let line = text.split(separator: "\n", omittingEmptySubsequences: false)
                .firstIndex { $0.range(of: #"(^|\s)&[A-Za-z0-9_]"#, options: .regularExpression) != nil }
            throw .error(SourceLocation(file: path, line: line.map { $0 + 1 }),
                         "YAML anchors and aliases (&name / *name) are not allowed in PlanPress files; write the value out")
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw diagnostic(for: error, path: path)
        } catch {
            throw .error(SourceLocation(file: path), "cannot parse YAML: \(error)")
        }
        guard let node else {
            throw .error(SourceLocation(file: path, line: 1, column: 1), "the file is empty")
        }
        return YAMLFile(path: path, root: YAMLValue(node: node, file: path, key: nil))
    }

    private static func diagnostic(for error: YamlError, path: String) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return .error(SourceLocation(file: path, line: mark.line, column: mark.column), "YAML syntax error: \(what)")
        case let .composer(context, problem, mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return .error(SourceLocation(file: path, line: mark.line, column: mark.column), "YAML error: \(what)")
        case let .reader(problem, offset, value, _):
            return .error(SourceLocation(file: path), "YAML reader error: \(problem) (byte \(offset ?? 0), value \(value))")
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error(SourceLocation(file: path, line: context.mark.line, column: context.mark.column),
                          "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping; keep one")
        default:
            return .error(SourceLocation(file: path), "YAML error: \(error)")
        }
    }

    private static func firstInvalidUTF8(_ data: Data, file: String) -> SourceLocation {
        var line = 1
        var start = data.startIndex
        for (i, byte) in zip(data.indices, data) where byte == 0x0A {
            if String(data: data[start..<i], encoding: .utf8) == nil { break }
            line += 1
            start = data.index(after: i)
        }
        return SourceLocation(file: file, line: line)
    }

    private static func firstControlCharacter(_ text: String) -> (Int, Int)? {
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" { line += 1; column = 1; continue }
            let v = scalar.value
            if (v < 0x20 && scalar != "\t" && scalar != "\r") || v == 0x7F || (v >= 0x80 && v < 0xA0) || v == 0xFFFE || v == 0xFFFF {
                return (line, column)
            }
            column += 1
        }
        return nil
    }
}
