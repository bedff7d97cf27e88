import Foundation
import Graphics
import ThaiText
@testable import Typesetting
import XCTest

/// Pagination a typesetter would accept, checked on the typesetter's own pages: no single line of a
/// paragraph alone at a page's top or bottom, no heading at a page's end.
final class PaginationTests: XCTestCase {
    func layout() throws -> DocumentLayout {
        let yaml = """
        page: {size: A5, orientation: portrait, margins: {top: 2cm, right: 2cm, bottom: 2cm, left: 2cm}}
        fonts: {thai: [Laksaman]}
        page_numbers: {from_page: 2, format: "- {n} -", top: 1cm}
        styles:
          default: {font: thai, size: 16pt}
          heading: {bold: true, keep_with_next: true, space_before: 6pt}
          body: {align: justify, first_line_indent: 1cm}
        """
        return try TestLayouts.load(yaml, styles: ["heading", "body"])
    }

    func testNoWidowsOrphansOrHeadingsAtAPageEnd() throws {
        let layout = try layout()
        let fonts = try FontSystem(applicationFontDirectories: [])
        let sentence = "องค์การบริหารส่วนจังหวัดจัดทำแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส "
        var blocks: [Block] = []
        var headings = Set<String>()
        // Paragraphs of 1 to 9 lines under headings, enough for many page breaks at every position.
        for i in 0..<60 {
            if i % 4 == 0 {
                let heading = "หัวข้อที่ \(i / 4 + 1)"
                headings.insert(heading)
                blocks.append(.paragraph(Paragraph(heading, style: layout.style("heading"))))
            }
            blocks.append(.paragraph(Paragraph(String(repeating: sentence, count: 1 + (i * 7) % 9), style: layout.style("body"))))
        }
        let document = try Typesetter(fonts: fonts, layout: layout).typeset(blocks)
        XCTAssertGreaterThan(document.pages.count, 10)

        // For each page, the text lines in order, with the paragraph each belongs to.
        var checkedBreaks = 0
        for (index, page) in document.pages.enumerated() {
            let lines: [(paragraph: ObjectIdentifier, line: Int, count: Int, text: String)] = page.items.compactMap {
                guard case let .textLine(layout, line, _, baseline, _) = $0, baseline > page.spec.marginTop else { return nil }
                return (ObjectIdentifier(layout), line, layout.lines.count, layout.text)
            }
            guard let first = lines.first, let last = lines.last else { XCTFail("page \(index + 1) is empty"); continue }
            if index > 0 && first.count > 1 {
                // The page begins inside a paragraph: at least two of its lines are here, unless it ends here.
                let here = lines.filter { $0.paragraph == first.paragraph }.count
                XCTAssertFalse(first.line == first.count - 1 && here == 1 && first.line > 0,
                               "page \(index + 1) begins with the last line of a paragraph alone (a widow)")
                checkedBreaks += 1
            }
            if index < document.pages.count - 1 {
                XCTAssertFalse(headings.contains(last.text), "page \(index + 1) ends with the heading “\(last.text)”")
                if last.count > 1 {
                    let here = lines.filter { $0.paragraph == last.paragraph }.count
                    XCTAssertFalse(last.line == 0 && here == 1, "page \(index + 1) ends with the first line of a paragraph alone (an orphan)")
                }
            }
        }
        XCTAssertGreaterThan(checkedBreaks, 5)
    }

    /// The typesetter skips measuring a protected name when its characters, at `widestAdvance` em each
    /// (Thai marks above and below at none), fit the box: true only if no character advances more.
    func testNoCharacterOfTheThaiFaceAdvancesMoreThanAnEm() throws {
        let fonts = try FontSystem(applicationFontDirectories: [])
        var texts = (0x0E01...0x0E5B).compactMap(Unicode.Scalar.init).map { String($0) }
        texts += (0x21...0x7E).compactMap(Unicode.Scalar.init).map { String($0) }
        texts += ["กิ่", "ญู", "ฐั้", "ปื้", "ฬ", "ฒ", "ฌ"]
        var checked = 0
        for bold in [false, true] {
            let font = FontRequest(families: ["Laksaman"], size: 16, bold: bold)
            for text in texts {
                let count = ThaiClusters.advancingCharacters(utf8: text.utf8)
                guard count > 0 else { continue }   // a mark alone is drawn on a placeholder circle
                let width = TextLayout(fonts: fonts, text: text, font: font, width: 100_000, alignment: .left).naturalWidth
                XCTAssertLessThanOrEqual(width, Double(count) * Typesetter.widestAdvance * font.size, "“\(text)” (bold: \(bold)) is wider than the bound")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 200)
        XCTAssertEqual(ThaiClusters.advancingCharacters(utf8: "องค์การบริหารส่วนจังหวัด".utf8), 19)
    }
}
