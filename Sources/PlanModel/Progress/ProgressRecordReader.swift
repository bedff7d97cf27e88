import DataFiles
import Foundation
import ThaiText

/// One value of a record as a file wrote it, before parsing: its text, where it is, and how to name it
/// in a message (`column 'เบิกจ่ายจริง' (budget_disbursed)`, `'records[2].budget_disbursed'`).
struct RawValue: Sendable {
    var text: String
    var location: SourceLocation
    var label: String
}

/// A record as read from a CSV row or a YAML list item: non-empty values by column.
struct RawRecord: Sendable {
    var file: String
    var location: SourceLocation
    var values: [ProgressColumn: RawValue] = [:]
    var isExample: Bool

    subscript(_ field: ProgressField, _ number: Int? = nil) -> RawValue? { values[ProgressColumn(field, number)] }

    /// The numbers a numbered field's values carry (1, 2, 4 for photo_1, photo_2 and photo_4), ascending.
    func numbers(of fields: ProgressField...) -> [Int] {
        Set(values.keys.filter { fields.contains($0.field) }.compactMap(\.number)).sorted()
    }

    /// Columns a template fills in before a division does: a row with nothing else is not a record yet.
    static let prefilledFields: Set<ProgressField> = [.example, .project, .projectName, .budgetPlanned, .division]

    /// True when the row holds only what the template wrote (no status, nothing reported).
    var isUnfilledTemplateRow: Bool { values.keys.allSatisfy { RawRecord.prefilledFields.contains($0.field) } }
}

/// Turns raw values into a `ProgressRecord`, parsing numbers, dates and statuses and reporting what
/// cannot be read. Checks that need the whole round are in `ProgressValidation`.
struct ProgressRecordReader {
    let plan: Plan
    let fiscalYear: Int
    var diagnostics: [Diagnostic] = []

    /// The record, or nil when its project number cannot be read (the reason is in `diagnostics`); a record
    /// whose status cannot be read is `isIncomplete`.
    mutating func read(_ raw: RawRecord) -> ProgressRecord? {
        var locations: [String: SourceLocation] = [:]
        var labels: [String: String] = [:]
        for (column, value) in raw.values {
            locations[column.englishName] = value.location
            labels[column.englishName] = value.label
        }
        // Every value is printed somewhere: a Thai mark with no consonant to sit on would stop the render
        // (or print over a dotted circle), so it is an error here, at its cell.
        for value in raw.values.values.sorted(by: { ($0.location.line ?? 0, $0.location.column ?? 0) < ($1.location.line ?? 0, $1.location.column ?? 0) }) {
            if let problem = ThaiClusters.firstProblem(in: value.text) {
                diagnostics.append(.error(value.location,
                    "\(value.label): \(problem); retype the word (a character was probably lost when the text was copied)"))
            }
        }

        let projectNumber = readProjectNumber(raw)
        let status = readStatus(raw)

        var budget = ProgressBudget(planned: amount(raw[.budgetPlanned]),
                                    approved: amount(raw[.budgetApproved]),
                                    disbursed: amount(raw[.budgetDisbursed]))
        if raw[.budgetPlanned] == nil, let number = projectNumber,
           let project = plan.projects.first(where: { $0.number == number }) {
            budget.planned = project.budget(for: fiscalYear)
            budget.plannedFromPlan = budget.planned != nil
        }

        let dates = readDates(raw)
        let indicators = readIndicators(raw)
        let photos = readPhotos(raw)
        let reporter = Reporter(name: text(raw[.reporterName]), position: text(raw[.reporterPosition]),
                                divisionID: division(raw[.division]), phone: text(raw[.phone]),
                                reportDate: date(raw[.reportDate]))

        // A record whose status cannot be read is still checked (its project, dates, photos…) so that one
        // run reports every error; it is marked incomplete and left out of the round.
        guard let projectNumber else { return nil }
        var record = ProgressRecord(
            projectNumber: projectNumber, status: status ?? .notStarted, cancellationReason: text(raw[.cancelReason]),
            budget: budget, dates: dates,
            outputs: lines(raw[.outputs]), outcomes: lines(raw[.outcomes]), indicators: indicators,
            problems: lines(raw[.problems]), suggestions: lines(raw[.suggestions]),
            photos: photos, documents: lines(raw[.documents]), reporter: reporter,
            isExample: raw.isExample, file: raw.file, location: raw.location, fieldLocations: locations)
        record.fieldLabels = labels
        record.isIncomplete = status == nil
        return record
    }

    // MARK: Fields

