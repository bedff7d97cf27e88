import Foundation
import DataFiles

/// Lengths in layout files: `2.5cm`, `30mm`, `16pt`, `1in`, or a bare number of points.
/// Typesetting works in PostScript points (1/72 in), Cairo's PDF unit.
public enum Length {
    public static let pointsPerInch = 72.0
    public static let pointsPerMillimetre = 72.0 / 25.4

    public static func cm(_ value: Double) -> Double { value * 10 * pointsPerMillimetre }
    public static func mm(_ value: Double) -> Double { value * pointsPerMillimetre }

    /// Parses a length; returns nil when the text is not one.
    public static func parse(_ text: String) -> Double? {
        let t = text.trimmingSpaces()
        let units: [(String, Double)] = [("cm", 10 * pointsPerMillimetre), ("mm", pointsPerMillimetre),
                                         ("pt", 1), ("in", pointsPerInch)]
        for (suffix, factor) in units where t.hasSuffix(suffix) {
            guard let number = Double(t.dropLast(suffix.count).trimmingSpaces()),
                  number.isFinite, abs(number * factor) < 1e6 else { return nil }
            return number * factor
        }
        guard let number = Double(t), number.isFinite, abs(number) < 1e6 else { return nil }
        return number
    }
}

/// A length that may be given as a share of a reference width: `50%` of the text block, or absolute.
public enum RelativeLength: Hashable, Sendable {
    case points(Double)
    case percent(Double)

    public func resolve(against reference: Double) -> Double {
        switch self {
        case let .points(p): return p
        case let .percent(p): return reference * p / 100
        }
    }

    public static func parse(_ text: String) -> RelativeLength? {
        let t = text.trimmingSpaces()
        if t.hasSuffix("%") {
            guard let p = Double(t.dropLast()), p.isFinite else { return nil }
            return .percent(p)
        }
        return Length.parse(t).map { .points($0) }
    }
}
