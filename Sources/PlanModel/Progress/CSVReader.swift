import DataFiles

/// The character encodings a records CSV may be saved in.
public enum CSVEncoding: String, Sendable, Hashable {
    /// UTF-8 without a byte-order mark (LibreOffice, most editors).
    case utf8 = "UTF-8"
    /// UTF-8 starting with the byte-order mark EF BB BF (Excel's "CSV UTF-8").
    case utf8WithBOM = "UTF-8 with BOM"
    /// Windows-874 / TIS-620 (Thai Excel's plain "CSV").
    case windows874 = "Windows-874"
}

/// One field of a CSV file: its text (quotes removed, doubled quotes undone, line breaks inside quotes
/// kept as "\n") and where it starts.
public struct CSVField: Sendable, Hashable {
    public var value: String
    /// 1-based line and column (Unicode scalars) of the field's first character (its opening quote if quoted).
    public var line: Int
    public var column: Int
    public var wasQuoted: Bool

    public init(value: String, line: Int, column: Int, wasQuoted: Bool = false) {
        self.value = value; self.line = line; self.column = column; self.wasQuoted = wasQuoted
    }
}

/// One record (row) of a CSV file. A quoted field may span lines, so `line` is where the row starts.
public struct CSVRow: Sendable, Hashable {
    public var line: Int
    public var fields: [CSVField]
    /// True when every field is empty or white space (Excel writes such rows as `,,,,`).
    public var isBlank: Bool { fields.allSatisfy { $0.value.allSatisfy(\.isWhitespace) } }
}

/// Reads CSV as RFC 4180 defines it: fields separated by commas (`;` is an ordinary character), records by
/// CRLF, LF or CR; a field in double quotes may hold commas, line breaks and quotes written twice (`""`).
/// A quote inside an unquoted field is kept as an ordinary character.
public enum CSVReader {
    /// Decodes and parses a file's bytes. See `decode(_:file:)` and `parse(_:file:)`.
    public static func read(_ bytes: [UInt8], file: String) throws(Diagnostic) -> (rows: [CSVRow], encoding: CSVEncoding) {
        let (text, encoding) = try decode(bytes, file: file)
        return (try parse(text, file: file), encoding)
    }

