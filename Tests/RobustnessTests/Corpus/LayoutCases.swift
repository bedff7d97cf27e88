import Foundation

/// Broken layout files (`Layouts/announcement.yaml`).
enum LayoutCases {
    static let announcement = ["render", "announcement"]
    static let file = "Layouts/announcement.yaml"

    static var all: [CorpusCase] {
        [
            CorpusCase(.layout, "syntax-error", announcement) { h in
                let line = try h.edit(file, "  orientation: portrait\n", "  orientation: [portrait\n")
                return .error(file, line: nil, "YAML syntax error", check: { _, r in
                    guard r.stderr.contains("\(file):\(line)") || r.stderr.contains("\(file):\(line + 1)") else {
                        throw TestSetupError("the syntax error is not placed near line \(line)")
                    }
                })
            },
            CorpusCase(.layout, "empty-file", announcement) { h in
                try h.write(file, "")
                return .error(file, line: 1, "the file is empty")
            },
            CorpusCase(.layout, "binary-junk", announcement) { h in
                var generator = SeededBytes(seed: 11)
                try h.write(file, Data(generator.bytes(2048)))
                return .error(file, line: 1, "not valid UTF-8")
            },
            CorpusCase(.layout, "duplicate-key", announcement) { h in
                let line = try h.line(of: "  size: A4", in: file)
                try h.edit(file, "  orientation: portrait\n", "  orientation: portrait\n  size: A5\n")
                return .error(file, line: line, "duplicate key 'size'")
            },
            CorpusCase(.layout, "alias-bomb", announcement) { h in
                let line = try h.append(file, AliasBomb.text(key: "x_bomb", anchor: "b"))
                return .error(file, line: line + 2, "anchors and aliases")
            },
            CorpusCase(.layout, "type-margins-list", announcement) { h in
                let line = try h.edit(file, "  margins: {top: 2.5cm, right: 2cm, bottom: 2cm, left: 3cm}", "  margins: [2.5cm, 2cm, 2cm, 3cm]")
                return .error(file, line: line, "'page.margins' must be a mapping")
            },
            CorpusCase(.layout, "unknown-paper-size", announcement) { h in
                let line = try h.edit(file, "  size: A4", "  size: B17")
                return .error(file, line: line, "unknown paper size 'B17'")
            },
            CorpusCase(.layout, "margins-leave-no-room", announcement) { h in
                let line = try h.edit(file, "left: 3cm}", "left: 30cm}")
                return .error(file, line: line, "margins leave no room")
            },
            CorpusCase(.layout, "negative-length", announcement) { h in
                let line = try h.edit(file, "  rule_width: 4.5cm", "  rule_width: -4.5cm")
                return .error(file, line: line, "must not be negative")
            },
            CorpusCase(.layout, "not-a-number-length", announcement) { h in
                let line = try h.edit(file, "  rule_width: 4.5cm", "  rule_width: nancm")
                return .error(file, line: line, "must be a length such as")
            },
            CorpusCase(.layout, "font-size-zero", announcement) { h in
                let line = try h.edit(file, "size: 16pt", "size: 0pt")
                return .error(file, line: line, "'size' must be", "0pt")
            },
            CorpusCase(.layout, "font-size-5000pt", announcement) { h in
                // A typo for 50pt; a glyph bigger than the page.
                let line = try h.edit(file, "size: 16pt", "size: 5000pt")
                return .error(file, line: line, "size")
            },
            CorpusCase(.layout, "font-size-overflowing-double", announcement) { h in
                let line = try h.edit(file, "size: 16pt", "size: 1e300in")
                return .error(file, line: line, "size")
            },
            CorpusCase(.layout, "big-type-in-a-narrow-column", announcement) { h in
                // 400pt type (the largest allowed) in a column narrower than one character, for a 50,000-character
                // paragraph: 50,000 lines whose heights overflow Pango's 32-bit units, and minutes of line breaking.
                try h.replaceLine(startingWith: "  body:", in: file,
                                  with: "  body: {size: 400pt, left_indent: 96%, align: justify, justify: distributed}")
                _ = try ExtremeCases.setBodyParagraph(h, ExtremeCases.longParagraph(50_000))
                return .error(nil, line: nil, "leave no room for its text")
            },
            CorpusCase(.layout, "page-one-kilometre-wide", announcement) { h in
                let line = try h.edit(file, "  size: A4", "  size: {width: 100000cm, height: 100000cm}")
                return .error(file, line: line, "width")
            },
            CorpusCase(.layout, "line-spacing-zero", announcement) { h in
                let line = try h.edit(file, "line_spacing: 1.0", "line_spacing: 0")
                return .error(file, line: line, "line_spacing is a factor")
            },
            CorpusCase(.layout, "no-installed-font", announcement) { h in
                try h.replaceLine(startingWith: "  thai:", in: file, with: "  thai: [No Such Family, Another Missing Font]")
                return .error(file, line: nil, "No Such Family", "Another Missing Font", "is installed")
            },
            CorpusCase(.layout, "page-number-format-without-n", announcement) { h in
                let line = try h.edit(file, "  format: \"- {n} -\"", "  format: \"- page -\"")
                return .error(file, line: line, "must contain {n}")
            },
            CorpusCase(.layout, "unknown-style", announcement) { h in
                let line = try h.edit(file, "  heading: {", "  headline: {")
                return .error(file, line: line, "unknown style 'headline'")
            },
            CorpusCase(.layout, "bad-colour", announcement) { h in
                let line = try h.edit(file, "  page_number: {align: center}", "  page_number: {align: center, color: \"#GGGGGG\"}")
                return .error(file, line: line, "color is #RRGGBB")
            },
            CorpusCase(.layout, "missing-file", announcement) { h in
                try h.remove(file)
                return .error(file, line: nil, "no such file")
            },
            CorpusCase(.layout, "folder-instead-of-file", announcement) { h in
                try h.remove(file)
                try FileManager.default.createDirectory(atPath: h.path(file), withIntermediateDirectories: true)
                return .error(file, line: nil, "a folder, not a file")
            },
        ]
    }
}
