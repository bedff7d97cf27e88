extension ThaiFormat {
    /// An amount in Thai words, following the Thai government standard (the same as Excel's BAHTTEXT):
    /// 100000 → "หนึ่งแสนบาทถ้วน", 0 → "ศูนย์บาทถ้วน", 1.50 → "หนึ่งบาทห้าสิบสตางค์", 0.21 → "ยี่สิบเอ็ดสตางค์",
    /// −5 → "ลบห้าบาทถ้วน".
    public static func bahtText(_ m: Money) -> String {
        let magnitude = m.satang.magnitude
        let baht = magnitude / 100
        let satang = magnitude % 100
        var text = m.satang < 0 ? "ลบ" : ""
        if baht == 0 && satang == 0 {
            return text + "ศูนย์บาทถ้วน"
        }
        if baht > 0 {
            text += NumberWords.words(baht) + "บาท"
        }
        if satang == 0 {
            text += "ถ้วน"
        } else {
            text += NumberWords.words(satang) + "สตางค์"
        }
        return text
    }

    /// An integer in Thai words, by the same rules as `bahtText`: 21 → "ยี่สิบเอ็ด", 0 → "ศูนย์", −1 → "ลบหนึ่ง".
    public static func numberText(_ n: Int64) -> String {
        if n == 0 { return "ศูนย์" }
        return (n < 0 ? "ลบ" : "") + NumberWords.words(n.magnitude)
    }
}

/// Thai cardinal number words.
enum NumberWords {
    static let digits = ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]
    /// Place names within one six-digit group, units first.
    static let places = ["", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"]

    /// Words for n > 0 (empty for 0). Groups of six digits are joined by ล้าน, so 10^12 is หนึ่งล้านล้าน.
    static func words(_ n: UInt64) -> String {
        words(n, hasHigherDigits: false)
    }

    private static func words(_ n: UInt64, hasHigherDigits: Bool) -> String {
        if n >= 1_000_000 {
            let high = n / 1_000_000
            let low = n % 1_000_000
            return words(high, hasHigherDigits: hasHigherDigits) + "ล้าน" + group(low, hasHigherDigits: true)
        }
        return group(n, hasHigherDigits: hasHigherDigits)
    }

    /// Words for one group 0…999,999. `hasHigherDigits`: a higher group of the whole number is nonzero,
    /// which makes a final 1 read เอ็ด (1,000,001 = หนึ่งล้านเอ็ด).
    private static func group(_ n: UInt64, hasHigherDigits: Bool) -> String {
        var text = ""
        var rest = n
        var divisor: UInt64 = 100_000
        for place in stride(from: 5, through: 0, by: -1) {
            let d = Int(rest / divisor)
            rest %= divisor
            divisor /= 10
            guard d != 0 else { continue }
            switch place {
            case 0:
                let higherNonzero = hasHigherDigits || n >= 10
                text += (d == 1 && higherNonzero) ? "เอ็ด" : digits[d]
            case 1:
                text += (d == 1 ? "" : d == 2 ? "ยี่" : digits[d]) + "สิบ"
            default:
                text += digits[d] + places[place]
            }
        }
        return text
    }
}
