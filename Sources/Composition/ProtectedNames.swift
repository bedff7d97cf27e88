import Foundation
import PlanModel
import Typesetting

/// Names that a line must never break inside: the organization, its divisions, its province, and the
/// words of the shipped and per-plan word lists; and expressions that read as one unit (พ.ศ. ๒๕๖๖ – ๒๕๗๐,
/// ๒๗ กันยายน ๒๕๖๕). Pango is told through no-break ranges; it still chooses every break itself.
public struct ProtectedNames: Sendable {
    /// Longest first, so that the longest name wins where names overlap.
    public let names: [String]

    private static let patterns: [NSRegularExpression] = [
        // An era and its year or year range: พ.ศ. ๒๕๖๖, (พ.ศ. ๒๕๖๖ - ๒๕๗๐), พ.ศ.๒๕๖๑-๒๕๖๕
        #"(พ\.ศ\.|ค\.ศ\.)\s?[๐-๙0-9]{4}(\s?[-–]\s?[๐-๙0-9]{4})?"#,
        // A day, a Thai month name and a year: ๒๗ กันยายน ๒๕๖๕
        #"[๐-๙0-9]{1,2}\s(มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม)(\s(พ\.ศ\.\s)?[๐-๙0-9]{4})?"#,
        // An amount with its unit: ๑๐๐,๐๐๐ บาท
        #"[๐-๙0-9][๐-๙0-9,\.]*\sบาท"#,
        // Words joined by a hyphen (จัดซื้อ-จัดจ้าง): a line ending at the hyphen reads as a hyphenated
        // word, and PDF readers join it back without the hyphen.
        #"[^\s–-]\s?-\s?[^\s–-]"#,
    ].map { try! NSRegularExpression(pattern: $0) }

    public init(plan: Plan, wordLists: [String]) {
        var all = Set<String>()
        all.insert(plan.organization.name)
        if let province = plan.organization.province { all.insert(province) }
        for division in plan.divisions { all.insert(division.name) }
        for word in wordLists { all.insert(word) }
        names = all.filter { !$0.isEmpty }.sorted { $0.utf8.count > $1.utf8.count }
    }

    public init(names: [String]) {
        self.names = Set(names).filter { !$0.isEmpty }.sorted { $0.utf8.count > $1.utf8.count }
    }

    /// The UTF-8 byte ranges of `text` that must stay on one line.
    public func ranges(in text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var text = text
        text.withUTF8 { haystack in
            for name in names {
                var name = name
                name.withUTF8 { needle in
                    guard needle.count <= haystack.count, needle.count > 0 else { return }
                    var i = 0
                    let last = haystack.count - needle.count
                    while i <= last {
                        if haystack[i] == needle[0] && haystack[i + needle.count - 1] == needle[needle.count - 1]
                            && memcmp(haystack.baseAddress! + i, needle.baseAddress!, needle.count) == 0 {
                            let r = i..<(i + needle.count)
                            if !ranges.contains(where: { $0.overlaps(r) }) { ranges.append(r) }
                            i += needle.count
                        } else {
                            i += 1
                        }
                    }
                }
            }
        }
        // The patterns need a digit or a hyphen: skip the regular expressions when there is none.
        if text.unicodeScalars.contains(where: { ("0"..."9").contains($0) || ("๐"..."๙").contains($0) || $0 == "-" }) {
            // Matches come in UTF-16 offsets and may end inside a grapheme cluster (before a vowel mark):
            // map them to UTF-8 offsets scalar by scalar.
            var utf8Offset = [Int](repeating: 0, count: text.utf16.count + 1)
            var u16 = 0, u8 = 0
            for scalar in text.unicodeScalars {
                utf8Offset[u16] = u8
                u16 += scalar.utf16.count
                u8 += scalar.utf8.count
                if scalar.utf16.count == 2 { utf8Offset[u16 - 1] = u8 }
            }
            utf8Offset[u16] = u8
            let length = text.utf16.count
            for pattern in Self.patterns {
                for match in pattern.matches(in: text, range: NSRange(location: 0, length: length)) {
                    let r = utf8Offset[match.range.location]..<utf8Offset[match.range.location + match.range.length]
                    if !ranges.contains(where: { $0.overlaps(r) }) { ranges.append(r) }
                }
            }
        }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// A paragraph whose protected names stay whole.
    public func paragraph(_ text: String, style: TextStyle) -> Paragraph {
        Paragraph(text, style: style, noBreakRanges: ranges(in: text))
    }
}
