import Foundation
import TestSupport
import PlanPress

/// Input that is valid however extreme: it renders, and what was written is in the PDF — or, where this
/// machine has no font for a script, the render stops with the error that names the text.
enum ExtremeCases {
    static let announcement = ["render", "announcement"]
    static let sheet1 = ["render", "projects", "--project", "1"]

    /// A paragraph of `count` characters of Thai prose (phrases separated by spaces), ending in a marker.
    static func longParagraph(_ count: Int, spaces: Bool = true) -> String {
        let phrase = "การป้องกันการทุจริตและประพฤติมิชอบในหน่วยงานของรัฐเป็นหน้าที่ของทุกคน" + (spaces ? " " : "")
        var text = ""
        while text.count < count - 20 { text += phrase }
        return String(text.prefix(count - 12)) + "สิ้นสุดย่อหน้า"
    }

    /// Replaces the announcement's second paragraph.
    static func setBodyParagraph(_ h: CaseHome, _ text: String) throws -> Int {
        let file = "\(h.planPath)/plan.yaml"
        let content = try h.read(file)
        guard let start = content.range(of: "    - ดังนั้น"), let end = content[start.upperBound...].range(of: "\n") else {
            throw TestSetupError("plan.yaml has no second announcement paragraph")
        }
        let line = content[..<start.lowerBound].filter { $0 == "\n" }.count + 1
        try h.write(file, content.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "    - \(text)"))
        return line
    }

    static var all: [CorpusCase] {
        [
            CorpusCase(.extreme, "paragraph-50000-characters", announcement) { h in
                let text = longParagraph(50_000)
                _ = try setBodyParagraph(h, text)
                return .success("announcement.pdf", check: PDFChecks.contains("announcement.pdf", [text]))
            },
            CorpusCase(.extreme, "paragraph-50000-characters-no-space", announcement) { h in
                let text = longParagraph(50_000, spaces: false)
                _ = try setBodyParagraph(h, text)
                return .success("announcement.pdf", check: PDFChecks.contains("announcement.pdf", [text]))
            },
            CorpusCase(.extreme, "word-longer-than-a-line", announcement) { h in
                let url = "https://www.nkpao.go.th/" + String(repeating: "abcdefghij", count: 300) + ".pdf"
                _ = try setBodyParagraph(h, "ดูรายละเอียดที่ \(url) ได้ตลอดเวลา")
                return .success("announcement.pdf", check: PDFChecks.contains("announcement.pdf", [url]))
            },
            CorpusCase(.extreme, "emoji-with-a-font", announcement) { h in
                // DejaVu Sans (installed here) draws U+1F600 and U+2764.
                let text = "ขอบคุณทุกท่าน 😀 ❤ ร่วมกันต่อต้านการทุจริต"
                _ = try setBodyParagraph(h, text)
                return try FontCoverage.expect(text, "announcement.pdf", home: h)
            },
            CorpusCase(.extreme, "emoji-without-a-font", announcement) { h in
                // U+1FAE0 (melting face, Unicode 14): no font on this machine draws it.
                let text = "ข้อความที่มีอีโมจิ 🫠 อยู่ตรงกลาง"
                _ = try setBodyParagraph(h, text)
                return try FontCoverage.expect(text, "announcement.pdf", home: h)
            },
            CorpusCase(.extreme, "lao-text", announcement) { h in
                let text = "ແຂວງນະຄອນພະນົມ ຮ່ວມມືຕ້ານການສໍ້ລາດບັງຫຼວງ"
                _ = try setBodyParagraph(h, "ข้อความภาษาลาว \(text) จบ")
                return try FontCoverage.expect(text, "announcement.pdf", home: h)
            },
            CorpusCase(.extreme, "chinese-text", announcement) { h in
                let text = "反腐败行动计划"
                _ = try setBodyParagraph(h, "ข้อความภาษาจีน \(text) จบ")
                return try FontCoverage.expect(text, "announcement.pdf", home: h)
            },
            CorpusCase(.extreme, "right-to-left-text", announcement) { h in
                let text = "מניעת שחיתות مكافحة الفساد"
                _ = try setBodyParagraph(h, "ข้อความจากขวาไปซ้าย \(text) จบ")
                return try FontCoverage.expect(text, "announcement.pdf", extractable: false, home: h)
            },
            CorpusCase(.extreme, "bidi-override-and-zero-width", announcement) { h in
                // Pasted from the web: zero-width spaces, a right-to-left override, a word joiner.
                _ = try setBodyParagraph(h, "ข้อความ\u{200B}ที่วาง\u{200B}มาจากเว็บ \u{202E}ABC\u{202C} และ\u{2060}คำ")
                return .success("announcement.pdf", check: PDFChecks.contains("announcement.pdf", ["ข้อความ"]))
            },
            CorpusCase(.extreme, "stacked-thai-tone-marks", announcement) { h in
                // A tone mark typed twenty times over one consonant: Thai cannot draw it, and says where.
                let line = try setBodyParagraph(h, "ก" + String(repeating: "่", count: 20) + " จบ")
                return .error("plan.yaml", line: line, "tone mark")
            },
            CorpusCase(.extreme, "latin-letter-with-200-accents", announcement) { h in
                let text = "e" + String(repeating: "\u{301}", count: 200)
                _ = try setBodyParagraph(h, "ข้อความ \(text) จบ")
                return try FontCoverage.expect(text, "announcement.pdf", extractable: false, home: h)
            },
            CorpusCase(.extreme, "page-limit", ["render", "book", "--max-pages", "20"]) { _ in
                .error(nil, line: nil, "more than 20 pages", "--max-pages")
            },
            CorpusCase(.extreme, "ten-thousand-projects-validate", ["validate", "--plan", "Plans/synthetic-10000"]) { h in
                try SyntheticPlans.tenThousand(in: h)
                return .success("10000 projects")
            },
            CorpusCase(.extreme, "ten-thousand-projects-book", ["render", "book", "--plan", "Plans/synthetic-10000"]) { h in
                try SyntheticPlans.tenThousand(in: h)
                return .error(nil, line: nil, "more than 2000 pages", "--max-pages")
            },
            CorpusCase(.extreme, "four-hundred-year-plan", ["render", "budget", "--plan", "Plans/synthetic-400-years"]) { h in
                // The format allows fiscal years 2400–2800: a budget table of 401 year columns cannot fit a page.
                var plan = SyntheticPlan(id: "synthetic-400-years", firstFiscalYear: 2400, years: 401,
                                         projectsPerDimension: [3, 3], missionsPerDimension: 1, nameLength: 1,
                                         budgetEvery: 2, rationaleParagraphs: 1, seed: 401)
                try plan.write(to: h.path("Plans/synthetic-400-years"))
                // Not a table cut off at the page's edge (year columns lost), but an error.
                return .error(nil, line: nil, "wider than")
            },
        ]
    }
}

