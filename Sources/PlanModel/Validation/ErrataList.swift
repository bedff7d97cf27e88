import DataFiles

/// One recorded correction of the source, with the field it names written from the top of its file.
public struct ErratumEntry: Sendable {
    public let erratum: Erratum
    /// The corrected field's full path in its file: `announcement.body[1]`, `part1.rationale[0]`, `name`.
    public let field: String
    /// Where the erratum itself is written (its `errata` list element).
    public let location: SourceLocation
    /// The erratum's own path in the file, e.g. `announcement.errata[0]`.
    public let path: String

    public var file: String { erratum.file }
}

extension Plan {
    /// Every erratum of the plan and its projects, grouped by file (plan.yaml first, then the projects in
    /// order) and in the order they are written.
    public var errataEntries: [ErratumEntry] {
        var entries: [ErratumEntry] = []
        func add(_ errata: [Erratum], section: String?) {
            for (i, erratum) in errata.enumerated() {
                let prefix = section.map { $0 + "." } ?? ""
                let path = "\(prefix)errata[\(i)]"
                entries.append(ErratumEntry(erratum: erratum, field: prefix + erratum.field,
                                            location: sourceMap.location(file: erratum.file, field: path), path: path))
            }
        }
        add(announcement.errata, section: "announcement")
        add(cover?.errata ?? [], section: "cover")
        add(foreword?.errata ?? [], section: "foreword")
        add(part1?.errata ?? [], section: "part1")
        add(errata, section: nil)
        entries.sort { ($0.location.line ?? 0) < ($1.location.line ?? 0) }
        for project in projects { add(project.errata, section: nil) }
        return entries
    }
}
