/// Why `ThaiDate.parse` rejected its input.
public struct DateParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// Nothing but spaces.
        case empty
        /// Not one of the accepted shapes.
        case unrecognizedFormat
        /// A word in the month position that is not a Thai month name or abbreviation.
        case unknownMonth
        /// The shape is right but the day or month does not exist (31/02, month 13, 29/02 in a common year).
        case invalidDate
        /// A year with the wrong number of digits or outside the supported range.
        case invalidYear
    }

    public let kind: Kind
    /// The text that was being parsed, as given.
    public let input: String
    /// A human-readable English explanation of what is wrong.
    public let message: String

    public var description: String { message }
}

extension ThaiDate {
    /// Parses a date written in Thai or Arabic digits:
    ///
    /// - ISO `"2022-09-27"` (CE), or with a BE year when the year is 2400 or more: `"2565-09-27"`;
    /// - day/month/year `"27/9/2565"`, `"27/09/2022"` (a 4-digit year of 2400 or more is BE, otherwise CE;
    ///   a 2-digit year is a short BE year: `"27/9/65"` is 2565);
    /// - Thai words `"๒๗ กันยายน ๒๕๖๕"`, `"๒๗ กันยายน พ.ศ. ๒๕๖๕"`, `"๒๗ ก.ย. ๖๕"`, `"27 ก.ย. 2565"`, with a full,
    ///   abbreviated or colloquial ("กันยา") month name, optionally preceded by `วันที่` and with an optional
    ///   era marker `พ.ศ.` (BE) or `ค.ศ.` (CE). A 2-digit year is BE 25xx; a 4-digit year without a marker
    ///   follows the 2400 rule above.
    public static func parse(_ text: String) throws(DateParseError) -> ThaiDate {
        func fail(_ kind: DateParseError.Kind, _ why: String) -> DateParseError {
            DateParseError(kind: kind, input: text, message: "Cannot read \"\(text)\" as a date: \(why)")
        }
        let tokens = DateTokens(ThaiDigits.toArabic(text))
        guard !tokens.items.isEmpty else { throw fail(.empty, "it is empty.") }
        var t = tokens.items
        if t.first == .word("วันที่") { t.removeFirst() }

        let day: String, month: Int, yearText: String, era: Era?
        switch t.count {
        case 5 where t[1] == t[3] && (t[1] == .word("-") || t[1] == .word("/")):
            guard case .number(let a) = t[0], case .number(let b) = t[2], case .number(let c) = t[4] else {
                throw fail(.unrecognizedFormat, expectedShapes)
            }
            if t[1] == .word("-") {
                // ISO: year-month-day with a 4-digit year.
                guard a.count == 4 else { throw fail(.unrecognizedFormat, "an ISO date needs a 4-digit year (YYYY-MM-DD).") }
                guard (1...2).contains(b.count), (1...2).contains(c.count) else {
                    throw fail(.unrecognizedFormat, "an ISO date needs a 1–2 digit month and day (YYYY-MM-DD).")
                }
                (day, month, yearText, era) = (c, Int(b)!, a, nil)
            } else {
                // day/month/year.
                guard (1...2).contains(a.count), (1...2).contains(b.count) else {
                    throw fail(.unrecognizedFormat, "day and month need 1 or 2 digits (D/M/YYYY).")
                }
                (day, month, yearText, era) = (a, Int(b)!, c, nil)
            }
        case 3, 4:
            guard case .number(let d) = t[0], case .word(let monthWord) = t[1],
                  case .number(let y) = t[t.count - 1] else {
                throw fail(.unrecognizedFormat, expectedShapes)
            }
            guard (1...2).contains(d.count) else { throw fail(.unrecognizedFormat, "the day needs 1 or 2 digits.") }
            guard let m = ThaiCalendarNames.month(named: monthWord) else {
                throw fail(.unknownMonth, "\"\(monthWord)\" is not a Thai month name (e.g. กันยายน) or abbreviation (e.g. ก.ย.).")
            }
            var marker: Era? = nil
            if t.count == 4 {
                guard case .word(let w) = t[2], let e = Era(marker: w) else {
                    throw fail(.unrecognizedFormat, "expected the era พ.ศ. or ค.ศ. between the month and the year.")
                }
                marker = e
            }
            (day, month, yearText, era) = (d, m, y, marker)
        default:
            throw fail(.unrecognizedFormat, expectedShapes)
        }

        // Resolve the year to CE.
        guard let yearValue = Int(yearText) else { throw fail(.invalidYear, "the year is not a number.") }
        let ceYear: Int
        switch (yearText.count, era) {
        case (2, .ce?):
            throw fail(.invalidYear, "a CE year (ค.ศ.) needs 4 digits.")
        case (2, _):
            ceYear = 2500 + yearValue - beOffset
        case (4, .be?):
            ceYear = yearValue - beOffset
        case (4, .ce?):
            ceYear = yearValue
        case (4, nil):
            ceYear = yearValue >= 2400 ? yearValue - beOffset : yearValue
        default:
            throw fail(.invalidYear, "the year needs 4 digits (or 2 digits for a short BE year such as ๖๕).")
        }
        guard supportedYears.contains(ceYear) else {
            throw fail(.invalidYear, "the year is outside CE \(supportedYears.lowerBound)–\(supportedYears.upperBound).")
        }

        let dayValue = Int(day)!
        guard (1...12).contains(month) else { throw fail(.invalidDate, "there is no month \(month).") }
        guard let date = ThaiDate(year: ceYear, month: month, day: dayValue) else {
            let name = englishMonths[month - 1]
            throw fail(.invalidDate, "\(name) \(ceYear + beOffset) BE (\(ceYear) CE) has \(daysInMonth(month, year: ceYear)) days, so day \(dayValue) does not exist.")
        }
        return date
    }

    private static let expectedShapes =
        "expected YYYY-MM-DD, D/M/YYYY, D/M/YY, or a Thai date such as \"๒๗ กันยายน ๒๕๖๕\" or \"๒๗ ก.ย. ๖๕\"."

    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    private enum Era {
        case be, ce
        init?(marker: String) {
            switch marker {
            case "พ.ศ.", "พ.ศ": self = .be
            case "ค.ศ.", "ค.ศ": self = .ce
            default: return nil
            }
        }
    }
}

/// A date string split into runs of ASCII digits and runs of other non-space characters.
private struct DateTokens {
    enum Token: Equatable {
        case number(String)
        case word(String)
    }

    var items: [Token] = []

    init(_ text: String) {
        var current = ""
        var currentIsDigits = false
        func flush() {
            if !current.isEmpty { items.append(currentIsDigits ? .number(current) : .word(current)) }
            current = ""
        }
        for c in text {
            if c.isWhitespace {
                flush()
                continue
            }
            let isDigit = c.isASCII && c.isNumber
            if !current.isEmpty && isDigit != currentIsDigits { flush() }
            currentIsDigits = isDigit
            current.append(c)
        }
        flush()
    }
}
