import Foundation
import ThaiText

/// A YAML value as the writer emits it: block style, keys in the given order.
indirect enum YAMLNode {
    /// A string: plain when YAML reads it back as the same string, quoted otherwise.
    case string(String)
    /// A string always double-quoted (amounts "100000.00", mission ids "1.1"): it would read as a number.
    case quoted(String)
    /// A plain scalar written as is (integers, dates).
    case plain(String)
    case sequence([YAMLNode])
    case mapping([(String, YAMLNode)])
}

/// Writes the dataset in the canonical files' style: block style, two-space indentation (sequences indented
/// under their key), one line per string however long, strings quoted only when they need it, amounts as quoted
/// decimal strings, years as integers, `errata` last.
enum YAMLEmitter {
    static func document(_ node: YAMLNode, header: [String] = []) -> String {
        var out = header.map { "# " + $0 + "\n" }.joined()
        guard case let .mapping(entries) = node else { return out + scalar(node) + "\n" }
        emit(entries: entries, indent: 0, into: &out)
        return out
    }

    private static func emit(entries: [(String, YAMLNode)], indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        for (key, value) in entries {
            out += pad + keyText(key) + ":"
            emitValue(value, indent: indent, into: &out)
        }
    }

    /// After "key:" — a scalar on the same line, a collection on the lines below.
    private static func emitValue(_ value: YAMLNode, indent: Int, into out: inout String) {
        switch value {
        case let .sequence(items):
            if items.isEmpty { out += " []\n"; return }
            out += "\n"
            emit(sequence: items, indent: indent + 2, into: &out)
        case let .mapping(entries):
            if entries.isEmpty { out += " {}\n"; return }
            out += "\n"
            emit(entries: entries, indent: indent + 2, into: &out)
        default:
            out += " " + scalar(value) + "\n"
        }
    }

    private static func emit(sequence items: [YAMLNode], indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        for item in items {
            switch item {
            case let .mapping(entries) where !entries.isEmpty:
                // The first entry on the dash's line, the others under it.
                out += pad + "- " + keyText(entries[0].0) + ":"
                emitValue(entries[0].1, indent: indent + 2, into: &out)
                emit(entries: Array(entries.dropFirst()), indent: indent + 2, into: &out)
            case let .sequence(inner):
                out += pad + "-"
                if inner.isEmpty { out += " []\n" } else { out += "\n"; emit(sequence: inner, indent: indent + 2, into: &out) }
            default:
                out += pad + "- " + scalar(item) + "\n"
            }
        }
    }

    /// Keys are field names or years: a year stays a plain integer key (`2566:`).
    private static func keyText(_ k: String) -> String {
        !k.isEmpty && k.allSatisfy({ $0.isASCII && $0.isNumber }) ? k : scalar(.string(k))
    }