    /// Decodes a CSV file: UTF-8 with a byte-order mark; else valid UTF-8; else Windows-874 (Thai Excel's
    /// "CSV"). UTF-16 (Excel's "Unicode Text") is refused with advice, as is a byte neither encoding defines.
    public static func decode(_ bytes: [UInt8], file: String) throws(Diagnostic) -> (text: String, encoding: CSVEncoding) {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw .error(SourceLocation(file: file, line: 1, column: 1),
                         "the file is an Excel workbook (.xlsx or .xls) with a .csv name, not CSV text; open it in Excel and save it as \"CSV UTF-8 (Comma delimited)\"")
        }
        if bytes.prefix(8192).lazy.filter({ $0 == 0 }).count >= 8, !(bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])) {
            throw .error(SourceLocation(file: file, line: 1, column: 1),
                         "the file holds binary data (NUL bytes), not CSV text; save the spreadsheet as \"CSV UTF-8 (Comma delimited)\"")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw .error(SourceLocation(file: file, line: 1, column: 1),
                         "the file is UTF-16 text (Excel's \"Unicode Text\"); save it as \"CSV UTF-8 (Comma delimited)\"")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = bytes.dropFirst(3)
            if let bad = firstInvalidUTF8(body) {
                throw .error(SourceLocation(file: file, line: bad.line, column: bad.column),
                             "the file starts with a UTF-8 byte-order mark but is not valid UTF-8 from here; save it again as \"CSV UTF-8\"")
            }
            return (String(decoding: body, as: UTF8.self), .utf8WithBOM)
        }
        if firstInvalidUTF8(bytes) == nil {
            return (String(decoding: bytes, as: UTF8.self), .utf8)
        }
        do {
            return (try Windows874.decode(bytes), .windows874)
        } catch {
            let hex = String(error.byte, radix: 16, uppercase: true)
            throw .error(SourceLocation(file: file, line: error.line, column: error.column),
                         "byte 0x\(hex) is neither UTF-8 nor Windows-874 (Thai) text; save the file as \"CSV UTF-8 (Comma delimited)\"")
        }
    }

    /// Splits decoded text into rows of fields. A byte-order mark at the start is ignored; a final line
    /// break does not make an empty last row. Throws for a quoted field that never closes and for text
    /// after a closing quote (`"abc"def`).
    public static func parse(_ text: String, file: String) throws(Diagnostic) -> [CSVRow] {
        var s = Array(text.unicodeScalars)
        if s.first == "\u{FEFF}" { s.removeFirst() }
        var rows: [CSVRow] = []
        var fields: [CSVField] = []
        var value = String.UnicodeScalarView()
        var line = 1, column = 1
        var rowLine = 1, fieldLine = 1, fieldColumn = 1
        var quoted = false, inQuotes = false, closed = false

        func endField() {
            fields.append(CSVField(value: String(value), line: fieldLine, column: fieldColumn, wasQuoted: quoted))
            value = String.UnicodeScalarView()
            quoted = false; closed = false
            fieldLine = line; fieldColumn = column
        }

        var i = 0
        while i < s.count {
            let c = s[i]
            let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
            if inQuotes {
                if isControl(c) {
                    throw .error(SourceLocation(file: file, line: line, column: column),
                                 "control character U+\(String(c.value, radix: 16, uppercase: true).leftPadded(4)) (an invisible byte such as NUL) in the text; remove it")
                }
                switch c {
                case "\"" where next == "\"":
                    value.append("\""); i += 2; column += 2
                case "\"":
                    inQuotes = false; closed = true; i += 1; column += 1
                case "\r", "\n":
                    value.append("\n")
                    i += (c == "\r" && next == "\n") ? 2 : 1
                    line += 1; column = 1
                default:
                    value.append(c); i += 1; column += 1
                }
                continue
            }
            if isControl(c) {
                throw .error(SourceLocation(file: file, line: line, column: column),
                             "control character U+\(String(c.value, radix: 16, uppercase: true).leftPadded(4)) (an invisible byte such as NUL) in the text; remove it")
            }
            switch c {
            case ",":
                i += 1; column += 1
                endField()
            case "\r", "\n":
                i += (c == "\r" && next == "\n") ? 2 : 1
                line += 1; column = 1
                endField()
                rows.append(CSVRow(line: rowLine, fields: fields))
                fields = []
                rowLine = line
            case " " where closed, "\t" where closed:
                i += 1; column += 1          // spaces after a closing quote are ignored
            case _ where closed:
                throw .error(SourceLocation(file: file, line: line, column: column),
                             "text after the closing quote of a quoted field; put the whole field in quotes and write a quote inside it twice (\"\")")
            case "\"" where value.isEmpty && !quoted:
                quoted = true; inQuotes = true; i += 1; column += 1
            default:
                value.append(c); i += 1; column += 1
            }
        }
        if inQuotes {
            throw .error(SourceLocation(file: file, line: fieldLine, column: fieldColumn),
                         "a quoted field opened here never closes; a quote inside a field is written twice (\"\")")
        }
        if !fields.isEmpty || !value.isEmpty || quoted {
            endField()
            rows.append(CSVRow(line: rowLine, fields: fields))
        }
        return rows
    }

    /// Characters no spreadsheet cell holds on purpose: C0 controls but tab, CR and LF; DEL; C1 controls;
    /// the non-characters U+FFFE and U+FFFF.
    static func isControl(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF
    }

    /// The line and column of the first byte that is not valid UTF-8, or nil when all of it is.
    static func firstInvalidUTF8<Bytes: Collection>(_ bytes: Bytes) -> (line: Int, column: Int)? where Bytes.Element == UInt8 {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1, column = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                return nil
            case .error:
                return (line, column)
            }
        }
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
