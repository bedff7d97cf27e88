import DataFiles

/// Where each field of a plan was read: file (relative to the plan folder) and field path → line and column.
public struct SourceMap: Sendable {
    var locations: [String: [String: SourceLocation]] = [:]

    public init() {}

    mutating func record(file: String, _ value: YAMLValue) {
        var map = locations[file] ?? [:]
        value.collectLocations(into: &map)
        locations[file] = map
    }

    /// The location of `field` in `file`, or of the nearest enclosing field that has one.
    public func location(file: String, field: String) -> SourceLocation {
        let map = locations[file] ?? [:]
        var path = field
        while !path.isEmpty {
            if let location = map[path] { return location }
            if let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) { path = String(path[..<cut]) } else { break }
        }
        return map[""] ?? SourceLocation(file: file)
    }
}
