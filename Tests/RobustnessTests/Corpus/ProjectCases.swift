import Foundation

/// Broken and extreme `projects/NN.yaml` files.
enum ProjectCases {
    static func sheet(_ n: Int) -> [String] { ["render", "projects", "--project", "\(n)"] }
    static let budget = ["render", "budget"]

    static var all: [CorpusCase] {
        [
            CorpusCase(.project, "syntax-mapping-in-scalar", sheet(6)) { h in
                let line = try h.edit("\(h.planPath)/projects/06.yaml", "kind: มาตรการ\n", "kind: มาตรการ: ผิด\n")
                return .error("projects/06.yaml", line: line, "YAML syntax error", "mapping values are not allowed")
            },
            CorpusCase(.project, "syntax-unclosed-flow-list", sheet(2)) { h in
                let line = try h.edit("\(h.planPath)/projects/02.yaml", "divisions:\n  - ", "divisions: [")
                return .error("projects/02.yaml", line: line, "YAML syntax error")
            },
            CorpusCase(.project, "type-number-in-words", sheet(2)) { h in
                let line = try h.edit("\(h.planPath)/projects/02.yaml", "number: 2\n", "number: สอง\n")
                return .error("projects/02.yaml", line: line, "'number' must be a whole number in Arabic digits, found 'สอง'")
            },
            CorpusCase(.project, "type-number-zero", sheet(2)) { h in
                let line = try h.edit("\(h.planPath)/projects/02.yaml", "number: 2\n", "number: 0\n")
                return .error("projects/02.yaml", line: line, "'number' must be between 1 and 100000, found 0")
            },
            CorpusCase(.project, "type-mission-malformed", sheet(3)) { h in
                let line = try h.line(of: "mission:", in: "\(h.planPath)/projects/03.yaml")
                let text = try h.read("\(h.planPath)/projects/03.yaml")
                let old = text.split(separator: "\n").first { $0.hasPrefix("mission:") }!
                try h.edit("\(h.planPath)/projects/03.yaml", String(old), "mission: \"1.1.1.1\"")
                return .error("projects/03.yaml", line: line, "'mission' must look like \"1.1\"")
            },
            CorpusCase(.project, "type-divisions-mapping", sheet(1)) { h in
                let line = try h.edit("\(h.planPath)/projects/01.yaml", "divisions:\n  - office-of-the-clerk\n", "divisions:\n  office: office-of-the-clerk\n")
                return .error("projects/01.yaml", line: line + 1, "'divisions' must be a list")
            },
            CorpusCase(.project, "empty-file", sheet(1)) { h in
                try h.write("\(h.planPath)/projects/09.yaml", "")
                return .error("projects/09.yaml", line: 1, "the file is empty")
            },
            CorpusCase(.project, "binary-junk-png-renamed", sheet(1)) { h in
                try h.writePNG("\(h.planPath)/projects/09.yaml", width: 64, height: 64)
                return .error("projects/09.yaml", line: 1, "not valid UTF-8")
            },
            CorpusCase(.project, "windows-874-encoding", sheet(1)) { h in
                let text = try h.read("\(h.planPath)/projects/04.yaml")
                try h.write("\(h.planPath)/projects/04.yaml", Data(Windows874Encoder.encode(text)))
                return .error("projects/04.yaml", line: 2, "Windows-874", "save it as UTF-8")
            },
            CorpusCase(.project, "invisible-bidi-control-in-name", sheet(1)) { h in
                // U+0085 (NEL) pasted from a web page: a C1 control character.
                let line = try h.edit("\(h.planPath)/projects/01.yaml", "name: กิจกรรม", "name: กิจกรรม\u{85}")
                return .error("projects/01.yaml", line: line, "control character")
            },
            CorpusCase(.project, "duplicate-key", sheet(1)) { h in
                try h.edit("\(h.planPath)/projects/01.yaml", "kind: กิจกรรม\n", "kind: กิจกรรม\nname: ชื่อซ้ำ\n")
                return .error("projects/01.yaml", line: 2, "duplicate key 'name'")
            },
            CorpusCase(.project, "alias-bomb", sheet(1)) { h in
                let line = try h.append("\(h.planPath)/projects/01.yaml", AliasBomb.text(key: "note_bomb", anchor: "x"))
                return .error("projects/01.yaml", line: line + 2, "anchors and aliases")
            },
            CorpusCase(.project, "budget-10e15-baht", sheet(5)) { h in
                // Valid however unlikely: digits and words are printed exactly.
                try h.edit("\(h.planPath)/projects/05.yaml", "  2566: \"100000.00\"", "  2566: \"1000000000000000.00\"")
                return .success("project-05.pdf", check: PDFChecks.contains("projects/project-05.pdf", ["๑,๐๐๐,๐๐๐,๐๐๐,๐๐๐,๐๐๐"]))
            },
            CorpusCase(.project, "budget-10e15-baht-in-table", budget) { h in
                try h.edit("\(h.planPath)/projects/05.yaml", "  2566: \"100000.00\"", "  2566: \"1000000000000000.00\"")
                return .success("budget-table.pdf", check: PDFChecks.contains("budget-table.pdf", ["๑,๐๐๐,๐๐๐,๐๐๐,๐๐๐,๐๐๐"]))
            },
            CorpusCase(.project, "budget-beyond-int64", sheet(5)) { h in
                let line = try h.edit("\(h.planPath)/projects/05.yaml", "  2566: \"100000.00\"", "  2566: \"100000000000000000.00\"")
                return .error("projects/05.yaml", line: line, "budget for 2566", "too large")
            },
            CorpusCase(.project, "budget-total-overflow", budget) { h in
                try h.edit("\(h.planPath)/projects/05.yaml", "  2566: \"100000.00\"", "  2566: \"90000000000000000.00\"")
                let line = try h.edit("\(h.planPath)/projects/05.yaml", "  2567: \"100000.00\"", "  2567: \"90000000000000000.00\"")
                return .error("projects/05.yaml", line: line, "add up to more than PlanPress can count")
            },
            CorpusCase(.project, "budget-float-exponent", sheet(5)) { h in
                let line = try h.edit("\(h.planPath)/projects/05.yaml", "  2566: \"100000.00\"", "  2566: 1e5")
                return .error("projects/05.yaml", line: line, "budget for 2566 must be an amount in baht", "\"e\"")
            },
            CorpusCase(.project, "budget-negative", sheet(5)) { h in
                let line = try h.edit("\(h.planPath)/projects/05.yaml", "  2566: \"100000.00\"", "  2566: \"-100000.00\"")
                return .error("projects/05.yaml", line: line, "negative")
            },
            CorpusCase(.project, "budget-year-text", sheet(5)) { h in
                let line = try h.edit("\(h.planPath)/projects/05.yaml", "  2566: \"100000.00\"", "  ปี 2566: \"100000.00\"")
                return .error("projects/05.yaml", line: line, "budget years are Buddhist Era fiscal years")
            },
            CorpusCase(.project, "unknown-division", sheet(1)) { h in
                let line = try h.edit("\(h.planPath)/projects/01.yaml", "  - office-of-the-clerk\n", "  - office-of-the-clrek\n")
                return .error("projects/01.yaml", line: line, "office-of-the-clrek")
            },
            CorpusCase(.project, "numbering-gap", sheet(1)) { h in
                try h.remove("\(h.planPath)/projects/44.yaml")
                try h.write("\(h.planPath)/projects/45.yaml", try h.project(45))
                return .error("projects/45.yaml", line: 1, "45")
            },
            CorpusCase(.project, "items-nested-fifty-deep", sheet(1)) { h in
                // Valid YAML, but the documents number three levels: the fourth is refused where it starts.
                var items = "outputs:\n"
                var indent = "  "
                var fourth = 0
                for level in 1...50 {
                    if level == 4 { fourth = items.filter { $0 == "\n" }.count }
                    items += "\(indent)- text: ขั้นตอนที่ \(ThaiDigits(level))\n\(indent)  items:\n"
                    indent += "    "
                }
                items += "\(indent)- ขั้นตอนสุดท้าย\n"
                let line = try h.edit("\(h.planPath)/projects/01.yaml", "outputs: []\n", items)
                return .error("projects/01.yaml", line: line + fourth, "nest 4 levels deep", "at most 3 levels")
            },
        ]
    }
}

/// Thai digits for test text (the validator warns about Arabic digits in Thai prose).
func ThaiDigits(_ n: Int) -> String {
    String(String(n).unicodeScalars.map { Character(Unicode.Scalar($0.value - 0x30 + 0x0E50)!) })
}
