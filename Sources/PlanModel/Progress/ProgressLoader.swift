import DataFiles
import Foundation

/// Reads a round's records from `Plans/<plan-id>/progress/<fiscal-year>-<round>/`: every `*.csv` (UTF-8 with
/// or without a byte-order mark, or Windows-874) and `*.yaml` file there, typically one per division.
/// See Plans/FORMAT.md, "Progress records".
public enum ProgressLoader {
    /// A round folder that exists in a plan.
    public struct RoundFolder: Sendable, Hashable, Comparable {
        public var fiscalYear: Int
        public var round: ReportingRound
        /// Relative to the plan folder: `progress/2566-6m`.
        public var path: String { round.folder(fiscalYear: fiscalYear) }

        public init(fiscalYear: Int, round: ReportingRound) { self.fiscalYear = fiscalYear; self.round = round }

        public static func < (a: RoundFolder, b: RoundFolder) -> Bool {
            let order = ReportingRound.allCases
            return (a.fiscalYear, order.firstIndex(of: a.round) ?? 0) < (b.fiscalYear, order.firstIndex(of: b.round) ?? 0)
        }
    }

    /// Loads and validates a round. Throws every finding (errors and warnings) when any is an error, so that
    /// no report is made from a round that is wrong anywhere; otherwise the round carries its warnings.
    public static func load(plan: Plan, fiscalYear: Int, round: ReportingRound) throws(DiagnosticList) -> ProgressRound {
        let (result, diagnostics) = inspect(plan: plan, fiscalYear: fiscalYear, round: round)
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticList(diagnostics) }
        return result
    }

    /// Loads and validates a round without stopping at errors: the records that could be read, and every
    /// finding in file and line order. For `planpress progress check`; reports use `load`.
    public static func inspect(plan: Plan, fiscalYear: Int, round: ReportingRound) -> (round: ProgressRound, diagnostics: [Diagnostic]) {
        let folder = round.folder(fiscalYear: fiscalYear)
        let directory = plan.directory + "/" + folder
        var result = ProgressRound(fiscalYear: fiscalYear, round: round, folder: folder, records: [], files: [], warnings: [])
        var diagnostics: [Diagnostic] = []

        guard plan.period.fiscalYears.contains(fiscalYear) else {
            return (result, [.error(SourceLocation(file: directory),
                "fiscal year \(fiscalYear) is outside the plan's period \(plan.period.firstFiscalYear)–\(plan.period.lastFiscalYear)")])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            return (result, [.error(SourceLocation(file: directory),
                "no progress records for fiscal year \(fiscalYear) \(round.thaiName): the folder does not exist; `planpress progress template` writes a CSV for a division to fill in")])
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()

        var raws: [RawRecord] = []
        for name in names where !name.hasPrefix(".") && !name.hasPrefix("~$") {
            let relative = folder + "/" + name
            let shown = directory + "/" + name
            let fileExtension = (name as NSString).pathExtension.lowercased()
            var fileIsDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: shown, isDirectory: &fileIsDirectory), !fileIsDirectory.boolValue else { continue }
            let read: (records: [RawRecord], file: ProgressFile?, diagnostics: [Diagnostic])
            switch fileExtension {
            case "csv": read = readCSV(path: shown, relative: relative)
            case "yaml", "yml": read = readYAML(path: shown, relative: relative)
            default:
                diagnostics.append(.warning(SourceLocation(file: shown),
                    "not a records file (PlanPress reads .csv and .yaml here); ignored — save a spreadsheet as \"CSV UTF-8 (Comma delimited)\""))
                continue
            }
            raws += read.records
            if let file = read.file { result.files.append(file) }
            diagnostics += read.diagnostics
        }
        if result.files.isEmpty && !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics.append(.warning(SourceLocation(file: directory), "no records files (.csv or .yaml) in the round's folder"))
        }

        var reader = ProgressRecordReader(plan: plan, fiscalYear: fiscalYear)
        let records = raws.compactMap { reader.read($0) }
        diagnostics += reader.diagnostics
        diagnostics += ProgressValidation.validate(records, plan: plan, fiscalYear: fiscalYear, round: round)

        result.records = records.filter { !$0.isIncomplete }.enumerated().sorted { ($0.element.projectNumber, $0.offset) < ($1.element.projectNumber, $1.offset) }.map(\.element)
        diagnostics = diagnostics.enumerated().sorted { a, b in
            let x = a.element.location, y = b.element.location
            return (x.file, x.line ?? 0, x.column ?? 0, a.offset) < (y.file, y.line ?? 0, y.column ?? 0, b.offset)
        }.map(\.element)
        result.warnings = diagnostics.filter { $0.severity == .warning }
        return (result, diagnostics)
    }

    /// The round folders a plan holds (`progress/2566-6m`, …), in fiscal-year and round order.
    public static func availableRounds(in plan: Plan) -> [RoundFolder] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: plan.directory + "/progress")) ?? []
        return names.compactMap { name -> RoundFolder? in
            let parts = name.split(separator: "-", maxSplits: 1)
            guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]),
                  let round = ReportingRound(rawValue: String(parts[1])) else { return nil }
            return RoundFolder(fiscalYear: year, round: round)
        }.sorted()
    }

    // MARK: CSV

    /// Words that mark a row as example data in the `example` column, and words that say it is not.
    static let exampleYes: Set<String> = ["yes", "y", "true", "1", "ใช่", "ตัวอย่าง"]
    static let exampleNo: Set<String> = ["no", "n", "false", "0", "ไม่ใช่", "ไม่"]

    /// The largest records file PlanPress reads: a round's CSV is a few kilobytes per division.
    static let maximumFileBytes = 32 << 20

    static func readCSV(path: String, relative: String) -> (records: [RawRecord], file: ProgressFile?, diagnostics: [Diagnostic]) {
        let data: Data
        do {
            data = try YAMLFile.readRegularFile(path: path, limit: maximumFileBytes)
        } catch {
            return ([], nil, [error])
        }
        return readCSV(bytes: [UInt8](data), path: path, relative: relative)
    }

    /// Reads a CSV records file's bytes (`path` names it in messages, `relative` in the round).
    static func readCSV(bytes: [UInt8], path: String, relative: String) -> (records: [RawRecord], file: ProgressFile?, diagnostics: [Diagnostic]) {
        let rows: [CSVRow], encoding: CSVEncoding
        do {
            (rows, encoding) = try CSVReader.read(bytes, file: path)
        } catch {
            return ([], nil, [error])
        }
        var diagnostics: [Diagnostic] = []
        func location(_ field: CSVField) -> SourceLocation { SourceLocation(file: path, line: field.line, column: field.column) }

        guard let headerIndex = rows.firstIndex(where: { !$0.isBlank }) else {
            return ([], ProgressFile(path: relative, format: .csv, encoding: encoding, isExample: false, recordCount: 0),
                    [.warning(SourceLocation(file: path, line: 1, column: 1), "the file is empty; it holds no records")])
        }
        let header = rows[headerIndex]
        if header.fields.count == 1, header.fields[0].value.contains(";") {
            return ([], nil, [.error(location(header.fields[0]),
                "the header row is separated by semicolons; PlanPress reads comma-separated CSV — save as \"CSV UTF-8 (Comma delimited)\" or set the list separator to a comma")])
        }

        // The header: each column's meaning and how to name it in messages.
        var columns: [ProgressColumn?] = []
        var labels: [String] = []
        var rejected = Set<Int>()
        var seen: [ProgressColumn: (field: CSVField, index: Int)] = [:]
        for (index, field) in header.fields.enumerated() {
            let name = field.value.trimmingSpacesAndNewlines()
            let column = name.isEmpty ? nil : ProgressColumns.column(forHeader: name)
            labels.append(column.map { $0.englishName == name ? "column '\(name)'" : "column '\(name)' (\($0.englishName))" } ?? "column \(index + 1)")
            if name.isEmpty {
                columns.append(nil)
            } else if let column {
                if let earlier = seen[column] {
                    diagnostics.append(.error(location(field),
                        "column '\(name)' repeats \(column.englishName), which column \(earlier.index + 1) ('\(earlier.field.value)') already holds; keep one"))
                    rejected.insert(index)
                    columns.append(nil)
                } else {
                    seen[column] = (field, index)
                    columns.append(column)
                }
            } else {
                diagnostics.append(.error(location(field),
                    "unknown column '\(name)'; the columns are documented in Plans/FORMAT.md (\"Progress records\"), e.g. \(ProgressColumns.templateColumns.prefix(4).map { "\($0.thaiName) / \($0.englishName)" }.joined(separator: ", "))"))
                rejected.insert(index)
                columns.append(nil)
            }
        }
        for required in [ProgressField.project, .status] where seen[ProgressColumn(required)] == nil {
            diagnostics.append(.error(location(header.fields[0]),
                "the header has no \(ProgressRecordReader.columnHint(required)) column"))
        }

        // The records.
        var records: [RawRecord] = []
        var exampleRows: [(line: Int, isExample: Bool)] = []
        for row in rows[(headerIndex + 1)...] where !row.isBlank {
            var raw = RawRecord(file: relative, location: SourceLocation(file: path, line: row.line, column: 1), isExample: false)
            for (index, field) in row.fields.enumerated() {
                let text = field.value.trimmingSpacesAndNewlines()
                guard !text.isEmpty, !rejected.contains(index) else { continue }
                guard index < columns.count else {
                    diagnostics.append(.error(location(field),
                        "a value beyond the last column (the header has \(columns.count) columns): '\(text)'; a comma inside a value needs the value in double quotes"))
                    continue
                }
                guard let column = columns[index] else {
                    diagnostics.append(.error(location(field), "a value under a column with no header: '\(text)'; name the column or empty it"))
                    continue
                }
                raw.values[column] = RawValue(text: text, location: location(field), label: labels[index])
            }
            if let mark = raw[.example] {
                let word = ProgressColumns.normalizeHeader(mark.text)
                if exampleYes.contains(word) {
                    exampleRows.append((row.line, true))
                } else if exampleNo.contains(word) {
                    exampleRows.append((row.line, false))
                } else {
                    diagnostics.append(.error(mark.location, "\(mark.label): write yes (ใช่) for example data, or leave it empty; found '\(mark.text)'"))
                }
            } else {
                exampleRows.append((row.line, false))
            }
            if raw.isUnfilledTemplateRow { continue }
            records.append(raw)
        }
        let isExample = exampleRows.contains { $0.isExample }
        if isExample, let plain = exampleRows.first(where: { !$0.isExample }), let marked = exampleRows.first(where: { $0.isExample }) {
            diagnostics.append(.error(SourceLocation(file: path, line: plain.line, column: 1),
                "this row is not marked as example data but line \(marked.line) is; a file is example data as a whole — write yes in the \(ProgressRecordReader.columnHint(.example)) of every row, or of none"))
        }
        for index in records.indices { records[index].isExample = isExample }
        let file = ProgressFile(path: relative, format: .csv, encoding: encoding, isExample: isExample, recordCount: records.count)
        return (records, file, diagnostics)
    }

    // MARK: YAML

    /// Keys of a YAML record that hold text and may be written as a list of lines.
    static let listTextFields: Set<ProgressField> = [.outputs, .outcomes, .problems, .suggestions, .documents]

    /// Keys of the file-level `reporter:` mapping and the record fields they fill.
    static let reporterKeys: [(key: String, field: ProgressField)] = [
        ("name", .reporterName), ("position", .reporterPosition), ("division", .division), ("phone", .phone), ("report_date", .reportDate),
    ]

    static func readYAML(path: String, relative: String) -> (records: [RawRecord], file: ProgressFile?, diagnostics: [Diagnostic]) {
        let file: YAMLFile
        do {
            file = try YAMLFile.load(path: path)
        } catch {
            return ([], nil, [error])
        }
        return readYAML(file, relative: relative)
    }

    /// Reads a parsed YAML records file (`relative` names it in the round).
    static func readYAML(_ file: YAMLFile, relative: String) -> (records: [RawRecord], file: ProgressFile?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var records: [RawRecord] = []
        let isExample: Bool
        let items: [YAMLValue]
        var defaults: [ProgressColumn: RawValue] = [:]
        do {
            let top = try file.root.mapping()
            isExample = try top.optional("example")?.bool() ?? false
            if let reporter = top.optional("reporter") {
                let map = try reporter.mapping()
                for (key, field) in reporterKeys {
                    if let value = map.optional(key), let raw = try rawValue(value) { defaults[ProgressColumn(field)] = raw }
                }
                try map.finish()
            }
            items = try top.required("records").sequence()
            try top.finish()
        } catch {
            return ([], nil, [error])
        }
        for item in items {
            do {
                records.append(try readYAMLRecord(item, defaults: defaults, relative: relative, isExample: isExample))
            } catch {
                diagnostics.append(error)
            }
        }
        return (records, ProgressFile(path: relative, format: .yaml, encoding: nil, isExample: isExample, recordCount: records.count), diagnostics)
    }

    static func readYAMLRecord(_ item: YAMLValue, defaults: [ProgressColumn: RawValue], relative: String, isExample: Bool) throws(Diagnostic) -> RawRecord {
        let map = try item.mapping()
        var raw = RawRecord(file: relative, location: item.location, values: defaults, isExample: isExample)
        let scalarFields = ProgressField.allCases.filter { !$0.isNumbered && $0 != .example }
        for entry in map.entries {
            let value = entry.value
            if value.isNull { continue }
            switch entry.key {
            case "indicators":
                for (index, element) in try value.sequence().enumerated() {
                    let m = try element.mapping()
                    for (key, field) in [("indicator", ProgressField.indicator), ("target", .target), ("actual", .actual), ("unit", .unit)] {
                        if let v = m.optional(key), let r = try rawValue(v) { raw.values[ProgressColumn(field, index + 1)] = r }
                    }
                    try m.finish()
                }
            case "photos":
                for (index, element) in try value.sequence().enumerated() {
                    if element.isMapping {
                        let m = try element.mapping()
                        if let v = m.optional("path"), let r = try rawValue(v) { raw.values[ProgressColumn(.photo, index + 1)] = r }
                        if let v = m.optional("caption"), let r = try rawValue(v) { raw.values[ProgressColumn(.caption, index + 1)] = r }
                        try m.finish()
                    } else if let r = try rawValue(element) {
                        raw.values[ProgressColumn(.photo, index + 1)] = r
                    }
                }
            default:
                guard let field = scalarFields.first(where: { $0.rawValue == entry.key }) else {
                    let known = (scalarFields.map(\.rawValue) + ["indicators", "photos"]).joined(separator: ", ")
                    throw .error(entry.keyLocation, "unknown field '\(value.key ?? entry.key)'; a record's fields are: \(known)")
                }
                if listTextFields.contains(field), value.isSequence {
                    let lines = try value.strings()
                    if !lines.isEmpty {
                        raw.values[ProgressColumn(field)] = RawValue(text: lines.joined(separator: "\n"), location: value.location, label: value.fieldName)
                    }
                } else if let r = try rawValue(value) {
                    raw.values[ProgressColumn(field)] = r
                }
            }
        }
        return raw
    }

    /// A scalar's text with its place and name, or nil when it is empty.
    static func rawValue(_ value: YAMLValue) throws(Diagnostic) -> RawValue? {
        let text = try value.scalarText().trimmingSpacesAndNewlines()
        return text.isEmpty ? nil : RawValue(text: text, location: value.location, label: value.fieldName)
    }
}
