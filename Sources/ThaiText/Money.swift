import Foundation

/// An exact amount of money in satang (1 baht = 100 satang), stored as `Int64`.
///
/// There is no floating point anywhere in this type. Arithmetic is checked: every operation that can
/// overflow returns an optional (nil on overflow) instead of wrapping or trapping. The one exception is
/// `init(baht:)`, which traps on overflow like integer multiplication; use `Money.baht(_:)` to get nil instead.
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The amount in satang; negative amounts are allowed.
    public let satang: Int64

    public init(satang: Int64) {
        self.satang = satang
    }

    /// Whole baht. Traps if `baht * 100` overflows `Int64`; see `Money.baht(_:)` for a non-trapping form.
    public init(baht: Int64) {
        self.satang = baht * 100
    }

    /// Whole baht, or nil when `baht * 100` does not fit in `Int64`.
    public static func baht(_ baht: Int64) -> Money? {
        let (product, overflow) = baht.multipliedReportingOverflow(by: 100)
        return overflow ? nil : Money(satang: product)
    }

    /// Baht and satang, or nil on overflow. Both parts should carry the same sign
    /// (`baht(-1, satang: -50)` is −1.50 baht).
    public static func baht(_ baht: Int64, satang: Int64) -> Money? {
        guard let whole = Money.baht(baht) else { return nil }
        return whole.adding(Money(satang: satang))
    }

    public static let zero = Money(satang: 0)

    /// The largest and smallest representable amounts.
    public static let max = Money(satang: .max)
    public static let min = Money(satang: .min)

    public var isZero: Bool { satang == 0 }
    public var isNegative: Bool { satang < 0 }

    /// The whole-baht part, truncated toward zero (−1.50 → −1).
    public var wholeBaht: Int64 { satang / 100 }

    /// The satang part, 0…99, of the absolute value (−1.50 → 50).
    public var satangPart: Int64 { Int64(satang.magnitude % 100) }

    // MARK: Checked arithmetic

    /// `self + other`, or nil on overflow.
    public func adding(_ other: Money) -> Money? {
        let (sum, overflow) = satang.addingReportingOverflow(other.satang)
        return overflow ? nil : Money(satang: sum)
    }

    /// `self - other`, or nil on overflow.
    public func subtracting(_ other: Money) -> Money? {
        let (difference, overflow) = satang.subtractingReportingOverflow(other.satang)
        return overflow ? nil : Money(satang: difference)
    }

    /// `self * factor`, or nil on overflow.
    public func multiplied(by factor: Int64) -> Money? {
        let (product, overflow) = satang.multipliedReportingOverflow(by: factor)
        return overflow ? nil : Money(satang: product)
    }

    /// `-self`, or nil for `Money.min` (whose negation does not fit).
    public func negated() -> Money? {
        Money.zero.subtracting(self)
    }

    /// The total of `amounts` (zero when empty), or nil if any partial sum overflows.
    public static func sum<S: Sequence>(_ amounts: S) -> Money? where S.Element == Money {
        var total = Money.zero
        for amount in amounts {
            guard let next = total.adding(amount) else { return nil }
            total = next
        }
        return total
    }

    public static func < (lhs: Money, rhs: Money) -> Bool {
        lhs.satang < rhs.satang
    }

    // MARK: Plain text

    /// The plain data-file form: Arabic digits, no separators, always two decimals: `"100000.00"`, `"-0.50"`.
    public var description: String {
        let magnitude = satang.magnitude
        let cents = magnitude % 100
        let sign = satang < 0 ? "-" : ""
        return "\(sign)\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    // MARK: Percentages

    /// The share of `self` in `total` as a percentage rounded to one decimal (half away from zero),
    /// e.g. 86.5 for 865 of 1000; nil when `total` is zero.
    ///
    /// Computed exactly with integers (no floating point, no intermediate overflow) and returned as a `Decimal`.
    public func percent(of total: Money) -> Decimal? {
        Money.ratio(satang, total.satang, scale: 100, fractionDigits: 1)
    }

    /// `numerator * scale / denominator` rounded half away from zero to `fractionDigits` decimals,
    /// computed exactly. `scale` and `10^fractionDigits` must be small (their product below 10^18).
    static func ratio(_ numerator: Int64, _ denominator: Int64, scale: UInt64, fractionDigits: Int) -> Decimal? {
        guard denominator != 0 else { return nil }
        var unit: UInt64 = 1
        for _ in 0..<fractionDigits { unit *= 10 }
        let factor = scale * unit          // result in units of 10^-fractionDigits is n * factor / d
        let n = numerator.magnitude
        let d = denominator.magnitude
        let negative = (numerator < 0) != (denominator < 0) && numerator != 0

        // n * factor / d = q * factor + (r * factor) / d, where q = n / d and r = n % d < d.
        let q = n / d
        let r = n % d
        let wide = r.multipliedFullWidth(by: factor)
        let (q2, r2) = d.dividingFullWidth(wide)          // q2 < factor because r < d: cannot trap
        let roundUp: UInt64 = r2 >= d - r2 ? 1 : 0         // r2 / d >= 1/2
        // Result = q * scale + (q2 + roundUp) / unit, assembled in Decimal (exact: at most ~25 digits).
        var result = Decimal(q) * Decimal(scale) + Decimal(q2 + roundUp) / Decimal(unit)
        if negative, result != 0 { result.negate() }
        return result
    }
}