    private mutating func readProjectNumber(_ raw: RawRecord) -> Int? {
        guard let value = raw[.project] else {
            diagnostics.append(.error(raw.location, "the record names no project; fill in \(ProgressRecordReader.columnHint(.project))"))
            return nil
        }
        let digits = ThaiDigits.toArabic(value.text)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits) else {
            diagnostics.append(.error(value.location, "\(value.label): '\(value.text)' is not a project number; write the project's ลำดับที่ in the plan, such as 5 or ๕"))
            return nil
        }
        return number
    }

    private mutating func readStatus(_ raw: RawRecord) -> ProgressStatus? {
        guard let value = raw[.status] else {
            diagnostics.append(.error(raw.location, "the record gives no status; fill in \(ProgressRecordReader.columnHint(.status)) with one of: \(ProgressRecordReader.statusChoices)"))
            return nil
        }
        guard let status = ProgressStatus(text: value.text) else {
            diagnostics.append(.error(value.location, "\(value.label): unknown status '\(value.text)'; write one of: \(ProgressRecordReader.statusChoices)"))
            return nil
        }
        return status
    }

    static let statusChoices = ProgressStatus.allCases.map(\.thaiName).joined(separator: ", ")
        + " (or " + ProgressStatus.allCases.map(\.rawValue).joined(separator: ", ") + ")"

    /// `column 'สถานะ' (status)`, for messages about a value that is missing.
    static func columnHint(_ field: ProgressField) -> String {
        let thai = ProgressColumns.thaiNames[field]?.first
        return thai.map { "column '\($0)' (\(field.rawValue))" } ?? "'\(field.rawValue)'"
    }

    private mutating func amount(_ value: RawValue?) -> Money? {
        guard let value else { return nil }
        do {
            let money = try Money.parse(value.text)
            if money.isNegative {
                diagnostics.append(.error(value.location, "\(value.label): an amount cannot be negative, found '\(value.text)'"))
                return nil
            }
            return money
        } catch {
            diagnostics.append(.error(value.location, "\(value.label): \(error.message)"))
            return nil
        }
    }

    private mutating func date(_ value: RawValue?) -> ThaiDate? {
        guard let value else { return nil }
        do {
            return try ThaiDate.parse(value.text)
        } catch {
            diagnostics.append(.error(value.location, "\(value.label): \(error.message)"))
            return nil
        }
    }

    private mutating func readDates(_ raw: RawRecord) -> DateSpan? {
        if let single = raw[.date] {
            if raw[.startDate] != nil || raw[.endDate] != nil {
                diagnostics.append(.error(single.location, "\(single.label): give either one date or a start and an end date, not both"))
                return nil
            }
            return date(single).map(DateSpan.init(day:))
        }
        let start = date(raw[.startDate])
        let end = date(raw[.endDate])
        if let endValue = raw[.endDate], raw[.startDate] == nil {
            diagnostics.append(.error(endValue.location, "\(endValue.label): an end date needs a start date; for one day write the same date in both, or use \(ProgressRecordReader.columnHint(.date))"))
            return nil
        }
        guard let start else { return nil }
        return DateSpan(start: start, end: end)
    }

    private mutating func readIndicators(_ raw: RawRecord) -> [IndicatorResult] {
        var results: [IndicatorResult] = []
        for n in raw.numbers(of: .indicator, .target, .actual, .unit) {
            let target = decimal(raw[.target, n])
            let actual = decimal(raw[.actual, n])
            guard let name = raw[.indicator, n] else {
                let first = [raw[.target, n], raw[.actual, n], raw[.unit, n]].compactMap { $0 }.first!
                diagnostics.append(.error(first.location, "\(first.label): indicator \(n) has a value but no indicator text; fill in \(ProgressColumn(.indicator, n).englishName) (\(ProgressColumn(.indicator, n).thaiName))"))
                continue
            }
            results.append(IndicatorResult(text: name.text, target: target, actual: actual, unit: text(raw[.unit, n])))
        }
        return results
    }

    private mutating func readPhotos(_ raw: RawRecord) -> [Photo] {
        var photos: [Photo] = []
        for n in raw.numbers(of: .photo, .caption) {
            guard let path = raw[.photo, n] else {
                let caption = raw[.caption, n]!
                diagnostics.append(.error(caption.location, "\(caption.label): a caption without a photo; fill in \(ProgressColumn(.photo, n).englishName) (\(ProgressColumn(.photo, n).thaiName)) with the photo's path in the plan folder"))
                continue
            }
            let relative = path.text
            photos.append(Photo(path: relative, fullPath: plan.directory + "/" + relative, caption: text(raw[.caption, n])))
        }
        return photos
    }

    private mutating func division(_ value: RawValue?) -> String? {
        guard let value else { return nil }
        let written = ProgressColumns.normalizeThai(value.text)
        if let division = plan.divisions.first(where: { $0.id == written || $0.name == written }) { return division.id }
        let known = plan.divisions.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
        diagnostics.append(.error(value.location, "\(value.label): unknown division '\(value.text)'; write a division's id or name from plan.yaml: \(known)"))
        return nil
    }

    /// A measured value: Thai or Arabic digits, optional thousands separators and decimals → "1234.5".
    private mutating func decimal(_ value: RawValue?) -> String? {
        guard let value else { return nil }
        if let number = ProgressRecordReader.decimalText(value.text) { return number }
        diagnostics.append(.error(value.location, "\(value.label): '\(value.text)' is not a number; write digits such as 185, ๘๖ or 1,250.5 and put the unit in its own column"))
        return nil
    }

    /// The plain decimal form of a number written with Thai or Arabic digits and optional separators
    /// (`"๑,๒๕๐.๕"` → `"1250.5"`), or nil.
    static func decimalText(_ text: String) -> String? {
        let arabic = ThaiDigits.toArabic(text).trimmingSpaces()
        let parts = arabic.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty else { return nil }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        if groups.count > 1 {
            guard groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        var result = groups.joined()
        if parts.count == 2 {
            let fraction = parts[1]
            guard !fraction.isEmpty, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            result += "." + fraction
        }
        return result
    }

    private func text(_ value: RawValue?) -> String? {
        guard let value else { return nil }
        let trimmed = value.text.trimmingSpacesAndNewlines()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A text field as its non-empty lines, each trimmed.
    private func lines(_ value: RawValue?) -> [String] {
        guard let value else { return [] }
        return value.text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingSpaces() }
            .filter { !$0.isEmpty }
    }
}
