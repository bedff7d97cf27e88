import ThaiText

/// Cross-checks between the parts of the plan, and scans for extraction artefacts. Every inconsistency becomes a
/// proposed erratum (see `ImportedErratum.proposal`): the dataset keeps what the source says; a person decides.
enum ErrataProposals {
    // MARK: Part 2 against Part 3

    /// Compares the Part 2 table with the sheets: names, missions, amounts, notes, counts, titles.
    static func checkBudgetTable(_ table: BudgetTable, plan: inout ImportedPlan, headingLines: [String: Int]) {
        let byNumber = Dictionary(plan.projects.enumerated().map { ($1.number, $0) }, uniquingKeysWith: { a, _ in a })
        var planErrata: [ImportedErratum] = []

        // Header misspellings (มติ for มิติ).
        if let first = table.misspelledHeaders.first {
            let lines = table.misspelledHeaders.map { ThaiNumber.thai($0.line) }.joined(separator: ", ")
            planErrata.append(.proposal("dimensions", source: "\(first.text) (the Part 2 table's header, lines \(ThaiNumber.arabic(lines)))",
                                        dataset: "มิติ | ภารกิจตามมิติ",
                                        "the Part 2 table's header does not read มิติ (dimension); the table is computed from the dataset",
                                        line: first.line))
        }
        if !table.years.isEmpty, table.years != Array(plan.firstFiscalYear...plan.lastFiscalYear) {
            planErrata.append(.proposal("period", source: table.years.map { "ปี " + ThaiNumber.thai($0) }.joined(separator: " | "),
                                        dataset: "\(plan.firstFiscalYear) – \(plan.lastFiscalYear)",
                                        "the Part 2 table's year columns are not the plan's fiscal years"))
        }

        // Per project: names and missions.
        for entry in table.entries {
            guard let index = byNumber[entry.number] else {
                planErrata.append(.proposal("dimensions", source: "\(ThaiNumber.thai(entry.number))) \(TextForm.normalize(entry.name)) (Part 2 table)",
                                            dataset: "(no project sheet)",
                                            "the Part 2 table lists project \(ThaiNumber.thai(entry.number)) but Part 3 has no sheet ลำดับที่ \(ThaiNumber.thai(entry.number)); the dataset has no such project",
                                            line: entry.line))
                continue
            }
            var project = plan.projects[index]
            let tableName = TextForm.normalize(entry.name)
            if comparable(tableName) != comparable(project.name) {
                project.errata.append(.proposal("name", source: tableName, dataset: project.name,
                                                "the Part 2 table (line \(entry.line)) names this project differently from its Part 3 sheet; the dataset keeps the sheet's name: check which is right",
                                                line: entry.line))
            } else if let fixed = removingWrapSpaces(project.name, comparedWith: tableName) {
                project.errata.append(.proposal("name", source: project.name, dataset: fixed,
                                                "the sheet's name has a space where the Part 2 table (line \(entry.line)) has none; if a line break inside the name was extracted as a space, drop it (a space the name really has stays)",
                                                line: project.line))
            }
            if let m = entry.mission {
                if project.mission.dimension == 0 {
                    project.mission = m
                    project.errata.append(.proposal("mission", source: "(no mission heading above the sheet)", dataset: "\(m.dimension).\(m.mission)",
                                                    "no mission heading precedes the sheet in Part 3; the importer took the mission from the Part 2 table",
                                                    line: project.line))
                } else if m != project.mission {
                    project.errata.append(.proposal("mission", source: "\(ThaiNumber.thai(m.dimension)).\(ThaiNumber.thai(m.mission)) (Part 2 table)",
                                                    dataset: "\(project.mission.dimension).\(project.mission.mission)",
                                                    "the Part 2 table puts this project under another mission than the Part 3 headings do; the dataset follows Part 3",
                                                    line: entry.line))
                }
            }
            plan.projects[index] = project
        }
        let listed = Set(table.entries.map(\.number))
        let unlisted = plan.projects.map(\.number).filter { !listed.contains($0) }
        if !table.entries.isEmpty, !unlisted.isEmpty {
            planErrata.append(.proposal("dimensions", source: "the Part 2 table has no row for \(thaiList(unlisted))",
                                        dataset: "the table is computed from the dataset, which has \(thaiList(unlisted))",
                                        "the Part 2 table omits projects that have sheets in Part 3; the rendered table is computed from the dataset"))
        }

        // Per row: amounts against the sheets (a merged row's amounts are its projects' total), and notes.
        let years = table.years
        for row in table.rows {
            let indices = row.projects.compactMap { byNumber[$0] }
            guard !indices.isEmpty else { continue }
            var tableParts: [String] = []
            var sheetParts: [String] = []
            for (k, year) in years.enumerated() where k < row.amounts.count {
                let sheetSum = Money.sum(indices.compactMap { i in plan.projects[i].budget.first { $0.year == year }?.amount }) ?? .zero
                let tableAmount = row.amounts[k] ?? .zero
                if sheetSum != tableAmount {
                    tableParts.append("ปี \(ThaiNumber.thai(year)) \(ThaiFormat.amount(tableAmount))")
                    sheetParts.append("ปี \(ThaiNumber.thai(year)) \(ThaiFormat.amount(sheetSum))")
                }
            }
            if !tableParts.isEmpty {
                let e = ImportedErratum.proposal(indices.count == 1 ? "budget" : "dimensions",
                                                 source: "Part 2 table, \(thaiList(row.projects)): " + tableParts.joined(separator: ", "),
                                                 dataset: "Part 3 sheets: " + sheetParts.joined(separator: ", "),
                                                 "the amounts of the Part 2 table differ from the sheets' budgets (a row holding several projects gives their total); the dataset follows the sheets",
                                                 line: row.line)
                if indices.count == 1 { plan.projects[indices[0]].errata.append(e) } else { planErrata.append(e) }
            }
            if let note = row.note {
                let text = DivisionNames.knownDivision(note)?.name ?? note
                var targets = indices
                if indices.count > 1 {
                    let budgeted = indices.filter { !plan.projects[$0].budget.isEmpty }
                    if budgeted.count == 1 {
                        targets = budgeted
                    } else {
                        planErrata.append(.proposal("dimensions", source: "หมายเหตุ «\(note)» of the Part 2 row holding \(thaiList(row.projects))",
                                                    dataset: "note of each of \(thaiList(row.projects))",
                                                    "the note belongs to a row that holds several projects; the importer gave it to each of them: keep it only where it applies",
                                                    line: row.line))
                    }
                }
                for i in targets { plan.projects[i].note = text }
            }
        }

        // Titles of dimensions and missions: Part 2 against the Part 3 headings.
        for (di, dimension) in plan.dimensions.enumerated() {
            if let printed = table.dimensionTitles[dimension.number], comparable(printed.title) != comparable(dimension.title) {
                planErrata.append(.proposal("dimensions[\(di)].title", source: "\(printed.title) (Part 2 table)", dataset: dimension.title,
                                            "the Part 2 table words the dimension's title differently from the Part 3 heading; the dataset follows Part 3",
                                            line: printed.line))
            }
            for (mi, mission) in dimension.missions.enumerated() {
                let key = "\(dimension.number).\(mission.number)"
                guard let printed = table.missionTitles[key] else {
                    if !table.entries.isEmpty {
                        planErrata.append(.proposal("dimensions[\(di)].missions[\(mi)]", source: "(not in the Part 2 table)",
                                                    dataset: "\(ThaiNumber.thai(dimension.number)).\(ThaiNumber.thai(mission.number)) \(mission.title)",
                                                    "the Part 2 table has no row for this mission (it appears in Part 3); the rendered table is computed from the dataset",
                                                    line: headingLines["dimensions[\(di)].missions[\(mi)]"]))
                    }
                    continue
                }
                if comparable(printed.title) != comparable(mission.title) {
                    planErrata.append(.proposal("dimensions[\(di)].missions[\(mi)].title", source: "\(printed.title) (Part 2 table)", dataset: mission.title,
                                                "the Part 2 table words the mission's title differently from the Part 3 heading; the dataset follows Part 3: check which is right",
                                                line: printed.line))
                }
            }
        }
        let partThreeMissions = Set(plan.dimensions.flatMap { d in d.missions.map { "\(d.number).\($0.number)" } })
        for (key, printed) in table.missionTitles.sorted(by: { $0.value.line < $1.value.line }) where !partThreeMissions.contains(key) {
            planErrata.append(.proposal("dimensions", source: "\(ThaiNumber.thai(key)) \(printed.title) (Part 2 table)", dataset: "(no such mission in Part 3)",
                                        "the Part 2 table has a mission that Part 3 has no heading for", line: printed.line))
        }

        // Totals: counts and sums per dimension, and the grand total.
        var countByDimension: [Int: Int] = [:]
        for p in plan.projects { countByDimension[p.mission.dimension, default: 0] += 1 }
        func sums(_ projects: [ImportedProject]) -> [Money] {
            years.map { y in Money.sum(projects.compactMap { p in p.budget.first { $0.year == y }?.amount }) ?? .zero }
        }
        for (di, dimension) in plan.dimensions.enumerated() {
            let projects = plan.projects.filter { $0.mission.dimension == dimension.number }
            let have = projects.count
            guard let total = table.totals.first(where: { !$0.grand && $0.dimension == dimension.number }) else {
                if !table.rows.isEmpty {
                    planErrata.append(.proposal("dimensions[\(di)]", source: "(no รวม row for dimension \(ThaiNumber.thai(dimension.number)) in the Part 2 table)",
                                                dataset: "\(ThaiNumber.thai(have)) โครงการ",
                                                "the Part 2 table has no total row for this dimension; the rendered total is computed from the dataset"))
                }
                continue
            }
            if let count = total.count {
                if count != have {
                    planErrata.append(.proposal("dimensions[\(di)]", source: "รวม \(ThaiNumber.thai(count)) โครงการ (Part 2 table)",
                                                dataset: "\(ThaiNumber.thai(have)) โครงการ",
                                                "the Part 2 table's total for this dimension disagrees with the number of sheets",
                                                line: total.line))
                }
            } else {
                planErrata.append(.proposal("dimensions[\(di)]", source: "รวม | " + total.amounts.map { $0.map(ThaiFormat.amount) ?? "-" }.joined(separator: " | ") + " (Part 2 table)",
                                            dataset: "\(ThaiNumber.thai(have)) โครงการ",
                                            "the Part 2 table's total row for this dimension gives no project count; the rendered total is computed from the dataset",
                                            line: total.line))
            }
            let sheetSums = sums(projects)
            let tableSums = total.amounts.map { $0 ?? .zero }
            if tableSums.count == sheetSums.count, tableSums != sheetSums {
                planErrata.append(.proposal("dimensions[\(di)]", source: "รวม " + tableSums.map(ThaiFormat.amount).joined(separator: " | ") + " (Part 2 table)",
                                            dataset: sheetSums.map(ThaiFormat.amount).joined(separator: " | "),
                                            "the Part 2 table's yearly totals for this dimension differ from the sum of the sheets' budgets",
                                            line: total.line))
            }
        }
        if let grand = table.totals.first(where: \.grand) {
            if let count = grand.count, count != plan.projects.count {
                planErrata.append(.proposal("dimensions", source: "รวมทั้งสิ้น \(ThaiNumber.thai(count)) โครงการ (Part 2 table)",
                                            dataset: "\(ThaiNumber.thai(plan.projects.count)) โครงการ",
                                            "the Part 2 table's grand total disagrees with the number of sheets", line: grand.line))
            }
            let all = sums(plan.projects)
            let printed = grand.amounts.map { $0 ?? .zero }
            if printed.count == all.count, printed != all {
                planErrata.append(.proposal("dimensions", source: "รวมทั้งสิ้น " + printed.map(ThaiFormat.amount).joined(separator: " | "),
                                            dataset: all.map(ThaiFormat.amount).joined(separator: " | "),
                                            "the Part 2 table's grand totals differ from the sum of the sheets' budgets", line: grand.line))
            }
        } else if !table.rows.isEmpty {
            planErrata.append(.proposal("dimensions", source: "(no รวมทั้งสิ้น row in the Part 2 table)",
                                        dataset: "รวมทั้งสิ้น \(ThaiNumber.thai(plan.projects.count)) โครงการ",
                                        "the Part 2 table has no grand total; the rendered table computes it from the dataset"))
        }
        plan.errata += planErrata
    }

