import DataFiles
import Foundation
import PlanImport
import PlanModel
import ThaiText
import XCTest

/// Imports the plan's source text and compares the result, loaded with PlanLoader, with the committed canonical
/// dataset field by field. Every difference must be explained:
///
/// - by a **canonical erratum** on that field: applying the errata's source → dataset replacements to the
///   imported value gives the canonical value, or an erratum's `source` contains the imported value and its
///   `dataset` the canonical one (the canonical dataset applied corrections the importer can only propose);
/// - by a **hand-added field** (`HandAdded` below): something a person decided that the text does not say;
/// - or by the explicit **allow-list** (`AllowList` below), each entry with its reason.
final class CanonicalComparisonTests: XCTestCase {
    /// Fields a person added or decided by hand in the canonical dataset; the importer cannot read them from the text.
    enum HandAdded {
        /// `indicators`: measurable targets written by hand from the outputs' wording.
        static let indicators = "indicators"
        /// `kind` of a project whose name does not begin with โครงการ / กิจกรรม / มาตรการ: chosen by a person (the
        /// importer proposes an erratum on `kind`).
        static let kindWhenNameHasNone = "kind"
        /// The outputs / outcomes split of a sheet whose section ๙ does not say which items are which: chosen by a
        /// person (the importer puts the items under outputs and proposes an erratum).
        static let unmarkedResults = "outputs/outcomes"
    }

    /// Fields compared less strictly, each for a reason. Keep this list short.
    enum AllowList {
        /// The announcement was typed by hand into the canonical dataset, joining its printed lines without a
        /// space inside a phrase ("ของผู้บริหาร|องค์การ…"); Thai has no spaces between words, so the importer cannot
        /// tell a line break inside a phrase from one between phrases and joins every line with a space. Compared
        /// with white space removed (after the canonical errata are applied).
        static let announcementBody = "announcement.body"
        /// Part 1's risk table cells are wrapped inside their cells ("การบริหารงานของ หน่วยงาน"); the canonical
        /// dataset removed the wrap spaces by hand, without errata, for the same reason. Compared with white
        /// space removed (after the canonical errata are applied).
        static let riskTable = "part1.risk_assessment"
        /// Part 1's rationale: the canonical dataset joins two paragraphs a page break split ("… ในปี พ.ศ. ๒๕๗๐" |
        /// "หน่วยงานที่เข้าร่วม …") by hand, without an erratum; nothing in the text marks that break. Compared as
        /// one text (paragraphs joined with a space), exactly.
        static let part1Rationale = "part1.rationale"
    }

    struct Tally {
        var compared = 0
        var equal = 0
        var explainedByErrata = 0
        var handAdded = 0
        var handAddedByKind: [String: Int] = [:]
        var allowListed = 0
        var unexplained: [String] = []

        mutating func hand(_ kind: String) {
            handAdded += 1
            handAddedByKind[kind, default: 0] += 1
        }

        mutating func add(_ other: Tally) {
            compared += other.compared; equal += other.equal; explainedByErrata += other.explainedByErrata
            handAdded += other.handAdded; allowListed += other.allowListed; unexplained += other.unexplained
            handAddedByKind.merge(other.handAddedByKind, uniquingKeysWith: +)
        }
    }

