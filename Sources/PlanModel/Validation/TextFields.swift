/// One piece of printed text in a plan: which file and field it is in, and what kind of text it is.
public struct TextField: Sendable, Hashable {
    public enum Role: Sendable, Hashable {
        /// A paragraph of prose.
        case paragraph
        /// An element of a list (numbered by the renderer).
        case item
        /// A name or heading: project name, dimension, mission and sub-mission titles.
        case title
        /// A short value printed as given: names, positions, units, notes.
        case line
    }

    /// The file, relative to the plan folder (`plan.yaml`, `projects/05.yaml`).
    public let file: String
    /// The field path in that file, as `SourceMap` knows it (`foreword.paragraphs[3]`, `method[2].items[0]`).
    public let field: String
    public let text: String
    public let role: Role
}

extension Plan {
    /// Every text field of the plan and its projects (errata excluded: they quote the source), in file order.
    /// Machine fields (ids, years, amounts, dates, the website, the emblem path) are not text.
    public var textFields: [TextField] {
        var out = TextCollector(file: planFile)
        out.line("organization.name", organization.name)
        out.line("organization.short_name", organization.shortName)
        out.line("organization.kind", organization.kind)
        out.line("organization.province", organization.province)
        out.line("organization.address", organization.address)
        out.title("title", title)
        out.title("announcement.subject", announcement.subject)
        out.paragraphs("announcement.body", announcement.body)
        out.line("announcement.closing", announcement.closing)
        out.line("announcement.signer.name", announcement.signer.name)
        out.line("announcement.signer.position", announcement.signer.position)
        if let cover {
            out.lines("cover.title_lines", cover.titleLines)
            out.line("cover.period_line", cover.periodLine)
            out.lines("cover.office_lines", cover.officeLines)
        }
        if let foreword {
            out.paragraphs("foreword.paragraphs", foreword.paragraphs)
            out.lines("foreword.signed_by", foreword.signedBy)
        }
        for (i, division) in divisions.enumerated() { out.line("divisions[\(i)].name", division.name) }
        if let part1 {
            for (i, row) in part1.riskRows.enumerated() {
                let path = "part1.risk_assessment.rows[\(i)]"
                out.item("\(path).step", row.step)
                for (j, risk) in row.risks.enumerated() {
                    out.item("\(path).risks[\(j)].text", risk.text)
                    out.line("\(path).risks[\(j)].level", risk.level)
                }
                for (j, control) in row.controls.enumerated() { out.item("\(path).controls[\(j)]", control) }
            }
            out.paragraphs("part1.rationale", part1.rationale)
            out.items("part1.objectives", part1.objectives)
            out.items("part1.goals", part1.goals)
            out.items("part1.benefits", part1.benefits)
        }
        for (i, dimension) in dimensions.enumerated() {
            out.title("dimensions[\(i)].title", dimension.title)
            for (j, mission) in dimension.missions.enumerated() {
                out.title("dimensions[\(i)].missions[\(j)].title", mission.title)
                for (k, sub) in mission.subMissions.enumerated() {
                    out.title("dimensions[\(i)].missions[\(j)].sub_missions[\(k)].title", sub.title)
                }
            }
        }
        out.paragraphs("closing_notice", closingNotice)
        return out.fields + projects.flatMap(\.textFields)
    }
}

extension Project {
    /// Every text field of the project (errata excluded), in file order.
    public var textFields: [TextField] {
        var out = TextCollector(file: file)
        out.title("name", name)
        out.paragraphs("rationale", rationale)
        out.items("objectives", objectives)
        out.line("target_group.text", targetGroup.text)
        out.line("target_group.unit", targetGroup.unit)
        out.items("method", method)
        out.line("period.text", period.text)
        out.line("budget_text", budgetText)
        out.items("outputs", outputs)
        out.items("outcomes", outcomes)
        for (i, indicator) in indicators.enumerated() {
            out.line("indicators[\(i)].text", indicator.text)
            out.line("indicators[\(i)].unit", indicator.unit)
        }
        out.line("note", note)
        return out.fields
    }
}

private struct TextCollector {
    let file: String
    var fields: [TextField] = []

    mutating func add(_ field: String, _ text: String?, _ role: TextField.Role) {
        if let text { fields.append(TextField(file: file, field: field, text: text, role: role)) }
    }
    mutating func line(_ field: String, _ text: String?) { add(field, text, .line) }
    mutating func title(_ field: String, _ text: String?) { add(field, text, .title) }
    mutating func item(_ field: String, _ text: String) { add(field, text, .item) }
    mutating func lines(_ field: String, _ texts: [String]) {
        for (i, text) in texts.enumerated() { add("\(field)[\(i)]", text, .line) }
    }
    mutating func paragraphs(_ field: String, _ texts: [String]) {
        for (i, text) in texts.enumerated() { add("\(field)[\(i)]", text, .paragraph) }
    }
    /// A list whose elements are strings or `{text, items}` mappings.
    mutating func items(_ field: String, _ items: [ListItem]) {
        for (i, item) in items.enumerated() {
            if item.items.isEmpty {
                add("\(field)[\(i)]", item.text, .item)
            } else {
                add("\(field)[\(i)].text", item.text, .item)
                self.items("\(field)[\(i)].items", item.items)
            }
        }
    }
}
