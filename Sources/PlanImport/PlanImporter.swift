import Foundation
import ThaiText

/// Reads a plan's text (extracted from its PDF or Word file; the NACC template's shape) into a dataset.
///
/// The import keeps what the source says. Every inconsistency it finds between the parts of the plan (names,
/// missions, amounts, counts), every numbering gap and every extraction artefact becomes a *proposed* erratum
/// (reason "proposed by the importer: …") for a person to review. Every non-blank line is accounted for: placed
/// in the dataset, recognized as layout (headings, contents, table headers, page numbers), or reported as not
/// placed.
public enum PlanImporter {
    public static func importPlan(text: String, sourceName: String, planID: String) throws(ImportFailure) -> ImportResult {
        let source = SourceText(text: text, name: sourceName)
        let ledger = LineLedger()
        let parts = try PartSplitter.split(source, ledger: ledger)

        let front = try FrontMatterParser.parse(source, range: parts.front, ledger: ledger)
        let part1 = parts.part1.map { Part1Parser.parse(source, range: $0, ledger: ledger) }
        let table = parts.part2.map { BudgetTableParser.parse(source, range: $0, ledger: ledger) }
        let (headings, sheets) = SheetParser.parse(source, range: parts.part3, ledger: ledger)
        guard !sheets.isEmpty else {
            throw ImportFailure(sourceName, line: parts.headings.first { $0.part == 3 }?.line,
                                "ส่วนที่ ๓ holds no project sheet (a line ลำดับที่ N followed by its numbered sections)")
        }

        // The plan's fiscal years: the cover, else the Part 2 table, else the sheets' own fiscal periods.
        var planErrata: [ImportedErratum] = headings.errata
        var years = front.period ?? table?.period ?? (0, 0)
        if years.0 == 0 {
            let periods = sheets.compactMap { sheet in
                ProjectBuilder.readPeriod(TextForm.normalize((sheet.paragraphs[.period] ?? []).map(\.raw).joined(separator: "\n")))
            }.filter { $0.kind == "fiscal" && $0.start <= $0.end }
            years = (periods.map(\.start).min() ?? 0, periods.map(\.end).max() ?? 0)
            planErrata.append(.proposal("period", source: "(no period on the cover or in the Part 2 table)",
                                        dataset: "\(years.0) – \(years.1)", "the plan's period was taken from the sheets' periods"))
        }
        guard years.0 > 0 else {
            throw ImportFailure(sourceName, line: nil, "the plan's fiscal years are stated nowhere (cover, Part 2 table or sheets)")
        }

        // Divisions: every printed name first, so a misspelt one can be matched to a known one named elsewhere.
        let divisions = DivisionNames()
        let organizationName = front.organization.name
        divisions.prepare(sheets.flatMap { sheet in
            divisions.split(TextForm.normalize((sheet.paragraphs[.divisions] ?? []).map(\.raw).joined(separator: "\n")),
                            organization: organizationName)
        })
        let builder = ProjectBuilder(organizationName: organizationName, planYears: (years.0, years.1), divisions: divisions, ledger: ledger)
        let projects = sheets.map { builder.build($0) }

        // Closing notice: its paragraphs, one string each.
        var closing: [String] = []
        if let range = parts.closing {
            var blockText: [Int: String] = [:]
            var order: [Int] = []
            for p in Paragraphs.split(source.lines[range]) {
                if blockText[p.block] == nil { order.append(p.block); blockText[p.block] = p.text } else { blockText[p.block]! += " " + p.text }
                ledger.place(p)
            }
            closing = order.map { blockText[$0]! }
        }

        var plan = ImportedPlan(
            id: planID, organization: front.organization,
            title: front.title ?? "แผนปฏิบัติการป้องกันการทุจริต เพื่อยกระดับคุณธรรมและความโปร่งใส",
            firstFiscalYear: years.0, lastFiscalYear: years.1,
            announcement: front.announcement, cover: front.cover, foreword: front.foreword,
            divisions: [], part1: part1, dimensions: headings.dimensions, closingNotice: closing,
            errata: planErrata, projects: projects)
        if front.title == nil {
            plan.errata.append(.proposal("title", source: "(no cover)", dataset: plan.title, "the plan has no cover to read its title from; the template's title is used"))
        }
        if front.organization.kind == "องค์กรปกครองส่วนท้องถิ่น" {
            plan.errata.append(.proposal("organization.kind", source: front.organization.name, dataset: "องค์การบริหารส่วนจังหวัด, เทศบาลตำบล, …",
                                         "the organization's name does not begin with a kind PlanPress knows; name its kind"))
        }

        // Part 3 without dimension and mission headings: the structure from the Part 2 table.
        if plan.dimensions.isEmpty, let table, !table.dimensionTitles.isEmpty {
            plan.dimensions = table.dimensionTitles.keys.sorted().map { d in
                let missions = table.missionTitles.keys.compactMap { key -> (Int, String)? in
                    let parts = key.split(separator: ".").compactMap { Int($0) }
                    return parts.count == 2 && parts[0] == d ? (parts[1], table.missionTitles[key]!.title) : nil
                }.sorted { $0.0 < $1.0 }
                return ImportedDimension(number: d, title: table.dimensionTitles[d]!.title,
                                         missions: missions.map { ImportedMission(number: $0.0, title: $0.1, subMissions: []) })
            }
            plan.errata.append(.proposal("dimensions", source: "(no มิติที่ … headings in ส่วนที่ ๓)", dataset: "the Part 2 table's dimensions and missions",
                                         "ส่วนที่ ๓ has no dimension or mission headings; the importer took them from the Part 2 table (check the titles' line-wrap spaces)"))
        }

        // Cross-checks and scans.
        if let table {
            ErrataProposals.checkBudgetTable(table, plan: &plan, headingLines: headings.lines)
        }
        ErrataProposals.checkForeword(&plan)
        ErrataProposals.checkNumbering(&plan, headingLines: headings.lines)
        ErrataProposals.scanArtefacts(&plan)
        if let part1 = plan.part1, part1.riskRows.isEmpty, parts.part1 != nil {
            var p = part1
            p.errata.append(.proposal("risk_assessment", source: "", dataset: "", "ส่วนที่ ๑ has no risk table the importer could read"))
            plan.part1 = p
        }
        plan.divisions = divisions.datasetDivisions
        plan.errata += divisions.errata
        for i in plan.projects.indices { plan.projects[i].errata = ordered(plan.projects[i].errata) }

        let unplaced = ledger.unplaced(in: source)
        let nonBlank = source.lines.filter { !$0.isBlank }.count
        let stats = ImportStatistics(lines: source.lines.count, nonBlankLines: nonBlank,
                                     placedLines: ledger.placed.subtracting(ledger.layout).count,
                                     layoutLines: ledger.layout.filter { !source.line($0).isBlank }.count, unplacedLines: unplaced.count)
        return ImportResult(plan: plan, sourceName: sourceName, unplaced: unplaced,
                            notes: ledger.notes.map { "\(sourceName):\($0.line): note: \($0.message)" }, statistics: stats)
    }