    // MARK: Counts the foreword states

    private static let forewordDimension = Pattern("^มิติที่\\s*([0-9๐-๙]+)\\s+(.*?)\\s*จำนวน\\s*([0-9๐-๙,]+)\\s*โครงการ")
    private static let forewordTotal = Pattern("(?:รวมทั้งสิ้น|ทั้งสิ้น|รวม)\\s*(?:จำนวน)?\\s*([0-9๐-๙,]+)\\s*โครงการ")

    static func checkForeword(_ plan: inout ImportedPlan) {
        guard var foreword = plan.foreword else { return }
        for (i, paragraph) in foreword.paragraphs.enumerated() {
            if let m = forewordDimension.match(paragraph), let d = m[1].flatMap(TextForm.integer), let stated = m[3].flatMap(TextForm.integer) {
                let have = plan.projects.filter { $0.mission.dimension == d }.count
                if stated != have {
                    foreword.errata.append(.proposal("paragraphs[\(i)]", source: "จำนวน \(m[3]!) โครงการ", dataset: "จำนวน \(ThaiNumber.thai(have)) โครงการ",
                                                     "the foreword states \(ThaiNumber.thai(stated)) projects for dimension \(ThaiNumber.thai(d)); Part 3 has \(ThaiNumber.thai(have)) sheets under it"))
                }
                if let title = m[2], let dim = plan.dimensions.first(where: { $0.number == d }), comparable(title) != comparable(dim.title) {
                    foreword.errata.append(.proposal("paragraphs[\(i)]", source: title, dataset: dim.title,
                                                     "the foreword words the dimension's title differently from the Part 3 heading"))
                }
            } else if paragraph.contains("มิติ"), let m = forewordTotal.match(paragraph), let stated = m[1].flatMap(TextForm.integer),
                      stated != plan.projects.count {
                foreword.errata.append(.proposal("paragraphs[\(i)]", source: "\(m[0]!)", dataset: "\(ThaiNumber.thai(plan.projects.count)) โครงการ",
                                                 "the foreword states \(ThaiNumber.thai(stated)) projects in all; Part 3 has \(ThaiNumber.thai(plan.projects.count)) sheets"))
            }
        }
        plan.foreword = foreword
    }

