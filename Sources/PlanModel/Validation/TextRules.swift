import DataFiles
import ThaiText

/// Hygiene of every text field of the plan and its projects: extraction artefacts (`**`, `<http…>`), list
/// numbers typed into the text (the renderer numbers lists, sections and headings), doubled spaces and line
/// breaks, Arabic digits in Thai prose, and unbalanced quotation marks or parentheses.
enum TextRules {
    static func check(_ f: inout Findings) {
        for field in f.textFields { check(field, &f) }
    }

    /// ๑. / ๓.๑ / ๑) / (๑) / 1. / - / • at the start of a text.
    static let listNumber = TextPattern("^(?:[0-9๐-๙]+(?:\\.[0-9๐-๙]+)*[.)](?![0-9๐-๙])|[0-9๐-๙]+(?:\\.[0-9๐-๙]+)+(?=\\s)|\\(\\s*[0-9๐-๙]+\\s*\\)|[-–•]|\\*(?!\\*))")

    /// What a list number or bullet other than a digit can start with: (๑) - – • *
    static let listNumberStarts: Set<Unicode.Scalar> = ["(", "-", "–", "•", "*"]

    static func check(_ field: TextField, _ f: inout Findings) {
        let text = field.text
        let (file, path) = (field.file, field.field)
        if text.containsLiteral("**") {
            f.error(file, path, "leftover ** (bold markup from the text extraction); remove it")
        }
        if text.containsLiteral("<http") || text.containsLiteral("<www") {
            f.error(file, path, "a web address in angle brackets (<…>, Markdown markup from the text extraction); remove the brackets")
        }
        var body = text
        // The pattern is anchored at the start: only a text that starts with what a number or bullet starts
        // with can match (the regular expression is slow, and most texts start with a letter).
        if let first = text.unicodeScalars.first, listNumberStarts.contains(first) || ("0"..."9").contains(first) || ("๐"..."๙").contains(first),
           let match = listNumber.firstMatch(in: text), let marker = match[0] {
            f.error(file, path, "the text starts with a list number or bullet '\(marker)'; the renderer numbers lists, sections and headings itself: remove it")
            body = String(text.dropFirst(marker.count))
        }
        if hasLineBreak(text) {
            f.warning(file, path, "a line break inside the text; join the lines (a paragraph or item is one line in the dataset)")
        }
        if text.containsLiteral("  ") || text.containsLiteral("\t"),
           let at = text.range(of: "  ", options: .literal) ?? text.range(of: "\t", options: .literal) {
            let before = String(text[..<at.lowerBound].suffix(20))
            f.warning(file, path, "two spaces (or a tab) in a row after '…\(before)'; use one space")
        }
        if let digits = arabicDigitsInThai(text) {
            f.warning(file, path, "Arabic digits '\(digits)' in Thai text; the plan writes numbers in Thai digits: \(ThaiDigits.toThai(digits))")
        }
        if let problem = balance(body, open: "“", close: "”") ?? straightQuotes(body) {
            f.warning(file, path, problem + " (if the source has this defect, correct it and record an erratum)")
        }
        if let problem = balance(body, open: "(", close: ")") {
            f.warning(file, path, problem + " (if the source has this defect, correct it and record an erratum)")
        }
    }

    /// The first run of Arabic digits outside a Latin, acronym or web-address context, if any.
    static func arabicDigitsInThai(_ text: String) -> String? {
        // Most text has no Arabic digit at all: look at the bytes before splitting into words.
        var bytes = text
        guard bytes.withUTF8({ $0.contains { $0 &- 0x30 < 10 } }) else { return nil }
        let tokens = text.split(whereSeparator: \.isWhitespace)
        for (i, token) in tokens.enumerated() where token.contains(where: isArabicDigit) {
            if token.contains(where: isLatinLetter) || token.contains("/") && token.contains(":") || token.contains("@") {
                continue // E-Service2, COVID-19, https://…, www.…, name@mail
            }
            if i > 0, tokens[i - 1].contains(where: isLatinLetter), !tokens[i - 1].contains(where: isThai) {
                continue // ISO 9001, Web 2.0, ITA 2566
            }
            let digits = token.drop { !isArabicDigit($0) }.prefix { isArabicDigit($0) || $0 == "." || $0 == "," }
            return String(digits.reversed().drop { !isArabicDigit($0) }.reversed())
        }
        return nil
    }

    static func isArabicDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
    static func isLatinLetter(_ c: Character) -> Bool { c.isASCII && c.isLetter }
    static func isThai(_ c: Character) -> Bool {
        c.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) }
    }

    /// Whether the text holds a line end (U+000A–U+000D, U+0085, U+2028 or U+2029).
    static func hasLineBreak(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.indices.contains { LineEnds.length(in: bytes, at: $0) > 0 } }
    }

    /// What is wrong with the pairing of `open` and `close`, if anything.
    static func balance(_ text: String, open: Character, close: Character) -> String? {
        // Brackets and quotes are single scalars, found as their UTF-8 bytes (which stand nowhere but at
        // the scalar's own place), not by walking grapheme clusters.
        guard open.unicodeScalars.count == 1, close.unicodeScalars.count == 1 else { return nil }
        let o = Array(String(open).utf8), cl = Array(String(close).utf8)
        var text = text
        // The depth at the end, or nil where a closing one comes before any opening.
        let depth: Int? = text.withUTF8 { bytes in
            func at(_ i: Int, _ needle: [UInt8]) -> Bool {
                guard bytes[i] == needle[0], i + needle.count <= bytes.count else { return false }
                for k in 1..<needle.count where bytes[i + k] != needle[k] { return false }
                return true
            }
            var depth = 0
            for i in bytes.indices {
                if at(i, o) { depth += 1 }
                if at(i, cl) {
                    depth -= 1
                    if depth < 0 { return nil }
                }
            }
            return depth
        }
        guard let depth else { return "a closing \(close) has no opening \(open) before it; add the \(open) or remove the \(close)" }
        if depth > 0 { return "an opening \(open) is never closed; add the \(close) where the quoted or bracketed words end" }
        return nil
    }

    static func straightQuotes(_ text: String) -> String? {
        var text = text
        let quotes = text.withUTF8 { bytes in bytes.reduce(0) { $0 + ($1 == 0x22 ? 1 : 0) } }
        return quotes % 2 == 1 ? "an odd number of \" marks: one is never closed; add or remove one" : nil
    }
}
