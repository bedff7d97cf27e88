import Foundation
import TestSupport
import XCTest

/// The announcement (ประกาศ) as a user gets it: rendered by the `planpress` binary, read back with poppler.
final class AnnouncementTests: XCTestCase {
    static let cm = 72.0 / 2.54

    /// Renders the announcement of the default plan in `home` and returns the PDF's path.
    func renderAnnouncement(home: URL) throws -> String {
        let result = try Workspace.planpress(["render", "announcement"], home: home)
        XCTAssertEqual(result.status, 0, result.stderr)
        return home.appendingPathComponent("output/\(Workspace.defaultPlanID)/announcement.pdf").path
    }

    func testTextComesOutInOrder() throws {
        let pdf = PDFProbe(path: try renderAnnouncement(home: try scratchHome()))
        let text = try pdf.compactText()
        let expected = ["ประกาศองค์การบริหารส่วนจังหวัดนครพนม",
                        "เรื่องประกาศใช้แผนปฏิบัติการป้องกันการทุจริต",
                        "จึงประกาศให้ทราบโดยทั่วกัน",
                        "ประกาศณวันที่๒๗กันยายนพ.ศ.๒๕๖๕",
                        "(นางสาวศุภพานีโพธิ์สุ)",
                        "นายกองค์การบริหารส่วนจังหวัดนครพนม"]
        var from = text.startIndex
        for phrase in expected {
            guard let found = text.range(of: phrase, range: from..<text.endIndex) else {
                XCTFail("“\(phrase)” not found (in order) in the extracted text:\n\(try pdf.text())")
                return
            }
            from = found.upperBound
        }
    }

    func testOneA4PortraitPageWithEmbeddedSubsetFonts() throws {
        let pdf = PDFProbe(path: try renderAnnouncement(home: try scratchHome()))
        let sizes = try pdf.pageSizes()
        XCTAssertEqual(sizes.count, 1)
        XCTAssertEqual(sizes[0].width, 595.28, accuracy: 0.5)
        XCTAssertEqual(sizes[0].height, 841.89, accuracy: 0.5)
        let fonts = try pdf.fonts()
        XCTAssertFalse(fonts.isEmpty)
        for font in fonts {
            XCTAssertTrue(font.embedded, "\(font.name) not embedded")
            XCTAssertTrue(font.subset, "\(font.name) not subset")
            XCTAssertTrue(font.unicode, "\(font.name) has no ToUnicode map")
        }
        XCTAssertEqual(try pdf.info()["Author"], "องค์การบริหารส่วนจังหวัดนครพนม")
    }

    func testGeometryFollowsTheLayout() throws {
        let pdf = PDFProbe(path: try renderAnnouncement(home: try scratchHome()))
        let lines = try pdf.lines()
        let pageWidth = 595.28, left = 3 * Self.cm, right = 2 * Self.cm
        let textCenter = left + (pageWidth - left - right) / 2
        let heading = try XCTUnwrap(lines.first { $0.text == "ประกาศองค์การบริหารส่วนจังหวัดนครพนม" })
        XCTAssertEqual(heading.centerX, textCenter, accuracy: 2, "heading not centred on the text block")
        let name = try XCTUnwrap(lines.first { $0.text.hasPrefix("(นางสาว") })
        let columnLeft = left + (pageWidth - left - right) / 2
        let columnCenter = columnLeft + (pageWidth - right - columnLeft) / 2
        XCTAssertEqual(name.centerX, columnCenter, accuracy: 2, "signer's name not centred on the signature column")
        let position = try XCTUnwrap(lines.last { $0.text == "นายกองค์การบริหารส่วนจังหวัดนครพนม" })
        XCTAssertEqual(position.centerX, columnCenter, accuracy: 2)
        let firstBody = try XCTUnwrap(lines.first { $0.text.hasPrefix("ด้วย") })
        XCTAssertEqual(firstBody.xMin, left + 2.5 * Self.cm, accuracy: 2, "first body line not indented 2.5 cm")
    }

    func testChangingTheLeftMarginMovesTheText() throws {
        let home = try scratchHome()
        let before = try PDFProbe(path: renderAnnouncement(home: home)).lines()
        try Workspace.edit("Layouts/announcement.yaml", in: home, replacing: "left: 3cm", with: "left: 4cm")
        let after = try PDFProbe(path: renderAnnouncement(home: home)).lines()
        let a = try XCTUnwrap(before.first { $0.text.hasPrefix("ด้วย") })
        let b = try XCTUnwrap(after.first { $0.text.hasPrefix("ด้วย") })
        XCTAssertEqual(b.xMin - a.xMin, 1 * Self.cm, accuracy: 0.5)
    }

    func testTwoRendersAreByteIdentical() throws {
        let home = try scratchHome()
        let path = try renderAnnouncement(home: home)
        let first = try Data(contentsOf: URL(fileURLWithPath: path))
        try FileManager.default.removeItem(atPath: path)
        let second = try Data(contentsOf: URL(fileURLWithPath: try renderAnnouncement(home: home)))
        XCTAssertEqual(first, second)
        XCTAssertGreaterThan(first.count, 1000)
    }

    // MARK: Bad input: a clear error, exit 1, and no PDF

