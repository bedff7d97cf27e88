/// Why `Money.parse` rejected its input.
public struct MoneyParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// Nothing but spaces (or only a sign / the word บาท).
        case empty
        /// A character that is not a digit, a separator, a sign or the trailing บาท.
        case invalidCharacter
        /// A comma that does not separate groups of exactly three digits ("1,00,000", "1,000.0,0").
        case misplacedSeparator
        /// More than two decimals: finer than one satang.
        case finerThanSatang
        /// Shape errors such as "1.", ".5", "1.2.3", "--5".
        case malformed
        /// Does not fit in Int64 satang.
        case overflow
    }

    public let kind: Kind
    /// The text that was being parsed, as given.
    public let input: String
    /// A human-readable English explanation of what is wrong.
    public let message: String

    public var description: String { message }
}

extension Money {
    /// Parses an amount in baht.
    ///
    /// Accepts Arabic or Thai digits, an optional leading `-`, optional thousands separators (`,` between
    /// groups of exactly three digits), up to two decimals, surrounding spaces and an optional trailing
    /// `บาท` (with or without a space before it): `"100000"`, `"100000.5"`, `"100,000.00"`, `"๑๐๐,๐๐๐"`,
    /// `"๑,๒๓๔.๕๐ บาท"`, `"-20"`.
    ///
    /// Rejects empty text, letters, more than two decimals, misplaced separators and amounts that do not
    /// fit in `Int64` satang.
    public static func parse(_ text: String) throws(MoneyParseError) -> Money {
        func fail(_ kind: MoneyParseError.Kind, _ why: String) -> MoneyParseError {
            MoneyParseError(kind: kind, input: text, message: "Cannot read \"\(text)\" as an amount of money: \(why)")
        }

        var body = Substring(text).trimmingSpaces()
        if body.hasSuffix("บาท") {
            body = body.dropLast("บาท".count).trimmingSpaces()
        }
        var negative = false
        if let first = body.first, first == "-" || first == "\u{2212}" {
            negative = true
            body = body.dropFirst()
        }
        guard !body.isEmpty else { throw fail(.empty, "there are no digits.") }

        // Split into integer and fraction parts, checking every character on the way.
        var integerPart: [Int] = []
        var fractionPart: [Int] = []
        var groupLengths: [Int] = []   // lengths of comma-separated runs in the integer part
        var currentGroup = 0
        var inFraction = false
        for c in body {
            if let digit = ThaiDigits.digitValue(c) {
                if inFraction {
                    fractionPart.append(digit)
                } else {
                    integerPart.append(digit)
                    currentGroup += 1
                }
            } else if c == "," {
                if inFraction {
                    throw fail(.misplacedSeparator, "a thousands separator appears after the decimal point.")
                }
                groupLengths.append(currentGroup)
                currentGroup = 0
            } else if c == "." {
                if inFraction { throw fail(.malformed, "it has more than one decimal point.") }
                inFraction = true
            } else if c == "-" || c == "\u{2212}" {
                throw fail(.malformed, "a minus sign is only allowed at the start.")
            } else {
                throw fail(.invalidCharacter, "the character \"\(c)\" is not allowed (use digits, \",\", \".\", a leading \"-\" and an optional trailing \"บาท\").")
            }
        }
        groupLengths.append(currentGroup)

        if integerPart.isEmpty {
            throw fail(.malformed, inFraction ? "there must be at least one digit before the decimal point." : "there are no digits.")
        }
        if groupLengths.count > 1 {
            let firstOK = (1...3).contains(groupLengths[0])
            let restOK = groupLengths.dropFirst().allSatisfy { $0 == 3 }
            if !firstOK || !restOK {
                throw fail(.misplacedSeparator, "thousands separators must split the whole-baht digits into groups of three (e.g. 1,000,000).")
            }
        }
        if inFraction && fractionPart.isEmpty {
            throw fail(.malformed, "there must be one or two digits after the decimal point.")
        }
        if fractionPart.count > 2 {
            throw fail(.finerThanSatang, "it has \(fractionPart.count) decimals, but the smallest unit is one satang (0.01 baht).")
        }

        // Accumulate the magnitude in satang as UInt64, so that Int64.min is reachable.
        var magnitude: UInt64 = 0
        let digits = integerPart + fractionPart + Array(repeating: 0, count: 2 - fractionPart.count)
        for digit in digits {
            let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (next, o2) = times10.addingReportingOverflow(UInt64(digit))
            if o1 || o2 { throw fail(.overflow, "it is too large (the limit is about 92 quadrillion (9.2 × 10¹⁶) baht).") }
            magnitude = next
        }
        let limit: UInt64 = negative ? UInt64(Int64.max) + 1 : UInt64(Int64.max)
        if magnitude > limit {
            throw fail(.overflow, "it is too large (the limit is about 92 quadrillion (9.2 × 10¹⁶) baht).")
        }
        if negative {
            return Money(satang: magnitude == UInt64(Int64.max) + 1 ? .min : -Int64(magnitude))
        }
        return Money(satang: Int64(magnitude))
    }
}

extension Substring {
    /// Drops leading and trailing whitespace (including no-break spaces and newlines).
    func trimmingSpaces() -> Substring {
        var s = self
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return s
    }
}
