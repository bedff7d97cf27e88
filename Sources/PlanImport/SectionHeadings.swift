/// The nine numbered sections of a project sheet (Part 3) and the ways the template's users word their headings.
enum SheetSection: Int, CaseIterable, Comparable, Sendable {
    case name = 1, rationale, objectives, targetGroup, method, period, budget, divisions, results

    static func < (a: SheetSection, b: SheetSection) -> Bool { a.rawValue < b.rawValue }

    /// The dataset key the section fills (results fill `outputs` and `outcomes`).
    var field: String {
        switch self {
        case .name: return "name"
        case .rationale: return "rationale"
        case .objectives: return "objectives"
        case .targetGroup: return "target_group"
        case .method: return "method"
        case .period: return "period"
        case .budget: return "budget"
        case .divisions: return "divisions"
        case .results: return "outputs"
        }
    }

    /// The heading as the template words it, for messages and errata.
    var templateHeading: String {
        switch self {
        case .name: return "ชื่อโครงการ"
        case .rationale: return "หลักการและเหตุผล"
        case .objectives: return "วัตถุประสงค์"
        case .targetGroup: return "กลุ่มเป้าหมาย"
        case .method: return "วิธีดำเนินการ"
        case .period: return "ระยะเวลาดำเนินการ"
        case .budget: return "งบประมาณดำเนินการ"
        case .divisions: return "ผู้รับผิดชอบโครงการ"
        case .results: return "ผลผลิต/ผลลัพธ์"
        }
    }
}

/// A section heading found in a sheet: "๕. วิธีการดำเนินการ", "๑. ชื่อโครงการ : …", "๙. ผลผลิต/ผลลัพธ์**ผลผลิต**".
struct SectionHeading: Sendable {
    var number: Int
    var printedNumber: String
    var section: SheetSection
    /// The heading as printed (normalized), without text that followed it on the line.
    var heading: String
    /// Text after the heading on the same line (after a colon, or the name of ๑. ชื่อโครงการ); empty if none.
    var rest: String
    /// For ๙.: which list the following items start in (outputs when "**ผลผลิต**" follows the heading).
    var resultsMode: ResultsMode
}

enum ResultsMode: Sendable { case undifferentiated, outputs, outcomes }

enum SectionHeadings {
    /// Key words and their accepted wordings, longest first. The number and the dot come before.
    private static let wordings: [(SheetSection, String)] = [
        (.name, "ชื่อโครงการ(?:\\s*/\\s*กิจกรรม)?(?:\\s*/\\s*มาตรการ)?"),
        (.name, "ชื่อกิจกรรม|ชื่อมาตรการ"),
        (.rationale, "หลักการและเหตุผล(?:\\s*/\\s*(?:ที่มาของโครงการ|ความเป็นมา|ที่มา))?"),
        (.rationale, "ที่มาของโครงการ|ความเป็นมา"),
        (.objectives, "วัตถุประสงค์(?:ของโครงการ)?"),
        (.targetGroup, "กลุ่มเป้าหมาย(?:\\s*/\\s*พื้นที่ดำเนินการ)?"),
        (.targetGroup, "เป้าหมาย"),
        (.method, "วิธี(?:การ)?ดำเนิน(?:การ|งาน)"),
        (.period, "ระยะเวลา(?:การ|ใน(?:การ)?)?ดำเนิน(?:การ|งาน)(?:โครงการ)?|ระยะเวลา"),
        (.budget, "งบประมาณ(?:ดำเนินการ|ในการดำเนิน(?:โครงการ|การ|งาน)|โครงการ|ที่ใช้)?"),
        (.divisions, "(?:ผู้รับผิดชอบ|หน่วยงาน(?:ที่)?รับผิดชอบ)(?:โครงการ)?"),
        (.results, "ผลผลิต\\s*[/,]\\s*ผลลัพธ์|ผลผลิตและผลลัพธ์|ผลผลิต|ผลที่คาดว่าจะได้รับ"),
    ]

    private static let patterns: [(SheetSection, Pattern)] = wordings.map { section, words in
        (section, Pattern("^(?:\\*\\*)?\\s*([0-9๐-๙]{1,2})\\.\\s*(?:\\*\\*)?\\s*(\(words))\\s*(?:\\*\\*)?\\s*(.*)$", dotAll: true))
    }

    /// The section heading a paragraph is, or nil.
    static func match(_ raw: String) -> SectionHeading? {
        let flat = TextForm.collapse(raw)
        for (section, pattern) in patterns {
            guard let m = pattern.match(flat), let numberText = m[1], let words = m[2],
                  let number = TextForm.integer(numberText) else { continue }
            var rest = (m[3] ?? "")
            var mode = ResultsMode.undifferentiated
            if section == .results {
                let bare = TextForm.normalize(rest)
                let r = bare.trimmingCharacters(in: CharacterSet(charactersIn: ": "))
                if r.hasPrefix("ผลผลิต") {
                    mode = .outputs
                    rest = String(r.dropFirst("ผลผลิต".count)).trimmingCharacters(in: CharacterSet(charactersIn: ": "))
                } else if r.hasPrefix("ผลลัพธ์") {
                    mode = .outcomes
                    rest = String(r.dropFirst("ผลลัพธ์".count)).trimmingCharacters(in: CharacterSet(charactersIn: ": "))
                } else {
                    rest = r
                }
            } else if section == .name {
                rest = TextForm.normalize(rest)
                if rest.hasPrefix(":") { rest = String(rest.dropFirst()) }
            } else {
                // Only text after a colon is content; other words glued to the heading are part of its wording.
                let r = TextForm.normalize(rest)
                if r.hasPrefix(":") {
                    rest = String(r.dropFirst())
                } else if r.isEmpty {
                    rest = ""
                } else if r.count <= 24, !r.contains(" "), abs(number - section.rawValue) <= 1 {
                    // A wording the patterns do not know ("๗. งบประมาณประจำปี"): a short line numbered about where
                    // the template puts the section is its heading.
                    return SectionHeading(number: number, printedNumber: numberText + ".", section: section,
                                          heading: TextForm.normalize(raw), rest: "", resultsMode: mode)
                } else {
                    continue
                }
            }
            rest = TextForm.normalize(rest)
            let heading = TextForm.normalize("\(numberText). \(words)")
            return SectionHeading(number: number, printedNumber: numberText + ".", section: section,
                                  heading: heading, rest: rest, resultsMode: mode)
        }
        return nil
    }

    /// "ผลผลิต" / "ผลลัพธ์" sub-headings inside section ๙.
    static func resultsSubheading(_ raw: String) -> (mode: ResultsMode, rest: String)? {
        let t = TextForm.normalize(raw)
        for (word, mode) in [("ผลผลิต", ResultsMode.outputs), ("ผลลัพธ์", .outcomes)] where t.hasPrefix(word) {
            let rest = String(t.dropFirst(word.count)).trimmingCharacters(in: .whitespaces)
            if rest.isEmpty { return (mode, "") }
            if rest.hasPrefix(":") { return (mode, String(rest.dropFirst()).trimmingCharacters(in: .whitespaces)) }
        }
        return nil
    }
}

import Foundation
