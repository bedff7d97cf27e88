import ThaiText

/// Turns a sheet into a project: prose and lists, the period, the budget, the divisions; proposes errata for what
/// the sheet itself shows to be inconsistent (section numbers, list numbers, reversed periods, missing sections).
struct ProjectBuilder {
    let organizationName: String
    let planYears: (first: Int, last: Int)
    let divisions: DivisionNames
    let ledger: LineLedger

    static let kinds = ["โครงการ", "กิจกรรม", "มาตรการ"]
    private static let periodPattern = Pattern(
        "^(.*?)(ปีงบประมาณ|ปีการศึกษา)\\s*(?:พ\\.ศ\\.\\s*)?([0-9๐-๙]{4})\\s*(?:[-–—]|ถึง)\\s*(?:(?:ปีงบประมาณ|ปีการศึกษา)\\s*)?(?:พ\\.ศ\\.\\s*)?([0-9๐-๙]{4})\\s*$")
    private static let singleYearPattern = Pattern("^(.*?)(ปีงบประมาณ|ปีการศึกษา)\\s*(?:พ\\.ศ\\.\\s*)?([0-9๐-๙]{4})\\s*$")
    private static let amountPattern = Pattern("([0-9๐-๙][0-9๐-๙,]*(?:\\.[0-9๐-๙]{1,2})?)\\s*(?:\\.-|-)?\\s*บาท")
    private static let yearAmountPattern = Pattern("(?:ปี(?:งบประมาณ)?\\s*(?:พ\\.ศ\\.\\s*)?)([0-9๐-๙]{4})\\D*?([0-9๐-๙][0-9๐-๙,]*(?:\\.[0-9๐-๙]{1,2})?)\\s*(?:\\.-|-)?\\s*บาท")
    private static let countPattern = Pattern("จำนวน\\s*([0-9๐-๙][0-9๐-๙,]*)\\s*([\\x{0E01}-\\x{0E4F}]+)$")

    /// "ปีงบประมาณ พ.ศ. ๒๕๖๖ – ๒๕๗๐", "ปีการศึกษา ๒๕๖๖ – ๒๕๗๐", "ประจำปีงบประมาณ …" (the wording is kept as `text`
    /// when it says more than the years), or a single year.
    static func readPeriod(_ text: String) -> (kind: String, start: Int, end: Int, text: String?)? {
        if let m = periodPattern.match(text), let a = m[3].flatMap(TextForm.integer), let b = m[4].flatMap(TextForm.integer) {
            return (m[2] == "ปีการศึกษา" ? "academic" : "fiscal", a, b, (m[1] ?? "").isEmpty ? nil : text)
        }
        if let m = singleYearPattern.match(text), let a = m[3].flatMap(TextForm.integer) {
            return (m[2] == "ปีการศึกษา" ? "academic" : "fiscal", a, a, (m[1] ?? "").isEmpty ? nil : text)
        }
        return nil
    }

