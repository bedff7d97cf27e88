/// The expressions a line must not break inside, found by a direct scan of the text's scalars:
///
/// - an era and its year or year range: พ.ศ. ๒๕๖๖, (พ.ศ. ๒๕๖๖ - ๒๕๗๐), พ.ศ.๒๕๖๑-๒๕๖๕;
/// - a day, a Thai month name and perhaps a year: ๒๗ กันยายน ๒๕๖๕, ๑ ตุลาคม พ.ศ. ๒๕๖๕;
/// - an amount with its unit: ๑๐๐,๐๐๐ บาท;
/// - words joined by a hyphen (จัดซื้อ-จัดจ้าง): a line ending at the hyphen reads as a hyphenated word,
///   and PDF readers join it back without the hyphen.
///
/// Each kind finds what this regular expression would (leftmost first, matches not overlapping, as
/// `NSRegularExpression` finds them; `ProtectedExpressionsTests` compares the two on many texts):
///
///     (พ\.ศ\.|ค\.ศ\.)\s?[๐-๙0-9]{4}(\s?[-–]\s?[๐-๙0-9]{4})?
///     [๐-๙0-9]{1,2}\s(มกราคม|…|ธันวาคม)(\s(พ\.ศ\.\s)?[๐-๙0-9]{4})?
///     [๐-๙0-9][๐-๙0-9,\.]*\sบาท
///     [^\s–-]\s?-\s?[^\s–-]
///
/// where `\s` is a White_Space character, as in ICU. The regular expressions took a third of the time
/// spent finding a plan's protected ranges.
enum ProtectedExpressions {
    enum Kind: CaseIterable { case era, date, amount, hyphenated }

    /// The scalar ranges of `scalars` that `kind` finds, in order.
    static func matches(_ kind: Kind, in scalars: [UInt32]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var position = 0
        let count = scalars.count
        while position < count {
            // What a match's first scalars must be, checked here before the whole expression is.
            let possible: Bool
            switch kind {
            case .era: possible = eras.contains { $0[0] == scalars[position] }
            case .date, .amount: possible = isDigit(scalars, position)
            case .hyphenated:
                possible = (position + 1 < count && scalars[position + 1] == hyphen)
                    || (position + 2 < count && scalars[position + 2] == hyphen)
            }
            if possible, let end = match(kind, in: scalars, at: position) {
                found.append(position..<end)
                position = end
            } else {
                position += 1
            }
        }
        return found
    }

    /// Where a match of `kind` that starts at `p` ends, if one does.
    static func match(_ kind: Kind, in s: [UInt32], at p: Int) -> Int? {
        switch kind {
        case .era: return era(s, p)
        case .date: return date(s, p)
        case .amount: return amount(s, p)
        case .hyphenated: return hyphenated(s, p)
        }
    }

    // MARK: The four expressions

    /// The Buddhist era first.
    private static let eras: [[UInt32]] = ["พ.ศ.", "ค.ศ."].map(scalars)
    private static let baht = scalars("บาท")
    private static let months: [[UInt32]] = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
                                            "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"].map(scalars)
    private static let hyphen: UInt32 = 0x2D, enDash: UInt32 = 0x2013

    /// `(พ\.ศ\.|ค\.ศ\.)\s?[๐-๙0-9]{4}(\s?[-–]\s?[๐-๙0-9]{4})?`
    private static func era(_ s: [UInt32], _ p: Int) -> Int? {
        guard eras.contains(where: { literal($0, in: s, at: p) }) else { return nil }
        guard let year = spaceThenDigits(s, p + 4) else { return nil }
        // The range's second year, if a dash and four digits follow.
        var dash = year
        if isSpace(s, dash) && at(s, dash + 1).map({ $0 == hyphen || $0 == enDash }) == true {
            dash += 2
        } else if at(s, dash).map({ $0 == hyphen || $0 == enDash }) == true {
            dash += 1
        } else {
            return year
        }
        return spaceThenDigits(s, dash) ?? year
    }

    /// `[๐-๙0-9]{1,2}\s(months)(\s(พ\.ศ\.\s)?[๐-๙0-9]{4})?`
    private static func date(_ s: [UInt32], _ p: Int) -> Int? {
        guard isDigit(s, p) else { return nil }
        let space = isDigit(s, p + 1) ? p + 2 : p + 1
        guard isSpace(s, space), let month = months.first(where: { literal($0, in: s, at: space + 1) }) else { return nil }
        let end = space + 1 + month.count
        guard isSpace(s, end) else { return end }
        if literal(eras[0], in: s, at: end + 1) && isSpace(s, end + 5) && digits(4, s, end + 6) { return end + 10 }
        if digits(4, s, end + 1) { return end + 5 }
        return end
    }

    /// `[๐-๙0-9][๐-๙0-9,\.]*\sบาท`
    private static func amount(_ s: [UInt32], _ p: Int) -> Int? {
        guard isDigit(s, p) else { return nil }
        var i = p + 1
        while i < s.count && (isDigit(s, i) || s[i] == 0x2C || s[i] == 0x2E) { i += 1 }
        guard isSpace(s, i), literal(baht, in: s, at: i + 1) else { return nil }
        return i + 1 + baht.count
    }

    /// `[^\s–-]\s?-\s?[^\s–-]`
    private static func hyphenated(_ s: [UInt32], _ p: Int) -> Int? {
        func joinable(_ i: Int) -> Bool { i < s.count && !isSpace(s, i) && s[i] != hyphen && s[i] != enDash }
        guard joinable(p) else { return nil }
        let h = isSpace(s, p + 1) ? p + 2 : p + 1
        guard at(s, h) == hyphen else { return nil }
        if isSpace(s, h + 1) { return joinable(h + 2) ? h + 3 : nil }
        return joinable(h + 1) ? h + 2 : nil
    }

    // MARK: Pieces

    private static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    private static func at(_ s: [UInt32], _ i: Int) -> UInt32? { i < s.count ? s[i] : nil }

    private static func literal(_ word: [UInt32], in s: [UInt32], at p: Int) -> Bool {
        guard p + word.count <= s.count else { return false }
        for k in 0..<word.count where s[p + k] != word[k] { return false }
        return true
    }

    /// `[๐-๙0-9]`
    static func isDigit(_ s: [UInt32], _ i: Int) -> Bool {
        guard i < s.count else { return false }
        let c = s[i]
        return (0x30...0x39).contains(c) || (0x0E50...0x0E59).contains(c)
    }

    private static func digits(_ count: Int, _ s: [UInt32], _ p: Int) -> Bool {
        (p..<(p + count)).allSatisfy { isDigit(s, $0) }
    }

    /// `\s?[๐-๙0-9]{4}` at `p`: where it ends.
    private static func spaceThenDigits(_ s: [UInt32], _ p: Int) -> Int? {
        if isSpace(s, p) && digits(4, s, p + 1) { return p + 5 }
        if digits(4, s, p) { return p + 4 }
        return nil
    }

    /// `\s`: a White_Space character.
    static func isSpace(_ s: [UInt32], _ i: Int) -> Bool {
        guard i < s.count else { return false }
        switch s[i] {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
