import Foundation
import PlanModel
import XCTest

/// The complete plan book, read back from its PDF: contents, bookmarks, text, pagination.
final class PlanBookTests: XCTestCase {
    /// The book and the project sheets of the embedded plan, rendered once for all tests here.
    nonisolated(unsafe) static var rendered: (home: URL, book: PDFProbe)?

    func renderedBook() throws -> (home: URL, book: PDFProbe) {
        if let rendered = Self.rendered { return rendered }
        let home = try Workspace.scratchHome("PlanBookTests")
        let result = try Workspace.planpress(["render", "book", "projects"], home: home)
        XCTAssertEqual(result.status, 0, result.stderr)
        let book = PDFProbe(path: home.appendingPathComponent("output/\(Workspace.defaultPlanID)/plan-book.pdf").path)
        Self.rendered = (home, book)
        return (home, book)
    }

    override class func tearDown() {
        if let home = rendered?.home, ProcessInfo.processInfo.environment["PLANPRESS_KEEP_TEST_FILES"] == nil {
            try? FileManager.default.removeItem(at: home)
        }
        super.tearDown()
    }

    func plan() throws -> Plan {
        try PlanLoader.load(directory: renderedBook().home.appendingPathComponent("Plans/\(Workspace.defaultPlanID)").path)
    }

    /// Page text, by page, in printed line order (a list's numbers and its text are read line by line),
    /// with white space removed and the running page number (top of the page) left out.
    func pageTexts(_ pdf: PDFProbe) throws -> [String] {
        let words = try pdf.words().filter { $0.yMin > 50 }
        var texts = [String](repeating: "", count: try pdf.pageCount())
        let sorted = words.sorted { ($0.page, ($0.yMax / 4).rounded(), $0.xMin) < ($1.page, ($1.yMax / 4).rounded(), $1.xMin) }
        for word in sorted { texts[word.page - 1] += word.text }
        return texts.map { $0.filter { !$0.isWhitespace } }
    }

    /// The printed page label of each page ("ก", "๑", …; nil where none is printed).
    func pageLabels(_ pdf: PDFProbe) throws -> [String?] {
        let words = try pdf.words()
        var labels = [String?](repeating: nil, count: try pdf.pageCount())
        for page in labels.indices {
            let top = words.filter { $0.page == page + 1 && $0.yMin < 50 }.map(\.text).joined()
            let label = top.replacingOccurrences(of: "-", with: "")
            labels[page] = label.isEmpty ? nil : label
        }
        return labels
    }

    /// The contents as (title, page label): a printed line whose last word stands in the page-number
    /// column (the right 2.5 cm of the text block) ends an entry; lines before it continue its title.
    func contentsEntries(_ pdf: PDFProbe) throws -> [(title: String, label: String)] {
        let words = try pdf.words()
        let texts = try pageTexts(pdf)
        guard let contentsPage = texts.firstIndex(where: { $0.hasPrefix("สารบัญ") }) else {
            XCTFail("no contents page")
            return []
        }
        let labels = try pageLabels(pdf)
        var entries: [(String, String)] = []
        var pending = ""
        var page = contentsPage
        // The contents run until the first page of the body (labelled ๑).
        while page < labels.count && labels[page] != "๑" {
            let onPage = words.filter { $0.page == page + 1 && $0.yMin > 50 }
            let rows = Dictionary(grouping: onPage) { ($0.yMax / 3).rounded() }.sorted { $0.key < $1.key }
            for (_, row) in rows {
                let sorted = row.sorted { $0.xMin < $1.xMin }
                let text = sorted.map(\.text).joined()
                if text == "สารบัญ" || text == "หน้า" { continue }
                if let last = sorted.last, last.xMin > 470, sorted.count > 1 || !pending.isEmpty {
                    entries.append((pending + sorted.dropLast().map(\.text).joined(), last.text))
                    pending = ""
                } else {
                    pending += text
                }
            }
            page += 1
        }
        return entries
    }

