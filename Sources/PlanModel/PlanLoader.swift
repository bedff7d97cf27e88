import DataFiles
import Foundation
import ThaiText

/// Reads a plan folder (`plan.yaml` and `projects/*.yaml`) into a `Plan`. Any value that does not fit
/// the format stops the load with a `Diagnostic` naming the file, line, column and field.
public enum PlanLoader {
    /// - Parameters:
    ///   - directory: the plan folder.
    ///   - displayDirectory: how to name the folder in messages (defaults to `directory`).
    public static func load(directory: String, displayDirectory: String? = nil) throws(Diagnostic) -> Plan {
        let shown = displayDirectory ?? directory
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .error(SourceLocation(file: shown), "no plan folder here; give --plan a folder holding plan.yaml")
        }
        guard FileManager.default.isReadableFile(atPath: directory),
              (try? FileManager.default.contentsOfDirectory(atPath: directory)) != nil else {
            throw .error(SourceLocation(file: shown), "cannot read the plan folder (check its permissions)")
        }
        // The project files are the folder's, not named by plan.yaml: they are read beside it. What is wrong
        // is still reported in file order: plan.yaml first, then the folder, then each project file.
        let projectsDirectory = directory + "/projects"
        let names = Result { () throws(Diagnostic) -> [String] in
            try projectFileNames(projectsDirectory, shown: shown + "/projects")
                .filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }
                .sorted { (Int($0.dropLast(5)) ?? Int.max, $0) < (Int($1.dropLast(5)) ?? Int.max, $1) }
        }
        let (planResult, read) = readFiles(
            plan: { () throws(Diagnostic) -> (YAMLFile, Plan) in
                let file = try YAMLFile.load(path: directory + "/plan.yaml", displayPath: shown + "/plan.yaml")
                return (file, try readPlan(file.root, directory: directory))
            },
            projects: ((try? names.get()) ?? []).map { (path: projectsDirectory + "/" + $0, shown: shown + "/projects/" + $0, relative: "projects/" + $0) })
        var sourceMap = SourceMap()
        let (planFile, planRead) = try planResult.get()
        var plan = planRead
        sourceMap.record(file: "plan.yaml", planFile.root)
        for (name, result) in zip(try names.get(), read) {
            let (file, project) = try result.get()
            sourceMap.record(file: "projects/" + name, file.root)
            plan.projects.append(project)
        }
        plan.sourceMap = sourceMap
        return plan
    }

    /// Reads, parses and decodes plan.yaml (`plan`) and the project files, several at a time when there are
    /// many (a plan's projects are independent files), each thread taking the next file when it is done with
    /// one (plan.yaml, the largest, first); the projects' results stand in the order of `files`, so that the
    /// first error in file order is the one reported.
    static func readFiles<P>(plan: @Sendable () throws(Diagnostic) -> P, projects files: [(path: String, shown: String, relative: String)])
        -> (plan: Result<P, Diagnostic>, projects: [Result<(YAMLFile, Project), Diagnostic>]) {
        @Sendable func read(_ file: (path: String, shown: String, relative: String)) -> Result<(YAMLFile, Project), Diagnostic> {
            do throws(Diagnostic) {
                let yaml = try YAMLFile.load(path: file.path, displayPath: file.shown)
                return .success((yaml, try readProject(yaml.root, file: file.relative)))
            } catch {
                return .failure(error)
            }
        }
        guard files.count >= 32 else { return (Result(catching: plan), files.map(read)) }
        let planResult = ResultsByIndex<Result<P, Diagnostic>>(count: 1)
        let results = ResultsByIndex<Result<(YAMLFile, Project), Diagnostic>>(count: files.count)
        let claims = NextIndex()
        DispatchQueue.concurrentPerform(iterations: max(1, ProcessInfo.processInfo.activeProcessorCount)) { _ in
            while let index = claims.next(below: files.count + 1) {
                if index == 0 { planResult.set(0, Result(catching: plan)) } else { results.set(index - 1, read(files[index - 1])) }
            }
        }
        return (planResult.all[0], results.all)
    }

    /// The names in the projects folder (none when there is no folder). A `projects` that is not a folder
    /// or cannot be read, and a file that is plainly meant as a project but would be skipped (`05.yml`,
    /// `05.YAML`, `05.yaml.txt` as Windows Notepad saves it), stop the load: skipping them would drop
    /// the user's projects without a word.
    static func projectFileNames(_ path: String, shown: String) throws(Diagnostic) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else {
            throw .error(SourceLocation(file: shown), "'projects' is a file, not the folder of project files (projects/01.yaml …)")
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            throw .error(SourceLocation(file: shown), "cannot read the projects folder (check its permissions)")
        }
        for name in names.sorted() where !name.hasPrefix(".") && !name.hasSuffix(".yaml") {
            let lower = name.lowercased()
            let stem = lower.hasSuffix(".yml") ? String(lower.dropLast(4))
                : lower.hasSuffix(".yaml") ? String(lower.dropLast(5))
                : lower.hasSuffix(".yaml.txt") ? String(lower.dropLast(9))
                : lower.hasSuffix(".yml.txt") ? String(lower.dropLast(8)) : nil
            if let stem, !stem.isEmpty, stem.allSatisfy(\.isNumber) {
                throw .error(SourceLocation(file: shown + "/" + name),
                             "a project file must be named NN.yaml (lower-case .yaml, nothing after it); rename it to \(stem).yaml")
            }
        }
        return names
    }

    static func readPlan(_ root: YAMLValue, directory: String) throws(Diagnostic) -> Plan {
        let top = try root.mapping()
        let formatValue = try top.required("format")
        guard try formatValue.int() == 1 else { throw formatValue.error("this PlanPress reads dataset format 1") }
        let id = try top.required("id").string()

        let org = try top.required("organization").mapping()
        let organization = Organization(
            name: try org.required("name").string(),
            shortName: try org.optional("short_name")?.string(),
            kind: try org.required("kind").string(),
            province: try org.optional("province")?.string(),
            address: try org.optional("address")?.string(),
            phone: try org.optional("phone")?.string(),
            website: try org.optional("website")?.string(),
            emblem: try org.optional("emblem")?.string())
        try org.finish()

        let periodMap = try top.required("period").mapping()
        let first = try periodMap.required("first_fiscal_year").int(in: 2400...2800)
        let lastValue = try periodMap.required("last_fiscal_year")
        let last = try lastValue.int(in: 2400...2800)
        guard last >= first else {
            throw lastValue.error("the plan's last fiscal year \(last) comes before its first \(first)")
        }
        try periodMap.finish()

        let plan = Plan(
            id: id, directory: directory, organization: organization,
            title: try top.required("title").string(),
            period: PlanPeriod(firstFiscalYear: first, lastFiscalYear: last),
            announcement: try readAnnouncement(top.required("announcement")),
            cover: try top.optional("cover").map { v throws(Diagnostic) in try readCover(v) },
            foreword: try top.optional("foreword").map { v throws(Diagnostic) in try readForeword(v) },
            divisions: try readDivisions(top.optional("divisions")),
            part1: try top.optional("part1").map { v throws(Diagnostic) in try readPart1(v) },
            dimensions: try readDimensions(top.optional("dimensions")),
            closingNotice: try top.optional("closing_notice")?.strings() ?? [],
            errata: try readErrata(top.optional("errata"), file: "plan.yaml"),
            projects: [], sourceMap: SourceMap())
        try top.finish()
        return plan
    }

    static func readAnnouncement(_ value: YAMLValue) throws(Diagnostic) -> Announcement {
        let map = try value.mapping()
        let signerMap = try map.required("signer").mapping()
        let signer = Signer(name: try signerMap.required("name").string(), position: try signerMap.required("position").string())
        try signerMap.finish()
        let body = try map.required("body").strings()
        guard !body.isEmpty else { throw try map.required("body").error("'announcement.body' needs at least one paragraph") }
        let announcement = Announcement(
            subject: try map.required("subject").string(),
            body: body,
            closing: try map.required("closing").string(),
            date: try readDate(map.required("date")),
            signer: signer,
            errata: try readErrata(map.optional("errata"), file: "plan.yaml"))
        try map.finish()
        return announcement
    }

    static func readCover(_ value: YAMLValue) throws(Diagnostic) -> Cover {
        let map = try value.mapping()
        let cover = Cover(titleLines: try map.required("title_lines").strings(),
                          periodLine: try map.required("period_line").string(),
                          officeLines: try map.optional("office_lines")?.strings() ?? [],
                          errata: try readErrata(map.optional("errata"), file: "plan.yaml"))
        try map.finish()
        return cover
    }

    static func readForeword(_ value: YAMLValue) throws(Diagnostic) -> Foreword {
        let map = try value.mapping()
        let foreword = Foreword(paragraphs: try map.required("paragraphs").strings(),
                                signedBy: try map.optional("signed_by")?.strings() ?? [],
                                errata: try readErrata(map.optional("errata"), file: "plan.yaml"))
        try map.finish()
        return foreword
    }

    static func readDivisions(_ value: YAMLValue?) throws(Diagnostic) -> [Division] {
        guard let value else { return [] }
        var divisions: [Division] = []
        for item in try value.sequence() {
            let map = try item.mapping()
            divisions.append(Division(id: try map.required("id").string(), name: try map.required("name").string()))
            try map.finish()
        }
        return divisions
    }

    static func readPart1(_ value: YAMLValue) throws(Diagnostic) -> Part1 {
        let map = try value.mapping()
        var rows: [RiskRow] = []
        if let riskValue = map.optional("risk_assessment") {
            let risk = try riskValue.mapping()
            for rowValue in try risk.required("rows").sequence() {
                let row = try rowValue.mapping()
                var risks: [Risk] = []
                for r in try row.required("risks").sequence() {
                    let rm = try r.mapping()
                    risks.append(Risk(text: try rm.required("text").string(), level: try rm.required("level").string()))
                    try rm.finish()
                }
                rows.append(RiskRow(step: try row.required("step").string(), risks: risks,
                                    controls: try row.required("controls").strings()))
                try row.finish()
            }
            try risk.finish()
        }
        let part1 = Part1(riskRows: rows,
                          rationale: try map.optional("rationale")?.strings() ?? [],
                          objectives: try readItems(map.optional("objectives")),
                          goals: try readItems(map.optional("goals")),
                          benefits: try readItems(map.optional("benefits")),
                          errata: try readErrata(map.optional("errata"), file: "plan.yaml"))
        try map.finish()
        return part1
    }

    static func readDimensions(_ value: YAMLValue?) throws(Diagnostic) -> [Dimension] {
        guard let value else { return [] }
        var dimensions: [Dimension] = []
        for item in try value.sequence() {
            let map = try item.mapping()
            let number = try map.required("number").int(in: 1...99)
            var missions: [Mission] = []
            for missionValue in try map.optional("missions")?.sequence() ?? [] {
                let m = try missionValue.mapping()
                var subs: [SubMission] = []
                for subValue in try m.optional("sub_missions")?.sequence() ?? [] {
                    let s = try subValue.mapping()
                    subs.append(SubMission(number: try s.required("number").int(in: 1...99), title: try s.required("title").string()))
                    try s.finish()
                }
                missions.append(Mission(id: MissionID(dimension: number, mission: try m.required("number").int(in: 1...99)),
                                        title: try m.required("title").string(), subMissions: subs))
                try m.finish()
            }
            dimensions.append(Dimension(number: number, title: try map.required("title").string(), missions: missions))
            try map.finish()
        }
        return dimensions
    }

    static func readProject(_ root: YAMLValue, file: String) throws(Diagnostic) -> Project {
        let map = try root.mapping()
        let number = try map.required("number").int(in: 1...100_000)
        let name = try map.required("name").string()
        let kindValue = try map.required("kind")
        let kindText = try kindValue.string()
        guard let kind = ProjectKind(rawValue: kindText) else {
            throw kindValue.error("'kind' must be โครงการ, กิจกรรม or มาตรการ, found '\(kindText)'")
        }
        let missionValue = try map.required("mission")
        let mission = try readMissionID(missionValue)
        var subMission: Int?
        if let subValue = map.optional("sub_mission") {
            let text = try subValue.string()
            let parts = text.split(separator: ".").map { Int($0) }
            guard parts.count == 3, let d = parts[0], let m = parts[1], let s = parts[2] else {
                throw subValue.error("'sub_mission' must look like \"1.1.1\" (dimension.mission.sub), found '\(text)'")
            }
            guard d == mission.dimension, m == mission.mission else {
                throw subValue.error("sub-mission \(text) is not under the project's mission \(mission)")
            }
            subMission = s
        }
        let targetMap = try map.required("target_group").mapping()
        let target = TargetGroup(text: try targetMap.required("text").string(),
                                 count: try targetMap.optional("count")?.int(in: 0...100_000_000),
                                 unit: try targetMap.optional("unit")?.string())
        try targetMap.finish()

        let periodMap = try map.required("period").mapping()
        let kindOfPeriodValue = try periodMap.required("kind")
        guard let periodKind = ProjectPeriod.Kind(rawValue: try kindOfPeriodValue.string()) else {
            throw kindOfPeriodValue.error("'period.kind' must be fiscal or academic")
        }
        let period = ProjectPeriod(kind: periodKind, start: try periodMap.required("start").int(in: 2400...2800),
                                   end: try periodMap.required("end").int(in: 2400...2800),
                                   text: try periodMap.optional("text")?.string())
        try periodMap.finish()

        var budget: [Int: Money] = [:]
        if let budgetValue = map.optional("budget") {
            let budgetMap = try budgetValue.mapping()
            for entry in budgetMap.entries {
                guard let year = Int(entry.key), (2400...2800).contains(year) else {
                    throw .error(entry.keyLocation, "budget years are Buddhist Era fiscal years such as 2566, found '\(entry.key)'")
                }
                let amountValue = try budgetMap.required(entry.key)
                let text = try amountValue.string()
                do {
                    budget[year] = try Money.parse(text)
                } catch {
                    throw amountValue.error("budget for \(year) must be an amount in baht such as \"100000.00\": \(error.message)")
                }
            }
            try budgetMap.finish()
        }

        var indicators: [Indicator] = []
        for value in try map.optional("indicators")?.sequence() ?? [] {
            let m = try value.mapping()
            let comparatorValue = try m.required("comparator")
            guard let comparator = Indicator.Comparator(rawValue: try comparatorValue.string()) else {
                throw comparatorValue.error("'comparator' must be at_least, at_most or equal")
            }
            let targetValue = try m.required("target")
            let targetText = try targetValue.string()
            guard Decimal(string: targetText) != nil, targetText.allSatisfy({ $0.isASCII }) else {
                throw targetValue.error("'target' must be a number in Arabic digits such as \"80\", found '\(targetText)'")
            }
            indicators.append(Indicator(text: try m.required("text").string(), comparator: comparator,
                                        target: targetText, unit: try m.required("unit").string()))
            try m.finish()
        }

        let divisionsValue = try map.required("divisions")
        let divisions = try divisionsValue.strings()
        guard !divisions.isEmpty else { throw divisionsValue.error("'divisions' needs at least one division id") }

        let project = Project(
            number: number, name: name, kind: kind, mission: mission, subMission: subMission,
            rationale: try map.required("rationale").strings(),
            objectives: try readItems(map.required("objectives")),
            targetGroup: target,
            method: try readItems(map.required("method")),
            period: period, budget: budget,
            budgetText: try map.optional("budget_text")?.string(),
            divisions: divisions,
            outputs: try readItems(map.optional("outputs")),
            outcomes: try readItems(map.optional("outcomes")),
            indicators: indicators,
            note: try map.optional("note")?.string(),
            errata: try readErrata(map.optional("errata"), file: file),
            file: file)
        try map.finish()
        return project
    }

    static func readMissionID(_ value: YAMLValue) throws(Diagnostic) -> MissionID {
        let text = try value.string()
        let parts = text.split(separator: ".").map { Int($0) }
        guard parts.count == 2, let d = parts[0], let m = parts[1] else {
            throw value.error("'mission' must look like \"1.1\" (dimension.mission), found '\(text)'")
        }
        return MissionID(dimension: d, mission: m)
    }

    static func readItems(_ value: YAMLValue?) throws(Diagnostic) -> [ListItem] {
        guard let value else { return [] }
        var items: [ListItem] = []
        for item in try value.sequence() {
            if item.isMapping {
                let m = try item.mapping()
                items.append(ListItem(try m.required("text").string(), items: try readItems(m.optional("items"))))
                try m.finish()
            } else {
                items.append(ListItem(try item.string()))
            }
        }
        return items
    }

    static func readErrata(_ value: YAMLValue?, file: String) throws(Diagnostic) -> [Erratum] {
        guard let value else { return [] }
        var errata: [Erratum] = []
        for item in try value.sequence() {
            let m = try item.mapping()
            errata.append(Erratum(file: file, field: try m.required("field").string(),
                                  source: try m.required("source").scalarText(),
                                  dataset: try m.required("dataset").scalarText(),
                                  reason: try m.required("reason").string()))
            try m.finish()
        }
        return errata
    }

    static func readDate(_ value: YAMLValue) throws(Diagnostic) -> ThaiDate {
        let text = try value.string()
        do {
            return try ThaiDate.parse(text)
        } catch {
            throw value.error("\(value.fieldName) must be a date such as 2565-09-27 (Buddhist Era year): \(error.message)")
        }
    }
}

/// Hands out 0, 1, 2 … to the threads that ask, each number once.
final class NextIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var taken = 0
    func next(below count: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard taken < count else { return nil }
        taken += 1
        return taken - 1
    }
}

/// What several threads produce, each result at its own index (project files read, a validation rule's findings).
final class ResultsByIndex<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [T?]
    init(count: Int) { results = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ result: T) { lock.lock(); results[index] = result; lock.unlock() }
    /// Every result, once each index has one.
    var all: [T] { lock.lock(); defer { lock.unlock() }; return results.map { $0! } }
}