    /// Errata in the order of the fields of a project file.
    static func ordered(_ errata: [ImportedErratum]) -> [ImportedErratum] {
        let order = ["name", "kind", "mission", "sub_mission", "rationale", "objectives", "target_group", "method", "period",
                     "budget", "divisions", "outputs", "outcomes", "note"]
        func rank(_ e: ImportedErratum) -> Int {
            let head = e.field.prefix { $0 != "." && $0 != "[" }
            return order.firstIndex(of: String(head)) ?? order.count
        }
        return errata.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }
}

public struct ImportStatistics: Sendable {
    public let lines: Int
    public let nonBlankLines: Int
    public let placedLines: Int
    public let layoutLines: Int
    public let unplacedLines: Int
}

/// What an import produced: the dataset, the lines not placed, the proposals, notes on how lines were read.
public struct ImportResult: Sendable {
    public let plan: ImportedPlan
    public let sourceName: String
    public let unplaced: [UnplacedLine]
    public let notes: [String]
    public let statistics: ImportStatistics

    /// Every proposed erratum, with the file it is written in.
    public var proposals: [(file: String, erratum: ImportedErratum)] {
        plan.allErrata.filter { $0.erratum.reason.hasPrefix(ImportedErratum.proposalPrefix) }
    }

    /// The dataset's files (relative path, contents), as `write(to:)` writes them.
    public var files: [(path: String, contents: String)] { DatasetWriter.files(plan, sourceName: sourceName) }

    /// Writes the dataset into `directory` (which must not exist, or be empty).
    public func write(to directory: String) throws(ImportWriteError) {
        try DatasetWriter.write(plan, sourceName: sourceName, to: directory)
    }

    /// The report the command prints: lines not placed, proposals, and a summary.
    public func report(outputDirectory: String) -> String {
        var out: [String] = []
        for u in unplaced { out.append(u.description) }
        out += notes
        for (file, e) in proposals {
            let at = e.line.map { "\(sourceName):\($0): " } ?? ""
            let reason = e.reason.dropFirst(ImportedErratum.proposalPrefix.count)
            out.append("\(at)proposed erratum in \(outputDirectory)/\(file), \(e.field): \(reason) [source: «\(clip(e.source))» → «\(clip(e.dataset))»]")
        }
        let s = statistics
        let dims = plan.dimensions.count
        let missions = plan.dimensions.reduce(0) { $0 + $1.missions.count }
        out.append("")
        out.append("imported \(plan.projects.count) project\(plan.projects.count == 1 ? "" : "s") (\(dims) dimensions, \(missions) missions) from \(sourceName) into \(outputDirectory)")
        out.append("lines: \(s.nonBlankLines) non-blank: \(s.placedLines) placed in the dataset, \(s.layoutLines) recognized as layout (headings, contents, table headers, page numbers), \(s.unplacedLines) not placed")
        if !notes.isEmpty { out.append("notes: \(notes.count) (paragraph breaks inside a sentence joined, page numbers skipped; listed above)") }
        out.append("proposed errata: \(proposals.count) (reason \"\(ImportedErratum.proposalPrefix.trimmingCharacters(in: .whitespaces))…\"): review each one")
        if s.unplacedLines > 0 {
            out.append("\(s.unplacedLines) line\(s.unplacedLines == 1 ? " was" : "s were") not placed (listed above with file:line): add their text to the dataset by hand or fix the source and import again")
        }
        return out.joined(separator: "\n")
    }

    private func clip(_ s: String) -> String { s.count > 70 ? String(s.prefix(70)) + "…" : s }
}