    func build(_ sheet: RawSheet) -> ImportedProject {
        var errata: [ImportedErratum] = []
        let n = sheet.number

        // ---- section numbers and missing sections
        for (heading, line) in sheet.headings where heading.number != heading.section.rawValue {
            let expected = ThaiNumber.thai(heading.section.rawValue) + "."
            let words = heading.heading.drop { $0 != " " }.trimmingCharacters(in: .whitespaces)
            errata.append(.proposal(heading.section.field, source: heading.heading, dataset: "\(expected) \(words)",
                                    "the sheet numbers this section \(heading.printedNumber) where the template's section \(expected) is expected (sections skip or repeat); the renderer numbers the sections ๑–๙",
                                    line: line))
        }
        let present = Set(sheet.headings.map(\.heading.section))
        for section in SheetSection.allCases where !present.contains(section) {
            errata.append(.proposal(section.field, source: "", dataset: "",
                                    "the sheet has no section \(ThaiNumber.thai(section.rawValue)). \(section.templateHeading); the plan's owners must supply it",
                                    line: sheet.line))
        }

        // ---- name and kind
        ledger.place(sheet.nameParts)
        var name = TextForm.normalize(sheet.nameParts.map(\.raw).joined(separator: "\n"))
        if name.isEmpty {
            name = "(ไม่ระบุชื่อ)"
            errata.append(.proposal("name", source: "", dataset: "", "the sheet gives no name", line: sheet.line))
        }
        var kind = Self.kinds.first { name.hasPrefix($0) }
        if kind == nil {
            kind = "โครงการ"
            errata.append(.proposal("kind", source: name, dataset: "โครงการ, กิจกรรม or มาตรการ",
                                    "the name does not begin with โครงการ, กิจกรรม or มาตรการ, so the kind cannot be read from it; the importer wrote โครงการ: choose the kind (and begin the name with it)",
                                    line: sheet.nameParts.first?.firstLine))
        }

        // ---- prose and lists
        let rationaleParagraphs = repaired(sheet.paragraphs[.rationale] ?? [], listSection: false)
        ledger.place(rationaleParagraphs)
        let rationale = rationaleParagraphs.map(\.text)
        let objectives = list(sheet.paragraphs[.objectives] ?? [], field: "objectives", errata: &errata)
        let method = list(sheet.paragraphs[.method] ?? [], field: "method", errata: &errata)

        // ---- target group
        let targetParagraphs = repaired(sheet.paragraphs[.targetGroup] ?? [], listSection: false)
        ledger.place(targetParagraphs)
        var targetText: String
        if targetParagraphs.count > 1 {
            targetText = targetParagraphs.map(\.text).joined(separator: " ")
            let joined = targetParagraphs.map { ListNumbering.marker($0.raw, bullet: $0.bullet).text }.joined(separator: " และ")
            errata.append(.proposal("target_group.text", source: targetText, dataset: joined,
                                    "the sheet gives the target group as \(targetParagraphs.count) paragraphs or numbered items; the format holds one text: consider joining them (with และ)",
                                    line: targetParagraphs.first?.firstLine))
        } else if let only = targetParagraphs.first {
            targetText = ListNumbering.marker(only.raw, bullet: only.bullet).text
        } else {
            targetText = "(ไม่ระบุ)"
        }
        if targetText.isEmpty { targetText = "(ไม่ระบุ)" }
        var count: Int?
        var unit: String?
        if let m = Self.countPattern.match(targetText), let c = m[1].flatMap(TextForm.integer) {
            count = c
            unit = m[2]
        }

        // ---- period
        let periodParagraphs = sheet.paragraphs[.period] ?? []
        ledger.place(periodParagraphs)
        let periodText = TextForm.normalize(periodParagraphs.map(\.raw).joined(separator: "\n"))
        var period = (kind: "fiscal", start: planYears.first, end: planYears.last, text: String?.none)
        if let read = Self.readPeriod(periodText) {
            period = read
        } else if !periodText.isEmpty {
            period.text = periodText
            errata.append(.proposal("period", source: periodText, dataset: "\(ThaiNumber.thai(planYears.first)) – \(ThaiNumber.thai(planYears.last))",
                                    "the period does not read as ปีงบประมาณ พ.ศ. ๒๕xx – ๒๕xx; the importer wrote the plan's fiscal years and kept the wording as period.text",
                                    line: periodParagraphs.first?.firstLine))
        }
        if period.end < period.start {
            errata.append(.proposal("period.end", source: periodText, dataset: String(planYears.last),
                                    "the end year \(ThaiNumber.thai(period.end)) precedes the start year \(ThaiNumber.thai(period.start)); the plan runs \(ThaiNumber.thai(planYears.first)) – \(ThaiNumber.thai(planYears.last))",
                                    line: periodParagraphs.first?.firstLine))
        } else if period.kind == "fiscal", period.start < planYears.first || period.end > planYears.last {
            errata.append(.proposal("period", source: periodText, dataset: "\(planYears.first) – \(planYears.last)",
                                    "the period reaches outside the plan's fiscal years \(ThaiNumber.thai(planYears.first)) – \(ThaiNumber.thai(planYears.last))",
                                    line: periodParagraphs.first?.firstLine))
        }

        // ---- budget
        let budgetParagraphs = sheet.paragraphs[.budget] ?? []
        ledger.place(budgetParagraphs)
        let budgetSource = TextForm.normalize(budgetParagraphs.map(\.raw).joined(separator: "\n"))
        var budget: [(year: Int, amount: Money)] = []
        var budgetText: String?
        let years = period.end >= period.start ? Array(period.start...period.end) : Array(planYears.first...planYears.last)
        if budgetSource.isEmpty || budgetSource.hasPrefix("ไม่ใช้งบประมาณ") || budgetSource.hasPrefix("ไม่ใช้งบ") {
            // no budget
        } else if case let perYear = Self.yearAmountPattern.allMatches(budgetSource), perYear.count >= 2 {
            for match in perYear {
                if let y = match.groups[1].flatMap(TextForm.integer), let text = match.groups[2], let amount = try? Money.parse(text) {
                    budget.append((y, amount))
                }
            }
        } else if case let amounts = Self.amountPattern.allMatches(budgetSource), amounts.count == 1,
                  let text = amounts[0].groups[1], let amount = try? Money.parse(text) {
            budget = years.map { ($0, amount) }
            let rest = budgetSource.replacingCharacters(in: amounts[0].range, with: "").trimmingCharacters(in: .whitespaces)
            let known = ["", "จำนวน", "ปีละ", "/ปี", "ต่อปี", "งบประมาณ", "จำนวน ปีละ"]
            if !known.contains(rest.replacingOccurrences(of: "/ ปี", with: "/ปี")) { budgetText = budgetSource }
        } else {
            budgetText = budgetSource
            errata.append(.proposal("budget", source: budgetSource, dataset: "",
                                    "the budget does not read as ไม่ใช้งบประมาณ or as an amount in baht; the importer kept the wording as budget_text and wrote no amounts",
                                    line: budgetParagraphs.first?.firstLine))
        }

        // ---- divisions
        let divisionParagraphs = sheet.paragraphs[.divisions] ?? []
        ledger.place(divisionParagraphs)
        let divisionText = TextForm.normalize(divisionParagraphs.map(\.raw).joined(separator: "\n"))
        var divisionIDs: [String] = []
        for (i, printed) in divisions.split(divisionText, organization: organizationName).enumerated() {
            let resolved = divisions.resolve(printed)
            divisionIDs.append(resolved.id)
            if let hint = resolved.similar {
                errata.append(.proposal("divisions[\(i)]", source: printed, dataset: "\(hint.id) (\(hint.name))",
                                        "the division name is not one PlanPress knows and it was given the id \(resolved.id); it reads like \(hint.name) (\(hint.id)), named elsewhere in this plan: if it is the same division, use that id",
                                        line: divisionParagraphs.first?.firstLine))
            }
        }
        if divisionIDs.isEmpty {
            divisionIDs = [divisions.resolve("(ไม่ระบุ)").id]
        }

        // ---- outputs and outcomes
        var outputs = list(sheet.results[.outputs] ?? [], field: "outputs", errata: &errata)
        let outcomes = list(sheet.results[.outcomes] ?? [], field: "outcomes", errata: &errata)
        let unmarked = sheet.results[.undifferentiated] ?? []
        if !unmarked.isEmpty {
            let items = list(unmarked, field: "outputs", errata: &errata)
            if outputs.isEmpty, !outcomes.isEmpty {
                outputs = items
            } else {
                outputs = items + outputs
                if !sheet.resultsMarked {
                    errata.append(.proposal("outputs", source: "ผลผลิต/ผลลัพธ์ (not marked)", dataset: "outputs",
                                            "the sheet's section ๙ lists its items without saying which are ผลผลิต (outputs) and which ผลลัพธ์ (outcomes); the importer put them under outputs: move the outcomes",
                                            line: unmarked.first?.firstLine))
                }
            }
        }
        if outputs.isEmpty, outcomes.isEmpty, present.contains(.results) {
            errata.append(.proposal("outputs", source: "", dataset: "",
                                    "the sheet gives no outputs or outcomes; the plan's owners must supply them",
                                    line: sheet.headings.first { $0.heading.section == .results }?.line))
        }

        let mission = sheet.mission ?? (dimension: 0, mission: 0)
        return ImportedProject(
            number: n, name: name, kind: kind!, mission: mission, subMission: sheet.subMission,
            rationale: rationale, objectives: objectives, targetGroup: (targetText, count, unit), method: method,
            period: period, budget: budget, budgetText: budgetText, divisions: divisionIDs,
            outputs: outputs, outcomes: outcomes, note: nil, errata: errata, line: sheet.line)
    }

