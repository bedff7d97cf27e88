import PlanModel
import ThaiText
import Typesetting

/// The organization's progress report for one round: a cover; a summary by dimension (projects planned,
/// by status, not reported, share completed, budget planned / approved / disbursed, share disbursed) with
/// a totals row; a bar chart of completion by dimension; every project by dimension and mission with its
/// status and amounts; the signature blocks of the reporter and of the approving executive.
/// The cover is on the layout's paper; the tables go on landscape pages whose margins the layout sets.
public enum OrganizationProgressDocument {
    public static let layoutName = "progress-organization"

    public static let requirements = LayoutRequirements(
        styles: ["cover_title", "cover_line", "cover_organization", "title", "subtitle", "heading", "header", "cell",
                 "cell_center", "amount", "group_dimension", "group_mission", "total_label", "total_center",
                 "total_amount", "signature", "signature_first", "chart_note"]
            + CompletionChart.styles + ProgressWatermark.styles,
        measures: ["cover_emblem_top", "cover_emblem_height", "cover_space_before", "cover_space_between",
                   "landscape_margin_top", "landscape_margin_right", "landscape_margin_bottom", "landscape_margin_left",
                   "landscape_page_number_top", "title_space_after", "section_space", "border_width", "cell_padding_x",
                   "cell_padding_y", "summary_column_count", "summary_column_share", "summary_column_amount",
                   "detail_column_number", "detail_column_division", "detail_column_status", "detail_column_amount",
                   "detail_column_share", "signature_space_before"]
            + CompletionChart.measures,
        options: ["title_prefix", "cover_fiscal_year", "cover_round", "round_line", "none", "list_separator",
                  "dimension", "section_summary", "section_chart", "section_projects", "summary_dimension",
                  "summary_projects", "summary_planned", "summary_completed", "summary_in_progress",
                  "summary_not_started", "summary_cancelled", "summary_not_reported", "summary_completed_share",
                  "summary_budget", "summary_budget_planned", "summary_budget_approved", "summary_budget_disbursed",
                  "summary_disbursed_share", "total_label", "detail_number", "detail_name", "detail_division",
                  "detail_status", "dimension_total", "grand_total", "reporter_signature", "approver_signature",
                  "blank_name", "blank_position", "signature_date"]
            + CompletionChart.options + ProgressWatermark.options)