    func assertFails(home: URL, messageContains needles: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try Workspace.planpress(["render", "announcement"], home: home)
        XCTAssertEqual(result.status, 1, "expected exit 1; stderr: \(result.stderr)", file: file, line: line)
        for needle in needles {
            XCTAssertTrue(result.stderr.contains(needle), "“\(needle)” not in: \(result.stderr)", file: file, line: line)
        }
        let pdf = home.appendingPathComponent("output/\(Workspace.defaultPlanID)/announcement.pdf").path
        XCTAssertFalse(FileManager.default.fileExists(atPath: pdf), "a PDF was written despite the error", file: file, line: line)
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: home.appendingPathComponent("output/\(Workspace.defaultPlanID)").path)) ?? []
        XCTAssertTrue(leftovers.isEmpty, "files left in the output folder: \(leftovers)", file: file, line: line)
    }

    func testMissingFontFamilyIsAnError() throws {
        let home = try scratchHome()
        try Workspace.edit("Layouts/announcement.yaml", in: home,
                           replacing: "thai: [TH SarabunIT๙, TH Sarabun New, TH SarabunPSK, Laksaman, Phetsarath OT, DejaVu Sans]",
                           with: "thai: [No Such Family, Another Missing Font]")
        try assertFails(home: home, messageContains: ["No Such Family", "Another Missing Font", "Layouts/announcement.yaml"])
    }

    func testMissingEmblemFileIsAnError() throws {
        let home = try scratchHome()
        try Workspace.edit("Plans/\(Workspace.defaultPlanID)/plan.yaml", in: home,
                           replacing: "  province:", with: "  emblem: images/garuda.png\n  province:")
        try assertFails(home: home, messageContains: ["plan.yaml:", "organization.emblem", "images/garuda.png", "does not exist"])
    }

    func testEmblemOutsideThePlanFolderIsRefused() throws {
        let home = try scratchHome()
        try Workspace.edit("Plans/\(Workspace.defaultPlanID)/plan.yaml", in: home,
                           replacing: "  province:", with: "  emblem: ../../Layouts/announcement.yaml\n  province:")
        try assertFails(home: home, messageContains: ["organization.emblem", "outside the plan folder"])
    }

    func testUnreadablePlanFolderIsAnError() throws {
        let home = try scratchHome()
        let result = try Workspace.planpress(["render", "announcement", "--plan", home.appendingPathComponent("no-such-plan").path], home: home)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("no-such-plan"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: home.appendingPathComponent("output").path))
    }

    func testUnknownLayoutKeyNamesFileAndLine() throws {
        let home = try scratchHome()
        try Workspace.edit("Layouts/announcement.yaml", in: home, replacing: "  orientation: portrait", with: "  orientation: portrait\n  colour: blue")
        try assertFails(home: home, messageContains: ["Layouts/announcement.yaml:", "unknown field 'page.colour'"])
    }

    func testNegativeMarginIsAnError() throws {
        let home = try scratchHome()
        try Workspace.edit("Layouts/announcement.yaml", in: home, replacing: "left: 3cm", with: "left: -3cm")
        try assertFails(home: home, messageContains: ["Layouts/announcement.yaml:", "must not be negative"])
    }

    func testMarginsWiderThanThePageAreAnError() throws {
        let home = try scratchHome()
        try Workspace.edit("Layouts/announcement.yaml", in: home, replacing: "left: 3cm", with: "left: 20cm")
        try assertFails(home: home, messageContains: ["Layouts/announcement.yaml:", "margins leave no room"])
    }

    func testUnknownDocumentIsAUsageError() throws {
        let result = try Workspace.planpress(["render", "no-such-document"], home: try scratchHome())
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("unknown document"), result.stderr)
    }
}

extension AnnouncementTests {
    func testEmblemImageIsPrintedAtItsPlace() throws {
        let home = try scratchHome()
        let plan = home.appendingPathComponent("Plans/\(Workspace.defaultPlanID)")
        try FileManager.default.createDirectory(at: plan.appendingPathComponent("images"), withIntermediateDirectories: true)
        try PNGFile.write(to: plan.appendingPathComponent("images/garuda.png"), width: 60, height: 80) { x, y in
            (x + y) % 2 == 0 ? (200, 40, 40) : (250, 250, 250)
        }
        try Workspace.edit("Plans/\(Workspace.defaultPlanID)/plan.yaml", in: home,
                           replacing: "  province:", with: "  emblem: images/garuda.png\n  province:")
        let pdf = try renderAnnouncement(home: home)
        let list = try Shell.run("/usr/bin/pdfimages", ["-list", pdf]).stdout
        let rows = list.split(separator: "\n").dropFirst(2)
        XCTAssertEqual(rows.count, 1, list)
        let columns = rows.first.map { $0.split(separator: " ").map(String.init) } ?? []
        XCTAssertEqual(columns[safe: 3], "60")
        XCTAssertEqual(columns[safe: 4], "80")
        // Drawn 3 cm tall: pdfimages reports its resolution; 80 px over 3 cm is 67.7 ppi.
        let yppi = Double(columns[safe: 13] ?? "") ?? 0
        XCTAssertEqual(yppi, 80 / (3 / 2.54), accuracy: 1.5)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