    // MARK: Numbering of the plan's structure

    static func checkNumbering(_ plan: inout ImportedPlan, headingLines: [String: Int]) {
        let numbers = plan.projects.map(\.number)
        if numbers != Array(1...max(1, numbers.count)) || numbers.isEmpty {
            plan.errata.append(.proposal("projects", source: "ลำดับที่ " + numbers.map { ThaiNumber.thai($0) }.joined(separator: " "),
                                         dataset: "ลำดับที่ ๑ – \(ThaiNumber.thai(numbers.count))",
                                         "the sheets are not numbered 1, 2, 3 … in order; the project number is its identity, so renumber with care"))
        }
        let dims = plan.dimensions.map(\.number)
        if !dims.isEmpty, dims != Array(1...dims.count) {
            plan.errata.append(.proposal("dimensions", source: dims.map { "มิติที่ " + ThaiNumber.thai($0) }.joined(separator: ", "),
                                         dataset: "มิติที่ ๑ – \(ThaiNumber.thai(dims.count))", "the dimensions are not numbered 1, 2, 3 … in order"))
        }
        for (di, d) in plan.dimensions.enumerated() {
            let ms = d.missions.map(\.number)
            if !ms.isEmpty, ms != Array(1...ms.count) {
                plan.errata.append(.proposal("dimensions[\(di)].missions", source: ms.map { "\(ThaiNumber.thai(d.number)).\(ThaiNumber.thai($0))" }.joined(separator: " "),
                                             dataset: "\(ThaiNumber.thai(d.number)).๑ – \(ThaiNumber.thai(d.number)).\(ThaiNumber.thai(ms.count))",
                                             "the missions of this dimension are not numbered 1, 2, 3 … in order",
                                             line: headingLines["dimensions[\(di)]"]))
            }
            for (mi, m) in d.missions.enumerated() {
                let subs = m.subMissions.map(\.number)
                guard !subs.isEmpty, subs != Array(1...subs.count) else { continue }
                for (si, sub) in m.subMissions.enumerated() where sub.number != si + 1 {
                    let prefix = "\(ThaiNumber.thai(d.number)).\(ThaiNumber.thai(m.number))."
                    plan.errata.append(.proposal("dimensions[\(di)].missions[\(mi)].sub_missions[\(si)].number",
                                                 source: "\(prefix)\(ThaiNumber.thai(sub.number)) \(sub.title)",
                                                 dataset: "\(prefix)\(ThaiNumber.thai(si + 1)) \(sub.title)",
                                                 "the sub-missions of this mission are not numbered 1, 2, 3 … in order (\(subs.map { prefix + ThaiNumber.thai($0) }.joined(separator: " "))); the projects under it refer to its number",
                                                 line: headingLines["dimensions[\(di)].missions[\(mi)].sub_missions[\(si)]"]))
                }
            }
        }
    }

