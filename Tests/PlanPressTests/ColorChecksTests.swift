import CColorChecks
import Foundation
import PlanPress
import TestSupport
import XCTest

/// Pango asks HarfBuzz, for each glyph, whether it is drawn in color; this process answers from what HarfBuzz
/// said of the face the first time (`CColorChecks`), and the PDFs are those HarfBuzz's own answers give.
final class ColorChecksTests: XCTestCase {
    override func tearDown() {
        planpress_color_checks_set_enabled(1)
    }

    func testRenderedPDFsAreTheSameAsWhenHarfBuzzAnswersEveryGlyph() throws {
        let home = try scratchHome()
        func render(_ folder: String, kept: Bool) throws -> [String: Data] {
            planpress_color_checks_set_enabled(kept ? 1 : 0)
            defer { planpress_color_checks_set_enabled(1) }
            return try InProcessRender.files([.book, .announcement, .budget], home: ProjectHome(root: home.path),
                                             out: home.appendingPathComponent(folder))
        }
        // Three questions a glyph: the book alone has some 400,000 glyphs, each of whose runs is laid out here.
        let before = planpress_color_checks_answered()
        let kept = try render("kept", kept: true)
        XCTAssertGreaterThan(planpress_color_checks_answered() - before, 300_000, "the glyphs' questions are answered here")
        let middle = planpress_color_checks_answered()
        let asked = try render("asked", kept: false)
        XCTAssertEqual(planpress_color_checks_answered(), middle, "switched off, HarfBuzz answers every question")
        XCTAssertEqual(kept.count, 3)
        assertSameFiles(kept, asked, "differs when HarfBuzz answers every glyph's color questions")
    }

    /// `PLANPRESS_HARFBUZZ_COLOR_CHECKS` starts a process with the answers off: its files are those of a process
    /// with them on.
    func testTheEnvironmentSwitchWritesTheSameFiles() throws {
        let home = try scratchHome()
        let runs = try Workspace.renderEach([("kept", [:]), ("asked", ["PLANPRESS_HARFBUZZ_COLOR_CHECKS": "1"])],
                                            ["render", "announcement", "budget", "book", "--no-layout-cache"], home: home)
        let kept = runs["kept"] ?? [:], asked = runs["asked"] ?? [:]
        XCTAssertEqual(kept.count, 3, "\(kept.keys.sorted())")
        assertSameFiles(kept, asked, minimumBytes: 10_000, "differs when HarfBuzz answers every glyph's color questions")
    }
}
