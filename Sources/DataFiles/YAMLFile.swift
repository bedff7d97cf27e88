import Foundation
import Yams

/// A YAML file parsed into nodes that remember their line and column, so that every complaint about
/// a value can name where it is.
public struct YAMLFile: Sendable {
    public let path: String
    public let root: YAMLValue

    /// The largest YAML file PlanPress reads. A plan's biggest file is a few hundred kilobytes; anything
    /// near this is not a dataset (and reading it whole would only exhaust memory).
    public static let maximumFileBytes = 32 << 20

    /// Reads and parses `path`. Throws a `Diagnostic` naming the file (and line) when the file cannot
    /// be read, is not a regular file (a folder, a device such as /dev/zero, a named pipe that would
    /// block), is larger than `maximumFileBytes`, is not UTF-8, is empty, or is not valid YAML.
    public static func load(path: String, displayPath: String? = nil) throws(Diagnostic) -> YAMLFile {
        let shown = displayPath ?? path
        let data = try readRegularFile(path: path, displayPath: shown, limit: maximumFileBytes)
        return try parse(data: data, path: shown)
    }

    /// The bytes of a regular file, refusing what is not one (a folder, a device, a pipe, a socket), a
    /// file larger than `limit`, a file that does not exist and one that cannot be read, each with a
    /// message naming the file. Symbolic links are followed.
    public static func readRegularFile(path: String, displayPath: String? = nil, limit: Int) throws(Diagnostic) -> Data {
        let location = SourceLocation(file: displayPath ?? path)
        var info = stat()
        guard stat(path, &info) == 0 else {
            let reason = errno
            if reason == ENOENT || reason == ENOTDIR {
                var link = stat()
                throw .error(location, lstat(path, &link) == 0
                    ? "no such file: it is a symbolic link to something that does not exist"
                    : "no such file")
            }
            if reason == EACCES { throw .error(location, "cannot read the file (check its permissions)") }
            throw .error(location, "cannot read the file: \(String(cString: strerror(reason)))")
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .error(location, "this is a folder, not a file")
        default: throw .error(location, "not a regular file (a device, pipe or socket); give a file saved by an editor")
        }
        guard info.st_size <= limit else {
            throw .error(location, "the file is \(megabytes(Int(info.st_size))) MB; PlanPress reads files of at most \(megabytes(limit)) MB — this is not a plan file")
        }
        // O_NONBLOCK: if the file is swapped for a pipe between stat and open, opening does not wait for a writer.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let reason = errno
            throw .error(location, reason == EACCES ? "cannot read the file (check its permissions)"
                                                    : "cannot read the file: \(String(cString: strerror(reason)))")
        }
        defer { close(fd) }
        var opened = stat()
        guard fstat(fd, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG else {
            throw .error(location, "not a regular file (a device, pipe or socket); give a file saved by an editor")
        }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = errno
                throw .error(location, reason == EISDIR ? "this is a folder, not a file"
                                                        : "cannot read the file: \(String(cString: strerror(reason)))")
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
            guard data.count <= limit else {
                throw .error(location, "the file is larger than \(megabytes(limit)) MB; PlanPress reads files of at most \(megabytes(limit)) MB — this is not a plan file")
            }
        }
        return data
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }

    public static func parse(data: Data, path: String) throws(Diagnostic) -> YAMLFile {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
            || data.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            throw .error(SourceLocation(file: path, line: 1, column: 1),
                         "the file is UTF-16 (or UTF-32) text, not UTF-8; save it as UTF-8")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let (line, column, looksThai) = firstInvalidUTF8(data)
            throw .error(SourceLocation(file: path, line: line, column: column),
                         looksThai ? "the file is not valid UTF-8 text: it looks like Thai saved as Windows-874 (ANSI, TIS-620); save it as UTF-8"
                                   : "the file is not valid UTF-8 text (binary data, or another encoding); save it as UTF-8")
        }
        return try parse(text: text, path: path)
    }

    public static func parse(text: String, path: String) throws(Diagnostic) -> YAMLFile {
        if let (line, column) = firstControlCharacter(text) {
            throw .error(SourceLocation(file: path, line: line, column: column),
                         "control character in the text (a NUL or other invisible byte); remove it")
        }
        if let alias = firstAlias(text) {
            // Anchors and aliases are not part of the format; refusing them also stops alias bombs (a few
            // lines that expand to billions of values), before anything expands them.
            throw .error(SourceLocation(file: path, line: alias.line, column: alias.column),
                         "YAML anchors and aliases (&\(alias.name) / *\(alias.name)) are not allowed in PlanPress files; write the value out")
        }
        let node: Node?
        do {
            // The encoding given: Yams's default reads the whole process environment on every parse.
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
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
        case let .parser(_, problem, mark, _) where problem.contains("Maximum nesting level"):
            return .error(SourceLocation(file: path, line: mark.line, column: mark.column),
                          "the values nest more than 1000 levels deep (lists in lists, or mappings in mappings); a PlanPress file nests a few levels")
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            // A quoted value or a [ … ] / { … } that never closes is found wrong only where the parser gives
            // up (often the end of the file): name where it opened, which is where the mistake is.
            if let context, context.mark.line != mark.line,
               context.text.contains("quoted scalar") || context.text.contains("flow sequence") || context.text.contains("flow mapping") {
                let opened = context.text.contains("quoted scalar") ? "a quoted value" : context.text.contains("flow sequence") ? "a [ … ] list" : "a { … } mapping"
                return .error(SourceLocation(file: path, line: context.mark.line, column: context.mark.column),
                              "YAML syntax error: \(opened) opened here is not closed (\(problem) at line \(mark.line)); close it, or quote text that holds \" ' [ ] { } or a comma")
            }
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

    /// The line and column (in characters) of the first byte that is not UTF-8, and whether the bytes
    /// look like Thai in a legacy 8-bit code page (most bytes ≥ 0x80 within Windows-874's Thai range).
    static func firstInvalidUTF8(_ data: Data) -> (line: Int, column: Int, looksThai: Bool) {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var line = 1, column = 1
        var result: (Int, Int)?
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                break loop
            case .error:
                result = (line, column)
                break loop
            }
        }
        let high = data.filter { $0 >= 0x80 }
        let thai = high.filter { (0xA1...0xFB).contains($0) }
        let looksThai = !high.isEmpty && thai.count * 10 >= high.count * 9 && !data.contains(0)
        return (result?.0 ?? line, result?.1 ?? column, looksThai)
    }

    /// The first alias (`*name`) that refers to an anchor (`&name`) of the text, found by scanning the text
    /// the way libyaml's scanner finds these tokens (the indicator at the start of a token, followed by
    /// `[0-9A-Za-z_-]+`). It errs on the side of finding: the same characters inside a quoted string that
    /// also name an anchor count too, which no real plan text does. Works on the UTF-8 bytes (the
    /// indicators and names are ASCII), columns counted in characters.
    static func firstAlias(_ text: String) -> (line: Int, column: Int, name: String)? {
        var copy = text
        return copy.withUTF8 { bytes -> (line: Int, column: Int, name: String)? in
            guard let base = bytes.baseAddress, memchr(base, Int32(UInt8(ascii: "*")), bytes.count) != nil,
                  memchr(base, Int32(UInt8(ascii: "&")), bytes.count) != nil else { return nil }
            func isNameByte(_ b: UInt8) -> Bool {
                (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2D
            }
            /// A token may start after the start of the text, a blank or line break (U+2028/2029 too), a
            /// flow indicator, `:`, `-`, `?` or a byte-order mark.
            func startsToken(at i: Int) -> Bool {
                guard i > 0 else { return true }
                switch bytes[i - 1] {
                case 0x20, 0x09, 0x0A, 0x0D, 0x5B, 0x7B, 0x2C, 0x3A, 0x2D, 0x3F: return true
                case 0xA8, 0xA9: return i >= 3 && bytes[i - 3] == 0xE2 && bytes[i - 2] == 0x80
                case 0xBF: return i >= 3 && bytes[i - 3] == 0xEF && bytes[i - 2] == 0xBB
                default: return false
                }
            }
            var anchors = Set<String>()
            var aliases: [(line: Int, column: Int, name: String)] = []
            var line = 1, column = 1
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if (b == 0x26 || b == 0x2A) && startsToken(at: i) {
                    var j = i + 1
                    while j < bytes.count && isNameByte(bytes[j]) { j += 1 }
                    if j > i + 1 {
                        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<j]), as: UTF8.self)
                        if b == 0x26 { anchors.insert(name) } else { aliases.append((line, column, name)) }
                        column += j - i
                        i = j
                        continue
                    }
                }
                if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
            return aliases.first { anchors.contains($0.name) }
        }
    }

    /// The line and column of the first control character: C0 controls but tab, CR and LF; DEL; C1
    /// controls (U+0080–U+009F); the non-characters U+FFFE and U+FFFF. Works on the UTF-8 bytes.
    private static func firstControlCharacter(_ text: String) -> (Int, Int)? {
        var copy = text
        return copy.withUTF8 { bytes -> (Int, Int)? in
            var line = 1, column = 1
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x0A { line += 1; column = 1; i += 1; continue }
                if (b < 0x20 && b != 0x09 && b != 0x0D) || b == 0x7F { return (line, column) }
                if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9F { return (line, column) }
                if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF { return (line, column) }
                if b & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
            return nil
        }
    }
}