    // MARK: Extraction artefacts in any text

    private static let hyphenBreak = Pattern("[^\\s]*[\\x{0E01}-\\x{0E4F}]-\\s+[\\x{0E01}-\\x{0E4F}][^\\s]*")
    private static let innerHyphen = Pattern("[^\\s]*[\\x{0E01}-\\x{0E4F}]-[\\x{0E01}-\\x{0E4F}][^\\s]*")
    private static let bracketedLink = Pattern("<(https?://[^>\\s]+)>")

    /// Proposals for one text at `path`: a hyphen that broke a Thai word across a line ("องค์การ- บริหาร"), a
    /// hyphen inside the organization's name, a link in angle brackets.
    static func artefacts(in text: String, path: String, organization: String) -> [ImportedErratum] {
        var result: [ImportedErratum] = []
        for match in hyphenBreak.allMatches(text) {
            let whole = match.groups[0] ?? ""
            let joined = whole.replacingOccurrences(of: "-\\s+", with: "", options: .regularExpression)
            result.append(.proposal(path, source: whole, dataset: joined,
                                    "a hyphen typed to break a Thai word across a line is not part of the word"))
        }
        let org = TextForm.compact(organization)
        if !org.isEmpty {
            for match in innerHyphen.allMatches(text) {
                let whole = match.groups[0] ?? ""
                let joined = whole.replacingOccurrences(of: "-", with: "")
                if joined.contains(org), !whole.contains(org) {
                    result.append(.proposal(path, source: whole, dataset: joined,
                                            "a hyphen inside the organization's name (typed to break it across a line) is not part of the name"))
                }
            }
        }
        if let m = trailingNumeral.match(text), let word = m[1], let number = m[2],
           !numberWords.contains(where: { word.hasSuffix($0) }) {
            let kept = String(text.dropLast(number.count)).trimmingCharacters(in: .whitespaces)
            let tail = String(kept.split(separator: " ").last ?? "")
            result.append(.proposal(path, source: "\(tail) \(number)", dataset: tail,
                                    "a numeral after the last word, where no count is due, looks like a page number the extraction put into the text"))
        }
        if !org.isEmpty {
            result += misspeltOrganization(in: text, path: path, organization: organization)
        }
        for (wrong, right) in templateTerms where text.contains(wrong) {
            result.append(.proposal(path, source: wrong, dataset: right,
                                    "the template's term is \(right) (local administrative organization); \(wrong) looks like a misspelling"))
        }
        for match in bracketedLink.allMatches(text) {
            result.append(.proposal(path, source: match.groups[0] ?? "", dataset: match.groups[1] ?? "",
                                    "the angle brackets around the address look like a Markdown link artefact of the extraction"))
        }
        return result
    }

