import Graphics

/// How a paragraph looks: font, alignment, indents and spacing. Every value comes from a layout file.
public struct TextStyle: Sendable, Hashable {
    public var font: FontRequest
    public var alignment: HorizontalAlignment
    /// How justified lines take up slack (only with `alignment: justify`).
    public var justification: Justification
    public var firstLineIndent: RelativeLength
    public var leftIndent: RelativeLength
    public var rightIndent: RelativeLength
    public var spaceBefore: Double
    public var spaceAfter: Double
    /// Baseline-to-baseline distance as a multiple of the font's natural line height.
    public var lineSpacing: Double
    /// Keep this paragraph on the same page as what follows (headings).
    public var keepWithNext: Bool
    public var color: Color
    /// The most distributed justification may add to one gap between characters, in ems.
    public var justifyLimit: Double = .infinity

    public init(font: FontRequest, alignment: HorizontalAlignment = .left, justification: Justification = .distributed,
                firstLineIndent: RelativeLength = .points(0), leftIndent: RelativeLength = .points(0),
                rightIndent: RelativeLength = .points(0), spaceBefore: Double = 0, spaceAfter: Double = 0,
                lineSpacing: Double = 1, keepWithNext: Bool = false, color: Color = .black) {
        self.font = font; self.alignment = alignment; self.justification = justification; self.firstLineIndent = firstLineIndent
        self.leftIndent = leftIndent; self.rightIndent = rightIndent; self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter; self.lineSpacing = lineSpacing; self.keepWithNext = keepWithNext
        self.color = color
    }
}

/// Paper size, orientation and margins.
public struct PageSpec: Hashable, Sendable {
    public var width: Double
    public var height: Double
    public var marginTop: Double
    public var marginRight: Double
    public var marginBottom: Double
    public var marginLeft: Double
    /// Where this paper's running page number stands (distance of its top from the page's top edge),
    /// when its layout numbers pages: a landscape page inside a portrait book keeps its own.
    public var pageNumberTop: Double?

    public init(width: Double, height: Double, marginTop: Double, marginRight: Double,
                marginBottom: Double, marginLeft: Double) {
        self.width = width; self.height = height; self.marginTop = marginTop
        self.marginRight = marginRight; self.marginBottom = marginBottom; self.marginLeft = marginLeft
    }

    public var textWidth: Double { width - marginLeft - marginRight }
    public var textHeight: Double { height - marginTop - marginBottom }
    public var isLandscape: Bool { width > height }
}

/// Running page numbers: where and how they are printed.
public struct PageNumberSpec: Sendable {
    /// The first page that shows its number (official letters number from page 2).
    public var fromPage: Int
    /// The text printed, with `{n}` replaced by the number in Thai digits: `- {n} -`.
    public var format: String
    /// Distance from the page's top edge to the top of the number's line.
    public var top: Double
    public var style: TextStyle
}
