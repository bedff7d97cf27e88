import Graphics

/// Something drawn on a page, positioned in points from the page's top-left corner.
public enum PageItem {
    case textLine(TextLayout, line: Int, x: Double, baseline: Double, color: Color)
    case line(x1: Double, y1: Double, x2: Double, y2: Double, width: Double)
    case image(RasterImage, x: Double, y: Double, width: Double, height: Double)

    func offsetBy(dx: Double = 0, dy: Double) -> PageItem {
        switch self {
        case let .textLine(layout, line, x, baseline, color):
            return .textLine(layout, line: line, x: x + dx, baseline: baseline + dy, color: color)
        case let .line(x1, y1, x2, y2, width):
            return .line(x1: x1 + dx, y1: y1 + dy, x2: x2 + dx, y2: y2 + dy, width: width)
        case let .image(image, x, y, width, height):
            return .image(image, x: x + dx, y: y + dy, width: width, height: height)
        }
    }
}

/// One finished page: its paper and what is drawn on it.
public struct Page {
    public let spec: PageSpec
    public internal(set) var items: [PageItem]
    /// The page's number as printed (nil where none is printed).
    public internal(set) var numberLabel: String?
}
