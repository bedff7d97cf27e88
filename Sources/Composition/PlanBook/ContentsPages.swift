import PlanModel
import ThaiText
import Typesetting

/// สารบัญ: every part, section, dimension and project with the page it begins on, as a borderless
/// two-column table; each title links to its page.
enum ContentsPages {
    static func blocks(_ entries: [ContentsEntry], labels: [String: String], layout: DocumentLayout, names: ProtectedNames) -> [Block] {
        func cell(_ text: String, _ style: String, link: String? = nil) -> TableCell {
            var paragraph = names.paragraph(text, style: layout.style(style))
            paragraph.link = link
            return TableCell(paragraph, verticalAlignment: .bottom)
        }
        let header = [TableRow([cell("", "contents_1"), cell(layout.option("page"), "contents_page_header")])]
        let rows = entries.map { entry in
            TableRow([cell(entry.title, "contents_\(min(entry.level, 3))", link: entry.anchor),
                      // Before the book is laid out the numbers are not known: a placeholder of the same kind.
                      cell(labels[entry.anchor] ?? "๐", "contents_page", link: entry.anchor)])
        }
        let table = Table(columns: [.share(1), .fixed(layout.measure("contents_page_column"))],
                          header: header, body: rows, borderWidth: 0,
                          paddingX: layout.measure("contents_padding_x"), paddingY: layout.measure("contents_padding_y"))
        return [.anchor("contents"), .paragraph(names.paragraph(layout.option("contents_title"), style: layout.style("title"))),
                .table(table)]
    }
}
