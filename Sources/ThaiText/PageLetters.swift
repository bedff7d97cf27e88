extension ThaiFormat {
    /// The consonants used for front-matter page numbers and lettered lists, in order: the 44 consonants
    /// without the obsolete ฃ and ฅ, and without ฆ, which Thai numbering (ก ข ค ง …) also skips —
    /// the same 41 letters as CSS's `thai-alphabetic` counter style.
    public static let thaiNumberingLetters: [String] = [
        "ก", "ข", "ค", "ง", "จ", "ฉ", "ช", "ซ", "ฌ", "ญ",
        "ฎ", "ฏ", "ฐ", "ฑ", "ฒ", "ณ", "ด", "ต", "ถ", "ท",
        "ธ", "น", "บ", "ป", "ผ", "ฝ", "พ", "ฟ", "ภ", "ม",
        "ย", "ร", "ล", "ว", "ศ", "ษ", "ส", "ห", "ฬ", "อ",
        "ฮ",
    ]

    /// Front-matter page letters: 1 → "ก", 2 → "ข", 3 → "ค", 4 → "ง", … 41 → "ฮ", then 42 → "กก", 43 → "กข", …
    /// (bijective, like spreadsheet columns). Traps for n < 1.
    public static func thaiLetterPageNumber(_ n: Int) -> String {
        precondition(n >= 1, "page letters start at 1 (got \(n))")
        let letters = thaiNumberingLetters
        var rest = n
        var parts: [String] = []
        while rest > 0 {
            rest -= 1
            parts.append(letters[rest % letters.count])
            rest /= letters.count
        }
        return parts.reversed().joined()
    }
}
