import DataFiles

/// The findings of one validation run, each placed at the field it is about.
struct Findings {
    let plan: Plan
    /// Every text field of the plan and its projects, gathered once for all the rules that read them.
    let textFields: [TextField]
    private(set) var diagnostics: [Diagnostic] = []

    init(plan: Plan, textFields: [TextField]) { self.plan = plan; self.textFields = textFields }

    /// Where `field` of `file` (relative to the plan folder) was read.
    func location(_ file: String, _ field: String) -> SourceLocation {
        let location = plan.sourceMap.location(file: file, field: field)
        if location.line == nil, let root = plan.sourceMap.rootLocation(file: file) {
            return SourceLocation(file: root.file)
        }
        return location
    }

    mutating func error(_ file: String, _ field: String, _ message: String) {
        diagnostics.append(.error(location(file, field), message))
    }

    mutating func warning(_ file: String, _ field: String, _ message: String) {
        diagnostics.append(.warning(location(file, field), message))
    }

    /// Whether the file has this exact field (not just an enclosing one).
    func has(_ file: String, _ field: String) -> Bool {
        plan.sourceMap.has(file: file, field: field)
    }
}

/// The plan's file for its top-level data.
let planFile = "plan.yaml"
