import Foundation
@testable import PlanPress
import XCTest

/// A session opened ahead prepares the fonts of the layouts it will set (`RenderSession.prepare`) while
/// the plan is read: what it writes is what an unprepared session writes.
final class SessionPreparationTests: XCTestCase {
    func testAPreparedSessionWritesTheSamePDFs() throws {
        let scratch = try scratchHome()
        let home = ProjectHome(root: scratch.path)
        let kinds: [DocumentKind] = [.announcement, .budget]
        let plain = try InProcessRender.files(kinds, home: home, session: RenderSession(home: home), out: scratch.appendingPathComponent("plain"))
        let session = try RenderSession(home: home)
        session.prepare(kinds, home: home)
        let prepared = try InProcessRender.files(kinds, home: home, session: session, out: scratch.appendingPathComponent("prepared"))
        XCTAssertEqual(plain.count, 2)
        assertSameFiles(plain, prepared, "differs when the session was prepared")
    }

    /// A layout that does not load is not the preparation's to report: the render reports it, naming the file.
    func testABrokenLayoutIsLeftToTheRenderToReport() throws {
        let scratch = try scratchHome()
        try "page: [\n".write(to: scratch.appendingPathComponent("Layouts/announcement.yaml"), atomically: true, encoding: .utf8)
        let home = ProjectHome(root: scratch.path)
        let session = try RenderSession(home: home)
        session.prepare([.announcement, .budget], home: home)
        XCTAssertThrowsError(try InProcessRender.files([.announcement], home: home, session: session, out: scratch.appendingPathComponent("out"))) { error in
            XCTAssertTrue("\(error)".contains("Layouts/announcement.yaml"), "\(error)")
        }
        XCTAssertEqual(try InProcessRender.files([.budget], home: home, session: session, out: scratch.appendingPathComponent("out")).count, 1)
    }
}
