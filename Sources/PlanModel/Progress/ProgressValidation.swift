import DataFiles
import Foundation
import ThaiText

/// Checks a round's records against the plan, the round and each other. Errors stop every report made
/// from the round; warnings are printed and the reports are still made.
///
/// Errors: a project the plan does not have; a date outside the round; an end before its start; a second
/// record for a project already reported in the round (in the same or another file); a photo that does not
/// exist, lies outside the plan folder or is not a PNG image; a cancelled project without its reason; more
/// photos or indicators than a record holds.
/// Warnings: a reporting division that is not responsible for the project; more disbursed than approved;
/// a cancellation reason on a project that is not cancelled; a project the plan does not schedule in the year.
public enum ProgressValidation {
    /// Every finding about `records` (in the order given), errors and warnings.
    public static func validate(_ records: [ProgressRecord], plan: Plan, fiscalYear: Int, round: ReportingRound) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var first: [Int: ProgressRecord] = [:]
        for record in records {
            if let earlier = first[record.projectNumber] {
                findings.append(.error(record.location(of: "project"),
                    "project \(record.projectNumber) already has a record in this round (\(earlier.location)); keep one record per project and round"))
            } else {
                first[record.projectNumber] = record
            }
            findings += validate(record, plan: plan, fiscalYear: fiscalYear, round: round)
        }
        return findings
    }

    /// The findings about one record on its own.
    public static func validate(_ record: ProgressRecord, plan: Plan, fiscalYear: Int, round: ReportingRound) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let project = plan.projects.first { $0.number == record.projectNumber }
        if project == nil {
            let numbers = plan.projects.map(\.number)
            let range = numbers.min().map { "\($0)–\(numbers.max() ?? $0)" } ?? "none"
            findings.append(.error(record.location(of: "project"),
                "unknown project \(record.projectNumber): the plan has no project with that number (its projects are \(range))"))
        }

        // Dates.
        let range = round.dateRange(fiscalYear: fiscalYear)
        if let dates = record.dates {
            let single = record.fieldLocations["date"] != nil
            let checks: [(String, ThaiDate?)] = single ? [("date", dates.start)] : [("start_date", dates.start), ("end_date", dates.end)]
            for (field, date) in checks {
                guard let date, !range.contains(date) else { continue }
                findings.append(.error(record.location(of: field),
                    "\(record.label(of: field)): \(date.beISOString) is outside \(round.thaiName) of fiscal year \(fiscalYear) (\(range.lowerBound.beISOString) – \(range.upperBound.beISOString))"))
            }
            if let end = dates.end, end < dates.start {
                findings.append(.error(record.location(of: "end_date"),
                    "\(record.label(of: "end_date")): the end \(end.beISOString) comes before the start \(dates.start.beISOString)"))
            }
        }

        // Status (unless it could not be read).
        if !record.isIncomplete, record.status == .cancelled, record.cancellationReason == nil {
            findings.append(.error(record.location(of: "status"),
                "project \(record.projectNumber) is cancelled (\(ProgressStatus.cancelled.thaiName)) without a reason; fill in \(ProgressRecordReader.columnHint(.cancelReason))"))
        }
        if !record.isIncomplete, record.status != .cancelled, record.cancellationReason != nil {
            findings.append(.warning(record.location(of: "cancel_reason"),
                "\(record.label(of: "cancel_reason")): a cancellation reason, but the status is \(record.status.thaiName), not \(ProgressStatus.cancelled.thaiName)"))
        }

        // Photos and indicators.
        for (index, photo) in record.photos.enumerated() {
            let field = "photo_\(index + 1)"
            let location = photoLocation(record, index: index)
            if index >= ProgressColumns.maximumPhotos {
                findings.append(.error(location,
                    "too many photos: a record holds at most \(ProgressColumns.maximumPhotos); this is photo \(index + 1)"))
                continue
            }
            findings += checkPhoto(photo, field: record.label(of: recordPhotoField(record, index: index) ?? field), at: location, plan: plan)
        }
        if record.indicators.count > ProgressColumns.maximumIndicators {
            let extra = record.fieldLocations.filter { $0.key.hasPrefix("indicator_") }
                .sorted { (Int($0.key.dropFirst(10)) ?? 0) < (Int($1.key.dropFirst(10)) ?? 0) }
                .dropFirst(ProgressColumns.maximumIndicators).first?.value ?? record.location
            findings.append(.error(extra,
                "too many indicators: a record holds at most \(ProgressColumns.maximumIndicators), this one has \(record.indicators.count)"))
        }

        // Who reports, and the money.
        if let project {
            if let division = record.reporter.divisionID, !plan.division(division, isResponsibleFor: project) {
                let responsible = project.divisions.map { id in plan.division(id).map { "\($0.name) (\(id))" } ?? id }.joined(separator: ", ")
                let reporter = plan.division(division).map { "\($0.name) (\(division))" } ?? division
                findings.append(.warning(record.location(of: "division"),
                    "\(reporter) reports on project \(record.projectNumber), which it is not responsible for; the plan names \(responsible)"))
            }
            if !(project.period.start...project.period.end).contains(fiscalYear) {
                findings.append(.warning(record.location(of: "project"),
                    "project \(record.projectNumber) is not scheduled in fiscal year \(fiscalYear) (the plan runs it \(project.period.start)–\(project.period.end))"))
            }
        }
        if let disbursed = record.budget.disbursed, let approved = record.budget.approved, disbursed > approved {
            findings.append(.warning(record.location(of: "budget_disbursed"),
                "\(record.label(of: "budget_disbursed")): disbursed \(disbursed) baht is more than the \(approved) baht approved"))
        }
        return findings
    }

    /// The field name the `index`-th photo (0-based) was read from: CSV photo numbers may skip (photo_1, photo_3).
    private static func recordPhotoField(_ record: ProgressRecord, index: Int) -> String? {
        let fields = record.fieldLocations.keys.filter { $0.hasPrefix("photo_") }
            .sorted { (Int($0.dropFirst(6)) ?? 0) < (Int($1.dropFirst(6)) ?? 0) }
        return index < fields.count ? fields[index] : nil
    }

    private static func photoLocation(_ record: ProgressRecord, index: Int) -> SourceLocation {
        recordPhotoField(record, index: index).map { record.location(of: $0) } ?? record.location
    }

    /// A photo must exist inside the plan folder and be a PNG image (the PDF embeds PNG).
    static func checkPhoto(_ photo: Photo, field: String, at location: SourceLocation, plan: Plan) -> [Diagnostic] {
        let resolved: String
        do {
            resolved = try PlanFiles.resolve(photo.path, in: plan, field: field, file: "")
        } catch {
            return [.error(location, error.message.replacingOccurrences(of: "'\(field)'", with: field))]
        }
        guard let handle = FileHandle(forReadingAtPath: resolved) else {
            return [.error(location, "\(field): cannot read \(photo.path)")]
        }
        defer { try? handle.close() }
        let signature = handle.readData(ofLength: 8)
        guard [UInt8](signature) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else {
            return [.error(location, "\(field): \(photo.path) is not a PNG image; save the photo as PNG")]
        }
        return []
    }
}
