/// What a `TextLayout` is asked to set: the text and everything that decides where its lines break and
/// where its glyphs go. Two equal requests give the same layout (with the same fonts and libraries).
public struct TextRequest: Sendable {
    public var text: String
    public var font: FontRequest
    /// The box width in points; lines break to fit it.
    public var width: Double
    public var alignment: HorizontalAlignment
    public var justification: Justification
    /// Points the first line starts further in (negative hangs).
    public var firstLineIndent: Double
    /// UTF-8 byte ranges inside which Pango may not break a line.
    public var noBreakRanges: [Range<Int>]
    public var tabStops: [Double]
    public var boldRanges: [Range<Int>]
    /// The most a distributed line may widen one gap between characters, in points.
    public var maximumGapStretch: Double

    public init(text: String, font: FontRequest, width: Double, alignment: HorizontalAlignment,
                justification: Justification = .distributed, firstLineIndent: Double = 0,
                noBreakRanges: [Range<Int>] = [], tabStops: [Double] = [], boldRanges: [Range<Int>] = [],
                maximumGapStretch: Double = .infinity) {
        self.text = text; self.font = font; self.width = width; self.alignment = alignment
        self.justification = justification; self.firstLineIndent = firstLineIndent
        self.noBreakRanges = noBreakRanges; self.tabStops = tabStops; self.boldRanges = boldRanges
        self.maximumGapStretch = maximumGapStretch
    }

    /// Whether the text at UTF-8 offset `byte` is set bold (the request's font, or a bold range).
    func isBold(at byte: Int) -> Bool {
        font.bold || boldRanges.contains { $0.contains(byte) }
    }
}

/// A paragraph as Pango set it, as plain data: its lines, and each line's glyph runs in Pango's own
/// integer units (1/1024 pt). A `TextLayout` draws from it, so a layout kept from an earlier run draws
/// exactly as the one Pango made.
public struct ShapedText: Sendable, Equatable {
    /// One glyph of a run, as in Pango's glyph string.
    public struct Glyph: Sendable, Equatable {
        public var glyph: UInt32
        public var width: Int32
        public var xOffset: Int32
        public var yOffset: Int32
        /// The glyph's first byte in the text, from the start of its run's item.
        public var logCluster: Int32
        public var isClusterStart: Bool
        public init(glyph: UInt32, width: Int32, xOffset: Int32, yOffset: Int32, logCluster: Int32, isClusterStart: Bool) {
            self.glyph = glyph; self.width = width; self.xOffset = xOffset; self.yOffset = yOffset
            self.logCluster = logCluster; self.isClusterStart = isClusterStart
        }
    }

    /// A run of glyphs in one font: a range of `glyphs`.
    public struct Run: Sendable, Equatable {
        /// Index into `fonts`.
        public var font: Int32
        /// The run's item: where its text starts in the paragraph (UTF-8 bytes) and how long it is.
        public var itemOffset: Int32
        public var itemLength: Int32
        /// The run's baseline shift (Pango units).
        public var yOffset: Int32
        public var glyphStart: Int32
        public var glyphEnd: Int32
        public init(font: Int32, itemOffset: Int32, itemLength: Int32, yOffset: Int32, glyphStart: Int32, glyphEnd: Int32) {
            self.font = font; self.itemOffset = itemOffset; self.itemLength = itemLength; self.yOffset = yOffset
            self.glyphStart = glyphStart; self.glyphEnd = glyphEnd
        }
    }

    public var lines: [LineMetrics]
    /// Line `i`'s runs are `runs[lineRunStarts[i]..<lineRunStarts[i + 1]]`.
    public var lineRunStarts: [Int32]
    public var runs: [Run]
    public var glyphs: [Glyph]
    /// The fonts the runs use.
    public var fonts: [FontKey]
    /// The widest line's logical width in points.
    public var naturalWidth: Double
    /// Glyphs no font in the fallback chain could draw.
    public var unknownGlyphCount: Int
    /// Family names of the fonts the text is set in.
    public var fontFamiliesUsed: [String]

    public init(lines: [LineMetrics], lineRunStarts: [Int32], runs: [Run], glyphs: [Glyph], fonts: [FontKey],
                naturalWidth: Double, unknownGlyphCount: Int, fontFamiliesUsed: [String]) {
        self.lines = lines; self.lineRunStarts = lineRunStarts; self.runs = runs; self.glyphs = glyphs
        self.fonts = fonts; self.naturalWidth = naturalWidth; self.unknownGlyphCount = unknownGlyphCount
        self.fontFamiliesUsed = fontFamiliesUsed
    }

    /// Whether the parts fit together and into a text of `textLength` UTF-8 bytes: every line's runs,
    /// every run's glyphs, font and text exist. (A layout read back from a file is checked before use.)
    public func isConsistent(textLength: Int) -> Bool {
        guard lineRunStarts.count == lines.count + 1, lineRunStarts.first == 0,
              lineRunStarts.last.map(Int.init) == runs.count,
              zip(lineRunStarts, lineRunStarts.dropFirst()).allSatisfy({ $0 <= $1 }),
              lines.allSatisfy({ $0.startByte >= 0 && $0.byteLength >= 0 && $0.startByte + $0.byteLength <= textLength })
        else { return false }
        return runs.allSatisfy { run in
            guard run.font >= 0, Int(run.font) < fonts.count, run.glyphStart >= 0, run.glyphStart <= run.glyphEnd,
                  Int(run.glyphEnd) <= glyphs.count, run.itemOffset >= 0, run.itemLength >= 0,
                  Int(run.itemOffset) + Int(run.itemLength) <= textLength else { return false }
            return glyphs[Int(run.glyphStart)..<Int(run.glyphEnd)].allSatisfy {
                $0.logCluster >= 0 && $0.logCluster < max(run.itemLength, 1) && Int(run.itemOffset) + Int($0.logCluster) < textLength
            }
        }
    }
}

/// Names a font Pango chose for a run so that the same font can be found again: the font asked for
/// (families, size, weight and style of the text, as a Pango font description) and the one chosen from
/// that fallback chain. The chosen one alone would not do: fontconfig may give a family asked for by
/// another name a different scale.
public struct FontKey: Hashable, Sendable {
    /// The font description the text asked for (Pango's string form).
    public var requested: String
    /// The language the run was itemized for: it orders the fallback chain.
    public var language: String
    /// The chosen font's description, as set and at its absolute size.
    public var chosen: String
    public init(requested: String, language: String, chosen: String) {
        self.requested = requested; self.language = language; self.chosen = chosen
    }
}
