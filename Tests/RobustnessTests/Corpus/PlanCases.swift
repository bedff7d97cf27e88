import Foundation

/// Broken `plan.yaml` files: syntax, types, encodings, invisible characters, duplicate keys, alias bombs.
enum PlanCases {
    static let announcement = ["render", "announcement"]
    static let validate = ["validate"]

    static var all: [CorpusCase] {
        [
            CorpusCase(.plan, "syntax-unclosed-quote", announcement) { h in
                let line = try h.edit("\(h.planPath)/plan.yaml", "  closing: จึงประกาศ", "  closing: \"จึงประกาศ")
                return .error("plan.yaml", line: line, "YAML syntax error", "a quoted value opened here is not closed")
            },
            CorpusCase(.plan, "syntax-bad-indentation", announcement) { h in
                let line = try h.edit("\(h.planPath)/plan.yaml", "  last_fiscal_year: 2570", "    last_fiscal_year: 2570")
                return .error("plan.yaml", line: line, "YAML syntax error")
            },
            CorpusCase(.plan, "syntax-tab-indentation", announcement) { h in
                let line = try h.edit("\(h.planPath)/plan.yaml", "  first_fiscal_year: 2566", "\tfirst_fiscal_year: 2566")
                return .error("plan.yaml", line: line, "YAML syntax error", "tab")
            },
            CorpusCase(.plan, "syntax-unclosed-flow-mapping", validate) { h in
                let line = try h.edit("\(h.planPath)/plan.yaml", "period:\n  first_fiscal_year: 2566\n  last_fiscal_year: 2570\n",
                                      "period: {first_fiscal_year: 2566, last_fiscal_year: 2570\n")
                return .error("plan.yaml", line: line, "YAML syntax error", "a { … } mapping opened here is not closed")
            },
            CorpusCase(.plan, "syntax-second-document", announcement) { h in
                let line = try h.append("\(h.planPath)/plan.yaml", "---\nformat: 1\n")
                return .error("plan.yaml", line: line, "single document")
            },
            CorpusCase(.plan, "type-format-text", announcement) { h in
                let line = try h.edit("\(h.planPath)/plan.yaml", "format: 1\n", "format: one\n")
                return .error("plan.yaml", line: line, "'format' must be a whole number in Arabic digits, found 'one'")
            },
            CorpusCase(.plan, "type-period-list", announcement) { h in
                let line = try h.edit("\(h.planPath)/plan.yaml", "period:\n  first_fiscal_year: 2566\n  last_fiscal_year: 2570\n",
                                      "period:\n  - 2566\n  - 2570\n")
                return .error("plan.yaml", line: line + 1, "'period' must be a mapping", "not a list")
            },
            CorpusCase(.plan, "type-body-text", announcement) { h in
                let line = try h.edit("\(h.planPath)/plan.yaml", "  body:\n    - ", "  body: ข้อความ\n  body_old:\n    - ")
                return .error("plan.yaml", line: line, "'announcement.body' must be a list")
            },
            CorpusCase(.plan, "type-year-out-of-range", announcement) { h in
                let line = try h.edit("\(h.planPath)/plan.yaml", "  first_fiscal_year: 2566", "  first_fiscal_year: 25660")
                return .error("plan.yaml", line: line, "between 2400 and 2800, found 25660")
            },
            CorpusCase(.plan, "type-integer-overflow", announcement) { h in
                let line = try h.edit("\(h.planPath)/plan.yaml", "  last_fiscal_year: 2570", "  last_fiscal_year: 99999999999999999999999999999")
                return .error("plan.yaml", line: line, "must be a whole number in Arabic digits")
            },
            CorpusCase(.plan, "type-date-nonexistent", announcement) { h in
                let line = try h.edit("\(h.planPath)/plan.yaml", "  date: 2565-09-27", "  date: 2565-02-30")
                return .error("plan.yaml", line: line, "'announcement.date' must be a date", "day 30 does not exist")
            },
            CorpusCase(.plan, "missing-required-field", announcement) { h in
                try h.edit("\(h.planPath)/plan.yaml", "title: แผนปฏิบัติการป้องกันการทุจริต เพื่อยกระดับคุณธรรมและความโปร่งใส\n", "")
                // The document's mapping starts at its first key, after the comments.
                return .error("plan.yaml", line: try h.line(of: "format: 1", in: "\(h.planPath)/plan.yaml"), "missing required field 'title'")
            },
            CorpusCase(.plan, "unknown-field", announcement) { h in
                let line = try h.edit("\(h.planPath)/plan.yaml", "  phone:", "  telephone:")
                return .error("plan.yaml", line: line, "unknown field 'organization.telephone'")
            },
            CorpusCase(.plan, "empty-file", announcement) { h in
                try h.write("\(h.planPath)/plan.yaml", "")
                return .error("plan.yaml", line: 1, "the file is empty")
            },
            CorpusCase(.plan, "only-comments", validate) { h in
                try h.write("\(h.planPath)/plan.yaml", "# plan.yaml\n# (to be written)\n\n")
                return .error("plan.yaml", line: 1, "the file is empty")
            },
            CorpusCase(.plan, "binary-junk", announcement) { h in
                var generator = SeededBytes(seed: 7)
                try h.write("\(h.planPath)/plan.yaml", Data(generator.bytes(4096)))
                return .error("plan.yaml", line: 1, "not valid UTF-8")
            },
            CorpusCase(.plan, "invalid-utf8-byte", announcement) { h in
                var text = try h.read("\(h.planPath)/plan.yaml")
                let line = try h.line(of: "  closing:", in: "\(h.planPath)/plan.yaml")
                text = text.replacingOccurrences(of: "  closing: จึง", with: "  closing: \u{1}จึง")
                var bytes = [UInt8](text.utf8)
                bytes[bytes.firstIndex(of: 1)!] = 0xC0
                try h.write("\(h.planPath)/plan.yaml", Data(bytes))
                return .error("plan.yaml", line: line, "not valid UTF-8", "save it as UTF-8")
            },
            CorpusCase(.plan, "windows-874-encoding", announcement) { h in
                // Thai saved as "ANSI" by an old editor.
                let text = try h.read("\(h.planPath)/plan.yaml")
                try h.write("\(h.planPath)/plan.yaml", Data(Windows874Encoder.encode(text)))
                let firstThai = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.unicodeScalars.contains { (0x0E01...0x0E5B).contains($0.value) } }! + 1
                return .error("plan.yaml", line: firstThai, "Windows-874", "save it as UTF-8")
            },
            CorpusCase(.plan, "utf16-encoding", announcement) { h in
                let text = try h.read("\(h.planPath)/plan.yaml")
                try h.write("\(h.planPath)/plan.yaml", text.data(using: .utf16)!)
                return .error("plan.yaml", line: 1, "UTF-16", "save it as UTF-8")
            },
            CorpusCase(.plan, "nul-character", announcement) { h in
                let line = try h.edit("\(h.planPath)/plan.yaml", "  closing: จึง", "  closing: \u{0}จึง")
                return .error("plan.yaml", line: line, "control character")
            },
            CorpusCase(.plan, "escape-control-character", announcement) { h in
                let line = try h.edit("\(h.planPath)/plan.yaml", "  closing: จึง", "  closing: จึง\u{1B}[31m")
                return .error("plan.yaml", line: line, "control character")
            },
            CorpusCase(.plan, "duplicate-key", announcement) { h in
                let line = try h.line(of: "title:", in: "\(h.planPath)/plan.yaml")
                try h.append("\(h.planPath)/plan.yaml", "title: ชื่อแผนซ้ำ\n")
                return .error("plan.yaml", line: line, "duplicate key 'title'")
            },
            CorpusCase(.plan, "duplicate-nested-key", announcement) { h in
                let line = try h.line(of: "  province:", in: "\(h.planPath)/plan.yaml")
                try h.edit("\(h.planPath)/plan.yaml", "  phone:", "  province: สกลนคร\n  phone:")
                return .error("plan.yaml", line: line, "duplicate key 'province'")
            },
            CorpusCase(.plan, "alias-bomb", announcement) { h in
                let line = try h.append("\(h.planPath)/plan.yaml", AliasBomb.text(key: "x_bomb", anchor: "a"))
                return .error("plan.yaml", line: line + 2, "anchors and aliases", "not allowed")
            },
            CorpusCase(.plan, "alias-bomb-hyphen-names", validate) { h in
                // Anchor names that start with '-' once slipped past a text check.
                let line = try h.append("\(h.planPath)/plan.yaml", AliasBomb.text(key: "x_bomb", anchor: "-"))
                return .error("plan.yaml", line: line + 2, "anchors and aliases")
            },
            CorpusCase(.plan, "alias-bomb-as-mapping-key", validate) { h in
                // An aliased key is hashed while the YAML is composed: it must be refused before that.
                let line = try h.append("\(h.planPath)/plan.yaml", AliasBomb.text(key: "x_bomb", anchor: "k") + "? *k9\n: value\n")
                return .error("plan.yaml", line: line + 2, "anchors and aliases")
            },
            CorpusCase(.plan, "merge-key", announcement) { h in
                try h.edit("\(h.planPath)/plan.yaml", "organization:\n", "organization: &org\n")
                let line = try h.append("\(h.planPath)/plan.yaml", "copy:\n  <<: *org\n")
                return .error("plan.yaml", line: line + 1, "anchors and aliases")
            },
            CorpusCase(.plan, "nesting-1000-deep", validate) { h in
                let line = try h.append("\(h.planPath)/plan.yaml", "x_deep: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n")
                return .error("plan.yaml", line: line, "nest more than 1000 levels")
            },
            CorpusCase(.plan, "list-fifty-deep-in-text-field", announcement) { h in
                let line = try h.edit("\(h.planPath)/plan.yaml", "  closing: จึงประกาศให้ทราบโดยทั่วกัน",
                                      "  closing: " + String(repeating: "[", count: 50) + "จึงประกาศ" + String(repeating: "]", count: 50))
                return .error("plan.yaml", line: line, "'announcement.closing' must be a single value, not a list")
            },
            CorpusCase(.plan, "utf8-byte-order-mark", announcement) { h in
                // Windows Notepad's "UTF-8 with BOM": valid.
                let text = try h.read("\(h.planPath)/plan.yaml")
                try h.write("\(h.planPath)/plan.yaml", Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8))
                return .success("announcement.pdf", check: PDFChecks.announcementRendered)
            },
            CorpusCase(.plan, "crlf-line-ends", announcement) { h in
                let text = try h.read("\(h.planPath)/plan.yaml")
                try h.write("\(h.planPath)/plan.yaml", text.replacingOccurrences(of: "\n", with: "\r\n"))
                return .success("announcement.pdf", check: PDFChecks.announcementRendered)
            },
            CorpusCase(.plan, "validation-error-stops-render", announcement) { h in
                let line = try h.edit("\(h.planPath)/plan.yaml", "  last_fiscal_year: 2570", "  last_fiscal_year: 2565")
                return .error("plan.yaml", line: line, "comes before its first 2566")
            },
        ]
    }
}

/// A "billion laughs" YAML block: ten levels, each nine aliases of the one before (9^9 values once expanded).
enum AliasBomb {
    static func text(key: String, anchor: String) -> String {
        var lines = ["\(key):", "  l0: &\(anchor)0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
        for level in 1...9 {
            let items = Array(repeating: "*\(anchor)\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("  l\(level): &\(anchor)\(level) [\(items)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Deterministic junk bytes.
struct SeededBytes {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt8 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return UInt8(truncatingIfNeeded: state >> 33)
    }
    mutating func bytes(_ count: Int) -> [UInt8] { (0..<count).map { _ in next() } }
}

/// Encodes Thai text as Windows-874 (what an old editor's "ANSI" does), for files in the wrong encoding.
enum Windows874Encoder {
    static func encode(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { scalar in
            let v = scalar.value
            if v < 0x80 { return UInt8(v) }
            if (0x0E01...0x0E3A).contains(v) || (0x0E3F...0x0E5B).contains(v) { return UInt8(v - 0x0E00 + 0xA0) }
            return UInt8(ascii: "?")
        }
    }
}
