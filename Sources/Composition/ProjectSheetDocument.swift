import PlanModel
import ThaiText
import Typesetting

/// Part 3: one project's detail sheet. Its place in the plan (dimension, mission, sub-mission), its
/// number (ลำดับที่), then the nine canonical sections, numbered by the renderer.
public enum ProjectSheetDocument {
    public static let layoutName = "project-sheet"

    static let sectionOptions = (1...9).map { "section_\($0)" }

    public static let requirements = LayoutRequirements(
        styles: ["dimension_heading", "mission_heading", "sub_mission_heading", "sequence", "section_heading", "name",
                 "body", "text", "list_1", "list_2", "list_3", "label"],
        measures: ["list_hang"],
        options: sectionOptions + ["list_1_format", "list_2_format", "list_3_format", "no_budget",
                                   "fiscal_year", "academic_year", "amount_in_words", "outputs_label",
                                   "outcomes_label", "indicators_label", "at_least", "at_most", "sequence",
                                   "dimension"])

    /// The sheet's anchor id in a book (contents entries and bookmarks point to it).
    public static func anchor(_ project: Project) -> String { "project-\(project.number)" }

    public static func compose(_ project: Project, plan: Plan, layout: DocumentLayout, resources: CompositionResources) -> ComposedDocument {
        ComposedDocument(
            blocks: blocks(project, plan: plan, layout: layout, names: resources.names),
            title: "\(layout.option("sequence")) \(ThaiFormat.number(project.number)) \(project.name)",
            subject: plan.title + " ของ" + plan.organization.name + " (\(plan.periodText))",
            keywords: [project.kind.rawValue, plan.organization.name],
            author: plan.organization.name,
            date: plan.announcement.date)
    }

    /// The sheet's blocks, shared by the stand-alone sheet and the plan book.
    public static func blocks(_ project: Project, plan: Plan, layout: DocumentLayout, names: ProtectedNames) -> [Block] {
        func paragraph(_ text: String, _ style: String) -> Block { .paragraph(names.paragraph(text, style: layout.style(style))) }
        let lists = ListBlocks(layout: layout, names: names,
                               styles: ["list_1", "list_2", "list_3"],
                               formats: ["list_1_format", "list_2_format", "list_3_format"].map(layout.option),
                               hang: layout.measure("list_hang"))
        var blocks: [Block] = [.anchor(anchor(project))]
        if let dimension = plan.dimension(project.mission.dimension) {
            blocks.append(paragraph("\(layout.option("dimension")) \(ThaiFormat.number(dimension.number)) \(dimension.title)", "dimension_heading"))
        }
        if let mission = plan.mission(project.mission) {
            let number = "\(ThaiFormat.number(project.mission.dimension)).\(ThaiFormat.number(mission.number))"
            blocks.append(paragraph("\(number) \(mission.title)", "mission_heading"))
            if let sub = project.subMission, let subMission = mission.subMissions.first(where: { $0.number == sub }) {
                blocks.append(paragraph("\(number).\(ThaiFormat.number(sub)) \(subMission.title)", "sub_mission_heading"))
            }
        }
        blocks.append(paragraph("\(layout.option("sequence")) \(ThaiFormat.number(project.number))", "sequence"))

        func heading(_ n: Int, _ extra: String = "") -> Block {
            let title = "\(ThaiFormat.number(n)). \(layout.option("section_\(n)"))"
            guard !extra.isEmpty else { return paragraph(title, "section_heading") }
            // The first section carries the name on its heading's line: the label bold, the name not.
            var p = names.paragraph(title + " : " + extra, style: layout.style("name"))
            p.boldRanges = [0..<title.utf8.count]
            return .paragraph(p)
        }

        blocks.append(heading(1, project.name))
        blocks.append(heading(2))
        blocks += project.rationale.map { paragraph($0, "body") }
        blocks.append(heading(3))
        blocks += lists.blocks(project.objectives, section: 3)
        blocks.append(heading(4))
        blocks.append(paragraph(project.targetGroup.text, "text"))
        blocks.append(heading(5))
        blocks += lists.blocks(project.method, section: 5)
        blocks.append(heading(6))
        blocks.append(paragraph(periodText(project.period, layout: layout), "text"))
        blocks.append(heading(7))
        blocks += budgetLines(project, plan: plan, layout: layout).map { paragraph($0, "text") }
        if let extra = project.budgetText { blocks.append(paragraph(extra, "text")) }
        blocks.append(heading(8))
        blocks += project.divisions.map { paragraph(plan.division($0)?.name ?? $0, "text") }
        blocks.append(heading(9))
        if !project.outputs.isEmpty {
            blocks.append(paragraph(layout.option("outputs_label"), "label"))
            blocks += lists.blocks(project.outputs, section: nil)
        }
        if !project.outcomes.isEmpty {
            blocks.append(paragraph(layout.option("outcomes_label"), "label"))
            blocks += lists.blocks(project.outcomes, section: nil)
        }
        if !project.indicators.isEmpty {
            blocks.append(paragraph(layout.option("indicators_label"), "label"))
            let items = project.indicators.map { ListItem(indicatorText($0, layout: layout)) }
            blocks += lists.blocks(items, section: nil)
        }
        return blocks
    }

    static func periodText(_ period: ProjectPeriod, layout: DocumentLayout) -> String {
        if let text = period.text { return text }
        let prefix = layout.option(period.kind == .fiscal ? "fiscal_year" : "academic_year")
        let years = period.start == period.end
            ? ThaiFormat.number(period.start)
            : "\(ThaiFormat.number(period.start)) – \(ThaiFormat.number(period.end))"
        return "\(prefix) \(years)"
    }

    /// One line per fiscal year with a budget (the amount in words too where the layout asks), or the
    /// layout's wording for a project without budget.
    static func budgetLines(_ project: Project, plan: Plan, layout: DocumentLayout) -> [String] {
        guard project.usesBudget else { return [layout.option("no_budget")] }
        let inWords = layout.option("amount_in_words") == "yes"
        return project.budget.keys.sorted().map { year in
            let amount = project.budget[year]!
            var line = "\(layout.option("fiscal_year")) \(ThaiFormat.number(year)) จำนวน \(ThaiFormat.amount(amount)) บาท"
            if inWords { line += " (\(ThaiFormat.bahtText(amount)))" }
            return line
        }
    }

    static func indicatorText(_ indicator: Indicator, layout: DocumentLayout) -> String {
        let target = ThaiDigits.toThai(indicator.target)
        let quantity = indicator.unit == "ร้อยละ" ? "ร้อยละ \(target)" : "\(target) \(indicator.unit)"
        switch indicator.comparator {
        case .atLeast: return "\(indicator.text) \(layout.option("at_least")) \(quantity)"
        case .atMost: return "\(indicator.text) \(layout.option("at_most")) \(quantity)"
        case .equal: return "\(indicator.text) \(quantity)"
        }
    }
}
