import ThaiText

/// Figures the plan's text states against what the data gives: projects per dimension and in all
/// ("มิติที่ ๑ … จำนวน ๙ โครงการ", "รวมทั้งสิ้นจำนวน ๔๔ โครงการ"), the number of dimensions ("แยกตาม ๔ มิติ"),
/// spans of years ("๕ ปี (พ.ศ. ๒๕๖๖ - ๒๕๗๐)"), target-group counts and indicator targets. Also dimensions and
/// missions that hold no project.
enum CountRules {
    static func check(_ f: inout Findings) {
        checkEmptyDimensions(&f)
        for field in f.textFields { checkStatedFigures(field, &f) }
        for project in f.plan.projects {
            checkTargetGroup(project, &f)
            checkIndicators(project, &f)
        }
    }

    /// "มิติที่ ๑ การสร้างวัฒนธรรมสุจริต จำนวน ๙ โครงการ": dimension, then a count of projects before the next dimension.
    static let dimensionCount = TextPattern("มิติที่\\s*{N}(?:(?!มิติที่).)*?จำนวน\\s*{N}\\s*โครงการ", requiring: "มิติที่")
    /// "รวมทั้งสิ้นจำนวน ๔๔ โครงการ", "รวมทั้งสิ้น ๔๔ โครงการ".
    static let grandTotal = TextPattern("รวมทั้งสิ้น\\s*(?:จำนวน)?\\s*{N}\\s*โครงการ", requiring: "รวมทั้งสิ้น")
    /// "แยกตาม ๔ มิติ" (but not "มิติที่ ๔").
    static let dimensionsStated = TextPattern("(?<![0-9๐-๙,.])([0-9๐-๙]+)\\s*มิติ(?!ที่)", requiring: "มิติ")
    /// "๕ ปี (พ.ศ. ๒๕๖๖ - ๒๕๗๐)".
    static let yearSpan = TextPattern("(?<![0-9๐-๙,.])([0-9๐-๙]+)\\s*ปี\\s*\\(\\s*(?:พ\\.ศ\\.)?\\s*([0-9๐-๙]{4})\\s*[-–]\\s*([0-9๐-๙]{4})\\s*\\)", requiring: "ปี")

    static func projectsIn(dimension: Int, _ plan: Plan) -> Int {
        plan.projects.filter { $0.mission.dimension == dimension }.count
    }

    static func checkStatedFigures(_ field: TextField, _ f: inout Findings) {
        let plan = f.plan
        let text = field.text
        if field.file == planFile {
            for match in dimensionCount.matches(in: text) {
                guard let dimension = StatedNumber.value(match[1]), let stated = StatedNumber.value(match[2]) else { continue }
                guard plan.dimension(dimension) != nil else {
                    f.error(field.file, field.field, "the text speaks of มิติที่ \(StatedNumber.thai(dimension)), but the plan has no dimension \(dimension); correct the sentence or add the dimension")
                    continue
                }
                let actual = projectsIn(dimension: dimension, plan)
                if actual != stated {
                    f.error(field.file, field.field, "the text says dimension \(dimension) has \(stated) projects (จำนวน \(StatedNumber.thai(stated)) โครงการ), but \(actual) project\(actual == 1 ? "" : "s") name a mission of dimension \(dimension); correct the sentence to \(StatedNumber.thai(actual)) or the projects' missions")
                }
            }
            for match in grandTotal.matches(in: text) {
                guard let stated = StatedNumber.value(match[1]) else { continue }
                if stated != plan.projects.count {
                    f.error(field.file, field.field, "the text says the plan has \(stated) projects in all (รวมทั้งสิ้น \(StatedNumber.thai(stated)) โครงการ), but the dataset holds \(plan.projects.count); correct the sentence to \(StatedNumber.thai(plan.projects.count)) or add the missing projects")
                }
            }
            for match in dimensionsStated.matches(in: text) {
                guard let stated = StatedNumber.value(match[1]) else { continue }
                if stated != plan.dimensions.count {
                    f.error(field.file, field.field, "the text speaks of \(stated) dimensions (\(StatedNumber.thai(stated)) มิติ), but plan.yaml defines \(plan.dimensions.count); correct the sentence or the dimensions")
                }
            }
        }
        for match in yearSpan.matches(in: text) {
            guard let years = StatedNumber.value(match[1]), let first = StatedNumber.value(match[2]), let last = StatedNumber.value(match[3]) else { continue }
            if last - first + 1 != years {
                f.error(field.file, field.field, "the text says \(years) years (\(StatedNumber.thai(years)) ปี) for พ.ศ. \(StatedNumber.thai(first))–\(StatedNumber.thai(last)), which is \(last - first + 1) years; correct the count or the years")
            }
        }
    }

