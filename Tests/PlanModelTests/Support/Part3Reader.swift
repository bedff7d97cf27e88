import Foundation
@testable import PlanModel

/// Reads the paragraphs and list items of the source's Part 3 (the project sheets), the way the dataset was
/// built from it: section headings, "ลำดับที่ N" and the dimension/mission headings are recognised, list numbers
/// and `**` are stripped, white space is normalized.
struct Part3Reader {
    struct Item {
        /// The project (ลำดับที่) the item belongs to; nil for a dimension/mission/sub-mission heading.
        let project: Int?
        /// The section it is in: "name", "heading", or the section heading's key word (หลักการ, วิธี, ระยะเวลา …).
        let section: String?
        let text: String
    }

    /// The sections whose lines are parsed into fields (period, budget, divisions) rather than kept as text.
    static let structuredSections: Set<String> = ["ระยะเวลา", "งบประมาณ", "ผู้รับผิดชอบ"]

    private(set) var items: [Item] = []
    private var project: Int?
    private var section: String?

    /// `closing` is the plan's closing notice: Part 3 ends where it begins.
    init(source: String, closing: String) throws {
        let lines = source.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "ส่วนที่ ๓ รายละเอียดโครงการ/กิจกรรม/มาตรการ" }) else {
            throw TestFailure("no Part 3 heading in the source")
        }
        let closingText = Self.normalize(closing)
        guard let end = lines[(start + 1)...].firstIndex(where: { line in
            let text = Self.normalize(line)
            return text.count >= 20 && closingText.hasPrefix(text)
        }) else { throw TestFailure("the closing notice is not in the source") }

        var block: [String] = []
        for line in lines[(start + 1)..<end] {
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if !block.isEmpty { flush(block); block = [] }
            } else {
                block.append(line)
            }
        }
        if !block.isEmpty { flush(block) }
    }

    static func normalize(_ text: String) -> String {
        text.replacingOccurrences(of: "**", with: "").whitespaceNormalized
    }

    static let sequence = TextPattern("^ลำดับที่ ([๐-๙]+)$")
    static let sectionHeading = TextPattern("^[๐-๙]+\\.\\s*(ชื่อโครงการ|หลักการ|วัตถุประสงค์|กลุ่มเป้าหมาย|เป้าหมาย|วิธี|ระยะเวลา|งบประมาณ|ผู้รับผิดชอบ|ผลผลิต)")
    static let dimensionHeading = TextPattern("^(มิติที่|มิตีที่|มติที่|มิตินี้) ")
    static let numberedHeading = TextPattern("^[๐-๙]+\\.[๐-๙]+(\\.[๐-๙]+)? ")

    /// A block of lines: a new item starts at a line beginning with "- " (and at the block's first line).
    private mutating func flush(_ block: [String]) {
        var raw: [String] = []
        for line in block {
            let s = line.trimmingCharacters(in: .whitespaces)
            if s.hasPrefix("- ") || raw.isEmpty { raw.append(s) } else { raw[raw.count - 1] += "\n" + s }
        }
        for s in raw {
            let t = Self.normalize(s)
            if let m = Self.sequence.firstMatch(in: t) {
                project = StatedNumber.value(m[1]); section = nil
                continue
            }
            if let m = Self.sectionHeading.firstMatch(in: t) {
                section = m[1]
                if section == "ชื่อโครงการ" {
                    items.append(Item(project: project, section: "name", text: replace("^[๐-๙]+\\.\\s*ชื่อโครงการ\\s*:\\s*", in: t)))
                }
                continue
            }
            if t == "ผลผลิต" || t == "ผลลัพธ์" { continue }
            if Self.dimensionHeading.isMatch(t) || (Self.numberedHeading.isMatch(t) && (section == nil || section == "ผลผลิต")) {
                items.append(Item(project: nil, section: "heading", text: t))
                continue
            }
            var text = t
            while true {
                let stripped = replace("^(?:[๐-๙]+(?:\\.[๐-๙]+)+\\)?\\s*|[๐-๙]+[.)]\\s*|\\([๐-๙]+\\)\\s*|-\\s+)", in: text)
                if stripped == text { break }
                text = stripped
            }
            items.append(Item(project: project, section: section, text: text))
        }
    }
}

/// `text` with the first match of `pattern` removed.
func replace(_ pattern: String, in text: String, with template: String = "") -> String {
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return text }
    let range = NSRange(location: 0, length: (text as NSString).length)
    guard let match = regex.firstMatch(in: text, range: range) else { return text }
    return (text as NSString).replacingCharacters(in: match.range, with: template)
}
