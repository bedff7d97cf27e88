import PlanModel
import ThaiText
import Typesetting

/// ส่วนที่ ๑ บทนำ: the risk assessment table, the rationale, and the plan's objectives, goals and benefits.
enum Part1Introduction {
    /// The five sections in order: (anchor, option naming its title).
    static let sections = [("part1-risk", "part1_risk"), ("part1-rationale", "part1_rationale"),
                           ("part1-objectives", "part1_objectives"), ("part1-goals", "part1_goals"),
                           ("part1-benefits", "part1_benefits")]

    static func sectionTitle(_ index: Int, layout: DocumentLayout) -> String {
        "\(ThaiFormat.number(index + 1)). \(layout.option(sections[index].1))"
    }

    static func blocks(_ part1: Part1, layout: DocumentLayout, names: ProtectedNames) -> [Block] {
        func paragraph(_ text: String, _ style: String) -> Block { .paragraph(names.paragraph(text, style: layout.style(style))) }
        let lists = ListBlocks(layout: layout, names: names, styles: ["list_1", "list_2"],
                               formats: ["", layout.option("list_format"), layout.option("list_format_2")],
                               hang: layout.measure("list_hang"))
        var blocks: [Block] = [.anchor("part1"), paragraph(layout.option("part1_title"), "part_title"),
                               paragraph(layout.option("part1_subtitle"), "part_title")]
        func section(_ index: Int) {
            blocks.append(.anchor(sections[index].0))
            blocks.append(paragraph(sectionTitle(index, layout: layout), "section_heading"))
        }
        section(0)
        if !part1.riskRows.isEmpty { blocks.append(.table(riskTable(part1.riskRows, layout: layout, names: names))) }
        section(1)
        blocks += part1.rationale.map { paragraph($0, "body") }
        section(2)
        blocks += lists.blocks(part1.objectives, section: nil)
        section(3)
        blocks += lists.blocks(part1.goals, section: nil)
        section(4)
        blocks += lists.blocks(part1.benefits, section: nil)
        return blocks
    }

    /// One table row per risk: the step and its controls span the step's risks, each risk has its level.
    static func riskTable(_ rows: [RiskRow], layout: DocumentLayout, names: ProtectedNames) -> Table {
        func cell(_ texts: [String], _ style: String, rowSpan: Int = 1, vertical: TableCell.VerticalAlignment = .top) -> TableCell {
            TableCell(texts.map { names.paragraph($0, style: layout.style(style)) }, rowSpan: rowSpan, verticalAlignment: vertical)
        }
        func numbered(_ items: [String]) -> [String] {
            items.count == 1 ? items : items.enumerated().map { "\(ThaiFormat.number($0.offset + 1)). \($0.element)" }
        }
        let width = layout.page.textWidth
        let header = TableRow(["risk_header_number", "risk_header_step", "risk_header_risk", "risk_header_score", "risk_header_control"]
            .map { cell([layout.option($0)], "risk_header", vertical: .middle) })
        var body: [TableRow] = []
        for (r, row) in rows.enumerated() {
            let span = max(row.risks.count, 1)
            let risks = numbered(row.risks.map(\.text))
            for i in 0..<span {
                var cells: [TableCell] = []
                if i == 0 {
                    cells.append(cell([ThaiFormat.number(r + 1)], "risk_number", rowSpan: span))
                    cells.append(cell([row.step], "risk_cell", rowSpan: span))
                }
                cells.append(cell([i < risks.count ? risks[i] : ""], "risk_cell"))
                cells.append(cell([i < row.risks.count ? row.risks[i].level : ""], "risk_level"))
                if i == 0 { cells.append(cell(numbered(row.controls), "risk_cell", rowSpan: span)) }
                body.append(TableRow(cells))
            }
        }
        return Table(columns: [.fixed(layout.measure("risk_column_number", reference: width)), .share(1), .share(1.3),
                               .fixed(layout.measure("risk_column_score", reference: width)), .share(1.3)],
                     header: [header], body: body, borderWidth: layout.measure("border_width"),
                     paddingX: layout.measure("cell_padding_x"), paddingY: layout.measure("cell_padding_y"),
                     continuation: .repeatText)
    }
}