    public static func compose(_ round: ProgressRound, plan: Plan, layout: DocumentLayout,
                               resources: CompositionResources) throws(CompositionError) -> ComposedDocument {
        let names = resources.names
        func paragraph(_ text: String, _ style: String) -> Block { .paragraph(names.paragraph(text, style: layout.style(style))) }
        let summary = try ProgressFigures.summary(plan: plan, round: round)
        let landscape = landscapePage(layout)
        let title = layout.option("title_prefix") + plan.title

        var blocks: [Block] = []
        // The cover.
        blocks.append(.image(ImageBlock(path: resources.emblemPath, height: layout.measure("cover_emblem_height"),
                                        alignment: .center, top: layout.measure("cover_emblem_top"))))
        blocks.append(.space(layout.measure("cover_space_before")))
        blocks.append(paragraph(title, "cover_title"))
        blocks.append(paragraph("(\(plan.periodText))", "cover_line"))
        blocks.append(.space(layout.measure("cover_space_between")))
        blocks.append(paragraph(Placeholders.fill(layout.option("cover_fiscal_year"), ["fy": ThaiFormat.year(round.fiscalYear)]), "cover_line"))
        blocks.append(paragraph(Placeholders.fill(layout.option("cover_round"), [
            "round": round.round.thaiName,
            "from": ThaiFormat.longDate(round.dateRange.lowerBound),
            "to": ThaiFormat.longDate(round.dateRange.upperBound),
        ]), "cover_line"))
        blocks.append(.space(layout.measure("cover_space_between")))
        blocks.append(paragraph(plan.organization.name, "cover_organization"))

        // The summary by dimension and the chart, on landscape pages.
        blocks.append(.pageBreak(landscape))
        blocks.append(paragraph(title, "title"))
        blocks.append(paragraph(plan.organization.name, "subtitle"))
        blocks.append(paragraph(ProgressText.roundLine(round, layout: layout), "subtitle"))
        blocks.append(.space(layout.measure("title_space_after")))
        blocks.append(paragraph("\(ThaiFormat.number(1)). \(layout.option("section_summary"))", "heading"))
        blocks.append(.table(summaryTable(summary, layout: layout, names: names, width: landscape.textWidth)))
        blocks.append(.space(layout.measure("section_space")))
        blocks.append(paragraph("\(ThaiFormat.number(2)). \(layout.option("section_chart"))", "heading"))
        blocks.append(.figure(CompletionChart.figure(summary, layout: layout, names: names, width: landscape.textWidth)))
        // The bars are named by number; the dimensions' titles follow under the chart.
        for row in summary.rows {
            blocks.append(paragraph(ProgressText.dimension(row.dimension, layout: layout), "chart_note"))
        }

        // Every project by dimension and mission.
        blocks.append(.pageBreak(nil))
        blocks.append(paragraph("\(ThaiFormat.number(3)). \(layout.option("section_projects"))", "heading"))
        blocks.append(.table(try detailTable(round, plan: plan, layout: layout, names: names, width: landscape.textWidth)))

        // Who reports and who approves.
        blocks.append(.space(layout.measure("signature_space_before")))
        blocks.append(.table(signatures(plan, layout: layout, names: names)))

        return ComposedDocument(
            blocks: blocks,
            title: title + " " + ProgressText.roundLine(round, layout: layout),
            subject: plan.organization.name,
            keywords: [round.round.thaiName, plan.organization.name],
            author: plan.organization.name,
            date: ProgressText.documentDate(round))
    }

    /// The layout's paper turned landscape, with the landscape margins and page-number place.
    static func landscapePage(_ layout: DocumentLayout) -> PageSpec {
        let page = layout.page
        var spec = PageSpec(width: max(page.width, page.height), height: min(page.width, page.height),
                            marginTop: layout.measure("landscape_margin_top"), marginRight: layout.measure("landscape_margin_right"),
                            marginBottom: layout.measure("landscape_margin_bottom"), marginLeft: layout.measure("landscape_margin_left"))
        spec.pageNumberTop = layout.measure("landscape_page_number_top")
        return spec
    }

    static func cell(_ text: String, _ style: String, layout: DocumentLayout, names: ProtectedNames,
                     rowSpan: Int = 1, colSpan: Int = 1) -> TableCell {
        TableCell(names.paragraph(text, style: layout.style(style)), rowSpan: rowSpan, colSpan: colSpan, verticalAlignment: .middle)
    }