/// What this machine's fonts can draw, asked of fontconfig: a case with text in a script no installed
/// font covers must fail with the "no font can draw" error naming the text; otherwise it must render.
enum FontCoverage {
    /// The font families the announcement's layout names for its text (`fonts: thai: [...]`).
    static func layoutFamilies(_ h: CaseHome) -> [String] {
        guard let text = try? h.read("Layouts/announcement.yaml"),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("  thai:") }),
              let open = line.firstIndex(of: "["), let close = line.lastIndex(of: "]") else { return [] }
        return line[line.index(after: open)..<close].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// Whether one of `families` (as fontconfig knows them) has a glyph for the character.
    static func covered(_ scalar: Unicode.Scalar, by families: [String]) -> Bool {
        let hex = String(scalar.value, radix: 16)
        return families.contains { family in
            let escaped = family.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "-", with: "\\-")
                .replacingOccurrences(of: ":", with: "\\:").replacingOccurrences(of: ",", with: "\\,")
            guard let result = try? Shell.run("/usr/bin/fc-list", ["\(escaped):charset=\(hex)", "family"]) else { return false }
            return !result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
    }

    /// Renders when the layout's fonts draw every character of `text`; otherwise the "no font … can draw"
    /// error that quotes the text.
    static func expect(_ text: String, _ file: String, extractable: Bool = true, home h: CaseHome) throws -> Expectation {
        let families = layoutFamilies(h)
        let drawn = text.unicodeScalars.filter { !$0.properties.isWhitespace && $0.properties.generalCategory != .format }
        if drawn.allSatisfy({ covered($0, by: families) }) {
            return .success(file, check: extractable ? PDFChecks.contains(file, [text]) : PDFChecks.contains(file, ["จบ"]))
        }
        return .error(nil, line: nil, "can draw", String(text.prefix(12)))
    }
}

/// Large made-up plans, written with PlanPress's own generator (a valid plan of any size).
enum SyntheticPlans {
    static func tenThousand(in h: CaseHome) throws {
        var plan = SyntheticPlan(id: "synthetic-10000", firstFiscalYear: 2567, years: 4,
                                 projectsPerDimension: [2500, 2500, 2500, 2500], missionsPerDimension: 3,
                                 nameLength: 1, budgetEvery: 3, rationaleParagraphs: 1, seed: 10_000)
        try plan.write(to: h.path("Plans/synthetic-10000"))
    }
}
