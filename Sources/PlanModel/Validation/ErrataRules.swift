import ThaiText

/// Errata that no longer describe the data: an erratum must name a field its file has, and when that field
/// is one text (or one value) the erratum's `dataset` text must be what the field says. An erratum about a
/// whole list or section (numbering, an absent section) describes its correction in words and is not compared.
enum ErrataRules {
    /// Top-level fields a file may name in an erratum even when it leaves them out (`budget` of a project
    /// without budget, `outputs` of a project whose source gives none).
    static let projectFields: Set<String> = [
        "number", "name", "kind", "mission", "sub_mission", "rationale", "objectives", "target_group", "method",
        "period", "budget", "budget_text", "divisions", "outputs", "outcomes", "indicators", "note",
    ]
    static let planFields: Set<String> = [
        "organization", "title", "period", "announcement", "cover", "foreword", "divisions", "part1", "dimensions",
        "closing_notice",
    ]

    static func check(_ f: inout Findings) {
        let plan = f.plan
        var texts: [String: [String: String]] = [:]
        for field in f.textFields { texts[field.file, default: [:]][field.field] = field.text }
        let values = scalarValues(plan)
        // A field that several errata name is normalized once.
        var normalized: [String: [String: String]] = [:]
        func normalizedText(_ file: String, _ field: String, _ text: String) -> String {
            if let known = normalized[file]?[field] { return known }
            let made = text.whitespaceNormalized
            normalized[file, default: [:]][field] = made
            return made
        }

        for entry in plan.errataEntries {
            let file = entry.file
            let known = file == planFile ? planFields : projectFields
            guard f.has(file, entry.field) || known.contains(entry.field) else {
                f.warning(file, entry.path + ".field", "this erratum names '\(entry.field)', which \(file) does not have; name the field the correction was made in")
                continue
            }
            let dataset = entry.erratum.dataset.whitespaceNormalized
            if let text = texts[file]?[entry.field] ?? values[file]?[entry.field]?.text {
                if !normalizedText(file, entry.field, text).containsLiteral(dataset) {
                    f.warning(file, entry.path + ".dataset", "the erratum's dataset text '\(dataset.excerpt())' does not appear in \(entry.field), which reads '\(text.excerpt())'; update the erratum to what the field says now, or correct the field")
                }
            } else if let forms = values[file]?[entry.field]?.forms, let value = forms.first {
                let written = forms + forms.map(ThaiDigits.toThai)
                if !written.contains(where: { dataset.containsLiteral($0) }) {
                    f.warning(file, entry.path + ".dataset", "the erratum's dataset text '\(dataset.excerpt())' does not give \(entry.field)'s value \(value); update the erratum to what the field says now, or correct the field")
                }
            }
        }
    }

    /// Values that are not prose, by file and field: either a heading's printed label (its number and title,
    /// compared like a text) or a plain value (compared by appearing in the erratum's dataset text).
    static func scalarValues(_ plan: Plan) -> [String: [String: (text: String?, forms: [String])]] {
        var out: [String: [String: (text: String?, forms: [String])]] = [:]
        for (i, dimension) in plan.dimensions.enumerated() {
            out[planFile, default: [:]]["dimensions[\(i)].number"] = (nil, [String(dimension.number)])
            for (j, mission) in dimension.missions.enumerated() {
                let label = ThaiDigits.toThai(mission.id.description)
                out[planFile, default: [:]]["dimensions[\(i)].missions[\(j)].number"] = ("\(label) \(mission.title)", [])
                for (k, sub) in mission.subMissions.enumerated() {
                    let subLabel = label + "." + ThaiDigits.toThai(String(sub.number))
                    out[planFile, default: [:]]["dimensions[\(i)].missions[\(j)].sub_missions[\(k)].number"] = ("\(subLabel) \(sub.title)", [])
                }
            }
        }
        for project in plan.projects {
            var values: [String: (text: String?, forms: [String])] = [
                "number": (nil, [String(project.number)]), "kind": (nil, [project.kind.rawValue]),
                "mission": (nil, [project.mission.description]), "period.kind": (nil, [project.period.kind.rawValue]),
                "period.start": (nil, [String(project.period.start)]), "period.end": (nil, [String(project.period.end)]),
            ]
            if let sub = project.subMission { values["sub_mission"] = (nil, ["\(project.mission).\(sub)"]) }
            for (year, amount) in project.budget { values["budget.\(year)"] = (nil, [amount.description, ThaiFormat.amount(amount), ThaiFormat.amountWithSatang(amount)]) }
            for (i, division) in project.divisions.enumerated() { values["divisions[\(i)]"] = (nil, [division]) }
            if let count = project.targetGroup.count { values["target_group.count"] = (nil, [String(count)]) }
            out[project.file] = values
        }
        return out
    }
}
