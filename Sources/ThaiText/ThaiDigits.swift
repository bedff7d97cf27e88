/// Conversion between Arabic digits (0–9) and Thai digits (๐–๙).
///
/// Only the ten digits are touched; every other character passes through unchanged.
public enum ThaiDigits {
    /// U+0E50 THAI DIGIT ZERO.
    static let thaiZero: UInt32 = 0x0E50
    /// U+0030 DIGIT ZERO.
    static let arabicZero: UInt32 = 0x30

    /// Replaces 0–9 with ๐–๙; other characters are unchanged. `"2565-09-27"` → `"๒๕๖๕-๐๙-๒๗"`.
    public static func toThai(_ s: String) -> String {
        map(s, from: arabicZero, to: thaiZero)
    }

    /// Replaces ๐–๙ with 0–9; other characters are unchanged. `"๑๐๐,๐๐๐"` → `"100,000"`.
    public static func toArabic(_ s: String) -> String {
        map(s, from: thaiZero, to: arabicZero)
    }

    /// The value of an Arabic or Thai digit, or nil for any other character.
    public static func digitValue(_ c: Character) -> Int? {
        guard c.unicodeScalars.count == 1, let v = c.unicodeScalars.first?.value else { return nil }
        if v >= arabicZero, v <= arabicZero + 9 { return Int(v - arabicZero) }
        if v >= thaiZero, v <= thaiZero + 9 { return Int(v - thaiZero) }
        return nil
    }

    private static func map(_ s: String, from: UInt32, to: UInt32) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(s.unicodeScalars.count)
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v >= from, v <= from + 9, let mapped = Unicode.Scalar(v - from + to) {
                scalars.append(mapped)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
