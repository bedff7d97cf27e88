import Foundation
import Graphics
@testable import Typesetting
import XCTest

/// A row span taller than a page (a step's controls in the risk table, set in a taller face) goes on over
/// the next pages: every line of it once, in order, with the rows it spans; nothing lost, no endless pages.
final class TableSpanTests: XCTestCase {
    func layout() throws -> DocumentLayout {
        let yaml = """
        page: {size: A5, orientation: portrait, margins: {top: 2cm, right: 2cm, bottom: 2cm, left: 2cm}}
        fonts: {thai: [Laksaman]}
        page_numbers: {from_page: 99, format: "- {n} -", top: 1cm}
        styles:
          default: {font: thai, size: 16pt}
          cell: {}
        """
        return try TestLayouts.load(yaml, styles: ["cell"])
    }

    func table(_ style: TextStyle, controls: Int, header: [String] = ["ลำดับ", "ขั้นตอน", "ความเสี่ยง", "มาตรการ"]) -> Table {
        func cell(_ text: String, rowSpan: Int = 1) -> TableCell { TableCell(Paragraph(text, style: style), rowSpan: rowSpan) }
        let measures = (1...controls).map { "\($0). มาตรการส่งเสริมคุณธรรม" }
        var body: [TableRow] = []
        for i in 0..<3 {
            var cells: [TableCell] = []
            if i == 0 { cells += [cell("๑", rowSpan: 3), cell("งานบุคคล", rowSpan: 3)] }
            cells.append(cell("ความเสี่ยงที่ " + ["ก", "ข", "ค"][i]))
            if i == 0 { cells.append(TableCell(measures.map { Paragraph($0, style: style) }, rowSpan: 3)) }
            body.append(TableRow(cells))
        }
        body.append(TableRow([cell("๒"), cell("การจัดซื้อจัดจ้าง"), cell("ความเสี่ยงที่ ง"), cell("มาตรการสุดท้าย")]))
        return Table(columns: [.fixed(50), .share(2), .share(2), .share(3)], header: [TableRow(header.map { cell($0) })],
                     body: body, borderWidth: 0.5, paddingX: 3, paddingY: 2)
    }

    /// The text of each line drawn, page by page.
    func lines(_ document: TypesetDocument) -> [[String]] {
        document.pages.map { page in
            page.items.compactMap {
                guard case let .textLine(layout, line, _, _, _) = $0 else { return nil }
                return layout.lineText(line)
            }
        }
    }

    func testASpanTallerThanAPageGoesOnOverTheNextPages() throws {
        let layout = try layout()
        let fonts = try FontSystem(applicationFontDirectories: [])
        let document = try Typesetter(fonts: fonts, layout: layout).typeset([.table(table(layout.style("cell"), controls: 40))])
        // Each page's text, its lines joined (a cell's lines wrap at Thai word boundaries: nothing between them).
        let pages = lines(document).map { $0.joined() }
        XCTAssertGreaterThanOrEqual(pages.count, 3, "40 measures at 16 pt do not fit one A5 page")
        XCTAssertLessThan(pages.count, 8)
        let whole = pages.joined()
        func count(_ text: String, in haystack: String) -> Int { haystack.components(separatedBy: text).count - 1 }
        // Every measure once, in order.
        let numbers = try NSRegularExpression(pattern: "([0-9]+)\\. มาตรการส่งเสริมคุณธรรม")
            .matches(in: whole, range: NSRange(whole.startIndex..., in: whole))
            .map { Int((whole as NSString).substring(with: $0.range(at: 1)))! }
        XCTAssertEqual(numbers, Array(1...40))
        // The rows the span covers, and the row after it, each once; the header on every page.
        for text in ["ความเสี่ยงที่ ก", "ความเสี่ยงที่ ข", "ความเสี่ยงที่ ค", "ความเสี่ยงที่ ง", "มาตรการสุดท้าย"] {
            XCTAssertEqual(count(text, in: whole), 1, text)
        }
        for (index, page) in pages.enumerated() {
            XCTAssertTrue(page.hasPrefix("ลำดับขั้นตอนความเสี่ยงมาตรการ"), "page \(index + 1) begins with the header: \(page.prefix(40))")
        }
        // The step, shown whole on the first page, is shown again on each page its rows go on to.
        let spanned = pages.filter { $0.contains("มาตรการส่งเสริมคุณธรรม") }
        XCTAssertGreaterThanOrEqual(spanned.count, 3)
        for page in spanned { XCTAssertEqual(count("๑งานบุคคล", in: page), 1, String(page.prefix(60))) }
    }

    func testAHeaderWithNoRoomForARowIsReported() throws {
        let layout = try layout()
        let fonts = try FontSystem(applicationFontDirectories: [])
        let header = [String(repeating: "หัวตารางที่ยาวมาก ", count: 60), "ก", "ข", "ค"]
        XCTAssertThrowsError(try Typesetter(fonts: fonts, layout: layout).typeset([.table(table(layout.style("cell"), controls: 3, header: header))])) { error in
            XCTAssertTrue("\(error)".contains("header"), "\(error)")
        }
    }
}
