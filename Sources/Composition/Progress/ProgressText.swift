import Foundation
import PlanModel
import ThaiText
import Typesetting

/// Wording and number forms the three progress reports share. Every word comes from the layout's
/// options; every number, amount and date goes through ThaiText.
enum ProgressText {
    /// The round's line: the layout's `round_line` with `{fy}`, `{round}`, `{from}` and `{to}` filled in
    /// (ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๕ – ๓๑ มีนาคม ๒๕๖๖)).
    static func roundLine(_ round: ProgressRound, layout: DocumentLayout) -> String {
        Placeholders.fill(layout.option("round_line"), [
            "fy": ThaiFormat.year(round.fiscalYear),
            "round": round.round.thaiName,
            "from": ThaiFormat.longDate(round.dateRange.lowerBound),
            "to": ThaiFormat.longDate(round.dateRange.upperBound),
        ])
    }

    /// An amount with satang (๑๒๐,๕๐๐.๐๐), or the layout's `none` mark ("-") for nothing stated or zero.
    static func amount(_ money: Money?, layout: DocumentLayout) -> String {
        guard let money, !money.isZero else { return layout.option("none") }
        return ThaiFormat.amountWithSatang(money)
    }

    /// A share in per cent with one decimal (๘๖.๕), or the `none` mark.
    static func percent(_ share: Decimal?, layout: DocumentLayout) -> String {
        guard let share else { return layout.option("none") }
        return ThaiFormat.percent(share, fractionDigits: 1)
    }

    /// A measured value as printed: the whole part grouped (๑,๒๕๐), decimals as written (๘๔.๖).
    static func value(_ text: String?, layout: DocumentLayout) -> String {
        guard let text, !text.isEmpty else { return layout.option("none") }
        let negative = text.hasPrefix("-")
        let digits = negative ? String(text.dropFirst()) : text
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = Int64(parts[0]) else { return ThaiDigits.toThai(text) }
        var printed = (negative ? "-" : "") + ThaiFormat.grouped(whole)
        if parts.count == 2 { printed += "." + ThaiDigits.toThai(String(parts[1])) }
        return printed
    }

    /// A status as the tables print it, or the layout's `not_reported` for a project without a record.
    static func status(_ status: ProgressStatus?, layout: DocumentLayout) -> String {
        status?.thaiName ?? layout.option("not_reported")
    }

    /// The names of a project's divisions, joined by the layout's `list_separator`.
    static func divisions(_ project: Project, plan: Plan, layout: DocumentLayout) -> String {
        project.divisions.map { plan.division($0)?.name ?? $0 }.joined(separator: layout.option("list_separator"))
    }

    /// "มิติที่ ๑ การสร้างวัฒนธรรมสุจริต" (the layout's `dimension` word).
    static func dimension(_ dimension: PlanModel.Dimension, layout: DocumentLayout) -> String {
        "\(layout.option("dimension")) \(ThaiFormat.number(dimension.number)) \(dimension.title)"
    }

    /// "๑.๑ การสร้างจิตสำนึก…".
    static func mission(_ mission: Mission) -> String {
        "\(ThaiFormat.number(mission.id.dimension)).\(ThaiFormat.number(mission.number)) \(mission.title)"
    }

    /// The date a report carries (its PDF creation date): the latest report date of the records, or the
    /// round's last day.
    static func documentDate(_ round: ProgressRound) -> ThaiDate {
        round.records.compactMap(\.reporter.reportDate).max() ?? round.dateRange.upperBound
    }

    /// Text a division wrote in its records (outputs, problems, captions, the reporter's phone …): with
    /// Thai digits where the layout's `thai_digits_in_records` is "yes", as written otherwise.
    static func record(_ text: String, layout: DocumentLayout) -> String {
        layout.option("thai_digits_in_records") == "yes" ? ThaiDigits.toThai(text) : text
    }

    static func record(_ lines: [String], layout: DocumentLayout) -> [String] { lines.map { record($0, layout: layout) } }

    /// The option every progress layout declares for `record(_:layout:)`.
    static let recordOptions = ["thai_digits_in_records"]
}

/// The watermark reports made from example records carry: its text, style and angle from the layout.
public enum ProgressWatermark {
    /// The layout's `watermark` style, `watermark_text` and `watermark_angle` (degrees) options.
    public static func make(layout: DocumentLayout) throws(CompositionError) -> Watermark {
        let angleText = layout.option("watermark_angle")
        guard let angle = Double(angleText), angle.isFinite, abs(angle) <= 360 else {
            throw CompositionError("\(layout.file): option 'watermark_angle' is an angle in degrees (e.g. \"35\"), found '\(angleText)'")
        }
        return Watermark(text: layout.option("watermark_text"), style: layout.style("watermark"), angle: angle)
    }

    /// The style and options every progress layout declares for the watermark.
    static let styles = ["watermark"]
    static let options = ["watermark_text", "watermark_angle"]
}
