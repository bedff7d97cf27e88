import Graphics

/// A drawing in the flow (a bar chart, a photo grid): a fixed height and elements placed in its own
/// coordinates, from its top-left corner at the text block's left edge.
public struct Figure: Equatable {
    public enum Element: Equatable {
        case rectangle(x: Double, y: Double, width: Double, height: Double, fill: Color?, stroke: Double)
        case line(x1: Double, y1: Double, x2: Double, y2: Double, width: Double)
        /// Text set in a box `width` wide whose first line's top is at `y`.
        case text(Paragraph, x: Double, y: Double, width: Double)
        /// A PNG scaled to fit the box with its aspect kept, centred in it.
        case image(path: String, x: Double, y: Double, width: Double, height: Double)
    }
    public var height: Double
    public var elements: [Element]
    public init(height: Double, elements: [Element]) { self.height = height; self.elements = elements }
}

/// Large light text drawn diagonally across every page (ตัวอย่าง on reports made from example data).
public struct Watermark: Equatable {
    public var text: String
    public var style: TextStyle
    /// Degrees, counter-clockwise.
    public var angle: Double
    public init(text: String, style: TextStyle, angle: Double = 35) { self.text = text; self.style = style; self.angle = angle }
}