    /// Paragraph repairs: breaks inside a sentence; in a list, a plain paragraph after numbered items continues the
    /// item above it (a line of that item the extraction set apart).
    func repaired(_ paragraphs: [Paragraph], listSection: Bool) -> [Paragraph] {
        var result = ParagraphRepair.joinBrokenParagraphs(paragraphs, ledger: ledger)
        guard listSection else { return result }
        var out: [Paragraph] = []
        var sawNumber = false
        for p in result {
            let marker = ListNumbering.marker(p.raw, bullet: p.bullet)
            if marker.kind == .plain, sawNumber, let last = out.last, ListNumbering.marker(last.raw, bullet: last.bullet).kind != .plain {
                var joined = last
                joined.raw += "\n" + p.raw
                joined.lines += p.lines
                out[out.count - 1] = joined
                ledger.note(p.firstLine, "an unnumbered line after numbered items was read as the end of the item above it")
                continue
            }
            if !marker.numbers.isEmpty { sawNumber = true }
            out.append(p)
        }
        result = out
        return result
    }

    /// A list section: repaired, nested, checked for numbering gaps.
    func list(_ paragraphs: [Paragraph], field: String, errata: inout [ImportedErratum]) -> [ImportedItem] {
        let ps = repaired(paragraphs, listSection: true)
        ledger.place(ps)
        let entries = ps.map { ListNumbering.Entry(marker: ListNumbering.marker($0.raw, bullet: $0.bullet), lines: $0.lines, block: $0.block) }
        let nested = ListNumbering.nest(entries)
        for gap in ListNumbering.gaps(nested, path: field) {
            errata.append(.proposal(gap.path, source: gap.labels.joined(separator: " "), dataset: ListNumbering.consecutive(gap.labels),
                                    "the list is not numbered 1, 2, 3 … in order (a number skips or repeats); no item is missing and each text is kept; the renderer numbers the items",
                                    line: gap.lines.first))
        }
        return nested.map(ImportedItem.init)
    }
}

import Foundation