    /// A number of one to three digits ending a text, and the word before it.
    private static let trailingNumeral = Pattern("(\\S+)\\s+([๐-๙0-9]{1,3})$")
    /// Words a number follows as a count or a reference (ร้อยละ ๘๐, ข้อ ๕, ปี ๒๕๖๖ …): a number after them is not stray.
    private static let numberWords = ["ร้อยละ", "ข้อ", "ที่", "จำนวน", "ปี", "มาตรา", "ละ", "กว่า", "ลำดับ", "อันดับ", "ระดับ", "ชั้น",
                                      "รุ่น", "หมู่", "เล่ม", "ฉบับ", "ครั้ง", "วัน", "เดือน", "ประเด็น", "ระยะ", "พ.ศ.", "ค.ศ.", "-", "–", "/"]
    /// Terms of the NACC template and a misspelling of each that plans carry.
    private static let templateTerms = [("องค์การปกครองส่วนท้องถิ่น", "องค์กรปกครองส่วนท้องถิ่น")]

    /// The organization's name with a letter or two wrong ("องค์กรบริหารส่วนจังหวัด…" for "องค์การบริหารส่วนจังหวัด…"):
    /// found where the name's last word (the place) appears after something that is almost the rest of the name.
    static func misspeltOrganization(in text: String, path: String, organization: String) -> [ImportedErratum] {
        let org = Array(TextForm.compact(organization).unicodeScalars)
        guard org.count >= 8 else { return [] }
        let describe = OrganizationNames.describe(organization)
        let placeText = describe.kind.count < organization.count
            ? String(organization.dropFirst(describe.kind.count)).trimmingCharacters(in: .whitespaces) : String(organization.suffix(4))
        let place = Array(TextForm.compact(placeText).unicodeScalars)
        guard !place.isEmpty else { return [] }
        let scalars = Array(text.unicodeScalars)
        var result: [ImportedErratum] = []
        var seen = Set<String>()
        var i = 0
        while i + place.count <= scalars.count {
            guard Array(scalars[i..<(i + place.count)]) == place else { i += 1; continue }
            let end = i + place.count
            // Windows ending at the place, of the name's length give or take two letters; the closest one counts.
            var best: (distance: Int, window: [Unicode.Scalar])?
            for length in max(place.count + 1, org.count - 2)...(org.count + 2) {
                let start = end - length
                guard start >= 0 else { continue }
                let window = Array(scalars[start..<end])
                if window.contains(where: { $0.properties.isWhitespace || $0 == "-" }) { continue }
                let distance = EditDistance.scalars(window, org)
                if best == nil || distance < best!.distance
                    || (distance == best!.distance && abs(length - org.count) < abs(best!.window.count - org.count)) {
                    best = (distance, window)
                }
            }
            if let best, best.distance >= 1, best.distance <= 2, best.window.first == org.first {
                var out = String.UnicodeScalarView()
                out.append(contentsOf: best.window)
                let wrong = String(out)
                if seen.insert(wrong).inserted {
                    result.append(.proposal(path, source: wrong, dataset: organization,
                                            "the organization's name is \(organization); \(wrong) looks like a misspelling of it"))
                }
            }
            i = end
        }
        return result
    }

