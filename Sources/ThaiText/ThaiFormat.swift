import Foundation

/// The one place that turns numbers, money and dates into the text Thai government documents print.
///
/// Everything here uses Thai digits (๐–๙), Buddhist Era years and fixed Thai names; nothing depends on the
/// system locale or time zone.
public enum ThaiFormat {
    // MARK: Numbers

    /// Thai digits without separators: 2565 → "๒๕๖๕"; −5 → "-๕".
    public static func number(_ n: Int) -> String {
        ThaiDigits.toThai(String(n))
    }

    /// Thai digits with thousands separators: 100000 → "๑๐๐,๐๐๐"; −1234 → "-๑,๒๓๔".
    public static func grouped(_ n: Int64) -> String {
        ThaiDigits.toThai((n < 0 ? "-" : "") + groupedDigits(n.magnitude))
    }

    /// Arabic digits grouped in threes with commas: 1234567 → "1,234,567".
    static func groupedDigits(_ magnitude: UInt64) -> String {
        let digits = Array(String(magnitude))
        var out = ""
        out.reserveCapacity(digits.count + digits.count / 3)
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }

    // MARK: Money

    /// "๑๐๐,๐๐๐" for whole baht, "๑,๒๓๔.๕๐" when there are satang; negative amounts get a leading "-".
    public static func amount(_ m: Money) -> String {
        m.satangPart == 0 ? amountDigits(m, alwaysSatang: false) : amountDigits(m, alwaysSatang: true)
    }

    /// Always two decimals: "๑๐๐,๐๐๐.๐๐".
    public static func amountWithSatang(_ m: Money) -> String {
        amountDigits(m, alwaysSatang: true)
    }

    private static func amountDigits(_ m: Money, alwaysSatang: Bool) -> String {
        let magnitude = m.satang.magnitude
        var s = (m.satang < 0 ? "-" : "") + groupedDigits(magnitude / 100)
        if alwaysSatang {
            let cents = magnitude % 100
            s += (cents < 10 ? ".0" : ".") + String(cents)
        }
        return ThaiDigits.toThai(s)
    }

    // MARK: Percentages

    /// A decimal in Thai digits with exactly `fractionDigits` decimals, rounded half away from zero:
    /// 86.45 → "๘๖.๕"; 80 → "๘๐.๐"; with `fractionDigits: 0`, 86.5 → "๘๗". No thousands separators.
    /// `fractionDigits` is clamped to 0…18.
    public static func percent(_ p: Decimal, fractionDigits: Int = 1) -> String {
        ThaiDigits.toThai(fixed(p, fractionDigits: fractionDigits))
    }

    /// `p` in Arabic digits with exactly `fractionDigits` decimals, rounded half away from zero.
    static func fixed(_ p: Decimal, fractionDigits: Int) -> String {
        guard !p.isNaN else { return "NaN" }
        let places = min(max(0, fractionDigits), 18)
        var value = p
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, places, .plain)
        let negative = rounded < 0
        if negative { rounded.negate() }
        // Scale to an integer and read its digits.
        var scaled = rounded
        for _ in 0..<places { scaled *= 10 }
        var integral = Decimal()
        NSDecimalRound(&integral, &scaled, 0, .plain)
        var digits = integral.description
        if digits.contains(where: { !$0.isASCII || !$0.isNumber }) {
            // Not expected for a rounded finite value; fall back to the plain description.
            return (negative ? "-" : "") + rounded.description
        }
        if digits.count <= places {
            digits = String(repeating: "0", count: places - digits.count + 1) + digits
        }
        var result = negative ? "-" : ""
        if places == 0 {
            result += digits
        } else {
            result += digits.dropLast(places) + "." + digits.suffix(places)
        }
        return result
    }

    // MARK: Dates

    /// "๒๗ กันยายน ๒๕๖๕".
    public static func longDate(_ d: ThaiDate) -> String {
        "\(number(d.day)) \(monthName(d.month)) \(number(d.beYear))"
    }

    /// "๒๗ กันยายน พ.ศ. ๒๕๖๕".
    public static func longDateWithEra(_ d: ThaiDate) -> String {
        "\(number(d.day)) \(monthName(d.month)) พ.ศ. \(number(d.beYear))"
    }

    /// "๒๗ ก.ย. ๖๕": the last two digits of the BE year.
    public static func shortDate(_ d: ThaiDate) -> String {
        let yy = ((d.beYear % 100) + 100) % 100
        return "\(number(d.day)) \(monthAbbreviation(d.month)) \(ThaiDigits.toThai(ThaiDate.pad(yy, 2)))"
    }

    /// "วันอังคารที่ ๒๗ กันยายน พ.ศ. ๒๕๖๕" — the full form with the weekday.
    public static func fullDateWithWeekday(_ d: ThaiDate) -> String {
        "วัน\(weekdayName(d.weekday))ที่ \(longDateWithEra(d))"
    }

    /// A BE year in Thai digits: 2565 → "๒๕๖๕".
    public static func year(_ beYear: Int) -> String {
        number(beYear)
    }

    /// "กันยายน" for 9. Traps unless 1…12.
    public static func monthName(_ month: Int) -> String {
        precondition((1...12).contains(month), "month \(month) is not 1…12")
        return ThaiCalendarNames.months[month - 1]
    }

    /// "ก.ย." for 9. Traps unless 1…12.
    public static func monthAbbreviation(_ month: Int) -> String {
        precondition((1...12).contains(month), "month \(month) is not 1…12")
        return ThaiCalendarNames.monthAbbreviations[month - 1]
    }

    /// "อังคาร" for 3 (1 = Sunday … 7 = Saturday), without the word วัน. Traps unless 1…7.
    public static func weekdayName(_ weekday: Int) -> String {
        precondition((1...7).contains(weekday), "weekday \(weekday) is not 1…7")
        return ThaiCalendarNames.weekdays[weekday - 1]
    }
}
