import DataFiles
import Foundation
import ThaiText

/// The CSV a division fills in to report a round: Thai headers, one row per project the division is
/// responsible for (alone, jointly, or as one of every division), with the project's number, name and
/// planned budget for the year and the reporting division filled in. It is UTF-8 with a byte-order mark,
/// so that Excel shows the Thai text, with CRLF line ends.
///
/// A row the division leaves as it is (no status, nothing reported) is not a record: the project is
/// reported as not reported (ยังไม่รายงาน).
public enum ProgressTemplate {
    /// The template's text, starting with the byte-order mark U+FEFF; write it as UTF-8.
    /// - Throws: a `Diagnostic` when the plan has no division `division` or does not cover `fiscalYear`.
    public static func csv(for plan: Plan, division divisionID: String, fiscalYear: Int, round: ReportingRound) throws(Diagnostic) -> String {
        guard let division = plan.division(divisionID) else {
            let known = plan.divisions.map(\.id).joined(separator: ", ")
            throw .error(plan.sourceMap.location(file: "plan.yaml", field: "divisions"),
                         "the plan has no division '\(divisionID)'; its divisions are: \(known)")
        }
        guard plan.period.fiscalYears.contains(fiscalYear) else {
            throw .error(plan.sourceMap.location(file: "plan.yaml", field: "period"),
                         "fiscal year \(fiscalYear) is outside the plan's period \(plan.period.firstFiscalYear)–\(plan.period.lastFiscalYear)")
        }
        let columns = ProgressColumns.templateColumns
        var lines = [columns.map { field($0.thaiName) }.joined(separator: ",")]
        for project in plan.projects(responsibleFor: division.id) {
            let cells = columns.map { column -> String in
                switch column.field {
                case .project: return String(project.number)
                case .projectName: return project.name
                case .budgetPlanned: return project.budget(for: fiscalYear)?.description ?? ""
                case .division: return division.name
                default: return ""
                }
            }
            lines.append(cells.map(field).joined(separator: ","))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Where the template goes by default, relative to the plan folder: `progress/2566-6m/<division>.csv`.
    public static func defaultPath(division: String, fiscalYear: Int, round: ReportingRound) -> String {
        round.folder(fiscalYear: fiscalYear) + "/" + division + ".csv"
    }

    /// One CSV field, quoted when it holds a comma, a quote, a line break or edge spaces (RFC 4180).
    public static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0.isNewline }
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