    /// The summary: a row per dimension and the totals, every figure from `ProgressFigures`.
    static func summaryTable(_ summary: ProgressSummary, layout: DocumentLayout, names: ProtectedNames, width: Double) -> Table {
        func cell(_ text: String, _ style: String, rowSpan: Int = 1, colSpan: Int = 1) -> TableCell {
            Self.cell(text, style, layout: layout, names: names, rowSpan: rowSpan, colSpan: colSpan)
        }
        let count = Table.ColumnWidth.fixed(layout.measure("summary_column_count", reference: width))
        let share = Table.ColumnWidth.fixed(layout.measure("summary_column_share", reference: width))
        let amount = Table.ColumnWidth.atLeast(layout.measure("summary_column_amount", reference: width))
        let columns: [Table.ColumnWidth] = [.share(1)] + Array(repeating: count, count: 6) + [share]
            + Array(repeating: amount, count: 3) + [share]
        let header = [
            TableRow([cell(layout.option("summary_dimension"), "header", rowSpan: 2),
                      cell(layout.option("summary_projects"), "header", colSpan: 6),
                      cell(layout.option("summary_completed_share"), "header", rowSpan: 2),
                      cell(layout.option("summary_budget"), "header", colSpan: 3),
                      cell(layout.option("summary_disbursed_share"), "header", rowSpan: 2)]),
            TableRow(["summary_planned", "summary_completed", "summary_in_progress", "summary_not_started",
                      "summary_cancelled", "summary_not_reported", "summary_budget_planned", "summary_budget_approved",
                      "summary_budget_disbursed"].map { cell(layout.option($0), "header") }),
        ]
        func figures(_ tally: ProgressTally, total: Bool) -> [TableCell] {
            let center = total ? "total_center" : "cell_center", money = total ? "total_amount" : "amount"
            return [tally.projects, tally.completed, tally.inProgress, tally.notStarted, tally.cancelled, tally.notReported]
                .map { cell(ThaiFormat.number($0), center) }
                + [cell(ProgressText.percent(tally.completedShare, layout: layout), center),
                   cell(ProgressText.amount(tally.planned, layout: layout), money),
                   cell(ProgressText.amount(tally.approved, layout: layout), money),
                   cell(ProgressText.amount(tally.disbursed, layout: layout), money),
                   cell(ProgressText.percent(tally.disbursedShare, layout: layout), center)]
        }
        var body = summary.rows.map { row in
            TableRow([cell(ProgressText.dimension(row.dimension, layout: layout), "cell")] + figures(row.tally, total: false))
        }
        body.append(TableRow([cell(layout.option("total_label"), "total_label")] + figures(summary.total, total: true),
                             keepWithPrevious: true))
        return Table(columns: columns, header: header, body: body, borderWidth: layout.measure("border_width"),
                     paddingX: layout.measure("cell_padding_x"), paddingY: layout.measure("cell_padding_y"))
    }