    func testImportOfTheSourceDiffersFromTheCanonicalDatasetOnlyByErrataAndHandAddedFields() throws {
        let sourcePath = try ImportFixtures.sourceTextPath()
        let text = try String(contentsOfFile: sourcePath, encoding: .utf8)
        let (result, imported, directory) = try importAndLoad(text, id: ImportFixtures.canonicalID,
                                                              sourceName: ImportFixtures.sourceFileName, into: scratchFolder())
        let canonical = try PlanLoader.load(directory: ImportFixtures.canonicalDirectory)

        XCTAssertEqual(result.unplaced.count, 0, "lines not placed:\n" + result.unplaced.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(imported.projects.map(\.number), canonical.projects.map(\.number), "the same projects, in order")
        XCTAssertEqual(imported.id, canonical.id)
        for file in ["plan.yaml"] + imported.projects.map(\.file) {
            XCTAssertTrue(FileManager.default.fileExists(atPath: directory + "/" + file), "\(file) written")
        }

        var projectsTally = Tally()
        for (mine, theirs) in zip(imported.projects, canonical.projects) {
            projectsTally.add(compareProject(mine, theirs, imported: imported, canonical: canonical))
        }
        let planTally = comparePlan(imported, canonical)
        var total = projectsTally
        total.add(planTally)

        report("""
        canonical comparison (\(canonical.projects.count) projects and plan.yaml):
          projects: \(projectsTally.compared) fields compared: \(projectsTally.equal) equal, \(projectsTally.explainedByErrata) explained by canonical errata, \(projectsTally.handAdded) hand-added, \(projectsTally.allowListed) allow-listed, \(projectsTally.unexplained.count) unexplained
          plan.yaml: \(planTally.compared) fields compared: \(planTally.equal) equal, \(planTally.explainedByErrata) explained by canonical errata, \(planTally.handAdded) hand-added, \(planTally.allowListed) allow-listed, \(planTally.unexplained.count) unexplained
          total: \(total.compared) fields compared: \(total.equal) equal, \(total.explainedByErrata) explained by canonical errata, \(total.handAdded) hand-added, \(total.allowListed) allow-listed, \(total.unexplained.count) unexplained
          hand-added: \(total.handAddedByKind.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        """)
        XCTAssertEqual(total.unexplained, [], "differences no erratum, hand-added field or allow-list entry explains")
        XCTAssertGreaterThan(total.equal, (total.compared - total.handAdded) * 9 / 10, "nearly every field the text gives is equal")
    }

    // MARK: Projects

    func compareProject(_ mine: Project, _ theirs: Project, imported: Plan, canonical: Plan) -> Tally {
        var tally = Tally()
        let a = Dictionary(fields(mine, plan: imported), uniquingKeysWith: { x, _ in x })
        let b = Dictionary(fields(theirs, plan: canonical), uniquingKeysWith: { x, _ in x })
        let paths = orderedUnion(fields(mine, plan: imported).map(\.0), fields(theirs, plan: canonical).map(\.0))
        let proposals = mine.errata.filter { $0.reason.hasPrefix(ImportedErratum.proposalPrefix) }
        let resultsUnmarked = proposals.contains { $0.field == "outputs" && $0.reason.contains("without saying which are") }
            && mine.outputs + mine.outcomes == theirs.outputs + theirs.outcomes
        let kindUnreadable = proposals.contains { $0.field == "kind" }

        for path in paths {
            tally.compared += 1
            let x = a[path], y = b[path]
            if x == y { tally.equal += 1; continue }
            let label = "\(theirs.file) \(path): imported «\(x ?? "(none)")», canonical «\(y ?? "(none)")»"
            if path.hasPrefix("indicators") && x == nil { tally.hand(HandAdded.indicators); continue }
            if path == "kind" && kindUnreadable { tally.hand(HandAdded.kindWhenNameHasNone); continue }
            if resultsUnmarked && (path.hasPrefix("outputs") || path.hasPrefix("outcomes")) { tally.hand(HandAdded.unmarkedResults); continue }
            if path == "sub_mission", let x, let y, subMissionRenumbered(from: x, to: y, errata: canonical.errata) {
                tally.explainedByErrata += 1; continue
            }
            if path.hasSuffix(".id"), path.hasPrefix("divisions["), let x, let y {
                // A division's id follows its name: explained when the name's difference is, by an erratum naming the id.
                let namePath = String(path.dropLast(3))
                if explains(theirs.errata.filter { $0.field == namePath }, imported: a[namePath] ?? x, canonical: b[namePath] ?? y)
                    && theirs.errata.contains(where: { $0.field == namePath && $0.dataset.contains(y) }) {
                    tally.explainedByErrata += 1; continue
                }
            }
            if let x, let y, explains(theirs.errata.filter { $0.field == path }, imported: x, canonical: y) {
                tally.explainedByErrata += 1; continue
            }
            tally.unexplained.append(label)
        }
        return tally
    }

    /// A project's fields as (path, text), paths as the dataset's errata name them.
    func fields(_ p: Project, plan: Plan) -> [(String, String)] {
        var result: [(String, String)] = [("name", p.name), ("kind", p.kind.rawValue), ("mission", p.mission.description)]
        if let s = p.subMission { result.append(("sub_mission", "\(p.mission).\(s)")) }
        result += strings(p.rationale, "rationale")
        result += items(p.objectives, "objectives")
        result.append(("target_group.text", p.targetGroup.text))
        if let c = p.targetGroup.count { result.append(("target_group.count", String(c))) }
        if let u = p.targetGroup.unit { result.append(("target_group.unit", u)) }
        result += items(p.method, "method")
        result += [("period.kind", p.period.kind.rawValue), ("period.start", String(p.period.start)), ("period.end", String(p.period.end))]
        if let t = p.period.text { result.append(("period.text", t)) }
        for (year, amount) in p.budget.sorted(by: { $0.key < $1.key }) { result.append(("budget.\(year)", amount.description)) }
        if let t = p.budgetText { result.append(("budget_text", t)) }
        for (i, id) in p.divisions.enumerated() {
            result.append(("divisions[\(i)]", plan.division(id)?.name ?? "(unknown id \(id))"))
            result.append(("divisions[\(i)].id", id))
        }
        result += items(p.outputs, "outputs")
        result += items(p.outcomes, "outcomes")
        for (i, ind) in p.indicators.enumerated() {
            result += [("indicators[\(i)].text", ind.text), ("indicators[\(i)].comparator", ind.comparator.rawValue),
                       ("indicators[\(i)].target", ind.target), ("indicators[\(i)].unit", ind.unit)]
        }
        if let n = p.note { result.append(("note", n)) }
        return result
    }

    /// The projects of a sub-mission that a plan-level erratum renumbered (๓.๓.๓ → ๓.๓.๑) refer to the new number.
    func subMissionRenumbered(from imported: String, to canonical: String, errata: [Erratum]) -> Bool {
        errata.contains { e in
            e.field.hasSuffix(".number") && e.field.contains("sub_missions")
                && e.source.hasPrefix(ThaiDigits.toThai(imported) + " ") && e.dataset.hasPrefix(ThaiDigits.toThai(canonical) + " ")
        }
    }

    // MARK: plan.yaml

    func comparePlan(_ mine: Plan, _ theirs: Plan) -> Tally {
        var tally = Tally()
        func compare(_ a: [(String, String)], _ b: [(String, String)], errata: [Erratum], prefix: String, compact: Bool = false) {
            compareFixes(a, b, errata: fixes(errata), prefix: prefix, compact: compact)
        }
        func compareFixes(_ a: [(String, String)], _ b: [(String, String)], errata: [Fix], prefix: String, compact: Bool = false) {
            let x = Dictionary(a, uniquingKeysWith: { v, _ in v }), y = Dictionary(b, uniquingKeysWith: { v, _ in v })
            for path in orderedUnion(a.map(\.0), b.map(\.0)) {
                tally.compared += 1
                let u = x[path], v = y[path]
                if u == v { tally.equal += 1; continue }
                let relevant = errata.filter { $0.field == path }
                if let u, let v {
                    if !compact, explains(relevant, imported: u, canonical: v) { tally.explainedByErrata += 1; continue }
                    if compact {
                        let squeezed = relevant.map { Fix(field: $0.field, source: squeeze($0.source), dataset: squeeze($0.dataset)) }
                        if squeeze(u) == squeeze(v) { tally.allowListed += 1; continue }
                        if explains(squeezed, imported: squeeze(u), canonical: squeeze(v)) { tally.explainedByErrata += 1; continue }
                    }
                }
                tally.unexplained.append("plan.yaml \(prefix)\(path): imported «\(u ?? "(none)")», canonical «\(v ?? "(none)")»")
            }
        }
        // Organization, title, period.
        func org(_ p: Plan) -> [(String, String)] {
            let o = p.organization
            return [("name", o.name), ("short_name", o.shortName), ("kind", o.kind), ("province", o.province), ("address", o.address),
                    ("phone", o.phone), ("website", o.website), ("emblem", o.emblem)].compactMap { k, v in v.map { (k, $0) } }
        }
        compare(org(mine), org(theirs), errata: [], prefix: "organization.")
        compare([("title", mine.title), ("period", "\(mine.period.firstFiscalYear)-\(mine.period.lastFiscalYear)")],
                [("title", theirs.title), ("period", "\(theirs.period.firstFiscalYear)-\(theirs.period.lastFiscalYear)")], errata: theirs.errata, prefix: "")
        // Announcement: the body is allow-listed (see AllowList.announcementBody).
        func announcement(_ a: Announcement) -> [(String, String)] {
            [("subject", a.subject), ("closing", a.closing), ("date", a.date.beISOString), ("signer.name", a.signer.name),
             ("signer.position", a.signer.position)]
        }
        compare(announcement(mine.announcement), announcement(theirs.announcement), errata: theirs.announcement.errata, prefix: "announcement.")
        compare(strings(mine.announcement.body, "body"), strings(theirs.announcement.body, "body"), errata: theirs.announcement.errata,
                prefix: "announcement.", compact: true)
        // Cover and foreword.
        if let c = mine.cover, let d = theirs.cover {
            compare(strings(c.titleLines, "title_lines") + [("period_line", c.periodLine)] + strings(c.officeLines, "office_lines"),
                    strings(d.titleLines, "title_lines") + [("period_line", d.periodLine)] + strings(d.officeLines, "office_lines"),
                    errata: d.errata, prefix: "cover.")
        } else { tally.compared += 1; if (mine.cover == nil) == (theirs.cover == nil) { tally.equal += 1 } else { tally.unexplained.append("cover") } }
        if let f = mine.foreword, let g = theirs.foreword {
            compare(strings(f.paragraphs, "paragraphs") + strings(f.signedBy, "signed_by"),
                    strings(g.paragraphs, "paragraphs") + strings(g.signedBy, "signed_by"), errata: g.errata, prefix: "foreword.")
        } else { tally.compared += 1; if (mine.foreword == nil) == (theirs.foreword == nil) { tally.equal += 1 } else { tally.unexplained.append("foreword") } }
        // Divisions: every canonical division is imported with its id and name; an imported division the canonical
        // dataset does not have must be named only where a canonical erratum explains the project's division.
        for d in theirs.divisions {
            tally.compared += 1
            if mine.divisions.contains(d) { tally.equal += 1 } else { tally.unexplained.append("plan.yaml divisions: \(d.id) \(d.name) not imported") }
        }
        for d in mine.divisions where !theirs.divisions.contains(d) {
            tally.compared += 1
            let users = mine.projects.filter { $0.divisions.contains(d.id) }
            let explained = users.allSatisfy { p in
                let other = theirs.projects.first { $0.number == p.number }
                return p.divisions.indices.filter { p.divisions[$0] == d.id }.allSatisfy { i in
                    other?.errata.contains { $0.field == "divisions[\(i)]" && $0.source.contains(d.name) } ?? false
                }
            }
            if explained && !users.isEmpty { tally.explainedByErrata += 1 } else { tally.unexplained.append("plan.yaml divisions: \(d.id) \(d.name)") }
        }
        // Part 1: the risk table and the rationale are allow-listed (see AllowList).
        if let p = mine.part1, let q = theirs.part1 {
            func risk(_ rows: [RiskRow]) -> [(String, String)] {
                rows.enumerated().flatMap { r, row -> [(String, String)] in
                    [("risk_assessment.rows[\(r)].step", row.step)]
                        + row.risks.enumerated().flatMap { k, risk in
                            [("risk_assessment.rows[\(r)].risks[\(k)].text", risk.text), ("risk_assessment.rows[\(r)].risks[\(k)].level", risk.level)]
                        }
                        + strings(row.controls, "risk_assessment.rows[\(r)].controls")
                }
            }
            compare(risk(p.riskRows), risk(q.riskRows), errata: q.errata, prefix: "part1.", compact: true)
            // The rationale as one text; every rationale erratum applies to it.
            let rationaleErrata = q.errata.filter { $0.field.hasPrefix("rationale") }.map {
                Fix(field: "rationale", source: $0.source, dataset: $0.dataset)
            }
            compareFixes([("rationale", p.rationale.joined(separator: " "))], [("rationale", q.rationale.joined(separator: " "))],
                         errata: rationaleErrata, prefix: "part1.")
            compare(items(p.objectives, "objectives") + items(p.goals, "goals") + items(p.benefits, "benefits"),
                    items(q.objectives, "objectives") + items(q.goals, "goals") + items(q.benefits, "benefits"), errata: q.errata, prefix: "part1.")
        } else { tally.compared += 1; if (mine.part1 == nil) == (theirs.part1 == nil) { tally.equal += 1 } else { tally.unexplained.append("part1") } }
        // Dimensions, missions, sub-missions.
        func structure(_ p: Plan) -> [(String, String)] {
            p.dimensions.enumerated().flatMap { di, d -> [(String, String)] in
                [("dimensions[\(di)].number", String(d.number)), ("dimensions[\(di)].title", d.title)]
                    + d.missions.enumerated().flatMap { mi, m -> [(String, String)] in
                        [("dimensions[\(di)].missions[\(mi)].number", String(m.number)), ("dimensions[\(di)].missions[\(mi)].title", m.title)]
                            + m.subMissions.enumerated().flatMap { si, s in
                                [("dimensions[\(di)].missions[\(mi)].sub_missions[\(si)].number", String(s.number)),
                                 ("dimensions[\(di)].missions[\(mi)].sub_missions[\(si)].title", s.title)]
                            }
                    }
            }
        }
        compare(structure(mine), structure(theirs), errata: theirs.errata, prefix: "")
        compare(strings(mine.closingNotice, "closing_notice"), strings(theirs.closingNotice, "closing_notice"), errata: theirs.errata, prefix: "")
        return tally
    }

    // MARK: Helpers

    /// Whether canonical errata on a field turn the imported value into the canonical one: by applying their
    /// replacements in order, or by one erratum whose source holds the imported value and whose dataset holds the
    /// canonical value (numbers also in Thai digits).
    /// An erratum's replacement, apart from the file it belongs to.
    struct Fix {
        var field: String
        var source: String
        var dataset: String
    }

    func fixes(_ errata: [Erratum]) -> [Fix] { errata.map { Fix(field: $0.field, source: $0.source, dataset: $0.dataset) } }

    func explains(_ errata: [Erratum], imported: String, canonical: String) -> Bool {
        explains(fixes(errata), imported: imported, canonical: canonical)
    }

    func explains(_ errata: [Fix], imported: String, canonical: String) -> Bool {
        guard !errata.isEmpty else { return false }
        var value = imported
        for e in errata where value.contains(e.source) { value = value.replacingOccurrences(of: e.source, with: e.dataset) }
        if value == canonical { return true }
        func holds(_ container: String, _ value: String) -> Bool {
            container.contains(value) || container.contains(ThaiDigits.toThai(value))
        }
        return errata.contains { holds($0.source, imported) && holds($0.dataset, canonical) }
    }

    func squeeze(_ s: String) -> String { String(s.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)) }

    func strings(_ list: [String], _ path: String) -> [(String, String)] {
        list.enumerated().map { ("\(path)[\($0)]", $1) }
    }

    func items(_ list: [ListItem], _ path: String) -> [(String, String)] {
        list.enumerated().flatMap { i, item -> [(String, String)] in
            item.items.isEmpty ? [("\(path)[\(i)]", item.text)]
                : [("\(path)[\(i)].text", item.text)] + items(item.items, "\(path)[\(i)].items")
        }
    }

    func orderedUnion(_ a: [String], _ b: [String]) -> [String] {
        var seen = Set<String>()
        return (a + b).filter { seen.insert($0).inserted }
    }
}
