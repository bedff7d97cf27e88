/// Thai grapheme clusters that cannot be drawn right: a vowel or tone mark with no consonant to sit on
/// (text cut in the middle of a word, a mark pasted twice). A renderer shows these as a mark floating
/// over a dotted circle or over the wrong letter; PlanPress refuses them instead.
public enum ThaiClusters {
    /// Above and below vowels: ั ิ ี ึ ื ุ ู ฺ and ็ (a consonant must carry them).
    @usableFromInline static func isVowelMark(_ v: UInt32) -> Bool { v == 0x0E31 || (0x0E34...0x0E3A).contains(v) || v == 0x0E47 }
    /// Tone marks and the other upper signs: ่ ้ ๊ ๋ ์ ํ ๎.
    @usableFromInline static func isToneMark(_ v: UInt32) -> Bool { (0x0E48...0x0E4E).contains(v) }
    /// Whether a character is set above or below its consonant, taking no room on the line of its own.
    @inlinable public static func isCombiningMark(_ v: UInt32) -> Bool { isVowelMark(v) || isToneMark(v) }
    /// How many characters of UTF-8 text take room on a line: all but the marks set above or below
    /// (a byte that is not UTF-8 counts as one). Inlinable: specialized for the caller's bytes, not run
    /// through a generic iterator (155 million instructions of a render of every output that way, 9 million now).
    @inlinable public static func advancingCharacters<Bytes: Sequence>(utf8 bytes: Bytes) -> Int where Bytes.Element == UInt8 {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var count = 0
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar): if !isCombiningMark(scalar.value) { count += 1 }
            case .error: count += 1
            case .emptyInput: return count
            }
        }
    }
    /// Letters a mark may sit on: the consonants ก–ฮ (ฤ and ฦ among them).
    static func isConsonant(_ v: UInt32) -> Bool { (0x0E01...0x0E2E).contains(v) }

    /// A broken cluster: where it is (its offset in Unicode scalars) and the text around it.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public let offset: Int
        public let context: String
        public let reason: String
        public var description: String { "\(reason) at character \(offset + 1): “\(context)”" }
    }

    /// The first broken cluster of `text`, if any.
    public static func firstProblem(in text: String) -> Problem? {
        let scalars = Array(text.unicodeScalars)
        // What the previous scalars allow: a vowel mark needs a consonant right before it; a tone mark a
        // consonant, possibly with one vowel mark between; two tone marks never follow each other.
        var lastConsonant = false
        var vowelAfterConsonant = false
        var toneAfterConsonant = false
        for (i, scalar) in scalars.enumerated() {
            let v = scalar.value
            var reason: String?
            if isVowelMark(v) {
                if !lastConsonant || vowelAfterConsonant || toneAfterConsonant {
                    reason = "a Thai vowel mark with no consonant to sit on"
                }
                vowelAfterConsonant = true
            } else if isToneMark(v) {
                if !lastConsonant || toneAfterConsonant {
                    reason = "a Thai tone mark with no consonant to sit on"
                }
                toneAfterConsonant = true
            } else {
                lastConsonant = isConsonant(v)
                vowelAfterConsonant = false
                toneAfterConsonant = false
            }
            if let reason {
                let from = max(0, i - 12), to = min(scalars.count, i + 12)
                var context = String.UnicodeScalarView()
                context.append(contentsOf: scalars[from..<to])
                return Problem(offset: i, context: String(context), reason: reason)
            }
        }
        return nil
    }
}
