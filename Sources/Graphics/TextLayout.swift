import CPangoCairo

/// How a font is asked for: families in order of preference, size in points.
public struct FontRequest: Hashable, Sendable {
    public var families: [String]
    public var size: Double
    public var bold: Bool
    public var italic: Bool
    public init(families: [String], size: Double, bold: Bool = false, italic: Bool = false) {
        self.families = families
        self.size = size
        self.bold = bold
        self.italic = italic
    }
}

public enum HorizontalAlignment: String, Sendable, CaseIterable {
    case left, center, right, justify
}

/// How a justified line takes up its slack.
public enum Justification: String, Sendable, CaseIterable {
    /// Thai distributed: the slack is spread over the gaps between grapheme clusters (Latin runs
    /// stretch at their spaces only); marks never leave their base.
    case distributed
    /// Stretch the spaces only (what Western justification does; leaves holes in Thai).
    case spaces
    /// Do not justify: set the line ragged as if left-aligned.
    case none
}

/// One laid-out line of a paragraph, in points relative to the paragraph's box.
public struct LineMetrics: Sendable {
    /// Left edge of the line's text (alignment and first-line indent included).
    public let x: Double
    public let width: Double
    /// Height above and below the baseline of the line's logical extents.
    public let ascent: Double
    public let descent: Double
    /// UTF-8 byte offsets of the line in the paragraph's text.
    public let startByte: Int
    public let byteLength: Int
}

/// A paragraph shaped and broken into lines by Pango (HarfBuzz shaping, libthai word breaks).
public final class TextLayout {
    let layout: OpaquePointer
    public let text: String
    let utf8: [UInt8]
    public private(set) var lines: [LineMetrics] = []
    /// Set when lines are drawn with distributed justification: the width each line (but the last) fills.
    let distributedWidth: Double?
    let firstLineIndent: Double
    /// The most a distributed line may widen one gap between characters, in points; a line that would
    /// need more stays short of the right edge rather than open visible holes.
    let maximumGapStretch: Double

    /// - Parameters:
    ///   - width: the box width in points; lines break to fit it.
    ///   - firstLineIndent: points the first line starts further in (negative hangs).
    ///   - noBreakRanges: UTF-8 byte ranges inside which Pango may not break a line.
    public init(fonts: FontSystem, text: String, font: FontRequest, width: Double,
                alignment: HorizontalAlignment, justification: Justification = .distributed,
                firstLineIndent: Double = 0, noBreakRanges: [Range<Int>] = [], tabStops: [Double] = [],
                boldRanges: [Range<Int>] = [], maximumGapStretch: Double = .infinity) {
        self.text = text
        utf8 = Array(text.utf8)
        distributedWidth = alignment == .justify && justification == .distributed ? width : nil
        self.firstLineIndent = firstLineIndent
        self.maximumGapStretch = maximumGapStretch
        layout = pango_layout_new(fonts.context)
        let description = pango_font_description_new()
        pango_font_description_set_family(description, font.families.joined(separator: ","))
        pango_font_description_set_absolute_size(description, font.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(description, font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(description, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        pango_layout_set_width(layout, Self.pangoUnits(width, rounding: .down))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_indent(layout, Self.pangoUnits(firstLineIndent))
        switch alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        case .justify:
            pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
            pango_layout_set_justify(layout, justification == .spaces ? 1 : 0)
        }
        if !tabStops.isEmpty {
            let tabs = pango_tab_array_new(Int32(tabStops.count), 0)
            for (i, stop) in tabStops.enumerated() {
                pango_tab_array_set_tab(tabs, Int32(i), PANGO_TAB_LEFT, Self.pangoUnits(stop))
            }
            pango_layout_set_tabs(layout, tabs)
            pango_tab_array_free(tabs)
        }
        pango_layout_set_text(layout, text, -1)
        if !noBreakRanges.isEmpty || !boldRanges.isEmpty {
            let attributes = pango_attr_list_new()
            func add(_ attribute: UnsafeMutablePointer<PangoAttribute>, _ range: Range<Int>) {
                attribute.pointee.start_index = UInt32(range.lowerBound)
                attribute.pointee.end_index = UInt32(range.upperBound)
                pango_attr_list_insert(attributes, attribute)
            }
            for range in noBreakRanges { add(pango_attr_allow_breaks_new(0)!, range) }
            for range in boldRanges { add(pango_attr_weight_new(PANGO_WEIGHT_BOLD)!, range) }
            pango_layout_set_attributes(layout, attributes)
            pango_attr_list_unref(attributes)
        }
        lines = Self.measureLines(layout)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
    }

    /// Points in Pango units (1/1024 pt), clamped to what Pango's 32-bit integers hold instead of trapping.
    static func pangoUnits(_ points: Double, rounding: FloatingPointRoundingRule = .toNearestOrAwayFromZero) -> Int32 {
        let units = (points * Double(PANGO_SCALE)).rounded(rounding)
        guard units.isFinite else { return units > 0 ? Int32.max : (units < 0 ? Int32.min : 0) }
        return Int32(max(Double(Int32.min), min(Double(Int32.max), units)))
    }

    private static func measureLines(_ layout: OpaquePointer) -> [LineMetrics] {
        var result: [LineMetrics] = []
        let iter = pango_layout_get_iter(layout)
        defer { pango_layout_iter_free(iter) }
        let scale = Double(PANGO_SCALE)
        repeat {
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iter, nil, &logical)
            let baseline = Double(pango_layout_iter_get_baseline(iter)) / scale
            let top = Double(logical.y) / scale
            // In Double: a paragraph of tens of thousands of lines in big type runs past Int32 (2^31 Pango
            // units is about 2,100,000 pt), and the Int32 sum would trap.
            let bottom = (Double(logical.y) + Double(logical.height)) / scale
            let line = pango_layout_iter_get_line_readonly(iter)!
            result.append(LineMetrics(
                x: Double(logical.x) / scale, width: Double(logical.width) / scale,
                ascent: baseline - top, descent: bottom - baseline,
                startByte: Int(line.pointee.start_index), byteLength: Int(line.pointee.length)))
        } while pango_layout_iter_next_line(iter) != 0
        return result
    }

    /// Glyphs no font in the fallback chain could draw (shown as boxes if drawn).
    public var unknownGlyphCount: Int { Int(pango_layout_get_unknown_glyphs_count(layout)) }

    /// The widest line's logical width in points.
    public var naturalWidth: Double {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return Double(logical.width) / Double(PANGO_SCALE)
    }

    /// The text of line `index`.
    public func lineText(_ index: Int) -> String {
        let line = lines[index]
        let bytes = utf8[line.startByte..<(line.startByte + line.byteLength)]
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Family names of the fonts Pango actually chose for the text.
    public var fontFamiliesUsed: Set<String> {
        var families = Set<String>()
        let iter = pango_layout_get_iter(layout)
        defer { pango_layout_iter_free(iter) }
        repeat {
            if let run = pango_layout_iter_get_run_readonly(iter) {
                let item = run.pointee.item!
                if let font = item.pointee.analysis.font,
                   let description = pango_font_describe(font) {
                    if let family = pango_font_description_get_family(description) {
                        families.insert(String(cString: family))
                    }
                    pango_font_description_free(description)
                }
            }
        } while pango_layout_iter_next_run(iter) != 0
        return families
    }
}