    static func scanArtefacts(_ plan: inout ImportedPlan) {
        let org = plan.organization.name
        for i in plan.projects.indices {
            var found: [ImportedErratum] = []
            for (path, text) in TextWalk.project(plan.projects[i]) { found += artefacts(in: text, path: path, organization: org) }
            plan.projects[i].errata += found
        }
        for (path, text) in TextWalk.strings(plan.announcement.body, "body") { plan.announcement.errata += artefacts(in: text, path: path, organization: org) }
        if var foreword = plan.foreword {
            for (path, text) in TextWalk.strings(foreword.paragraphs, "paragraphs") { foreword.errata += artefacts(in: text, path: path, organization: org) }
            plan.foreword = foreword
        }
        if var part1 = plan.part1 {
            var found: [ImportedErratum] = []
            for (r, row) in part1.riskRows.enumerated() {
                found += artefacts(in: row.step, path: "risk_assessment.rows[\(r)].step", organization: org)
                for (k, risk) in row.risks.enumerated() { found += artefacts(in: risk.text, path: "risk_assessment.rows[\(r)].risks[\(k)].text", organization: org) }
                for (k, c) in row.controls.enumerated() { found += artefacts(in: c, path: "risk_assessment.rows[\(r)].controls[\(k)]", organization: org) }
            }
            for (path, text) in TextWalk.strings(part1.rationale, "rationale") { found += artefacts(in: text, path: path, organization: org) }
            for (path, text) in TextWalk.items(part1.objectives, "objectives") + TextWalk.items(part1.goals, "goals") + TextWalk.items(part1.benefits, "benefits") {
                found += artefacts(in: text, path: path, organization: org)
            }
            part1.errata += found
            plan.part1 = part1
        }
        for (di, d) in plan.dimensions.enumerated() {
            for (mi, m) in d.missions.enumerated() {
                plan.errata += artefacts(in: m.title, path: "dimensions[\(di)].missions[\(mi)].title", organization: org)
                for (si, s) in m.subMissions.enumerated() {
                    plan.errata += artefacts(in: s.title, path: "dimensions[\(di)].missions[\(mi)].sub_missions[\(si)].title", organization: org)
                }
            }
        }
        for (path, text) in TextWalk.strings(plan.closingNotice, "closing_notice") { plan.errata += artefacts(in: text, path: path, organization: org) }
    }

