import ThaiText

/// Years and dates: each project's period and budget years against its own period and the plan's fiscal
/// years, and the plan's period as the cover and the announcement state it.
///
/// The academic-year rule: an academic year N (ปีการศึกษา) runs from May of N to March of N+1, so it falls in
/// fiscal years N and N+1 (fiscal year N+1 starts on 1 October of N). An academic period therefore reaches one
/// fiscal year later than its last academic year. It fits the plan when each of its academic years overlaps
/// the plan's fiscal years: first − 1 ≤ start and end ≤ last (ปีการศึกษา ๒๕๖๖–๒๕๗๐ fits a plan of fiscal
/// years 2566–2570). Its budget years may run from start to end + 1, inside the plan's fiscal years.
enum PeriodRules {
    static func check(_ f: inout Findings) {
        for project in f.plan.projects { checkProject(project, &f) }
        checkStatedPlanPeriod(&f)
    }

    /// The fiscal years a project's period touches.
    static func fiscalYears(of period: ProjectPeriod) -> ClosedRange<Int>? {
        guard period.start <= period.end else { return nil }
        switch period.kind {
        case .fiscal: return period.start...period.end
        case .academic: return period.start...(period.end + 1)
        }
    }

    static func checkProject(_ project: Project, _ f: inout Findings) {
        let plan = f.plan.period
        let period = project.period
        let planYears = "\(plan.firstFiscalYear)–\(plan.lastFiscalYear)"
        if period.start > period.end {
            f.error(project.file, "period.end", "the period ends in \(period.end), before it starts in \(period.start); correct the end year (the plan runs \(planYears))")
        }
        switch period.kind {
        case .fiscal:
            if period.start < plan.firstFiscalYear {
                f.error(project.file, "period.start", "the period starts in fiscal year \(period.start), before the plan's first fiscal year \(plan.firstFiscalYear); projects run within the plan's fiscal years \(planYears)")
            }
            if period.end > plan.lastFiscalYear {
                f.error(project.file, "period.end", "the period ends in fiscal year \(period.end), after the plan's last fiscal year \(plan.lastFiscalYear); projects run within the plan's fiscal years \(planYears)")
            }
        case .academic:
            if period.start < plan.firstFiscalYear - 1 {
                f.error(project.file, "period.start", "academic year \(period.start) ends before the plan's first fiscal year \(plan.firstFiscalYear) begins; an academic period of this plan starts in \(plan.firstFiscalYear - 1) or later")
            }
            if period.end > plan.lastFiscalYear {
                f.error(project.file, "period.end", "academic year \(period.end) begins after the plan's last fiscal year \(plan.lastFiscalYear) ends; an academic period of this plan ends in \(plan.lastFiscalYear) or earlier")
            }
        }
        if let text = period.text {
            let range = period.start...max(period.start, period.end)
            for year in StatedNumber.years(in: text) where !range.contains(year) {
                f.error(project.file, "period.text", "period.text mentions \(StatedNumber.thai(year)) but the period is \(period.start)–\(period.end); make them agree")
            }
        }
        for year in project.budget.keys.sorted() {
            let field = "budget.\(year)"
            if !plan.fiscalYears.contains(year) {
                f.error(project.file, field, "a budget for fiscal year \(year) is outside the plan's fiscal years \(planYears); move it to a year of the plan or remove it")
            } else if let years = fiscalYears(of: period), !years.contains(year) {
                let kind = period.kind == .academic ? "academic period \(period.start)–\(period.end), which draws on fiscal years \(years.lowerBound)–\(years.upperBound)" : "period \(period.start)–\(period.end)"
                f.error(project.file, field, "a budget for fiscal year \(year) is outside the project's \(kind); correct the year or the period")
            }
        }
    }

    /// "พ.ศ. ๒๕๖๖ – ๒๕๗๐" on the cover and in the announcement's subject; the in-force dates in its body.
    static let yearRange = TextPattern("พ\\.ศ\\.\\s*([0-9๐-๙]{4})\\s*[-–]\\s*([0-9๐-๙]{4})")
    static let inForce = TextPattern("ตั้งแต่(?:วันที่)?\\s*([0-9๐-๙]{1,2}\\s+\\S+\\s+(?:พ\\.ศ\\.\\s*)?[0-9๐-๙]{4})\\s*(?:ถึง|[-–])\\s*(?:วันที่)?\\s*([0-9๐-๙]{1,2}\\s+\\S+\\s+(?:พ\\.ศ\\.\\s*)?[0-9๐-๙]{4})")

    static func checkStatedPlanPeriod(_ f: inout Findings) {
        let plan = f.plan
        let period = plan.period
        var stated: [(field: String, text: String)] = [("announcement.subject", plan.announcement.subject), ("title", plan.title)]
        if let cover = plan.cover {
            stated.append(("cover.period_line", cover.periodLine))
            stated += cover.titleLines.enumerated().map { ("cover.title_lines[\($0.offset)]", $0.element) }
        }
        for (field, text) in stated {
            for match in yearRange.matches(in: text) {
                guard let first = StatedNumber.value(match[1]), let last = StatedNumber.value(match[2]) else { continue }
                if first != period.firstFiscalYear || last != period.lastFiscalYear {
                    f.error(planFile, field, "\(field) says พ.ศ. \(StatedNumber.thai(first)) – \(StatedNumber.thai(last)), but the plan's period is \(period.firstFiscalYear)–\(period.lastFiscalYear) (period.first_fiscal_year, period.last_fiscal_year); make them agree")
                }
            }
        }
        if let cover = plan.cover, yearRange.matches(in: cover.periodLine).isEmpty {
            let years = StatedNumber.years(in: cover.periodLine)
            if !years.isEmpty && years != [period.firstFiscalYear, period.lastFiscalYear] && years != [period.firstFiscalYear] {
                f.error(planFile, "cover.period_line", "the cover's period line states \(years.map { StatedNumber.thai($0) }.joined(separator: ", ")), but the plan's period is \(period.firstFiscalYear)–\(period.lastFiscalYear); make them agree")
            }
        }

        let expected = "\(ThaiFormat.longDate(period.startDate)) – \(ThaiFormat.longDate(period.endDate))"
        for (i, paragraph) in plan.announcement.body.enumerated() {
            for match in inForce.matches(in: paragraph) {
                guard let fromText = match[1], let toText = match[2],
                      let from = try? ThaiDate.parse(fromText), let to = try? ThaiDate.parse(toText) else { continue }
                if from != period.startDate || to != period.endDate {
                    f.error(planFile, "announcement.body[\(i)]", "the announcement puts the plan in force from \(ThaiFormat.longDate(from)) to \(ThaiFormat.longDate(to)), but fiscal years \(period.firstFiscalYear)–\(period.lastFiscalYear) run \(expected); correct the dates or the plan's period")
                }
            }
        }
        if plan.announcement.date > period.startDate {
            f.warning(planFile, "announcement.date", "the announcement is dated \(ThaiFormat.longDate(plan.announcement.date)), after the plan's first day \(ThaiFormat.longDate(period.startDate)); check the date")
        }
    }
}
