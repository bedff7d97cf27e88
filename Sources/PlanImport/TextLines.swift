import Foundation
import ThaiText

/// One line of the plan text, numbered from 1 as an editor shows it.
struct SourceLine: Sendable {
    let number: Int
    /// The line without its line break (a trailing carriage return is dropped too).
    let raw: String
    var isBlank: Bool { raw.allSatisfy(\.isWhitespace) }
}

/// The plan text split into numbered lines.
struct SourceText: Sendable {
    let name: String
    let lines: [SourceLine]

    init(text: String, name: String) {
        self.name = name
        var result: [SourceLine] = []
        // "\r\n" is one Character in Swift: normalize line breaks before splitting.
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for (i, piece) in unified.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(piece)
            result.append(SourceLine(number: i + 1, raw: line.replacingOccurrences(of: "\u{FEFF}", with: "")))
        }
        // A final line break does not make an extra line.
        if let last = result.last, last.raw.isEmpty, result.count > 1 { result.removeLast() }
        lines = result
    }

    /// The line with this number (1-based).
    func line(_ number: Int) -> SourceLine { lines[number - 1] }
}

/// Text clean-up shared by every parser.
enum TextForm {
    /// Drops the extraction's `**` bold markers, turns every run of white space (tabs, line breaks, no-break
    /// spaces) into one space and trims the ends.
    static func normalize(_ s: String) -> String {
        collapse(s.replacingOccurrences(of: "**", with: ""))
    }

    /// Every run of white space becomes one space; the ends are trimmed. `**` markers are kept.
    static func collapse(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{200B}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.unicodeScalars.append(" "); pendingSpace = false }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The text with all white space removed: for comparing two printings of one name whose line breaks differ.
    static func compact(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.replacingOccurrences(of: "**", with: "").unicodeScalars
        where !scalar.properties.isWhitespace && scalar != "\u{200B}" {
            out.append(scalar)
        }
        return String(out)
    }

    /// An integer written in Thai or Arabic digits (thousands separators allowed), or nil.
    static func integer(_ s: String) -> Int? {
        let digits = ThaiNumber.arabic(s).replacingOccurrences(of: ",", with: "")
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }
}

/// Thai digits both ways (ThaiText's `ThaiDigits`), for messages and errata written the way the plan prints numbers.
enum ThaiNumber {
    static func arabic(_ s: String) -> String { ThaiDigits.toArabic(s) }
    static func thai(_ s: String) -> String { ThaiDigits.toThai(s) }
    static func thai(_ n: Int) -> String { ThaiDigits.toThai(String(n)) }
}

/// A regular expression over Unicode scalars (ICU), with captures as strings.
struct Pattern: @unchecked Sendable {
    private let regex: NSRegularExpression

    init(_ pattern: String, dotAll: Bool = false) {
        // The patterns are constants of this module: a bad one is a programming error.
        regex = try! NSRegularExpression(pattern: pattern, options: dotAll ? [.dotMatchesLineSeparators] : [])
    }

    /// The captures of the first match (index 0 is the whole match; an unmatched group is nil), or nil.
    func match(_ s: String) -> [String?]? {
        let ns = s as NSString
        guard let m = regex.firstMatch(in: s, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return (0..<m.numberOfRanges).map { i in
            let r = m.range(at: i)
            return r.location == NSNotFound ? nil : ns.substring(with: r)
        }
    }

    func matches(_ s: String) -> Bool { match(s) != nil }

    /// Every match: its range in `s` (as String indices) and its captures.
    func allMatches(_ s: String) -> [(range: Range<String.Index>, groups: [String?])] {
        let ns = s as NSString
        return regex.matches(in: s, range: NSRange(location: 0, length: ns.length)).compactMap { m in
            guard let range = Range(m.range, in: s) else { return nil }
            let groups: [String?] = (0..<m.numberOfRanges).map { i in
                let r = m.range(at: i)
                return r.location == NSNotFound ? nil : ns.substring(with: r)
            }
            return (range, groups)
        }
    }
}

/// A paragraph of the source: a run of non-blank lines, or one list item inside such a run (a line starting
/// with `- ` starts a new item; other lines continue the item above them).
struct Paragraph: Sendable {
    /// The lines' text joined with line breaks, the `- ` bullet removed.
    var raw: String
    /// Whether the paragraph started with `- `.
    var bullet: Bool
    /// The source line numbers it was read from.
    var lines: [Int]
    /// Which blank-line separated block it came from (paragraphs of one block share it).
    var block: Int

    /// `raw` with `**` removed and white space collapsed.
    var text: String { TextForm.normalize(raw) }
    var firstLine: Int { lines.first ?? 0 }
}

enum Paragraphs {
    /// Splits lines into paragraphs (see `Paragraph`). Blank lines separate blocks.
    static func split(_ lines: ArraySlice<SourceLine>) -> [Paragraph] {
        var result: [Paragraph] = []
        var block = 0
        var inBlock = false
        var current: [Paragraph] = []
        func flush() {
            result.append(contentsOf: current)
            current = []
        }
        for line in lines {
            if line.isBlank {
                if inBlock { flush(); block += 1; inBlock = false }
                continue
            }
            inBlock = true
            let stripped = String(line.raw.drop(while: { $0 == " " || $0 == "\t" }))
            let isBullet = stripped.hasPrefix("- ") || stripped == "-"
            if isBullet || current.isEmpty {
                current.append(Paragraph(raw: isBullet ? String(stripped.dropFirst(min(2, stripped.count))) : stripped,
                                         bullet: isBullet, lines: [line.number], block: block))
            } else {
                current[current.count - 1].raw += "\n" + stripped
                current[current.count - 1].lines.append(line.number)
            }
        }
        flush()
        return result
    }
}