    static func checkEmptyDimensions(_ f: inout Findings) {
        let plan = f.plan
        if plan.projects.isEmpty {
            f.error(planFile, "", "the plan has no projects; add projects/01.yaml …")
            return
        }
        for (i, dimension) in plan.dimensions.enumerated() {
            if projectsIn(dimension: dimension.number, plan) == 0 {
                f.error(planFile, "dimensions[\(i)]", "dimension \(dimension.number) (\(dimension.title.excerpt())) has no projects; give it projects (mission: \"\(dimension.number).1\" …) or remove it")
                continue
            }
            for (j, mission) in dimension.missions.enumerated() where !plan.projects.contains(where: { $0.mission == mission.id }) {
                f.warning(planFile, "dimensions[\(i)].missions[\(j)]", "mission \(mission.id) (\(mission.title.excerpt())) has no projects; its row in the Part 2 table will be empty")
            }
        }
    }

    /// "จำนวน ๒๐๐ คน".
    static let statedCount = TextPattern("จำนวน\\s*{N}\\s*(\\S+)", requiring: "จำนวน")

    static func checkTargetGroup(_ project: Project, _ f: inout Findings) {
        let group = project.targetGroup
        let numbers = StatedNumber.all(in: group.text)
        if let count = group.count {
            if numbers.isEmpty {
                f.warning(project.file, "target_group.count", "count is \(count) but target_group.text states no number; add จำนวน \(StatedNumber.thai(count))\(group.unit.map { " " + $0 } ?? "") to the text or remove count")
            } else if !numbers.contains(count) {
                let stated = numbers.map { StatedNumber.thai($0) }.joined(separator: ", ")
                f.error(project.file, "target_group.count", "count is \(count) but target_group.text says \(stated); make them agree")
            }
            if let unit = group.unit, !group.text.containsLiteral(unit) {
                f.warning(project.file, "target_group.unit", "unit '\(unit)' does not appear in target_group.text; use the text's own unit")
            }
        } else {
            if group.unit != nil {
                f.warning(project.file, "target_group.unit", "unit is given without count; add count or remove unit")
            }
            if let match = statedCount.firstMatch(in: group.text), let n = StatedNumber.value(match[1]) {
                f.warning(project.file, "target_group.text", "the text states a count (จำนวน \(StatedNumber.thai(n)) \(match[2] ?? "")); record it as count: \(n) and unit: \(match[2] ?? "")")
            }
        }
    }

    static func checkIndicators(_ project: Project, _ f: inout Findings) {
        guard !project.indicators.isEmpty else { return }
        let text = project.textFields.filter { !$0.field.hasPrefix("indicators") }.map(\.text).joined(separator: "\n")
        for (i, indicator) in project.indicators.enumerated() {
            let thai = ThaiDigits.toThai(indicator.target)
            // In Thai or ASCII digits, not as part of a longer number.
            let stated = text.containsNumber(thai) || text.containsNumber(indicator.target)
            if !stated {
                f.warning(project.file, "indicators[\(i)].target", "indicator target \(indicator.target) \(indicator.unit) is not stated anywhere in the project's text (no \(thai)); check the target against the outputs and outcomes")
            }
        }
    }
}
