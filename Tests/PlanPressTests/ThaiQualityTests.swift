import Foundation
import TestSupport
import XCTest

/// What Thai readers notice: justified lines without holes, names that never split, text that copies
/// out whole, and no character printed as a box.
final class ThaiQualityTests: XCTestCase {
    let planFile = "Plans/\(Workspace.defaultPlanID)/plan.yaml"

    /// Replaces the announcement's body in the scratch plan with `paragraph`.
    func setAnnouncementBody(_ paragraph: String, home: URL) throws {
        let url = home.appendingPathComponent(planFile)
        var text = try String(contentsOf: url, encoding: .utf8)
        let start = try XCTUnwrap(text.range(of: "  body:\n"))
        let end = try XCTUnwrap(text.range(of: "  closing:", range: start.upperBound..<text.endIndex))
        text.replaceSubrange(start.upperBound..<end.lowerBound, with: "    - \(paragraph)\n")
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func render(_ home: URL, _ arguments: [String] = ["render", "announcement"]) throws -> (Shell.Result, PDFProbe) {
        let result = try Workspace.planpress(arguments, home: home)
        return (result, PDFProbe(path: home.appendingPathComponent("output/\(Workspace.defaultPlanID)/announcement.pdf").path))
    }

    func testJustifiedLinesAreFlushWithNoGapWiderThanAnEm() throws {
        let (result, pdf) = try render(scratchHome())
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = try pdf.lines()
        let words = try pdf.words()
        let right = 595.28 - 2 * 72 / 2.54
        // The body: from its first line to the line before the closing formula; each paragraph's last line is ragged.
        let first = try XCTUnwrap(lines.firstIndex { $0.text.hasPrefix("ด้วย") })
        let closing = try XCTUnwrap(lines.firstIndex { $0.text.hasPrefix("จึงประกาศ") })
        let body = Array(lines[first..<closing])
        XCTAssertGreaterThan(body.count, 6)
        let paragraphEnds = Set(body.indices.filter { i in i + 1 == body.count || body[i + 1].text.hasPrefix("ดังนั้น") })
        var flush = 0
        for (i, line) in body.enumerated() where !paragraphEnds.contains(i) {
            XCTAssertEqual(line.xMax, right, accuracy: 1.5, "justified line \(i + 1) is not flush right: “\(line.text)”")
            flush += 1
            let onLine = words.filter { $0.page == line.page && $0.yMin >= line.yMin - 0.5 && $0.yMax <= line.yMax + 0.5 }
                .sorted { $0.xMin < $1.xMin }
            for (a, b) in zip(onLine, onLine.dropFirst()) {
                XCTAssertLessThanOrEqual(b.xMin - a.xMax, 16, "a gap wider than 1 em on line “\(line.text)”")
            }
        }
        XCTAssertGreaterThan(flush, 4)
    }

    func testProtectedNamesNeverBreakAtTwentyWidths() throws {
        let home = try scratchHome()
        let names = ["องค์การบริหารส่วนจังหวัดนครพนม", "สำนักปลัดองค์การบริหารส่วนจังหวัด", "กองยุทธศาสตร์และงบประมาณ",
                     "กองการศึกษา ศาสนาและวัฒนธรรม", "พ.ศ. ๒๕๖๖ - ๒๕๗๐", "หน่วยงานตรวจสอบภายใน"]
        let paragraph = (0..<4).map { i in
            names.map { "ให้\($0)ดำเนินการตามแผน" }.joined(separator: "ร่วมกับ") + (i % 2 == 0 ? " " : "")
        }.joined()
        try setAnnouncementBody(paragraph, home: home)
        var checked = 0
        try sweepRightMargin(home, steps: 20, by: 0.35) { margin, all in
            // The body paragraph (the signature column is narrower than some names: there they must break).
            let first = try XCTUnwrap(all.firstIndex { $0.hasPrefix("ให้") })
            let end = try XCTUnwrap(all.firstIndex { $0.hasPrefix("จึงประกาศ") })
            let lines = Array(all[first..<end])
            for (a, b) in zip(lines, lines.dropFirst()) {
                for name in names.map({ $0.filter { !$0.isWhitespace } }) where Self.breaks(name, a, b) {
                    XCTFail("“\(name)” broken across lines at \(margin): “…\(a.suffix(12))” / “\(b.prefix(12))…”")
                }
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 100, "line ends checked over twenty widths")
    }

    /// Renders the announcement with its right margin at 2 cm, then `by` cm wider at each of `steps` steps,
    /// and hands each margin and the PDF's lines (white space removed) to `body`; the margin is put back after.
    func sweepRightMargin(_ home: URL, steps: Int, by step: Double, _ body: (String, [String]) throws -> Void) throws {
        let layout = "Layouts/announcement.yaml"
        var current = "right: 2cm"
        defer { try? Workspace.edit(layout, in: home, replacing: current, with: "right: 2cm") }
        for index in 0..<steps {
            let margin = String(format: "right: %.1fcm", 2 + Double(index) * step)
            try Workspace.edit(layout, in: home, replacing: current, with: margin)
            current = margin
            let (result, pdf) = try render(home)
            XCTAssertEqual(result.status, 0, result.stderr)
            try body(margin, try pdf.lines().map { $0.text.filter { !$0.isWhitespace } })
        }
    }

    /// Whether `name` is broken between the end of line `a` and the start of line `b`.
    static func breaks(_ name: String, _ a: String, _ b: String) -> Bool {
        (1..<name.count).contains { k in a.hasSuffix(String(name.prefix(k))) && b.hasPrefix(String(name.dropFirst(k))) }
    }

    /// How many times a name is broken across lines over eight widths of the announcement's body.
    func breaksInside(_ name: String, home: URL) throws -> Int {
        var breaks = 0
        try sweepRightMargin(home, steps: 8, by: 0.45) { _, lines in
            breaks += zip(lines, lines.dropFirst()).filter { Self.breaks(name, $0, $1) }.count
        }
        return breaks
    }

    func testAPlansOwnWordListKeepsItsNamesWhole() throws {
        // A village name no shipped list holds: Thai line breaking splits it between its words.
        let name = "บ้านโนนสะอาดพัฒนาเหนือ"
        let home = try scratchHome()
        try setAnnouncementBody((0..<12).map { _ in "ให้\(name)ร่วมดำเนินการตามแผน" }.joined(), home: home)
        let without = try breaksInside(name, home: home)
        XCTAssertGreaterThan(without, 0, "the name never fell at a line end: the test shows nothing")
        try "# this plan's names\n\(name)\n".write(to: home.appendingPathComponent("Plans/\(Workspace.defaultPlanID)/protected-names.txt"),
                                                    atomically: true, encoding: .utf8)
        XCTAssertEqual(try breaksInside(name, home: home), 0, "the plan's protected-names.txt is not honoured")
    }

    func testJustifyModesFromTheLayout() throws {
        // distributed (the default for body text) and spaces both make lines flush right; none leaves them ragged.
        let home = try scratchHome()
        let layout = "Layouts/announcement.yaml"
        let text = try String(contentsOf: home.appendingPathComponent(layout), encoding: .utf8)
        let body = try XCTUnwrap(text.split(separator: "\n").first { $0.hasPrefix("  body:") }).description
        let right = 595.28 - 2 * 72 / 2.54
        func bodyLines(_ mode: String) throws -> [PDFProbe.Line] {
            let edited = body.contains("justify:") ? body.replacingOccurrences(of: #"justify: [a-z]+"#, with: "justify: \(mode)", options: .regularExpression)
                                                   : body.replacingOccurrences(of: "}", with: ", justify: \(mode)}")
            try Workspace.edit(layout, in: home, replacing: body, with: edited)
            defer { try? Workspace.edit(layout, in: home, replacing: edited, with: body) }
            let (result, pdf) = try render(home)
            XCTAssertEqual(result.status, 0, result.stderr)
            let lines = try pdf.lines()
            let first = try XCTUnwrap(lines.firstIndex { $0.text.hasPrefix("ด้วย") })
            let closing = try XCTUnwrap(lines.firstIndex { $0.text.hasPrefix("จึงประกาศ") })
            // Lines that end a paragraph (the next begins with ดังนั้น or the closing) are ragged in every mode.
            return lines[first..<closing].enumerated().filter { i, _ in
                first + i + 1 < closing && !lines[first + i + 1].text.hasPrefix("ดังนั้น")
            }.map(\.element)
        }
        let distributed = try bodyLines("distributed")
        XCTAssertGreaterThan(distributed.count, 4)
        for line in distributed { XCTAssertEqual(line.xMax, right, accuracy: 1.5, "distributed: “\(line.text)” is not flush right") }
        // spaces stretches only at spaces: a line with one is flush, a line of Thai without one cannot be.
        let spaced = try bodyLines("spaces").filter { $0.text.contains(" ") }
        XCTAssertGreaterThan(spaced.count, 2)
        for line in spaced { XCTAssertEqual(line.xMax, right, accuracy: 1.5, "spaces: “\(line.text)” is not flush right") }
        let ragged = try bodyLines("none").filter { abs($0.xMax - right) > 3 }
        XCTAssertGreaterThan(ragged.count, 2, "justify: none still gives flush lines")
    }

    func testEveryParagraphOfTheBookCopiesOutWhole() throws {
        let home = try scratchHome()
        let result = try Workspace.planpress(["render", "book"], home: home)
        XCTAssertEqual(result.status, 0, result.stderr)
        let book = home.appendingPathComponent("output/\(Workspace.defaultPlanID)/plan-book.pdf").path
        // pdftotext's own reading order, line ends joined without a space: what a user pastes. The running
        // page numbers (above 64 pt from the top) are left out, so that a paragraph may cross a page break.
        let text = try Shell.run("/usr/bin/pdftotext", ["-y", "64", "-W", "900", "-H", "900", book, "-"]).stdout
            .replacingOccurrences(of: "\n", with: "")
        let compact = text.filter { !$0.isWhitespace }
        XCTAssertFalse(text.contains("ป้ องกัน"), "a tone mark split from its base")
        let yaml = try String(contentsOf: home.appendingPathComponent(planFile), encoding: .utf8)
        var paragraphs: [String] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: home.appendingPathComponent("Plans/\(Workspace.defaultPlanID)/projects").path) {
            paragraphs += try String(contentsOf: home.appendingPathComponent("Plans/\(Workspace.defaultPlanID)/projects/\(file)"), encoding: .utf8)
                .split(separator: "\n").filter { $0.hasPrefix("  - ") && !$0.contains(":") && $0.unicodeScalars.contains { (0x0E01...0x0E5B).contains($0.value) } }
                .map { String($0.dropFirst(4)) }
        }
        paragraphs += yaml.split(separator: "\n").filter { $0.hasPrefix("    - ") && $0.count > 60 }.map { String($0.dropFirst(6)) }
        paragraphs = paragraphs.map { p in
            guard let q = p.first, q == "'" || q == "\"", p.last == q, p.count > 1 else { return p }
            return String(p.dropFirst().dropLast()).replacingOccurrences(of: q == "'" ? "''" : "\\\"", with: String(q))
        }
        XCTAssertGreaterThan(paragraphs.count, 400)
        var broken: [String] = []
        for paragraph in paragraphs where !compact.contains(paragraph.filter { !$0.isWhitespace }) {
            broken.append(String(paragraph.prefix(50)))
        }
        XCTAssertTrue(broken.isEmpty, "\(broken.count) of \(paragraphs.count) paragraphs do not copy out whole, e.g. \(broken.prefix(5))")
    }

    func testACharacterNoFontDrawsIsAnErrorNamingTheText() throws {
        let home = try scratchHome()
        try setAnnouncementBody("ข้อความที่มีอักษร \u{E000} ซึ่งไม่มีฟอนต์ใดวาดได้", home: home)
        let (result, pdf) = try render(home)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("can draw"), result.stderr)
        XCTAssertTrue(result.stderr.contains("ข้อความที่มีอักษร"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: pdf.path))
    }

    func testABrokenThaiClusterIsAnErrorAtItsLine() throws {
        let home = try scratchHome()
        try setAnnouncementBody("ข้อความที่ ่มีวรรณยุกต์ลอยอยู่", home: home)
        let (result, pdf) = try render(home)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("plan.yaml:"), result.stderr)
        XCTAssertTrue(result.stderr.contains("announcement.body[0]"), result.stderr)
        XCTAssertTrue(result.stderr.contains("tone mark with no consonant"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: pdf.path))
    }

    func testLaoNamesUseTheLaoFontOfTheFallbackChain() throws {
        let home = try scratchHome()
        try setAnnouncementBody("ความร่วมมือกับแขวงคำม่วน (ແຂວງຄໍາມ່ວນ) สาธารณรัฐประชาธิปไตยประชาชนลาว", home: home)
        let (result, pdf) = try render(home)
        XCTAssertEqual(result.status, 0, result.stderr)
        let fonts = try pdf.fonts().map(\.name)
        XCTAssertTrue(fonts.contains { $0.contains("Phetsarath") }, "fonts: \(fonts)")
        XCTAssertTrue(try pdf.compactText().contains("ແຂວງຄໍາມ່ວນ"))
    }
}
