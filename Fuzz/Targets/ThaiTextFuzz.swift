import Foundation
import ThaiText

/// Fuzzes the Thai formatter: date and amount parsing of any text, and every formatter on what parses and
/// on arbitrary integers, with round trips — a formatted amount or date parses back to the same value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzThaiText(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let buffer = UnsafeBufferPointer(start: bytes, count: count)
    let text = String(decoding: buffer, as: UTF8.self)

    // Integers from the first bytes: amounts in satang, day offsets, page numbers.
    var raw: UInt64 = 0
    for byte in buffer.prefix(8) { raw = raw << 8 | UInt64(byte) }
    let satang = Int64(bitPattern: raw)
    checkMoney(Money(satang: satang))
    let small = Int(truncatingIfNeeded: raw)
    _ = ThaiFormat.number(small)
    _ = ThaiFormat.grouped(satang)
    _ = ThaiFormat.numberText(satang)
    _ = ThaiFormat.thaiLetterPageNumber(Int(raw % 1_000_000) + 1)
    if let date = ThaiDate(daysSinceEpoch: small % 4_000_000) { checkDate(date) }
    if let date = ThaiDate(unixTime: satang) { checkDate(date) }

    // Text: digits both ways, dates and amounts as a user types them.
    let arabic = ThaiDigits.toArabic(text)
    FuzzBase.check(ThaiDigits.toArabic(ThaiDigits.toThai(arabic)) == arabic, "digits round trip")
    if let money = try? Money.parse(text) {
        checkMoney(money)
    }
    if let date = try? ThaiDate.parse(text) {
        checkDate(date)
        if let later = date.addingIfSupported(days: small % 1_000_000) {
            FuzzBase.check(date.days(to: later) == small % 1_000_000, "adding days")
        }
    }
    if let decimal = Decimal(string: text) {
        _ = ThaiFormat.percent(decimal, fractionDigits: Int(raw % 25) - 3)
    }
    return 0
}

func checkMoney(_ money: Money) {
    let formatted = ThaiFormat.amount(money)
    FuzzBase.check((try? Money.parse(formatted)) == money, "amount \(money.satang) → \(formatted) does not parse back")
    let plain = money.description
    FuzzBase.check((try? Money.parse(plain)) == money, "amount \(money.satang) → \(plain) does not parse back")
    FuzzBase.check((try? Money.parse(ThaiFormat.amountWithSatang(money) + " บาท")) == money, "amount with บาท")
    let words = ThaiFormat.bahtText(money)
    FuzzBase.check(words.hasSuffix("ถ้วน") || words.hasSuffix("สตางค์"), "baht text \(words)")
    if let total = Money(satang: 1).adding(money), let percent = money.percent(of: total) {
        _ = ThaiFormat.percent(percent)
    }
    _ = money.percent(of: Money(satang: 37))
    _ = money.percent(of: .min)
    _ = Money.max.percent(of: money)
}

func checkDate(_ date: ThaiDate) {
    // An ISO date with a year of 2400 or more is read as Buddhist Era (the format's rule), so only
    // earlier Common Era years come back as they were written.
    if date.year < 2400 {
        FuzzBase.check((try? ThaiDate.parse(date.description)) == date, "ISO date \(date) does not parse back")
    }
    let be = date.beISOString
    if (2400...9999).contains(date.beYear) {
        FuzzBase.check((try? ThaiDate.parse(be)) == date, "BE date \(be) does not parse back")
        FuzzBase.check((try? ThaiDate.parse(ThaiFormat.longDate(date))) == date, "long date \(ThaiFormat.longDate(date))")
        FuzzBase.check((try? ThaiDate.parse(ThaiFormat.longDateWithEra(date))) == date, "long date with era")
    }
    _ = ThaiFormat.shortDate(date)
    _ = ThaiFormat.fullDateWithWeekday(date)
    _ = date.fiscalYear
    _ = date.weekday
    FuzzBase.check((1...7).contains(date.weekday), "weekday")
    FuzzBase.check(ThaiDate(daysSinceEpoch: date.daysSinceEpoch) == date, "days since epoch round trip")
}

enum FuzzBase {
    static func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() {
            FileHandle.standardError.write(Data("property violated: \(message())\n".utf8))
            abort()
        }
    }
}
