import PlanModel
import ThaiText
import Typesetting

/// The project progress sheet (แบบรายงานผลการดำเนินงาน): one project, one round, form-like — the
/// project's identity, its status as check boxes, budget, dates, results, indicators, problems,
/// suggestions, photographs in a grid, and the reporter's block.
public enum ProgressSheetDocument {
    public static let layoutName = "progress-project"

    static let sections = ["identity", "status", "budget", "dates", "results", "indicators", "problems",
                           "suggestions", "documents", "photos"]

    public static let requirements = LayoutRequirements(
        styles: ["title", "subtitle", "section_heading", "label", "value", "header", "amount", "cell", "cell_center",
                 "text", "sublabel", "list", "caption", "signature", "signature_first"]
            + StatusBoxes.styles + ProgressWatermark.styles,
        measures: ["title_space_after", "list_hang", "border_width", "cell_padding_x", "cell_padding_y",
                   "identity_label_width", "indicator_number_width", "indicator_value_width", "indicator_unit_width",
                   "indicator_share_width", "photo_gap", "photo_height", "photo_padding", "caption_height",
                   "photo_frame_width", "photo_row_space", "signature_space_before"]
            + StatusBoxes.measures,
        options: sections.map { "section_\($0)" }
            + ["form_title", "plan_prefix", "of_organization", "round_line", "none", "list_separator", "list_format", "dimension",
               "label_number", "label_name", "label_kind", "label_dimension", "label_mission", "label_divisions",
               "label_round", "cancel_reason", "no_budget", "budget_amounts", "budget_planned", "budget_approved", "budget_disbursed",
               "budget_share", "date_single", "date_range", "date_open", "outputs_label", "outcomes_label",
               "indicator_number", "indicator_text", "indicator_target", "indicator_actual", "indicator_unit",
               "indicator_share", "photo_caption", "signature_line", "blank_name", "position_label", "division_label",
               "phone_label", "report_date_label"]
            + ProgressWatermark.options + ProgressText.recordOptions)

