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
        var text = self
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var space = false
            var i = 0
            while i < bytes.count {
                let lead = bytes[i]
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                let end = min(i + length, bytes.count)
                let isWhitespace: Bool
                if lead < 0x80 {
                    isWhitespace = lead == 0x20 || (0x09...0x0D).contains(lead)
                } else if lead == 0xC2 || lead == 0xE1 || lead == 0xE2 || lead == 0xE3 {
                    // Unicode's white space beyond ASCII (U+0085, U+00A0, U+1680, U+2000…U+3000) starts with one
                    // of these bytes; Thai text (E0 B8, E0 B9) never does.
                    let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self).unicodeScalars.first
                    isWhitespace = scalar?.properties.isWhitespace ?? false
                } else {
                    isWhitespace = false
                }
                if isWhitespace {
                    space = !out.isEmpty
                } else {
                    if space { out.append(0x20); space = false }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<end]))
                }
                i = end
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The first `count` characters, with an ellipsis when cut.
    func excerpt(_ count: Int = 40) -> String {
        self.count <= count ? self : String(prefix(count)) + "…"
    }

    /// Whether `other` occurs in this text, compared scalar by scalar (no grapheme-cluster boundaries).
    public func containsLiteral(_ other: String) -> Bool { containsLiteral(other) { _, _ in true } }

    /// Whether `number` stands in this text as a number of its own: an occurrence not right after a digit
    /// (ASCII or Thai) or a point, and not right before a digit. The same as the pattern
    /// `(?<![0-9๐-๙.])number(?![0-9๐-๙])`, on the UTF-8 bytes.
    func containsNumber(_ number: String) -> Bool {
        func isDigit(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
            // ๐…๙ are U+0E50…U+0E59: E0 B9 90…99.
            bytes[i] >= 0x30 && bytes[i] <= 0x39
                || (i + 2 < bytes.count && bytes[i] == 0xE0 && bytes[i + 1] == 0xB9 && (0x90...0x99).contains(bytes[i + 2]))
        }
        return !number.isEmpty && containsLiteral(number) { bytes, range in
            if range.lowerBound > 0 {
                let before = range.lowerBound - 1
                if bytes[before] == UInt8(ascii: ".") || (bytes[before] >= 0x30 && bytes[before] <= 0x39) { return false }
                if before >= 2 && bytes[before - 2] == 0xE0 && bytes[before - 1] == 0xB9 && (0x90...0x99).contains(bytes[before]) { return false }
            }
            return range.upperBound >= bytes.count || !isDigit(bytes, at: range.upperBound)
        }
    }

    /// Whether `other` occurs in this text at a place `accept` takes (given the text's bytes and the
    /// occurrence's byte range).
    private func containsLiteral(_ other: String, where accept: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Bool) -> Bool {
        // The same as `range(of: other, options: .literal) != nil`, on the UTF-8 bytes: no bridging to
        // NSString, which made this the validator's slowest step on large plans.
        if other.isEmpty { return true }
        var text = self, needle = other
        return text.withUTF8 { haystack in
            needle.withUTF8 { n in
                guard let h = haystack.baseAddress, let p = n.baseAddress, n.count <= haystack.count else { return false }
                // Found by the needle's last byte, not its first: a Thai needle starts with E0, as every third
                // byte of Thai text does, and ends with the byte that tells its last letter from the others.
                let lastIndex = n.count - 1
                let lastByte = Int32(p[lastIndex])
                var offset = 0
                while offset + n.count <= haystack.count {
                    let from = offset + lastIndex
                    guard let hit = memchr(h + from, lastByte, haystack.count - from) else { return false }
                    let at = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - h - lastIndex
                    if memcmp(h + at, p, lastIndex) == 0 && accept(haystack, at..<(at + n.count)) { return true }
                    offset = at + 1
                }
                return false
            }
        }
    }
}
