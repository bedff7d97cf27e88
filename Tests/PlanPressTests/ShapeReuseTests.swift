import CShapeReuse
import Foundation
import Graphics
import TestSupport
@testable import PlanPress
import XCTest

/// A line's part of a run is answered from the glyphs HarfBuzz made for the whole run when HarfBuzz says
/// the text may be split there (`CShapeReuse`): what Pango sets, and what the PDFs hold, is what shaping
/// every run gives.
final class ShapeReuseTests: XCTestCase {
    override func tearDown() {
        planpress_shape_reuse_set_enabled(1)
        super.tearDown()
    }

    /// Lays `text` out at many widths (every line break falls somewhere else), reuse on and off.
    func layouts(_ text: String, families: [String], fonts: FontSystem, reuse: Bool) -> [TextLayout] {
        planpress_shape_reuse_set_enabled(reuse ? 1 : 0)
        defer { planpress_shape_reuse_set_enabled(1) }
        return stride(from: 36.0, through: 420.0, by: 9.5).map { width in
            TextLayout(fonts: fonts, text: text, font: FontRequest(families: families, size: 16), width: width,
                       alignment: .left, justification: .distributed)
        }
    }

    func testLinesAreSetAsWhenEveryRunIsShaped() throws {
        let fonts = try FontSystem(applicationFontDirectories: [])
        let texts: [(String, [String])] = [
            // Thai with above and below marks, Sara Am, digits and a date, as the plan writes them.
            ("องค์การบริหารส่วนจังหวัดนครพนมจัดทำแผนปฏิบัติการป้องกันการทุจริต ระยะ ๕ ปี (พ.ศ. ๒๕๖๖ – ๒๕๗๐) "
                + "เพื่อยกระดับคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ งบประมาณ ๑,๒๓๔,๕๖๗ บาท "
                + "ผู้รับผิดชอบ: กองคลัง สำนักปลัดฯ น้ำใจ ฯลฯ ๆ", ["TH SarabunIT๙", "TH Sarabun New", "Laksaman"]),
            // Latin with kerning pairs and ligatures, in a font that has both.
            ("AVATAR Wave Toyota office affine flow, \"quoted\" LTA VAT 1,234.56 Ta Te To Yo P.A.O. WAV "
                + "T-Vase A-V-A-T-Y L-T-V Y-A-W well-known co-op T—V A–W 2566–2570 T/V Y/A",
                ["DejaVu Sans"]),
            // Thai and Latin mixed in one paragraph, each in its own runs.
            ("โครงการ Integrity & Transparency Assessment (ITA) ประจำปี ๒๕๖๗ ของ อบจ. ร้อยละ 85.50 ขึ้นไป",
                ["TH SarabunIT๙", "TH Sarabun New", "Laksaman", "DejaVu Sans"]),
        ]
        var reused = 0
        for (text, families) in texts {
            let before = planpress_shape_runs_reused()
            let kept = layouts(text, families: families, fonts: fonts, reuse: true)
            reused += planpress_shape_runs_reused() - before
            let shapedEveryRun = layouts(text, families: families, fonts: fonts, reuse: false)
            XCTAssertEqual(kept.count, shapedEveryRun.count)
            for (index, (a, b)) in zip(kept, shapedEveryRun).enumerated() {
                XCTAssertGreaterThan(a.lines.count, 0)
                XCTAssertEqual(a.lines, b.lines, "\(families[0]), width \(index): lines differ when runs are reused")
                XCTAssertEqual(a.shaped, b.shaped, "\(families[0]), width \(index): glyphs differ when runs are reused")
            }
        }
        // Narrow widths break runs into many lines: most of them are answered from the whole run.
        XCTAssertGreaterThan(reused, 100)
    }

    func testTurnedOffEveryRunIsShaped() throws {
        let fonts = try FontSystem(applicationFontDirectories: [])
        let reused = planpress_shape_runs_reused(), shaped = planpress_shape_runs_shaped()
        _ = layouts("ความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ", families: ["Laksaman"], fonts: fonts, reuse: false)
        XCTAssertEqual(planpress_shape_runs_reused(), reused)
        XCTAssertGreaterThan(planpress_shape_runs_shaped(), shaped)
        XCTAssertEqual(planpress_shape_reuse_enabled(), 1, "turned back on")
    }

    /// The documents of the embedded plan, rendered in this process with reuse on and off, are the same files.
    func testRenderedPDFsAreTheSameAsWhenEveryRunIsShaped() throws {
        let home = try scratchHome()
        func render(_ folder: String, reuse: Bool) throws -> [String: Data] {
            planpress_shape_reuse_set_enabled(reuse ? 1 : 0)
            defer { planpress_shape_reuse_set_enabled(1) }
            return try InProcessRender.files([.book, .announcement, .budget], home: ProjectHome(root: home.path),
                                             out: home.appendingPathComponent(folder))
        }
        let before = planpress_shape_runs_reused()
        let kept = try render("kept", reuse: true)
        XCTAssertGreaterThan(planpress_shape_runs_reused() - before, 1_000, "the book's line parts are answered from their runs")
        let shapedEveryRun = try render("every-run", reuse: false)
        XCTAssertEqual(kept.count, 3)
        assertSameFiles(kept, shapedEveryRun, "differs when every run is shaped")
        let text = try PDFProbe(path: home.appendingPathComponent("kept/plan-book.pdf").path).text()
        XCTAssertTrue(text.contains("ประกาศให้ทราบโดยทั่วกัน"), "the book's text copies out")
    }

    /// `PLANPRESS_SHAPE_EVERY_RUN` starts a process with reuse off: its files are those of a process with it on.
    func testTheEnvironmentSwitchWritesTheSameFiles() throws {
        let home = try scratchHome()
        let runs = try Workspace.renderEach([("kept", [:]), ("every-run", ["PLANPRESS_SHAPE_EVERY_RUN": "1"])],
                                            ["render", "--no-layout-cache"], home: home)
        let kept = runs["kept"] ?? [:], everyRun = runs["every-run"] ?? [:]
        XCTAssertGreaterThan(kept.count, 50, "every output of the plan")
        assertSameFiles(kept, everyRun, minimumBytes: 10_000, "differs when every run is shaped")
    }
}