    public static func compose(_ record: ProgressRecord, round: ProgressRound, plan: Plan, layout: DocumentLayout,
                               resources: CompositionResources) throws(CompositionError) -> ComposedDocument {
        guard let project = plan.projects.first(where: { $0.number == record.projectNumber }) else {
            throw CompositionError("the plan has no project \(record.projectNumber) (\(record.location))")
        }
        let names = resources.names
        let width = layout.page.textWidth
        let entry = ProgressEntry(project: project, record: record, fiscalYear: round.fiscalYear)
        func paragraph(_ text: String, _ style: String) -> Block { .paragraph(names.paragraph(text, style: layout.style(style))) }
        func cell(_ text: String, _ style: String, colSpan: Int = 1) -> TableCell {
            TableCell(names.paragraph(text, style: layout.style(style)), colSpan: colSpan, verticalAlignment: .middle)
        }
        func table(_ columns: [Table.ColumnWidth], header: [TableRow], body: [TableRow]) -> Block {
            .table(Table(columns: columns, header: header, body: body, borderWidth: layout.measure("border_width"),
                         paddingX: layout.measure("cell_padding_x"), paddingY: layout.measure("cell_padding_y")))
        }
        let lists = ListBlocks(layout: layout, names: names, styles: ["list"], formats: [layout.option("list_format")],
                               hang: layout.measure("list_hang"))
        func items(_ lines: [String]) -> [Block] {
            lines.isEmpty ? [paragraph(layout.option("none"), "text")]
                : lists.blocks(lines.map { ListItem(ProgressText.record($0, layout: layout)) }, section: nil)
        }
        var sectionNumber = 0
        func heading(_ name: String) -> Block {
            sectionNumber += 1
            return paragraph("\(ThaiFormat.number(sectionNumber)). \(layout.option("section_\(name)"))", "section_heading")
        }
        // A heading followed by a table: the typesetter keeps it with the table's header and first row.
        func headingBeforeTable(_ name: String) -> [Block] { [heading(name)] }

        var blocks: [Block] = []
        blocks.append(paragraph(layout.option("form_title"), "title"))
        blocks.append(paragraph(layout.option("plan_prefix") + plan.title, "title"))
        blocks.append(paragraph(layout.option("of_organization") + plan.organization.name, "title"))
        blocks.append(paragraph(ProgressText.roundLine(round, layout: layout), "subtitle"))
        blocks.append(.space(layout.measure("title_space_after")))

        // 1. Identity, as a two-column form.
        blocks += headingBeforeTable("identity")
        var identity: [(String, String)] = [
            (layout.option("label_number"), ThaiFormat.number(project.number)),
            (layout.option("label_name"), project.name),
            (layout.option("label_kind"), project.kind.rawValue),
        ]
        if let dimension = plan.dimension(project.mission.dimension) {
            identity.append((layout.option("label_dimension"), ProgressText.dimension(dimension, layout: layout)))
        }
        if let mission = plan.mission(project.mission) {
            identity.append((layout.option("label_mission"), ProgressText.mission(mission)))
        }
        identity.append((layout.option("label_divisions"), ProgressText.divisions(project, plan: plan, layout: layout)))
        identity.append((layout.option("label_round"), ProgressText.roundLine(round, layout: layout)))
        blocks.append(table([.fixed(layout.measure("identity_label_width", reference: width)), .share(1)], header: [],
                            body: identity.map { TableRow([cell($0.0, "label"), cell($0.1, "value")]) }))

        // 2. Status: check boxes, and the reason of a cancellation.
        blocks.append(heading("status"))
        blocks.append(.figure(StatusBoxes.figure(checked: record.status, statuses: ProgressStatus.allCases,
                                                 layout: layout, names: names, width: width)))
        if record.status == .cancelled, let reason = record.cancellationReason {
            blocks.append(paragraph("\(layout.option("cancel_reason")) \(ProgressText.record(reason, layout: layout))", "text"))
        }

        // 3. Budget: planned, approved, disbursed (with satang) and the share disbursed.
        let noBudget = !project.usesBudget && entry.planned == nil && entry.approved == nil && entry.disbursed == nil
        if noBudget { blocks.append(heading("budget")) } else { blocks += headingBeforeTable("budget") }
        if noBudget {
            blocks.append(paragraph(layout.option("no_budget"), "text"))
        } else {
            let header = [
                TableRow([cell(layout.option("budget_amounts"), "header", colSpan: 3),
                          TableCell(names.paragraph(layout.option("budget_share"), style: layout.style("header")),
                                    rowSpan: 2, verticalAlignment: .middle)]),
                TableRow(["budget_planned", "budget_approved", "budget_disbursed"].map { cell(layout.option($0), "header") }),
            ]
            let values = TableRow([cell(ProgressText.amount(entry.planned, layout: layout), "amount"),
                                   cell(ProgressText.amount(entry.approved, layout: layout), "amount"),
                                   cell(ProgressText.amount(entry.disbursed, layout: layout), "amount"),
                                   cell(ProgressText.percent(entry.disbursedShare, layout: layout), "cell_center")])
            blocks.append(table([.share(1), .share(1), .share(1), .share(1)], header: header, body: [values]))
        }

        // 4. When it was carried out.
        blocks.append(heading("dates"))
        blocks.append(paragraph(datesText(record.dates, layout: layout), "text"))

        // 5. Results: outputs and outcomes.
        blocks.append(heading("results"))
        blocks.append(paragraph(layout.option("outputs_label"), "sublabel"))
        blocks += items(record.outputs)
        blocks.append(paragraph(layout.option("outcomes_label"), "sublabel"))
        blocks += items(record.outcomes)

        // 6. Indicators: target, actual, unit, share achieved.
        if record.indicators.isEmpty {
            blocks.append(heading("indicators"))
            blocks.append(paragraph(layout.option("none"), "text"))
        } else {
            blocks += headingBeforeTable("indicators")
            let header = TableRow(["indicator_number", "indicator_text", "indicator_target", "indicator_actual",
                                   "indicator_unit", "indicator_share"].map { cell(layout.option($0), "header") })
            let rows = record.indicators.enumerated().map { index, indicator in
                TableRow([cell(ThaiFormat.number(index + 1), "cell_center"),
                          cell(ProgressText.record(indicator.text, layout: layout), "cell"),
                          cell(ProgressText.value(indicator.target, layout: layout), "amount"),
                          cell(ProgressText.value(indicator.actual, layout: layout), "amount"),
                          cell(indicator.unit.map { ProgressText.record($0, layout: layout) } ?? layout.option("none"), "cell_center"),
                          cell(ProgressText.percent(ProgressFigures.achievement(indicator), layout: layout), "cell_center")])
            }
            let valueWidth = layout.measure("indicator_value_width", reference: width)
            blocks.append(table([.fixed(layout.measure("indicator_number_width", reference: width)), .share(1),
                                 .atLeast(valueWidth), .atLeast(valueWidth),
                                 .fixed(layout.measure("indicator_unit_width", reference: width)),
                                 .fixed(layout.measure("indicator_share_width", reference: width))],
                                header: [header], body: rows))
        }

        // 7–9. Problems, suggestions, documents.
        blocks.append(heading("problems"))
        blocks += items(record.problems)
        blocks.append(heading("suggestions"))
        blocks += items(record.suggestions)
        blocks.append(heading("documents"))
        blocks += items(record.documents)

        // 10. Photographs, two to a row.
        blocks.append(heading("photos"))
        if record.photos.isEmpty {
            blocks.append(paragraph(layout.option("none"), "text"))
        } else {
            blocks += photoRows(record.photos, layout: layout, names: names, width: width)
        }

        blocks.append(reporterBlock(record.reporter, plan: plan, layout: layout, names: names))

        return ComposedDocument(
            blocks: blocks,
            title: "\(layout.option("form_title")) \(layout.option("label_number")) \(ThaiFormat.number(project.number))",
            subject: "\(project.name) — \(ProgressText.roundLine(round, layout: layout))",
            keywords: [project.kind.rawValue, round.round.thaiName, plan.organization.name],
            author: plan.organization.name,
            date: record.reporter.reportDate ?? ProgressText.documentDate(round))
    }