    static func scalar(_ node: YAMLNode) -> String {
        switch node {
        case let .plain(s): return s
        case let .quoted(s): return doubleQuoted(s)
        case let .string(s):
            if s.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return doubleQuoted(s) }
            if readsAsOtherType(s) { return doubleQuoted(s) }
            if needsQuotes(s) { return "'" + s.replacingOccurrences(of: "'", with: "''") + "'" }
            return s
        case .sequence, .mapping: return ""
        }
    }

    private static let otherType = try! NSRegularExpression(pattern:
        "^(?:[-+]?[0-9][0-9_,.:eE+-]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|<<|=)$")

    /// Plain text YAML would read as a number, a boolean, null or a date.
    static func readsAsOtherType(_ s: String) -> Bool {
        otherType.firstMatch(in: s, range: NSRange(location: 0, length: (s as NSString).length)) != nil
    }

    /// Text that cannot be a plain scalar: indicators at the start, ": " or " #" inside, spaces at the ends.
    static func needsQuotes(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return true }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return true }
        if first.properties.isWhitespace || last.properties.isWhitespace || last == ":" { return true }
        if s.contains(": ") || s.contains(" #") || s.contains("\t") { return true }
        return false
    }

    private static func doubleQuoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.properties.generalCategory == .control {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// The imported plan as YAML nodes, and the files written.
enum DatasetWriter {
    static func node(_ e: ImportedErratum) -> YAMLNode {
        .mapping([("field", .string(e.field)), ("source", .string(e.source)), ("dataset", .string(e.dataset)), ("reason", .string(e.reason))])
    }

    static func node(_ items: [ImportedItem]) -> YAMLNode {
        .sequence(items.map { item in
            item.items.isEmpty ? .string(item.text) : .mapping([("text", .string(item.text)), ("items", node(item.items))])
        })
    }

    static func strings(_ list: [String]) -> YAMLNode { .sequence(list.map { .string($0) }) }

    static func errata(_ list: [ImportedErratum]) -> YAMLNode { .sequence(list.map(node)) }

    static func planNode(_ plan: ImportedPlan) -> YAMLNode {
        var entries: [(String, YAMLNode)] = [("format", .plain("1")), ("id", .string(plan.id))]
        let o = plan.organization
        var org: [(String, YAMLNode)] = [("name", .string(o.name))]
        if let v = o.shortName { org.append(("short_name", .string(v))) }
        org.append(("kind", .string(o.kind)))
        if let v = o.province { org.append(("province", .string(v))) }
        if let v = o.phone { org.append(("phone", .string(v))) }
        if let v = o.website { org.append(("website", .string(v))) }
        entries.append(("organization", .mapping(org)))
        entries.append(("title", .string(plan.title)))
        entries.append(("period", .mapping([("first_fiscal_year", .plain(String(plan.firstFiscalYear))),
                                            ("last_fiscal_year", .plain(String(plan.lastFiscalYear)))])))
        let a = plan.announcement
        var ann: [(String, YAMLNode)] = [("subject", .string(a.subject)), ("body", strings(a.body)), ("closing", .string(a.closing)),
                                        ("date", .plain(a.date.beISOString)),
                                        ("signer", .mapping([("name", .string(a.signerName)), ("position", .string(a.signerPosition))]))]
        if !a.errata.isEmpty { ann.append(("errata", errata(a.errata))) }
        entries.append(("announcement", .mapping(ann)))
        if let c = plan.cover {
            var cover: [(String, YAMLNode)] = [("title_lines", strings(c.titleLines)), ("period_line", .string(c.periodLine)),
                                               ("office_lines", strings(c.officeLines))]
            if !c.errata.isEmpty { cover.append(("errata", errata(c.errata))) }
            entries.append(("cover", .mapping(cover)))
        }
        if let f = plan.foreword {
            var foreword: [(String, YAMLNode)] = [("paragraphs", strings(f.paragraphs)), ("signed_by", strings(f.signedBy))]
            if !f.errata.isEmpty { foreword.append(("errata", errata(f.errata))) }
            entries.append(("foreword", .mapping(foreword)))
        }
        entries.append(("divisions", .sequence(plan.divisions.map { .mapping([("id", .string($0.id)), ("name", .string($0.name))]) })))
        if let p = plan.part1 {
            let rows: [YAMLNode] = p.riskRows.map { row in
                .mapping([("step", .string(row.step)),
                          ("risks", .sequence(row.risks.map { .mapping([("text", .string($0.text)), ("level", .string($0.level))]) })),
                          ("controls", strings(row.controls))])
            }
            var part1: [(String, YAMLNode)] = []
            if !rows.isEmpty { part1.append(("risk_assessment", .mapping([("rows", .sequence(rows))]))) }
            part1 += [("rationale", strings(p.rationale)), ("objectives", node(p.objectives)), ("goals", node(p.goals)),
                      ("benefits", node(p.benefits))]
            if !p.errata.isEmpty { part1.append(("errata", errata(p.errata))) }
            entries.append(("part1", .mapping(part1)))
        }
        entries.append(("dimensions", .sequence(plan.dimensions.map { d in
            .mapping([("number", .plain(String(d.number))), ("title", .string(d.title)),
                      ("missions", .sequence(d.missions.map { m in
                          var mission: [(String, YAMLNode)] = [("number", .plain(String(m.number))), ("title", .string(m.title))]
                          if !m.subMissions.isEmpty {
                              mission.append(("sub_missions", .sequence(m.subMissions.map {
                                  .mapping([("number", .plain(String($0.number))), ("title", .string($0.title))])
                              })))
                          }
                          return .mapping(mission)
                      }))])
        })))
        if !plan.closingNotice.isEmpty { entries.append(("closing_notice", strings(plan.closingNotice))) }
        entries.append(("errata", errata(plan.errata)))
        return .mapping(entries)
    }

    static func projectNode(_ p: ImportedProject) -> YAMLNode {
        var entries: [(String, YAMLNode)] = [
            ("number", .plain(String(p.number))), ("name", .string(p.name)), ("kind", .string(p.kind)),
            ("mission", .quoted("\(p.mission.dimension).\(p.mission.mission)")),
        ]
        if let s = p.subMission { entries.append(("sub_mission", .quoted("\(p.mission.dimension).\(p.mission.mission).\(s)"))) }
        entries.append(("rationale", strings(p.rationale)))
        entries.append(("objectives", node(p.objectives)))
        var target: [(String, YAMLNode)] = [("text", .string(p.targetGroup.text))]
        if let c = p.targetGroup.count, let u = p.targetGroup.unit { target += [("count", .plain(String(c))), ("unit", .string(u))] }
        entries.append(("target_group", .mapping(target)))
        entries.append(("method", node(p.method)))
        var period: [(String, YAMLNode)] = [("kind", .string(p.period.kind)), ("start", .plain(String(p.period.start))),
                                            ("end", .plain(String(p.period.end)))]
        if let t = p.period.text { period.append(("text", .string(t))) }
        entries.append(("period", .mapping(period)))
        if !p.budget.isEmpty {
            entries.append(("budget", .mapping(p.budget.map { (String($0.year), .quoted($0.amount.description)) })))
        }
        if let t = p.budgetText { entries.append(("budget_text", .string(t))) }
        entries.append(("divisions", strings(p.divisions)))
        entries.append(("outputs", node(p.outputs)))
        entries.append(("outcomes", node(p.outcomes)))
        if let n = p.note { entries.append(("note", .string(n))) }
        entries.append(("errata", errata(p.errata)))
        return .mapping(entries)
    }

    /// The files of the dataset: relative path → contents.
    static func files(_ plan: ImportedPlan, sourceName: String) -> [(path: String, contents: String)] {
        let header = [
            "Imported by `planpress import` from \(sourceName). Format: Plans/FORMAT.md.",
            "Errata whose reason starts with \"\(ImportedErratum.proposalPrefix.trimmingCharacters(in: .whitespaces))\" await review: the dataset",
            "still says what the source says; apply or drop each proposal and reword its reason.",
        ]
        var result = [("plan.yaml", YAMLEmitter.document(planNode(plan), header: header))]
        for p in plan.projects { result.append((p.fileName, YAMLEmitter.document(projectNode(p)))) }
        return result
    }

    /// Writes the dataset into `directory`, which must not exist or be empty: the files are written into a
    /// temporary folder beside it and moved into place together.
    static func write(_ plan: ImportedPlan, sourceName: String, to directory: String) throws(ImportWriteError) {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: target.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .exists(directory, "is a file") }
            let contents = (try? fm.contentsOfDirectory(atPath: target.path)) ?? ["?"]
            guard contents.isEmpty else { throw .exists(directory, "is not empty") }
        }
        let parent = target.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).import-\(UUID().uuidString.prefix(8))")
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try fm.createDirectory(at: staging.appendingPathComponent("projects"), withIntermediateDirectories: true)
            for file in files(plan, sourceName: sourceName) {
                try Data(file.contents.utf8).write(to: staging.appendingPathComponent(file.path), options: .atomic)
            }
            if fm.fileExists(atPath: target.path) { try fm.removeItem(at: target) }   // empty, checked above
            try fm.moveItem(at: staging, to: target)
        } catch {
            try? fm.removeItem(at: staging)
            throw .failed(directory, "\(error.localizedDescription)")
        }
    }
}

public enum ImportWriteError: Error, Sendable, CustomStringConvertible {
    case exists(String, String)
    case failed(String, String)

    public var description: String {
        switch self {
        case let .exists(path, what):
            return "\(path) already exists and \(what); the importer never overwrites a dataset: remove it or choose another --out"
        case let .failed(path, why):
            return "cannot write the dataset to \(path): \(why)"
        }
    }
}
