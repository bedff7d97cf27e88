import PlanModel
import ThaiText
import Typesetting

/// A division's progress sheet for one round: every project of the round it is responsible for (alone,
/// jointly or as one of all divisions; see `ProgressFigures.projects(_:in:)`) in a table with its status and amounts, a totals row, the count by status, and
/// the signature block of the division's director. A project without a record shows as not reported.
public enum DivisionProgressDocument {
    public static let layoutName = "progress-division"

    public static let requirements = LayoutRequirements(
        styles: ["title", "subtitle", "header", "cell", "cell_center", "amount", "note", "total_label", "total_amount",
                 "total_center", "summary", "signature", "signature_first"] + ProgressWatermark.styles,
        measures: ["title_space_after", "border_width", "cell_padding_x", "cell_padding_y", "column_number",
                   "column_status", "column_amount", "column_share", "signature_space_before"],
        options: ["title_prefix", "round_line", "division_line", "none", "not_reported",
                  "list_separator", "header_number", "header_name", "header_status", "header_budget", "header_planned",
                  "header_approved", "header_disbursed", "header_share", "total_label", "joint_note", "cancel_note",
                  "summary_label", "summary_item", "summary_separator", "signature_line", "blank_name",
                  "director_position", "signature_date"] + ProgressWatermark.options + ProgressText.recordOptions)

    public static func compose(_ division: Division, round: ProgressRound, plan: Plan, layout: DocumentLayout,
                               resources: CompositionResources) throws(CompositionError) -> ComposedDocument {
        let names = resources.names
        func paragraph(_ text: String, _ style: String) -> Block { .paragraph(names.paragraph(text, style: layout.style(style))) }
        let entries = ProgressFigures.entries(ProgressFigures.projects(plan.projects(responsibleFor: division.id), in: round),
                                              round: round)
        let tally = try ProgressFigures.tally(entries)

        var blocks: [Block] = []
        blocks.append(paragraph(layout.option("title_prefix") + plan.title, "title"))
        blocks.append(paragraph(Placeholders.fill(layout.option("division_line"), [
            "division": division.name, "organization": plan.organization.name,
        ]), "title"))
        blocks.append(paragraph(ProgressText.roundLine(round, layout: layout), "subtitle"))
        blocks.append(.space(layout.measure("title_space_after")))
        blocks.append(.table(table(entries, tally: tally, division: division, plan: plan, layout: layout, names: names)))
        blocks.append(paragraph(statusSummary(tally, layout: layout), "summary"))
        blocks.append(.keepTogether([
            .space(layout.measure("signature_space_before")),
            paragraph(layout.option("signature_line"), "signature_first"),
            paragraph(layout.option("blank_name"), "signature"),
            paragraph(Placeholders.fill(layout.option("director_position"), ["division": division.name]), "signature"),
            paragraph(layout.option("signature_date"), "signature"),
        ]))
        return ComposedDocument(
            blocks: blocks,
            title: layout.option("title_prefix") + plan.title + " — " + division.name,
            subject: ProgressText.roundLine(round, layout: layout),
            keywords: [division.name, round.round.thaiName, plan.organization.name],
            author: plan.organization.name,
            date: ProgressText.documentDate(round))
    }

    /// The table: a row per project, then the totals.
    static func table(_ entries: [ProgressEntry], tally: ProgressTally, division: Division, plan: Plan,
                      layout: DocumentLayout, names: ProtectedNames) -> Table {
        let width = layout.page.textWidth
        func cell(_ text: String, _ style: String, rowSpan: Int = 1, colSpan: Int = 1) -> TableCell {
            TableCell(names.paragraph(text, style: layout.style(style)), rowSpan: rowSpan, colSpan: colSpan, verticalAlignment: .middle)
        }
        let amount = layout.measure("column_amount", reference: width)
        let columns: [Table.ColumnWidth] = [
            .fixed(layout.measure("column_number", reference: width)), .share(1),
            .fixed(layout.measure("column_status", reference: width)),
            .atLeast(amount), .atLeast(amount), .atLeast(amount),
            .fixed(layout.measure("column_share", reference: width)),
        ]
        let header = [
            TableRow([cell(layout.option("header_number"), "header", rowSpan: 2),
                      cell(layout.option("header_name"), "header", rowSpan: 2),
                      cell(layout.option("header_status"), "header", rowSpan: 2),
                      cell(layout.option("header_budget"), "header", colSpan: 3),
                      cell(layout.option("header_share"), "header", rowSpan: 2)]),
            TableRow(["header_planned", "header_approved", "header_disbursed"].map { cell(layout.option($0), "header") }),
        ]
        var body: [TableRow] = entries.map { entry in
            var name = [names.paragraph(entry.project.name, style: layout.style("cell"))]
            let others = entry.project.divisions.filter { $0 != division.id }
            if !others.isEmpty {
                let list = others.map { plan.division($0)?.name ?? $0 }.joined(separator: layout.option("list_separator"))
                name.append(names.paragraph(Placeholders.fill(layout.option("joint_note"), ["divisions": list]), style: layout.style("note")))
            }
            if entry.status == .cancelled, let reason = entry.record?.cancellationReason {
                name.append(names.paragraph(Placeholders.fill(layout.option("cancel_note"), ["reason": ProgressText.record(reason, layout: layout)]), style: layout.style("note")))
            }
            return TableRow([
                cell(ThaiFormat.number(entry.project.number), "cell_center"),
                TableCell(name, verticalAlignment: .middle),
                cell(ProgressText.status(entry.status, layout: layout), "cell_center"),
                cell(ProgressText.amount(entry.planned, layout: layout), "amount"),
                cell(ProgressText.amount(entry.approved, layout: layout), "amount"),
                cell(ProgressText.amount(entry.disbursed, layout: layout), "amount"),
                cell(ProgressText.percent(entry.disbursedShare, layout: layout), "cell_center"),
            ])
        }
        body.append(TableRow([
            cell(Placeholders.fill(layout.option("total_label"), ["n": ThaiFormat.number(tally.projects)]), "total_label", colSpan: 3),
            cell(ProgressText.amount(tally.planned, layout: layout), "total_amount"),
            cell(ProgressText.amount(tally.approved, layout: layout), "total_amount"),
            cell(ProgressText.amount(tally.disbursed, layout: layout), "total_amount"),
            cell(ProgressText.percent(tally.disbursedShare, layout: layout), "total_center"),
        ], keepWithPrevious: true))
        return Table(columns: columns, header: header, body: body, borderWidth: layout.measure("border_width"),
                     paddingX: layout.measure("cell_padding_x"), paddingY: layout.measure("cell_padding_y"))
    }

    /// "สรุปสถานะ ดำเนินการแล้วเสร็จ ๒ โครงการ · …" with every status and the projects not reported.
    static func statusSummary(_ tally: ProgressTally, layout: DocumentLayout) -> String {
        let statuses: [ProgressStatus?] = ProgressFigures.statusOrder.map { $0 } + [nil]
        let items = statuses.map { status in
            Placeholders.fill(layout.option("summary_item"), [
                "status": ProgressText.status(status, layout: layout), "n": ThaiFormat.number(tally.count(status)),
            ])
        }
        return layout.option("summary_label") + " " + items.joined(separator: layout.option("summary_separator"))
    }
}