    static func datesText(_ dates: DateSpan?, layout: DocumentLayout) -> String {
        guard let dates else { return layout.option("none") }
        let start = ThaiFormat.longDate(dates.start)
        guard let end = dates.end else { return Placeholders.fill(layout.option("date_open"), ["start": start]) }
        if dates.isSingleDay { return Placeholders.fill(layout.option("date_single"), ["date": start]) }
        return Placeholders.fill(layout.option("date_range"), ["start": start, "end": ThaiFormat.longDate(end)])
    }

    /// The photographs in rows of two (a single one centred): each in a thin frame, scaled into its box with its aspect kept,
    /// its caption below. One figure per row, so that a page break may fall between rows.
    static func photoRows(_ photos: [Photo], layout: DocumentLayout, names: ProtectedNames, width: Double) -> [Block] {
        let gap = layout.measure("photo_gap")
        let padding = layout.measure("photo_padding")
        let photoHeight = layout.measure("photo_height")
        let captionHeight = layout.measure("caption_height")
        let frame = layout.measure("photo_frame_width")
        let cellWidth = (width - gap) / 2
        let cellHeight = padding + photoHeight + padding + captionHeight
        var blocks: [Block] = []
        for rowStart in stride(from: 0, to: photos.count, by: 2) {
            var elements: [Figure.Element] = []
            for (offset, photo) in photos[rowStart..<min(rowStart + 2, photos.count)].enumerated() {
                // A single photograph stands in the middle; otherwise two to a row from the left.
                let x = photos.count == 1 ? (width - cellWidth) / 2 : Double(offset) * (cellWidth + gap)
                elements.append(.rectangle(x: x, y: 0, width: cellWidth, height: cellHeight, fill: nil, stroke: frame))
                elements.append(.image(path: photo.fullPath, x: x + padding, y: padding,
                                       width: cellWidth - 2 * padding, height: photoHeight))
                let caption = Placeholders.fill(layout.option("photo_caption"), [
                    "n": ThaiFormat.number(rowStart + offset + 1),
                    "caption": ProgressText.record(photo.caption ?? "", layout: layout),
                ]).trimmingCharacters(in: .whitespaces)
                elements.append(.text(names.paragraph(caption, style: layout.style("caption")),
                                      x: x + padding, y: padding + photoHeight + padding, width: cellWidth - 2 * padding))
            }
            if rowStart > 0 { blocks.append(.space(layout.measure("photo_row_space"))) }
            blocks.append(.figure(Figure(height: cellHeight, elements: elements)))
        }
        return blocks
    }

    /// Who reported: a signature line, the name in parentheses, position, division, phone and date,
    /// centred on the right half of the page, kept together.
    static func reporterBlock(_ reporter: Reporter, plan: Plan, layout: DocumentLayout, names: ProtectedNames) -> Block {
        func line(_ text: String, _ style: String = "signature") -> Block { .paragraph(names.paragraph(text, style: layout.style(style))) }
        var lines: [Block] = [.space(layout.measure("signature_space_before")),
                              line(layout.option("signature_line"), "signature_first")]
        lines.append(line(reporter.name.map { "(\(ProgressText.record($0, layout: layout)))" } ?? layout.option("blank_name")))
        if let position = reporter.position {
            lines.append(line("\(layout.option("position_label")) \(ProgressText.record(position, layout: layout))"))
        }
        if let id = reporter.divisionID {
            lines.append(line("\(layout.option("division_label")) \(plan.division(id)?.name ?? id)"))
        }
        if let phone = reporter.phone {
            lines.append(line("\(layout.option("phone_label")) \(ProgressText.record(phone, layout: layout))"))
        }
        if let date = reporter.reportDate {
            lines.append(line("\(layout.option("report_date_label")) \(ThaiFormat.longDate(date))"))
        }
        return .keepTogether(lines)
    }
}
