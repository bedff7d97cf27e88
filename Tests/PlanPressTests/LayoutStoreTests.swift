import Foundation
import Graphics
import TestSupport
import Typesetting
import XCTest

/// Layouts kept on disk between runs (`LayoutStore`): a render that draws its paragraphs from the store
/// writes the same bytes as one that has Pango set them, and a store that does not check out is not used.
final class LayoutStoreTests: XCTestCase {
    /// The PDFs under `folder`, by path relative to it.
    func pdfs(under folder: URL) throws -> [String: Data] {
        var found: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".pdf") { found[path] = try Data(contentsOf: folder.appendingPathComponent(path)) }
        }
        return found
    }

    /// "N paragraphs from the cache, T from another thread, M set by Pango": N and M, summed over the stores
    /// a render reported.
    func counts(_ stderr: String) -> (cached: Int, set: Int) {
        stderr.split(separator: "\n").filter { $0.hasPrefix("layout cache ") }.reduce((0, 0)) { sum, line in
            let numbers = line.split(separator: ":").last!.split { !$0.isNumber }.compactMap { Int($0) }
            return (sum.0 + numbers[0], sum.1 + numbers[numbers.count - 1])
        }
    }

    func render(_ arguments: [String], home: URL, cache: URL?) throws -> Shell.Result {
        let result = try Shell.run(Workspace.binary, ["render"] + arguments,
                                   environment: ["PLANPRESS_HOME": home.path, "PLANPRESS_LAYOUT_CACHE": cache?.path ?? "off",
                                                 "PLANPRESS_LAYOUT_CACHE_REPORT": "1"],
                                   currentDirectory: home.path)
        XCTAssertEqual(result.status, 0, result.stderr)
        return result
    }

    func testPDFsDrawnFromTheStoreAreTheBytesPangoGives() throws {
        let home = try scratchHome()
        let cache = home.appendingPathComponent("cache")
        let documents = ["announcement", "budget", "book", "projects", "progress", "-j", "1"]
        let cold = try render(documents + ["--out", home.appendingPathComponent("cold").path], home: home, cache: cache)
        let first = counts(cold.stderr)
        XCTAssertEqual(first.cached, 0, cold.stderr)
        XCTAssertGreaterThan(first.set, 1_000, cold.stderr)
        let store = cache.appendingPathComponent("\(Workspace.defaultPlanID).layouts").path
        let written = try FileManager.default.attributesOfItem(atPath: store)
        XCTAssertGreaterThan(written[.size] as? Int ?? 0, 100_000)

        let warm = try render(documents + ["--out", home.appendingPathComponent("warm").path], home: home, cache: cache)
        let second = counts(warm.stderr)
        XCTAssertEqual(second.set, 0, "every paragraph comes from the store: \(warm.stderr)")
        XCTAssertGreaterThan(second.cached, 1_000, warm.stderr)
        // Nothing new was set, so the store is not written again.
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: store)[.modificationDate] as? Date,
                       written[.modificationDate] as? Date)

        let none = try render(documents + ["--out", home.appendingPathComponent("none").path], home: home, cache: nil)
        XCTAssertEqual(counts(none.stderr).cached, 0)
        let a = try pdfs(under: home.appendingPathComponent("cold")), b = try pdfs(under: home.appendingPathComponent("warm"))
        let c = try pdfs(under: home.appendingPathComponent("none"))
        XCTAssertGreaterThan(a.count, 100)
        XCTAssertEqual(Set(a.keys), Set(b.keys))
        XCTAssertEqual(Set(a.keys), Set(c.keys))
        for (path, data) in a {
            XCTAssertEqual(data, b[path], "\(path) drawn from the store differs from the one Pango set")
            XCTAssertEqual(data, c[path], "\(path) differs when no store is used")
        }
    }

    func testAChangedParagraphIsSetAgainAndTheRestComeFromTheStore() throws {
        let home = try scratchHome()
        let cache = home.appendingPathComponent("cache")
        _ = try render(["projects", "-j", "1", "--out", home.appendingPathComponent("before").path], home: home, cache: cache)
        try Workspace.edit("Plans/\(Workspace.defaultPlanID)/projects/01.yaml", in: home,
                           replacing: "ข้าราชการที่ดี", with: "ข้าราชการที่ดีทดสอบที่เก็บ")
        let out = home.appendingPathComponent("after")
        let again = try render(["projects", "-j", "1", "--out", out.path], home: home, cache: cache)
        let (cached, set) = counts(again.stderr)
        XCTAssertGreaterThan(set, 0, again.stderr)
        XCTAssertLessThan(set, 5, "only what the edit changed is set again: \(again.stderr)")
        XCTAssertGreaterThan(cached, 500, again.stderr)
        XCTAssertTrue(try PDFProbe(path: out.appendingPathComponent("projects/project-01.pdf").path).compactText().contains("ทดสอบที่เก็บ"))
        // The same bytes as without the store.
        let plain = home.appendingPathComponent("plain")
        _ = try render(["projects", "-j", "1", "--out", plain.path], home: home, cache: nil)
        XCTAssertEqual(try pdfs(under: out), try pdfs(under: plain))
    }

    func testAStoreCutShortOrAlteredIsIgnoredAndWrittenAnew() throws {
        let home = try scratchHome()
        let cache = home.appendingPathComponent("cache")
        let good = home.appendingPathComponent("good")
        _ = try render(["announcement", "-j", "1", "--out", good.path], home: home, cache: cache)
        let store = cache.appendingPathComponent("\(Workspace.defaultPlanID).layouts")
        let original = try Data(contentsOf: store)
        var altered = original
        altered[altered.count / 2] ^= 0xFF
        for (name, damaged) in [("cut short", original.prefix(original.count / 3)), ("altered", altered),
                                ("empty", Data()), ("not a store", Data("%PDF-1.5\n".utf8))] {
            try damaged.write(to: store)
            let out = home.appendingPathComponent("after-\(name.replacingOccurrences(of: " ", with: "-"))")
            let result = try render(["announcement", "-j", "1", "--out", out.path], home: home, cache: cache)
            XCTAssertEqual(counts(result.stderr).cached, 0, "\(name): \(result.stderr)")
            XCTAssertEqual(try pdfs(under: out), try pdfs(under: good), name)
            XCTAssertEqual(try Data(contentsOf: store), original, "\(name): the store is written anew")
        }
    }

    func testTwoThreadsOfOneRenderBothKeepTheirLayouts() throws {
        let home = try scratchHome()
        let cache = home.appendingPathComponent("cache")
        // -j 2: the book in one thread, the rest in another, the sheets to whichever is free; both write the store.
        _ = try render(["-j", "2", "--out", home.appendingPathComponent("both").path], home: home, cache: cache)
        for group in [["book", "projects"], ["announcement", "budget", "progress"]] {
            let result = try render(group + ["-j", "1", "--out", home.appendingPathComponent("again").path], home: home, cache: cache)
            XCTAssertEqual(counts(result.stderr).set, 0, "\(group): \(result.stderr)")
        }
    }

    /// Fonts, a one-style A5 layout and a folder for stores: the store used through the library.
    struct Library {
        let folder: URL
        let fonts: FontSystem
        let fingerprint: UInt64
        let layout: DocumentLayout
        let style = TextStyle(font: FontRequest(families: ["Laksaman"], size: 16), alignment: .justify)

        init(folder: URL) throws {
            self.folder = folder
            fonts = try FontSystem(applicationFontDirectories: [])
            fingerprint = LayoutStore.fingerprint(fonts: fonts)
            let yaml = """
            page: {size: A5, orientation: portrait, margins: {top: 2cm, right: 2cm, bottom: 2cm, left: 2cm}}
            fonts: {thai: [Laksaman]}
            styles:
              default: {font: thai, size: 16pt}
            """
            let url = folder.deletingLastPathComponent().appendingPathComponent("layout.yaml")
            try yaml.write(to: url, atomically: true, encoding: .utf8)
            layout = try DocumentLayout.load(path: url.path, requirements: LayoutRequirements(styles: [], measures: [], pageNumbers: false))
        }

        func store(_ planID: String, fingerprint: UInt64? = nil) -> LayoutStore {
            LayoutStore(directory: folder.path, planID: planID, fingerprint: fingerprint ?? self.fingerprint)
        }

        /// The lines `text` is set in (their text, place and width), `store` consulted first.
        func lines(_ text: String, _ store: LayoutStore) throws -> [String] {
            let cache = ParagraphCache()
            cache.store = store
            return try Typesetter(fonts: fonts, layout: layout, cache: cache).typeset([.paragraph(Paragraph(text, style: style))])
                .pages.flatMap(\.items).compactMap { item -> String? in
                    if case let .textLine(text, line, x, baseline, _) = item { return "\(text.lineText(line)) \(x) \(baseline) \(text.lines[line].width)" }
                    return nil
                }
        }
    }

    /// One store saved twice in a run (as `render --watch` saves after each render): what it held after
    /// the first save is written again whole, and a later run finds every layout.
    func testAStoreSavedAgainKeepsWhatItHeld() throws {
        let library = try Library(folder: try scratchHome().appendingPathComponent("cache"))
        let texts = ["แผนปฏิบัติการป้องกันการทุจริตขององค์การบริหารส่วนจังหวัด ", "โครงการส่งเสริมคุณธรรมและจริยธรรม ", "การเปิดเผยข้อมูลสาธารณะ "]
            .map { String(repeating: $0, count: 5) }
        let lines = library.lines
        let store = library.store("again")
        let first = try lines(texts[0], store)
        XCTAssertNil(store.save())
        let second = try lines(texts[1], store)
        XCTAssertEqual(try lines(texts[0], store), first, "found again after the save")
        XCTAssertEqual(store.hits, 1, "from what the save wrote")
        XCTAssertEqual(store.misses, 2)
        XCTAssertNil(store.save())
        let third = try lines(texts[2], store)
        XCTAssertNil(store.save())
        let later = library.store("again")
        XCTAssertEqual(later.storedCount, 3)
        XCTAssertEqual(try lines(texts[0], later), first)
        XCTAssertEqual(try lines(texts[1], later), second)
        XCTAssertEqual(try lines(texts[2], later), third)
        XCTAssertEqual(later.hits, 3)
        XCTAssertEqual(later.misses, 0)
    }

    /// The store through the library: a layout kept is found again by a store of the same fingerprint,
    /// and draws the same lines; another fingerprint (other fonts or libraries) finds nothing.
    func testAStoreOfOtherFontsOrLibrariesIsNotUsed() throws {
        let library = try Library(folder: try scratchHome().appendingPathComponent("cache"))
        XCTAssertEqual(library.fingerprint, LayoutStore.fingerprint(fonts: library.fonts), "the fingerprint is the same each time it is taken")
        let text = String(repeating: "องค์การบริหารส่วนจังหวัดนครพนมจัดทำแผนปฏิบัติการป้องกันการทุจริต ", count: 6)
        func typeset(_ store: LayoutStore) throws -> (lines: [String], store: LayoutStore) {
            (try library.lines(text, store), store)
        }
        let first = try typeset(library.store("test"))
        XCTAssertEqual(first.store.misses, 1)
        XCTAssertGreaterThan(first.lines.count, 3)
        XCTAssertNil(first.store.save())
        let second = try typeset(library.store("test"))
        XCTAssertEqual(second.store.hits, 1)
        XCTAssertEqual(second.store.misses, 0)
        XCTAssertEqual(second.lines, first.lines)
        let other = try typeset(library.store("test", fingerprint: library.fingerprint ^ 1))
        XCTAssertEqual(other.store.storedCount, 0)
        XCTAssertEqual(other.store.hits, 0)
        XCTAssertEqual(other.lines, first.lines)
    }

    /// Layouts shared by the threads of one render (`SharedLayouts`): a paragraph one renderer's Pango set,
    /// another renderer, with fonts of its own (as each thread has), takes instead of setting it again, and
    /// sets the same lines as its own Pango would.
    func testAParagraphOneRendererSetAnotherTakes() throws {
        let library = try Library(folder: try scratchHome().appendingPathComponent("cache"))
        let other = try FontSystem(applicationFontDirectories: [])
        let shared = SharedLayouts()
        let text = String(repeating: "การส่งเสริมให้บุคลากรมีทัศนคติ วิธีคิด และค่านิยมในการต่อต้านการทุจริต ", count: 5)
        func lines(_ fonts: FontSystem, _ shared: SharedLayouts?) throws -> (lines: [String], cache: ParagraphCache) {
            let cache = ParagraphCache()
            cache.shared = shared
            let typeset = try Typesetter(fonts: fonts, layout: library.layout, cache: cache).typeset([.paragraph(Paragraph(text, style: library.style))])
            let lines = typeset.pages.flatMap(\.items).compactMap { item -> String? in
                if case let .textLine(text, line, x, baseline, _) = item { return "\(text.lineText(line)) \(x) \(baseline) \(text.lines[line].width)" }
                return nil
            }
            return (lines, cache)
        }
        let alone = try lines(other, nil)
        let first = try lines(library.fonts, shared)
        XCTAssertEqual(first.cache.takenFromShared, 0, "the first renderer's Pango sets it")
        let second = try lines(other, shared)
        XCTAssertEqual(second.cache.takenFromShared, 1, "the second renderer takes it")
        XCTAssertGreaterThan(first.lines.count, 3)
        XCTAssertEqual(second.lines, first.lines)
        XCTAssertEqual(second.lines, alone.lines, "the lines the second renderer's own Pango gives")
    }
}