    func testContentsEntriesLeadToPagesHoldingTheirHeadings() throws {
        let (_, book) = try renderedBook()
        let entries = try contentsEntries(book)
        let labels = try pageLabels(book)
        let texts = try pageTexts(book)
        XCTAssertGreaterThan(entries.count, 50, "contents: \(entries)")
        for entry in entries {
            guard let page = labels.firstIndex(where: { $0 == entry.label }) else {
                XCTFail("contents entry “\(entry.title)” shows page \(entry.label), which the book does not have")
                continue
            }
            var title = entry.title.filter { !$0.isWhitespace }
            if let dot = title.firstIndex(of: "."), title[..<dot].allSatisfy({ ("๐"..."๙").contains($0) }),
               !texts[page].contains(title) {
                title = String(title[title.index(after: dot)...]) // a project: its number is printed as ลำดับที่
            }
            XCTAssertTrue(texts[page].contains(title), "page \(entry.label) does not hold “\(entry.title)”")
        }
        // Front matter is lettered, the body numbered from ๑.
        XCTAssertEqual(labels.compactMap { $0 }.first, "ก")
        XCTAssertTrue(labels.contains("๑"))
        XCTAssertNil(labels[0], "the announcement carries no page number")
    }

    func testEveryContentsLinkOpensThePageOfItsEntry() throws {
        let (_, book) = try renderedBook()
        let targets = try book.linkTargets()
        let destinations = try book.destinations()
        let texts = try pageTexts(book)
        let entries = try contentsEntries(book)
        // The title and the page number of every entry are links.
        XCTAssertGreaterThanOrEqual(targets.count, 2 * entries.count, "fewer links than contents entries")
        for (index, target) in targets.enumerated() {
            guard let target else { XCTFail("link \(index + 1) of \(targets.count) leads nowhere"); continue }
            XCTAssertNotNil(destinations[target], "link \(index + 1) names “\(target)”, which the PDF does not define")
        }
        // Each project's destination opens the page that starts its sheet.
        for project in try plan().projects {
            guard let page = destinations["project-\(project.number)"] else {
                XCTFail("no destination for project \(project.number)"); continue
            }
            XCTAssertTrue(texts[page - 1].contains(project.name.filter { !$0.isWhitespace }),
                          "destination project-\(project.number) opens page \(page), which does not hold “\(project.name)”")
            XCTAssertTrue(targets.contains("project-\(project.number)"), "no contents link to project \(project.number)")
        }
    }

    func testViewersShowThePrintedPageNumbers() throws {
        let (_, book) = try renderedBook()
        let printed = try pageLabels(book)
        guard let labels = try book.pageLabels() else { return XCTFail("the book has no page labels") }
        XCTAssertEqual(labels.count, printed.count, "not every page has a label")
        for (index, label) in printed.enumerated() {
            // The first page of a run prints no number (ก is printed from the contents on), but is labelled.
            if let label { XCTAssertEqual(labels[index], label, "page \(index + 1)") }
        }
        XCTAssertEqual(labels[0], "", "the announcement is unnumbered")
        XCTAssertEqual(labels.values.filter { $0 == "๑" }.count, 1)
    }