    // MARK: Helpers

    /// Two printings of one name compared: white space and line-break hyphens ignored.
    static func comparable(_ s: String) -> String {
        TextForm.compact(s.replacingOccurrences(of: "(?<=[\\x{0E01}-\\x{0E4F}])-\\s+", with: "", options: .regularExpression))
    }

    /// When `name` and `other` differ only in white space: `name` without the spaces `other` does not have
    /// (nil when there are none).
    static func removingWrapSpaces(_ name: String, comparedWith other: String) -> String? {
        func spacePositions(_ s: String) -> Set<Int> {
            var positions: Set<Int> = []
            var count = 0
            var afterHyphen = false
            for scalar in s.unicodeScalars {
                if scalar.properties.isWhitespace {
                    if !afterHyphen { positions.insert(count) }
                } else if scalar != "-" { count += 1; afterHyphen = false } else { afterHyphen = true }
            }
            return positions
        }
        let mine = spacePositions(name)
        let theirs = spacePositions(other)
        let extra = mine.subtracting(theirs)
        guard !extra.isEmpty else { return nil }
        var out = String.UnicodeScalarView()
        var count = 0
        for scalar in name.unicodeScalars {
            if scalar.properties.isWhitespace {
                if extra.contains(count) { continue }
            } else if scalar != "-" { count += 1 }
            out.append(scalar)
        }
        return String(out)
    }

    static func thaiList(_ numbers: [Int]) -> String {
        numbers.map { "ลำดับที่ " + ThaiNumber.thai($0) }.joined(separator: ", ")
    }
}

/// Every string of a dataset part, with its path, for scans.
enum TextWalk {
    static func strings(_ list: [String], _ path: String) -> [(String, String)] {
        list.enumerated().map { ("\(path)[\($0)]", $1) }
    }

    static func items(_ list: [ImportedItem], _ path: String) -> [(String, String)] {
        var result: [(String, String)] = []
        for (i, item) in list.enumerated() {
            if item.items.isEmpty {
                result.append(("\(path)[\(i)]", item.text))
            } else {
                result.append(("\(path)[\(i)].text", item.text))
                result += items(item.items, "\(path)[\(i)].items")
            }
        }
        return result
    }

    static func project(_ p: ImportedProject) -> [(String, String)] {
        var result: [(String, String)] = [("name", p.name)]
        result += strings(p.rationale, "rationale")
        result += items(p.objectives, "objectives")
        result.append(("target_group.text", p.targetGroup.text))
        result += items(p.method, "method")
        result += items(p.outputs, "outputs")
        result += items(p.outcomes, "outcomes")
        return result
    }
}

import Foundation
