import DataFiles

/// Where each field of a plan was read: file (relative to the plan folder) and field path → line and column.
///
/// Each file's parsed root is kept, and a field's place is found by walking its path when one is asked for:
/// a plan's fields run to tens of thousands, its messages to a handful.
public struct SourceMap: Sendable {
    var roots: [String: YAMLValue] = [:]

    public init() {}

    mutating func record(file: String, _ value: YAMLValue) {
        roots[file] = value
    }

    /// The location of `field` in `file`, or of the nearest enclosing field that has one.
    public func location(file: String, field: String) -> SourceLocation {
        guard let root = roots[file] else { return SourceLocation(file: file) }
        return root.nearestLocation(field).location
    }

    /// Where `file` itself was read (its first node), if it was.
    func rootLocation(file: String) -> SourceLocation? {
        roots[file]?.location
    }

    /// Whether `file` has this exact field (not just an enclosing one).
    func has(file: String, field: String) -> Bool {
        guard let root = roots[file] else { return false }
        return root.nearestLocation(field).exact
    }
}
