import PlanModel
import ThaiText
import Typesetting

/// Part 2: the four-dimension budget table. One row per project under spanning dimension and mission
/// cells, one column per fiscal year of the plan, a subtotal row after each dimension and a grand total,
/// every total computed from the dataset.
public enum BudgetTableDocument {
    /// The heading the contents show for Part 2: its part title and the plan's title, as printed.
    public static func heading(_ plan: Plan, layout: DocumentLayout) -> String {
        layout.option("part_title") + " " + plan.title
    }

    public static let layoutName = "budget-table"

    public static let requirements = LayoutRequirements(
        styles: ["part_title", "title", "header", "dimension", "mission", "project", "amount", "note",
                 "total_label", "total_count", "total_amount"],
        measures: ["title_space_after", "column_dimension", "column_mission", "column_year", "column_note",
                   "border_width", "cell_padding_x", "cell_padding_y"],
        options: ["span_continuation", "part_title"])

    /// Totals of one dimension (or the whole plan): the number of projects and the sum per fiscal year.
    public struct Totals: Sendable {
        public var projects: Int
        public var perYear: [Int: Money]
    }

    /// Sums the budgets of `projects` for each of `years`; throws if a sum overflows.
    public static func totals(of projects: [Project], years: [Int]) throws -> Totals {
        var perYear: [Int: Money] = [:]
        for year in years {
            guard let sum = Money.sum(projects.compactMap { $0.budget(for: year) }) else {
                throw CompositionError("the budget total for \(year) is too large to compute")
            }
            perYear[year] = sum
        }
        return Totals(projects: projects.count, perYear: perYear)
    }

    public static func compose(_ plan: Plan, layout: DocumentLayout, resources: CompositionResources) throws -> ComposedDocument {
        let names = resources.names
        let years = plan.period.fiscalYears
        let width = layout.page.textWidth
        var blocks: [Block] = []
        blocks.append(.paragraph(names.paragraph(layout.option("part_title"), style: layout.style("part_title"))))
        for line in [plan.title, "(\(plan.periodText))", "ของ" + plan.organization.name] {
            blocks.append(.paragraph(names.paragraph(line, style: layout.style("title"))))
        }
        blocks.append(.space(layout.measure("title_space_after")))
        blocks.append(.table(try table(plan, years: years, layout: layout, width: width, names: names)))
        return ComposedDocument(
            blocks: blocks,
            title: layout.option("part_title") + " " + plan.title + " (\(plan.periodText)) ของ" + plan.organization.name,
            subject: "โครงการ/กิจกรรม/มาตรการ และงบประมาณ แยกตามมิติ",
            keywords: ["แผนปฏิบัติการป้องกันการทุจริต", "งบประมาณ", plan.organization.name],
            author: plan.organization.name,
            date: plan.announcement.date)
    }

    static func table(_ plan: Plan, years: [Int], layout: DocumentLayout, width: Double, names: ProtectedNames) throws -> Table {
        func cell(_ text: String, _ style: String, rowSpan: Int = 1, colSpan: Int = 1,
                  vertical: TableCell.VerticalAlignment = .top) -> TableCell {
            TableCell(names.paragraph(text, style: layout.style(style)), rowSpan: rowSpan, colSpan: colSpan, verticalAlignment: vertical)
        }
        func amount(_ money: Money?) -> String {
            guard let money, !money.isZero else { return "-" }
            return ThaiFormat.amount(money)
        }
        var columns: [Table.ColumnWidth] = [
            .fixed(layout.measure("column_dimension", reference: width)),
            .fixed(layout.measure("column_mission", reference: width)),
            .share(1),
        ]
        columns += years.map { _ in .atLeast(layout.measure("column_year", reference: width)) }
        columns.append(.fixed(layout.measure("column_note", reference: width)))

        let header = [
            TableRow([cell("มิติ", "header", rowSpan: 2, vertical: .middle),
                      cell("ภารกิจตามมิติ", "header", rowSpan: 2, vertical: .middle),
                      cell("โครงการ/กิจกรรม/มาตรการ", "header", rowSpan: 2, vertical: .middle)]
                     + years.map { cell("ปี " + ThaiFormat.number($0), "header", vertical: .middle) }
                     + [cell("หมายเหตุ", "header", rowSpan: 2, vertical: .middle)]),
            TableRow(years.map { _ in cell("งบประมาณ (บาท)", "header", vertical: .middle) }),
        ]

        var body: [TableRow] = []
        let projectsByMission = Dictionary(grouping: plan.projects, by: \.mission)
        var allProjects: [Project] = []
        for dimension in plan.dimensions {
            let missions = dimension.missions
            let rowsPerMission = missions.map { max(projectsByMission[$0.id]?.count ?? 0, 1) }
            let dimensionRows = rowsPerMission.reduce(0, +)
            guard dimensionRows > 0 else { continue }
            var first = true
            var dimensionProjects: [Project] = []
            for (m, mission) in missions.enumerated() {
                let projects = (projectsByMission[mission.id] ?? []).sorted { $0.number < $1.number }
                dimensionProjects += projects
                let missionTitle = "\(ThaiFormat.number(dimension.number)).\(ThaiFormat.number(mission.number)) \(mission.title)"
                let entries: [Project?] = projects.isEmpty ? [nil] : projects
                for (p, project) in entries.enumerated() {
                    var cells: [TableCell] = []
                    if first {
                        cells.append(cell("\(ThaiFormat.number(dimension.number)). \(dimension.title)", "dimension", rowSpan: dimensionRows))
                        first = false
                    }
                    if p == 0 { cells.append(cell(missionTitle, "mission", rowSpan: rowsPerMission[m])) }
                    if let project {
                        cells.append(cell("\(ThaiFormat.number(project.number))) \(project.name)", "project"))
                        cells += years.map { cell(amount(project.budget(for: $0)), "amount") }
                        cells.append(cell(project.note ?? "", "note"))
                    } else {
                        cells.append(cell("-", "project"))
                        cells += years.map { _ in cell("-", "amount") }
                        cells.append(cell("", "note"))
                    }
                    body.append(TableRow(cells))
                }
            }
            allProjects += dimensionProjects
            let totals = try totals(of: dimensionProjects, years: years)
            body.append(totalRow("รวม", totals, years: years, cell: cell, amount: amount))
        }
        let grand = try totals(of: allProjects, years: years)
        body.append(totalRow("รวมทั้งสิ้น", grand, years: years, cell: cell, amount: amount))

        let marker = layout.option("span_continuation")
        return Table(columns: columns, header: header, body: body,
                     borderWidth: layout.measure("border_width"),
                     paddingX: layout.measure("cell_padding_x"), paddingY: layout.measure("cell_padding_y"),
                     continuation: marker.isEmpty ? .repeatText : .repeatWithMarker(marker))
    }

    static func totalRow(_ label: String, _ totals: Totals, years: [Int],
                         cell: (String, String, Int, Int, TableCell.VerticalAlignment) -> TableCell,
                         amount: (Money?) -> String) -> TableRow {
        TableRow([cell(label, "total_label", 1, 2, .top),
                  cell("\(ThaiFormat.number(totals.projects)) โครงการ", "total_count", 1, 1, .top)]
                 + years.map { cell(amount(totals.perYear[$0]), "total_amount", 1, 1, .top) }
                 + [cell("", "note", 1, 1, .top)],
                 keepWithPrevious: true)
    }
}
