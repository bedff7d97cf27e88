/// Words from the format's vocabularies: a project's kind is the first word of its name
/// (โครงการ / กิจกรรม / มาตรการ), and a risk's level is สูง, ปานกลาง or ต่ำ.
enum KindRules {
    static let riskLevels = ["สูง", "ปานกลาง", "ต่ำ"]

    static func check(_ f: inout Findings) {
        for project in f.plan.projects { checkKind(project, &f) }
        for (i, row) in (f.plan.part1?.riskRows ?? []).enumerated() {
            for (j, risk) in row.risks.enumerated() where !riskLevels.contains(risk.level) {
                f.error(planFile, "part1.risk_assessment.rows[\(i)].risks[\(j)].level", "risk level '\(risk.level)' is not one of \(riskLevels.joined(separator: ", ")); use one of them")
            }
        }
    }

    /// Whether `name` begins with `word`, compared scalar by scalar (Thai has no spaces between words).
    static func name(_ name: String, beginsWith word: String) -> Bool {
        name.unicodeScalars.starts(with: word.unicodeScalars)
    }

    static func checkKind(_ project: Project, _ f: inout Findings) {
        if name(project.name, beginsWith: project.kind.rawValue) { return }
        if let named = ProjectKind.allCases.first(where: { name(project.name, beginsWith: $0.rawValue) }) {
            f.error(project.file, "kind", "kind is \(project.kind.rawValue) but the name begins with \(named.rawValue); set kind: \(named.rawValue) (or correct the name)")
        } else {
            let kinds = ProjectKind.allCases.map(\.rawValue).joined(separator: ", ")
            f.error(project.file, "name", "the name must begin with its kind (\(kinds)); write it as \(project.kind.rawValue)\(project.name.excerpt(30)) or correct kind")
        }
    }
}
