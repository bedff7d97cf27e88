import Foundation
import Yams

/// A node of a YAML file with its position, read through typed accessors that throw a `Diagnostic`
/// naming the file, line, column and field when the value is not what the format asks for.
public struct YAMLValue: @unchecked Sendable {
    let node: Node
    public let file: String
    /// The field path that led here (for messages), e.g. `announcement.signer.name`.
    public let key: String?

    init(node: Node, file: String, key: String?) {
        self.node = node; self.file = file; self.key = key
    }

    public var location: SourceLocation {
        SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column)
    }

    public var fieldName: String { key.map { "'\($0)'" } ?? "the document" }

    public func error(_ message: String) -> Diagnostic { .error(location, message) }
    public func warning(_ message: String) -> Diagnostic { .warning(location, message) }

    public var isNull: Bool {
        if case let .scalar(s) = node, s.style == .plain, ["", "~", "null", "Null", "NULL"].contains(s.string) { return true }
        return false
    }

    /// The scalar's text. Numbers and dates are read as text too: the caller parses them.
    public func scalarText() throws(Diagnostic) -> String {
        guard case let .scalar(s) = node else {
            throw error("\(fieldName) must be a single value, not a \(kindName)")
        }
        return s.string
    }

    /// A non-empty string (surrounding white space trimmed).
    public func string() throws(Diagnostic) -> String {
        let text = try scalarText()
        // A value whose first and last characters are not white space is taken as it is; any other is trimmed.
        let trimmed = text.first?.isWhitespace == false && text.last?.isWhitespace == false
            ? text : text.trimmingSpacesAndNewlines()
        guard !trimmed.isEmpty else { throw error("\(fieldName) must not be empty") }
        return trimmed
    }

    public func int(in range: ClosedRange<Int>? = nil) throws(Diagnostic) -> Int {
        let text = try scalarText()
        guard let value = Int(text.trimmingSpaces()) else {
            throw error("\(fieldName) must be a whole number in Arabic digits, found '\(text)'")
        }
        if let range, !range.contains(value) {
            throw error("\(fieldName) must be between \(range.lowerBound) and \(range.upperBound), found \(value)")
        }
        return value
    }

    public func bool() throws(Diagnostic) -> Bool {
        let text = try scalarText()
        switch text {
        case "true", "yes", "True", "Yes": return true
        case "false", "no", "False", "No": return false
        default: throw error("\(fieldName) must be true or false, found '\(text)'")
        }
    }

    public func sequence() throws(Diagnostic) -> [YAMLValue] {
        guard case let .sequence(seq) = node else {
            throw error("\(fieldName) must be a list (lines starting with '- '), not a \(kindName)")
        }
        return seq.enumerated().map { i, n in YAMLValue(node: n, file: file, key: "\(key ?? "")[\(i)]") }
    }

    /// A list of non-empty strings.
    public func strings() throws(Diagnostic) -> [String] {
        var result: [String] = []
        for item in try sequence() { result.append(try item.string()) }
        return result
    }

    public func mapping() throws(Diagnostic) -> YAMLMapping {
        guard case let .mapping(map) = node else {
            throw error("\(fieldName) must be a mapping of 'key: value' lines, not a \(kindName)")
        }
        var entries: [(key: String, keyLocation: SourceLocation, value: YAMLValue)] = []
        var seen: [String: SourceLocation] = [:]
        for (k, v) in map {
            let name = k.string ?? "\(k)"
            let keyLocation = SourceLocation(file: file, line: k.mark?.line, column: k.mark?.column)
            if let first = seen[name] {
                throw .error(keyLocation, "duplicate key '\(name)' (first at line \(first.line ?? 0)); keep one")
            }
            seen[name] = keyLocation
            let path = key.map { "\($0).\(name)" } ?? name
            entries.append((name, keyLocation, YAMLValue(node: v, file: file, key: path)))
        }
        return YAMLMapping(entries: entries, owner: self)
    }

    public var isMapping: Bool { if case .mapping = node { return true } else { return false } }
    public var isSequence: Bool { if case .sequence = node { return true } else { return false } }

    var kindName: String {
        switch node {
        case .scalar: return "single value"
        case .mapping: return "mapping"
        case .sequence: return "list"
        case .alias: return "alias"
        }
    }
}

