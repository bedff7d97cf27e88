/// Thai names of months and weekdays, shared by formatting and parsing.
enum ThaiCalendarNames {
    static let months: [String] = [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ]

    static let monthAbbreviations: [String] = [
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
        "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ]

    /// Everyday short names ("กันยา"), accepted when parsing only.
    static let monthColloquial: [String] = [
        "มกรา", "กุมภา", "มีนา", "เมษา", "พฤษภา", "มิถุนา",
        "กรกฎา", "สิงหา", "กันยา", "ตุลา", "พฤศจิกา", "ธันวา",
    ]

    /// 1 = Sunday … 7 = Saturday, without the word วัน.
    static let weekdays: [String] = [
        "อาทิตย์", "จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์",
    ]

    /// The month (1…12) a Thai month word names: full, abbreviated (final dot optional) or colloquial.
    static func month(named word: String) -> Int? {
        if let i = months.firstIndex(of: word) { return i + 1 }
        if let i = monthAbbreviations.firstIndex(of: word) { return i + 1 }
        if let i = monthAbbreviations.firstIndex(of: word + ".") { return i + 1 }
        if let i = monthColloquial.firstIndex(of: word) { return i + 1 }
        return nil
    }
}
