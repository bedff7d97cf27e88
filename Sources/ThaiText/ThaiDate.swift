/// A calendar date in the proleptic Gregorian calendar, formatted in the Buddhist Era (BE = CE + 543).
///
/// Pure arithmetic: nothing here depends on the system locale, calendar or time zone.
/// Supported years are CE 1…9999 (BE 544…10542).
public struct ThaiDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Common Era year.
    public let year: Int
    /// 1…12.
    public let month: Int
    /// 1…28/29/30/31.
    public let day: Int

    /// The difference between Buddhist Era and Common Era years.
    public static let beOffset = 543

    /// The Common Era years this type accepts.
    public static let supportedYears: ClosedRange<Int> = 1...9999

    /// A valid date, or nil (month outside 1…12, day outside the month, year outside `supportedYears`).
    public init?(year: Int, month: Int, day: Int) {
        guard ThaiDate.supportedYears.contains(year), (1...12).contains(month),
              day >= 1, day <= ThaiDate.daysInMonth(month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// A valid date given a Buddhist Era year, or nil.
    public init?(beYear: Int, month: Int, day: Int) {
        let (ce, overflow) = beYear.subtractingReportingOverflow(ThaiDate.beOffset)
        guard !overflow else { return nil }
        self.init(year: ce, month: month, day: day)
    }

    /// The Buddhist Era year.
    public var beYear: Int { year + ThaiDate.beOffset }

    /// ISO 8601 with the Common Era year: `"2022-09-27"`.
    public var description: String {
        "\(ThaiDate.pad(year, 4))-\(ThaiDate.pad(month, 2))-\(ThaiDate.pad(day, 2))"
    }

    /// ISO 8601 shape with the Buddhist Era year, as the plan data files store dates: `"2565-09-27"`.
    public var beISOString: String {
        "\(ThaiDate.pad(beYear, 4))-\(ThaiDate.pad(month, 2))-\(ThaiDate.pad(day, 2))"
    }

    public static func < (lhs: ThaiDate, rhs: ThaiDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    // MARK: Calendar rules

    /// Gregorian leap year (CE): divisible by 4, except centuries not divisible by 400.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Number of days in `month` (1…12) of CE `year`; 0 for an invalid month.
    public static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: return 0
        }
    }

    // MARK: Day arithmetic

    /// Days since 1970-01-01 (negative before it).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01, or nil outside `supportedYears`.
    public init?(daysSinceEpoch days: Int) {
        // Supported range check first, so the arithmetic below cannot overflow.
        guard days >= ThaiDate.firstSupportedDay, days <= ThaiDate.lastSupportedDay else { return nil }
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.init(year: y, month: m, day: d)
    }

    private static let firstSupportedDay = ThaiDate(uncheckedYear: supportedYears.lowerBound, month: 1, day: 1).daysSinceEpoch
    private static let lastSupportedDay = ThaiDate(uncheckedYear: supportedYears.upperBound, month: 12, day: 31).daysSinceEpoch

    private init(uncheckedYear: Int, month: Int, day: Int) {
        self.year = uncheckedYear
        self.month = month
        self.day = day
    }

    /// The date `days` days later (earlier when negative).
    /// Traps if the result falls outside `supportedYears`; see `addingIfSupported(days:)`.
    public func adding(days: Int) -> ThaiDate {
        guard let result = addingIfSupported(days: days) else {
            preconditionFailure("ThaiDate \(self) + \(days) days is outside CE \(ThaiDate.supportedYears)")
        }
        return result
    }

    /// The date `days` days later, or nil when the result is outside `supportedYears`.
    public func addingIfSupported(days: Int) -> ThaiDate? {
        let (target, overflow) = daysSinceEpoch.addingReportingOverflow(days)
        return overflow ? nil : ThaiDate(daysSinceEpoch: target)
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(to other: ThaiDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// Day of the week, 1 = Sunday … 7 = Saturday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday (index 4 counting Sunday as 0).
        let index = ((daysSinceEpoch % 7) + 7 + 4) % 7
        return index + 1
    }

    // MARK: Fiscal year

    /// The Thai fiscal year (BE) containing this date: FY N runs from 1 October BE N−1 to 30 September BE N.
    /// 2022-10-01 → 2566; 2022-09-30 → 2565.
    public var fiscalYear: Int {
        month >= 10 ? beYear + 1 : beYear
    }

    /// 1 October of CE (N − 543 − 1): the first day of BE fiscal year N. Traps outside `supportedYears`.
    public static func fiscalYearStart(_ beFiscalYear: Int) -> ThaiDate {
        guard let date = ThaiDate(beYear: beFiscalYear - 1, month: 10, day: 1) else {
            preconditionFailure("fiscal year \(beFiscalYear) is outside the supported years")
        }
        return date
    }

    /// 30 September of CE (N − 543): the last day of BE fiscal year N. Traps outside `supportedYears`.
    public static func fiscalYearEnd(_ beFiscalYear: Int) -> ThaiDate {
        guard let date = ThaiDate(beYear: beFiscalYear, month: 9, day: 30) else {
            preconditionFailure("fiscal year \(beFiscalYear) is outside the supported years")
        }
        return date
    }

    /// Whether this date falls in BE fiscal year `beFiscalYear`.
    public func isInFiscalYear(_ beFiscalYear: Int) -> Bool {
        fiscalYear == beFiscalYear
    }

    // MARK: Clock time

    /// Thailand's offset from UTC (UTC+7, no daylight saving).
    public static let thailandUTCOffsetSeconds = 7 * 3600

    /// The calendar date at `secondsSince1970` (Unix time) in a fixed UTC offset — Thailand's by default.
    /// Independent of the machine's time zone. Nil outside `supportedYears`.
    public init?(unixTime secondsSince1970: Int64, utcOffsetSeconds: Int = ThaiDate.thailandUTCOffsetSeconds) {
        let (local, overflow) = secondsSince1970.addingReportingOverflow(Int64(utcOffsetSeconds))
        guard !overflow else { return nil }
        let (q, r) = local.quotientAndRemainder(dividingBy: 86_400)
        let days = r < 0 ? q - 1 : q
        guard let d = Int(exactly: days) else { return nil }
        self.init(daysSinceEpoch: d)
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n.magnitude)
        let padding = String(repeating: "0", count: Swift.max(0, width - digits.count))
        return (n < 0 ? "-" : "") + padding + digits
    }
}
