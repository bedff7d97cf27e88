/// Numbers and ids: projects numbered 1…N with files named after them; dimensions, missions and
/// sub-missions numbered 1…N in order; every mission, sub-mission and division a project names exists.
enum IdentityRules {
    static func check(_ f: inout Findings) {
        checkProjectNumbers(&f)
        checkHierarchyNumbers(&f)
        checkDivisions(&f)
        for project in f.plan.projects { checkReferences(project, &f) }
    }

    static func fileName(for number: Int) -> String {
        let digits = String(number)
        return "projects/" + String(repeating: "0", count: max(0, 2 - digits.count)) + digits + ".yaml"
    }

    static func checkProjectNumbers(_ f: inout Findings) {
        let projects = f.plan.projects
        var firstFile: [Int: String] = [:]
        for project in projects {
            let stem = String(project.file.dropFirst("projects/".count).dropLast(".yaml".count))
            let expected = fileName(for: project.number)
            if let fileNumber = Int(stem), stem.allSatisfy(\.isASCII) {
                if fileNumber != project.number {
                    f.error(project.file, "number", "\(project.file) holds project number \(project.number); a project's file is named after its number: rename the file to \(expected) or set number: \(fileNumber)")
                } else if project.file != expected {
                    f.warning(project.file, "", "a project file is named with its number in two digits at least, no leading zero beyond that (01.yaml, 12.yaml, 100.yaml); rename \(project.file) to \(expected)")
                }
            } else {
                f.error(project.file, "", "project files are named after the project's number (\(expected)); rename \(project.file)")
            }
            if let other = firstFile[project.number] {
                f.error(project.file, "number", "project number \(project.number) is also used by \(other); give each project its own number, 1 to \(projects.count)")
            } else {
                firstFile[project.number] = project.file
            }
        }
        let missing = (1...max(projects.count, 1)).filter { firstFile[$0] == nil && !projects.isEmpty }
        if let firstMissing = missing.first {
            let after = projects.filter { $0.number > firstMissing }.min { $0.number < $1.number }
            let where_ = after ?? projects.last!
            let list = missing.prefix(5).map(String.init).joined(separator: ", ") + (missing.count > 5 ? ", …" : "")
            f.error(where_.file, "number", "project numbers must run 1 to \(projects.count) without gaps, but \(list) \(missing.count == 1 ? "is" : "are") missing; renumber the projects from here (and their files) or add the missing project")
        }
    }

    static func checkHierarchyNumbers(_ f: inout Findings) {
        for (i, dimension) in f.plan.dimensions.enumerated() where dimension.number != i + 1 {
            f.error(planFile, "dimensions[\(i)].number", "dimension number \(dimension.number) is in position \(i + 1); dimensions are numbered 1 to \(f.plan.dimensions.count) in order: set number: \(i + 1)")
        }
        for (i, dimension) in f.plan.dimensions.enumerated() {
            for (j, mission) in dimension.missions.enumerated() {
                let path = "dimensions[\(i)].missions[\(j)]"
                if mission.number != j + 1 {
                    f.error(planFile, path + ".number", "mission \(dimension.number).\(mission.number) is the \(ordinal(j + 1)) mission of dimension \(dimension.number); missions are numbered 1, 2, 3 … within their dimension: set number: \(j + 1)")
                }
                for (k, sub) in mission.subMissions.enumerated() where sub.number != k + 1 {
                    f.error(planFile, path + ".sub_missions[\(k)].number", "sub-mission \(mission.id).\(sub.number) is the \(ordinal(k + 1)) sub-mission of mission \(mission.id); sub-missions are numbered 1, 2, 3 … within their mission: set number: \(k + 1)")
                }
            }
        }
    }

    static func checkDivisions(_ f: inout Findings) {
        var seenID: [String: Int] = [:], seenName: [String: Int] = [:]
        for (i, division) in f.plan.divisions.enumerated() {
            if let first = seenID[division.id] {
                let line = f.location(planFile, "divisions[\(first)].id").line.map { " (line \($0))" } ?? ""
                f.error(planFile, "divisions[\(i)].id", "division id '\(division.id)' is declared twice, first as divisions[\(first)]\(line); give each division its own id")
            } else {
                seenID[division.id] = i
            }
            if let first = seenName[division.name] {
                f.warning(planFile, "divisions[\(i)].name", "division name '\(division.name)' is also the name of divisions[\(first)] ('\(f.plan.divisions[first].id)'); keep one division and point the projects at it")
            } else {
                seenName[division.name] = i
            }
        }
        let used = Set(f.plan.projects.flatMap(\.divisions))
        for (i, division) in f.plan.divisions.enumerated() where !used.contains(division.id) && seenID[division.id] == i && !f.plan.projects.isEmpty {
            f.warning(planFile, "divisions[\(i)].id", "division '\(division.id)' (\(division.name)) is responsible for no project; remove it or name it in a project's divisions")
        }
    }

    static func checkReferences(_ project: Project, _ f: inout Findings) {
        let plan = f.plan
        let id = project.mission
        if let dimension = plan.dimension(id.dimension) {
            if let mission = plan.mission(id) {
                if let sub = project.subMission {
                    if !mission.subMissions.contains(where: { $0.number == sub }) {
                        let known = mission.subMissions.isEmpty ? "it has none; remove sub_mission"
                            : "it has " + mission.subMissions.map { "\(id).\($0.number)" }.joined(separator: ", ")
                        f.error(project.file, "sub_mission", "mission \(id) has no sub-mission \(id).\(sub) (\(known))")
                    }
                } else if !mission.subMissions.isEmpty {
                    f.warning(project.file, "mission", "mission \(id) is divided into sub-missions; name the project's one with sub_mission (\(mission.subMissions.map { "\(id).\($0.number)" }.joined(separator: ", ")))")
                }
            } else {
                let known = dimension.missions.map { $0.id.description }.joined(separator: ", ")
                f.error(project.file, "mission", "dimension \(id.dimension) has no mission \(id) (it has \(known.isEmpty ? "none" : known)); name one of them or add the mission to plan.yaml")
            }
        } else {
            let known = plan.dimensions.map { String($0.number) }.joined(separator: ", ")
            f.error(project.file, "mission", "mission \(id) names dimension \(id.dimension), which the plan does not have (its dimensions: \(known.isEmpty ? "none" : known)); correct the mission")
        }

        let declared = plan.divisions.map(\.id)
        var named = Set<String>()
        for (i, division) in project.divisions.enumerated() {
            if !declared.contains(division) {
                f.error(project.file, "divisions[\(i)]", "unknown division '\(division)'; use an id declared under divisions in plan.yaml (\(declared.joined(separator: ", "))) or declare it there")
            }
            if !named.insert(division).inserted {
                f.warning(project.file, "divisions[\(i)]", "division '\(division)' is named twice; name it once")
            }
        }
    }

    static func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
        return "\(n)\(suffix)"
    }
}
