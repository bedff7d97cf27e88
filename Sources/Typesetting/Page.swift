import Graphics
import ThaiText

/// Something drawn on a page, positioned in points from the page's top-left corner.
public enum PageItem {
    case textLine(TextLayout, line: Int, x: Double, baseline: Double, color: Color)
    case line(x1: Double, y1: Double, x2: Double, y2: Double, width: Double)
    case image(RasterImage, x: Double, y: Double, width: Double, height: Double)
    /// A clickable area leading to an anchor.
    case link(x: Double, y: Double, width: Double, height: Double, target: String)
    case rectangle(x: Double, y: Double, width: Double, height: Double, fill: Color?, stroke: Double)
    /// A line of text turned by `angle` degrees about the point (x, baseline).
    case rotatedTextLine(TextLayout, line: Int, x: Double, baseline: Double, color: Color, angle: Double)

    func offsetBy(dx: Double = 0, dy: Double) -> PageItem {
        switch self {
        case let .textLine(layout, line, x, baseline, color):
            return .textLine(layout, line: line, x: x + dx, baseline: baseline + dy, color: color)
        case let .line(x1, y1, x2, y2, width):
            return .line(x1: x1 + dx, y1: y1 + dy, x2: x2 + dx, y2: y2 + dy, width: width)
        case let .image(image, x, y, width, height):
            return .image(image, x: x + dx, y: y + dy, width: width, height: height)
        case let .link(x, y, width, height, target):
            return .link(x: x + dx, y: y + dy, width: width, height: height, target: target)
        case let .rectangle(x, y, width, height, fill, stroke):
            return .rectangle(x: x + dx, y: y + dy, width: width, height: height, fill: fill, stroke: stroke)
        case let .rotatedTextLine(layout, line, x, baseline, color, angle):
            return .rotatedTextLine(layout, line: line, x: x + dx, baseline: baseline + dy, color: color, angle: angle)
        }
    }
}

/// One finished page: its paper and what is drawn on it.
public struct Page {
    public let spec: PageSpec
    public internal(set) var items: [PageItem]
    /// How this page is numbered, and its number in that run.
    public internal(set) var numbering: PageNumbering
    public internal(set) var number: Int
    /// The page's number as a reader names it (๓, ข), or nil for an unnumbered page.
    public var label: String? {
        switch numbering.style {
        case .none: return nil
        case .thaiDigits: return ThaiFormat.number(number)
        case .thaiLetters: return ThaiFormat.thaiLetterPageNumber(number)
        }
    }
    /// Whether the number is printed on the page.
    public var printsNumber: Bool { numbering.style != .none && number >= numbering.printFrom }
}

/// Where an anchor landed: the page (0-based index) and the distance from the page's top.
public struct AnchorPosition: Sendable, Hashable {
    public let page: Int
    public let y: Double
}

/// A typeset document: its pages and where its anchors are.
public struct TypesetDocument {
    public var pages: [Page]
    public var anchors: [String: AnchorPosition]

    /// The printed label of the page an anchor is on (for a contents entry).
    public func label(of anchor: String) -> String? {
        anchors[anchor].flatMap { pages[$0.page].label }
    }
}
