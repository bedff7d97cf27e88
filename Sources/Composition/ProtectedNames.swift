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
        byFirstScalar = Self.index(names)
    }

    public init(names: [String]) {
        self.names = Set(names).filter { !$0.isEmpty }.sorted { $0.utf8.count > $1.utf8.count }
        byFirstScalar = Self.index(self.names)
    }

    /// Names by their first Unicode scalar, longest first: where a name may start, only these are tried.
    private let byFirstScalar: [Unicode.Scalar: [[UInt8]]]

    static func index(_ names: [String]) -> [Unicode.Scalar: [[UInt8]]] {
        var index: [Unicode.Scalar: [[UInt8]]] = [:]
        for name in names { if let first = name.unicodeScalars.first { index[first, default: []].append(Array(name.utf8)) } }
        return index.mapValues { $0.sorted { $0.count > $1.count } }
    }

    /// The UTF-8 byte ranges of `text` that must stay on one line: at each place, the longest name that
    /// starts there (leftmost first), then the expressions the patterns find where no name is.
    public func ranges(in text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var text = text
        let scalars = Array(text.unicodeScalars)
        text.withUTF8 { haystack in
            var offset = 0
            var s = 0
            while s < scalars.count {
                let scalar = scalars[s]
                var advance = scalar.utf8.count
                if let candidates = byFirstScalar[scalar] {
                    for name in candidates where name.count <= haystack.count - offset {
                        if name.withUnsafeBufferPointer({ memcmp(haystack.baseAddress! + offset, $0.baseAddress!, name.count) }) == 0 {
                            ranges.append(offset..<(offset + name.count))
                            advance = name.count
                            break
                        }
                    }
                }
                // Move on by whole scalars.
                var moved = 0
                while moved < advance && s < scalars.count { moved += scalars[s].utf8.count; s += 1 }
                offset += moved
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
