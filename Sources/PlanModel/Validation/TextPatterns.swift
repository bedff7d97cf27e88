import Foundation
import ThaiText

/// A regular expression over a text's UTF-16 (ICU syntax), for reading figures out of Thai sentences.
struct TextPattern: @unchecked Sendable {
    private let regex: NSRegularExpression
    /// Words every match holds: a text without them is not searched (most texts hold none).
    private let required: String?

    /// `pattern` may use `{N}` for a number in Thai or Arabic digits (with thousands separators);
    /// `required`, words every match of it holds.
    init(_ pattern: String, requiring required: String? = nil) {
        let expanded = pattern.replacingOccurrences(of: "{N}", with: "([0-9๐-๙][0-9๐-๙,]*)")
        do { regex = try NSRegularExpression(pattern: expanded) } catch { preconditionFailure("bad pattern \(pattern): \(error)") }
        self.required = required
    }

    private func mayMatch(_ text: String) -> Bool { required.map(text.containsLiteral) ?? true }

    /// Each match's capture groups (nil for a group that did not take part), group 0 first.
    func matches(in text: String) -> [[String?]] {
        guard mayMatch(text) else { return [] }
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { match in
            (0..<match.numberOfRanges).map { i in
                let range = match.range(at: i)
                return range.location == NSNotFound ? nil : ns.substring(with: range)
            }
        }
    }

    /// `text` as a pattern that matches it literally.
    static func literal(_ text: String) -> String { NSRegularExpression.escapedPattern(for: text) }

    func firstMatch(in text: String) -> [String?]? { matches(in: text).first }

    func isMatch(_ text: String) -> Bool {
        mayMatch(text) && regex.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
    }
}

/// Numbers as Thai sentences state them.
enum StatedNumber {
    /// The value of a number written in Thai or Arabic digits, with optional thousands separators.
    static func value(_ text: String?) -> Int? {
        guard let text else { return nil }
        let digits = ThaiDigits.toArabic(text).filter { $0 != "," }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII) else { return nil }
        return Int(digits)
    }

    /// Every number the text states (Thai or Arabic digits), in order.
    static func all(in text: String) -> [Int] {
        numberPattern.matches(in: text).compactMap { value($0[1]?.trimmingCharacters(in: [","])) }
    }

    /// Buddhist Era years (four digits, 2400–2800) the text states, in order.
    static func years(in text: String) -> [Int] {
        yearPattern.matches(in: text).compactMap { value($0[1]) }.filter { (2400...2800).contains($0) }
    }

    /// A number in Thai digits, as the plan's prose writes it.
    static func thai(_ n: Int) -> String { ThaiFormat.number(n) }

    private static let numberPattern = TextPattern("{N}")
    private static let yearPattern = TextPattern("(?<![0-9๐-๙])([0-9๐-๙]{4})(?![0-9๐-๙])")
}

extension String {
    /// The text with runs of white space collapsed to one space and the ends trimmed (scalar by scalar:
    /// splitting Thai text into grapheme clusters made this the validator's slowest step).
    var whitespaceNormalized: String {
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace {
                space = !out.isEmpty
            } else {
                if space { out.append(" "); space = false }
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The first `count` characters, with an ellipsis when cut.
    func excerpt(_ count: Int = 40) -> String {
        self.count <= count ? self : String(prefix(count)) + "…"
    }

    /// Whether `other` occurs in this text, compared scalar by scalar (no grapheme-cluster boundaries).
    public func containsLiteral(_ other: String) -> Bool {
        // The same as `range(of: other, options: .literal) != nil`, on the UTF-8 bytes: no bridging to
        // NSString, which made this the validator's slowest step on large plans.
        if other.isEmpty { return true }
        var text = self, needle = other
        return text.withUTF8 { haystack in
            needle.withUTF8 { n in
                guard let h = haystack.baseAddress, let p = n.baseAddress, n.count <= haystack.count else { return false }
                let first = Int32(p.pointee)
                var offset = 0
                let last = haystack.count - n.count
                while offset <= last {
                    guard let hit = memchr(h + offset, first, last - offset + 1) else { return false }
                    let at = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - h
                    if memcmp(h + at, p, n.count) == 0 { return true }
                    offset = at + 1
                }
                return false
            }
        }
    }
}