    /// Every project under its dimension and mission, with a subtotal per dimension and the grand total.
    static func detailTable(_ round: ProgressRound, plan: Plan, layout: DocumentLayout, names: ProtectedNames,
                            width: Double) throws(CompositionError) -> Table {
        func cell(_ text: String, _ style: String, rowSpan: Int = 1, colSpan: Int = 1) -> TableCell {
            Self.cell(text, style, layout: layout, names: names, rowSpan: rowSpan, colSpan: colSpan)
        }
        let amount = Table.ColumnWidth.atLeast(layout.measure("detail_column_amount", reference: width))
        let columns: [Table.ColumnWidth] = [
            .fixed(layout.measure("detail_column_number", reference: width)), .share(1),
            .fixed(layout.measure("detail_column_division", reference: width)),
            .fixed(layout.measure("detail_column_status", reference: width)),
            amount, amount, amount,
            .fixed(layout.measure("detail_column_share", reference: width)),
        ]
        let header = [
            TableRow([cell(layout.option("detail_number"), "header", rowSpan: 2),
                      cell(layout.option("detail_name"), "header", rowSpan: 2),
                      cell(layout.option("detail_division"), "header", rowSpan: 2),
                      cell(layout.option("detail_status"), "header", rowSpan: 2),
                      cell(layout.option("summary_budget"), "header", colSpan: 3),
                      cell(layout.option("summary_disbursed_share"), "header", rowSpan: 2)]),
            TableRow(["summary_budget_planned", "summary_budget_approved", "summary_budget_disbursed"]
                        .map { cell(layout.option($0), "header") }),
        ]
        func totalRow(_ label: String, _ tally: ProgressTally) -> TableRow {
            TableRow([cell(label, "total_label", colSpan: 4),
                      cell(ProgressText.amount(tally.planned, layout: layout), "total_amount"),
                      cell(ProgressText.amount(tally.approved, layout: layout), "total_amount"),
                      cell(ProgressText.amount(tally.disbursed, layout: layout), "total_amount"),
                      cell(ProgressText.percent(tally.disbursedShare, layout: layout), "total_center")],
                     keepWithPrevious: true)
        }
        func projectRow(_ entry: ProgressEntry, keepWithPrevious: Bool) -> TableRow {
            TableRow([
                cell(ThaiFormat.number(entry.project.number), "cell_center"),
                cell(entry.project.name, "cell"),
                cell(ProgressText.divisions(entry.project, plan: plan, layout: layout), "cell"),
                cell(ProgressText.status(entry.status, layout: layout), "cell_center"),
                cell(ProgressText.amount(entry.planned, layout: layout), "amount"),
                cell(ProgressText.amount(entry.approved, layout: layout), "amount"),
                cell(ProgressText.amount(entry.disbursed, layout: layout), "amount"),
                cell(ProgressText.percent(entry.disbursedShare, layout: layout), "cell_center"),
            ], keepWithPrevious: keepWithPrevious)
        }
        var body: [TableRow] = []
        var all: [ProgressEntry] = []
        let projects = ProgressFigures.projects(plan.projects, in: round)
        for dimension in plan.dimensions {
            let dimensionProjects = projects.filter { $0.mission.dimension == dimension.number }
            guard !dimensionProjects.isEmpty else { continue }
            // The dimension's heading shares a row with its first mission's, so that the two headings and the
            // first project stay together at a page break.
            var heading: [Paragraph] = [names.paragraph(ProgressText.dimension(dimension, layout: layout),
                                                        style: layout.style("group_dimension"))]
            var dimensionEntries: [ProgressEntry] = []
            for mission in dimension.missions {
                let entries = ProgressFigures.entries(dimensionProjects.filter { $0.mission == mission.id }, round: round)
                guard !entries.isEmpty else { continue }
                heading.append(names.paragraph(ProgressText.mission(mission), style: layout.style("group_mission")))
                body.append(TableRow([TableCell(heading, colSpan: 8, verticalAlignment: .middle)]))
                heading = []
                for (index, entry) in entries.enumerated() {
                    body.append(projectRow(entry, keepWithPrevious: index == 0))
                }
                dimensionEntries += entries
            }
            // Projects whose mission the dimension does not list still count (and show) under the dimension.
            let listed = Set(dimensionEntries.map(\.project.number))
            let unlisted = dimensionProjects.filter { !listed.contains($0.number) }
            if !heading.isEmpty && !unlisted.isEmpty {
                body.append(TableRow([TableCell(heading, colSpan: 8, verticalAlignment: .middle)]))
            }
            for entry in ProgressFigures.entries(unlisted, round: round) {
                body.append(projectRow(entry, keepWithPrevious: false))
                dimensionEntries.append(entry)
            }
            let tally = try ProgressFigures.tally(dimensionEntries)
            body.append(totalRow(Placeholders.fill(layout.option("dimension_total"), [
                "dimension": "\(layout.option("dimension")) \(ThaiFormat.number(dimension.number))",
                "n": ThaiFormat.number(tally.projects),
            ]), tally))
            all += dimensionEntries
        }
        let grand = try ProgressFigures.tally(all)
        body.append(totalRow(Placeholders.fill(layout.option("grand_total"), ["n": ThaiFormat.number(grand.projects)]), grand))
        return Table(columns: columns, header: header, body: body, borderWidth: layout.measure("border_width"),
                     paddingX: layout.measure("cell_padding_x"), paddingY: layout.measure("cell_padding_y"))
    }

    /// Two signature blocks side by side, without borders: the reporter (left, to be filled in by hand)
    /// and the executive who approves the report (right: the plan's signer).
    static func signatures(_ plan: Plan, layout: DocumentLayout, names: ProtectedNames) -> Table {
        func lines(_ texts: [String]) -> TableCell {
            TableCell(texts.enumerated().map { index, text in
                names.paragraph(text, style: layout.style(index == 0 ? "signature_first" : "signature"))
            })
        }
        let signer = plan.announcement.signer
        return Table(columns: [.share(1), .share(1)], header: [], body: [TableRow([
            lines([layout.option("reporter_signature"), layout.option("blank_name"), layout.option("blank_position"),
                   layout.option("signature_date")]),
            lines([layout.option("approver_signature"), "(\(signer.name))", signer.position, layout.option("signature_date")]),
        ])], borderWidth: 0, paddingX: layout.measure("cell_padding_x"), paddingY: 0)
    }
}