/// The keys of one YAML mapping. Reading a key marks it used; `finish()` reports keys nobody read,
/// so that a misspelt key is an error rather than silently ignored.
public final class YAMLMapping {
    public let entries: [(key: String, keyLocation: SourceLocation, value: YAMLValue)]
    let owner: YAMLValue
    private var used = Set<String>()

    init(entries: [(key: String, keyLocation: SourceLocation, value: YAMLValue)], owner: YAMLValue) {
        self.entries = entries; self.owner = owner
    }

    public var location: SourceLocation { owner.location }
    public var keys: [String] { entries.map(\.key) }

    public func optional(_ key: String) -> YAMLValue? {
        used.insert(key)
        guard let value = entries.first(where: { $0.key == key })?.value, !value.isNull else { return nil }
        return value
    }

    public func required(_ key: String) throws(Diagnostic) -> YAMLValue {
        guard let value = optional(key) else {
            let path = owner.key.map { "\($0).\(key)" } ?? key
            throw .error(owner.location, "missing required field '\(path)'")
        }
        return value
    }

    /// Throws for the first key that was never asked for, listing the keys this mapping accepts.
    public func finish() throws(Diagnostic) {
        for entry in entries where !used.contains(entry.key) {
            let known = used.sorted().joined(separator: ", ")
            let path = owner.key.map { "\($0).\(entry.key)" } ?? entry.key
            throw .error(entry.keyLocation, "unknown field '\(path)'; expected one of: \(known)")
        }
    }
}

extension YAMLValue {
    /// Where the node at the field path `path` below this one is (`period.start`, `objectives[2]`, "" for
    /// this node), or the deepest node on the way to it where the path leaves the file; `exact` says which.
    /// At a mapping, the longest key that the rest of the path starts with is taken, so a key holding a dot
    /// (`2566.5`) is found too.
    public func nearestLocation(_ path: String) -> (location: SourceLocation, exact: Bool) {
        var node = self.node
        var exact = true
        var path = path
        path.withUTF8 { bytes in
            var rest = bytes[...]
            walk: while !rest.isEmpty {
                switch node {
                case let .mapping(m):
                    var best: (length: Int, node: Node)?
                    // By index: Yams's iterator copies every pair of the mapping first.
                    for i in m.indices {
                        let (k, v) = m[i]
                        var name = k.scalar?.string ?? "\(k)"
                        let length = name.utf8.count
                        guard length > (best?.length ?? -1), length <= rest.count else { continue }
                        let matches = name.withUTF8 { rest.starts(with: $0) }
                        let after = rest.dropFirst(length).first
                        if matches && (after == nil || after == UInt8(ascii: "[") || after == UInt8(ascii: ".")) { best = (length, v) }
                    }
                    guard let best else { exact = false; break walk }
                    node = best.node
                    rest = rest.dropFirst(best.length)
                case let .sequence(s):
                    guard rest.first == UInt8(ascii: "["), let close = rest.firstIndex(of: UInt8(ascii: "]")),
                          let index = Int(String(decoding: rest[(rest.startIndex + 1)..<close], as: UTF8.self)),
                          index >= 0, let item = s.dropFirst(index).first else { exact = false; break walk }
                    node = item
                    rest = rest[(close + 1)...]
                default:
                    exact = false
                    break walk
                }
                if rest.first == UInt8(ascii: ".") { rest = rest.dropFirst() }
            }
        }
        return (YAMLValue(node: node, file: file, key: nil).location, exact)
    }
}