    func testOutlineHoldsEveryPartDimensionAndProject() throws {
        let (_, book) = try renderedBook()
        let titles = try PDFOutline.titles(path: book.path)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: book.path))
        XCTAssertNotNil(bytes.range(of: Data("/Lang (th)".utf8)), "the book does not declare its language")
        let info = try book.info()
        XCTAssertEqual(info["Author"], "องค์การบริหารส่วนจังหวัดนครพนม")
        XCTAssertTrue(info["Title"]?.contains("แผนปฏิบัติการป้องกันการทุจริต") ?? false)
        let plan = try plan()
        for part in ["ส่วนที่ ๑ บทนำ", "ส่วนที่ ๓ รายละเอียดโครงการ/กิจกรรม/มาตรการ ตามแผนปฏิบัติการฯ", "คำนำ", "สารบัญ"] {
            XCTAssertTrue(titles.contains(part), "no bookmark “\(part)” in \(titles.prefix(12))")
        }
        XCTAssertTrue(titles.contains { $0.hasPrefix("ส่วนที่ ๒") })
        for dimension in plan.dimensions {
            XCTAssertTrue(titles.contains { $0.hasPrefix("มิติที่") && $0.hasSuffix(dimension.title) }, "no bookmark for dimension \(dimension.number)")
        }
        for project in plan.projects {
            XCTAssertTrue(titles.contains { $0.hasSuffix(project.name) }, "no bookmark for project \(project.number)")
        }
    }

    func testEveryParagraphAndListItemOfEveryProjectIsInTheBook() throws {
        let (_, book) = try renderedBook()
        let text = try pageTexts(book).joined()
        let plan = try plan()
        var checked = 0
        func items(_ list: [ListItem]) -> [String] { list.flatMap { [$0.text] + items($0.items) } }
        for project in plan.projects {
            let texts = project.rationale + items(project.objectives) + items(project.method) + items(project.outputs)
                + items(project.outcomes) + [project.targetGroup.text, project.name]
            for t in texts {
                checked += 1
                XCTAssertTrue(text.contains(t.filter { !$0.isWhitespace }), "project \(project.number): “\(t.prefix(60))…” not intact in the book")
            }
        }
        XCTAssertGreaterThan(checked, 500)
    }

    func testNoEmptyPageAndNoPageEndsWithAHeading() throws {
        let (_, book) = try renderedBook()
        let texts = try pageTexts(book)
        for (i, text) in texts.enumerated() {
            XCTAssertFalse(text.isEmpty, "page \(i + 1) is empty")
        }
        let lines = try book.lines()
        let sectionTitles = ["หลักการและเหตุผล", "วัตถุประสงค์", "กลุ่มเป้าหมาย", "วิธีดำเนินการ", "ระยะเวลาดำเนินการ",
                             "งบประมาณดำเนินการ", "ผู้รับผิดชอบโครงการ", "ผลผลิต/ผลลัพธ์"]
        for page in 1...texts.count {
            guard let last = lines.filter({ $0.page == page && $0.yMin > 60 }).max(by: { $0.yMax < $1.yMax }) else { continue }
            let compact = last.text.filter { !$0.isWhitespace }
            let isHeading = sectionTitles.contains { compact.hasSuffix($0) && compact.count <= $0.count + 3 }
                || compact.hasPrefix("ลำดับที่") || compact.hasPrefix("มิติที่")
            XCTAssertFalse(isHeading, "page \(page) ends with the heading “\(last.text)”")
        }
    }

    func testProjectSheetsAndTheBookAgree() throws {
        let (home, book) = try renderedBook()
        let texts = try pageTexts(book)
        let plan = try plan()
        let sorted = plan.projects.sorted { $0.number < $1.number }
        for project in sorted {
            let sheet = PDFProbe(path: home.appendingPathComponent(String(format: "output/\(Workspace.defaultPlanID)/projects/project-%02d.pdf", project.number)).path)
            let sheetText = try pageTexts(sheet).joined()
            let marker = "ลำดับที่" + ThaiNumber.of(project.number)
            guard let start = texts.firstIndex(where: { $0.contains(marker + "๑.ชื่อโครงการ") }) else {
                XCTFail("the book has no sheet for project \(project.number)")
                continue
            }
            var end = start + 1
            let next = "ลำดับที่" + ThaiNumber.of(project.number + 1) + "๑.ชื่อโครงการ"
            while end < texts.count && !texts[end].contains(next) && !texts[end].hasPrefix("การประกาศ") { end += 1 }
            var bookText = texts[start..<end].joined()
            // The first sheet shares its page with Part 3's title.
            let part3 = "ส่วนที่๓รายละเอียดโครงการ/กิจกรรม/มาตรการตามแผนปฏิบัติการฯ"
            if project.number == sorted.first?.number, bookText.hasPrefix(part3) { bookText.removeFirst(part3.count) }
            if bookText != sheetText {
                let common = zip(bookText, sheetText).prefix { $0 == $1 }.count
                let around = { (t: String) in String(t.dropFirst(max(0, common - 20)).prefix(60)) }
                XCTFail("project \(project.number): its sheet and its pages in the book differ after \(common) characters: book “\(around(bookText))” sheet “\(around(sheetText))”")
            }
        }
    }
}

enum ThaiNumber {
    static func of(_ n: Int) -> String {
        String(String(n).unicodeScalars.map { Character(UnicodeScalar($0.value - 0x30 + 0x0E50)!) })
    }
}
