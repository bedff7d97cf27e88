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
public struct LineMetrics: Sendable, Equatable {
    /// Left edge of the line's text (alignment and first-line indent included).
    public let x: Double
    public let width: Double
    /// Height above and below the baseline of the line's logical extents.
    public let ascent: Double
    public let descent: Double
    /// UTF-8 byte offsets of the line in the paragraph's text.
    public let startByte: Int
    public let byteLength: Int
    public init(x: Double, width: Double, ascent: Double, descent: Double, startByte: Int, byteLength: Int) {
        self.x = x; self.width = width; self.ascent = ascent; self.descent = descent
        self.startByte = startByte; self.byteLength = byteLength
    }
}

/// A paragraph shaped and broken into lines by Pango (HarfBuzz shaping, libthai word breaks), held as
/// plain data (`ShapedText`): what Pango set is read out once, and a layout kept from an earlier run
/// (`init(fonts:request:shaped:)`) draws the same as the one Pango made.
public final class TextLayout {
    public let text: String
    let utf8: [UInt8]
    public let lines: [LineMetrics]
    /// The lines' glyph runs, as Pango set them.
    public let shaped: ShapedText
    /// The fonts of `shaped.fonts`, found in the font system (kept alive with it).
    let fontSystem: FontSystem
    let runFonts: [OpaquePointer]
    /// Cairo's fonts of `runFonts`, taken from Pango where the layout is made: drawing then needs Cairo
    /// alone, and a page can be drawn on any thread (Cairo's fonts are safe to share between threads).
    let scaledFonts: [OpaquePointer]
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
    public convenience init(fonts: FontSystem, text: String, font: FontRequest, width: Double,
                            alignment: HorizontalAlignment, justification: Justification = .distributed,
                            firstLineIndent: Double = 0, noBreakRanges: [Range<Int>] = [], tabStops: [Double] = [],
                            boldRanges: [Range<Int>] = [], maximumGapStretch: Double = .infinity) {
        self.init(fonts: fonts, request: TextRequest(
            text: text, font: font, width: width, alignment: alignment, justification: justification,
            firstLineIndent: firstLineIndent, noBreakRanges: noBreakRanges, tabStops: tabStops,
            boldRanges: boldRanges, maximumGapStretch: maximumGapStretch))
    }

    /// Sets `request` with Pango.
    public convenience init(fonts: FontSystem, request: TextRequest) {
        let shaped = Self.shape(request, fonts: fonts)
        self.init(fonts: fonts, request: request, shaped: shaped.text, runFonts: shaped.fonts)
    }

    /// A layout Pango made before (`layout.shaped`, perhaps in another run) for the same request.
    /// Nil when it does not fit the text, or a font it was set in is no longer where it was found.
    public convenience init?(fonts: FontSystem, request: TextRequest, shaped: ShapedText) {
        guard shaped.isConsistent(textLength: request.text.utf8.count) else { return nil }
        var runFonts: [OpaquePointer] = []
        for key in shaped.fonts {
            guard let font = fonts.font(key) else { return nil }
            runFonts.append(font)
        }
        self.init(fonts: fonts, request: request, shaped: shaped, runFonts: runFonts)
    }

    private init(fonts: FontSystem, request: TextRequest, shaped: ShapedText, runFonts: [OpaquePointer]) {
        text = request.text
        utf8 = Array(request.text.utf8)
        lines = shaped.lines
        self.shaped = shaped
        fontSystem = fonts
        self.runFonts = runFonts
        scaledFonts = runFonts.map { pango_cairo_font_get_scaled_font($0)! }
        distributedWidth = request.alignment == .justify && request.justification == .distributed ? request.width : nil
        firstLineIndent = request.firstLineIndent
        maximumGapStretch = request.maximumGapStretch
    }

    /// Lays the text out with Pango and reads out the lines, their runs and glyphs.
    private static func shape(_ request: TextRequest, fonts: FontSystem) -> (text: ShapedText, fonts: [OpaquePointer]) {
        let layout = pango_layout_new(fonts.context)!
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let description = FontSystem.description(request.font)
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        pango_layout_set_width(layout, pangoUnits(request.width, rounding: .down))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_indent(layout, pangoUnits(request.firstLineIndent))
        switch request.alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        case .justify:
            pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
            pango_layout_set_justify(layout, request.justification == .spaces ? 1 : 0)
        }
        if !request.tabStops.isEmpty {
            let tabs = pango_tab_array_new(Int32(request.tabStops.count), 0)
            for (i, stop) in request.tabStops.enumerated() {
                pango_tab_array_set_tab(tabs, Int32(i), PANGO_TAB_LEFT, pangoUnits(stop))
            }
            pango_layout_set_tabs(layout, tabs)
            pango_tab_array_free(tabs)
        }
        pango_layout_set_text(layout, request.text, -1)
        if !request.noBreakRanges.isEmpty || !request.boldRanges.isEmpty {
            let attributes = pango_attr_list_new()
            func add(_ attribute: UnsafeMutablePointer<PangoAttribute>, _ range: Range<Int>) {
                attribute.pointee.start_index = UInt32(range.lowerBound)
                attribute.pointee.end_index = UInt32(range.upperBound)
                pango_attr_list_insert(attributes, attribute)
            }
            for range in request.noBreakRanges { add(pango_attr_allow_breaks_new(0)!, range) }
            for range in request.boldRanges { add(pango_attr_weight_new(PANGO_WEIGHT_BOLD)!, range) }
            pango_layout_set_attributes(layout, attributes)
            pango_attr_list_unref(attributes)
        }
        let lines = measureLines(layout)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)

        // Each line's runs and glyphs, and the fonts they are set in.
        var lineRunStarts: [Int32] = [0]
        var runs: [ShapedText.Run] = []
        var glyphs: [ShapedText.Glyph] = []
        var keys: [FontKey] = []
        var runFonts: [OpaquePointer] = []
        var families: [String] = []
        var requested: [Bool: String] = [:]
        for index in 0..<lines.count {
            guard let line = pango_layout_get_line_readonly(layout, Int32(index)) else { lineRunStarts.append(Int32(runs.count)); continue }
            var node = line.pointee.runs
            while let current = node {
                defer { node = current.pointee.next }
                guard let data = current.pointee.data else { continue }
                let run = data.assumingMemoryBound(to: PangoGlyphItem.self).pointee
                let item = run.item.pointee
                guard let font = item.analysis.font else { continue }
                let pointer = OpaquePointer(font)
                var fontIndex = runFonts.firstIndex(of: pointer)
                if fontIndex == nil {
                    let bold = request.isBold(at: Int(item.offset))
                    let name = requested[bold] ?? {
                        var font = request.font
                        font.bold = bold
                        return fonts.requestedName(font)
                    }()
                    requested[bold] = name
                    let language = item.analysis.language.flatMap { pango_language_to_string($0) }.map { String(cString: $0) } ?? ""
                    let (key, family) = fonts.key(of: pointer, requested: name, language: language)
                    keys.append(key)
                    runFonts.append(pointer)
                    if !families.contains(family) { families.append(family) }
                    fontIndex = runFonts.count - 1
                }
                let glyphString = run.glyphs.pointee
                let start = glyphs.count
                for g in 0..<Int(glyphString.num_glyphs) {
                    let info = glyphString.glyphs[g]
                    glyphs.append(ShapedText.Glyph(glyph: info.glyph, width: info.geometry.width, xOffset: info.geometry.x_offset,
                                                   yOffset: info.geometry.y_offset, logCluster: glyphString.log_clusters[g],
                                                   isClusterStart: info.attr.is_cluster_start != 0))
                }
                runs.append(ShapedText.Run(font: Int32(fontIndex!), itemOffset: Int32(item.offset), itemLength: Int32(item.length),
                                           yOffset: run.y_offset, glyphStart: Int32(start), glyphEnd: Int32(glyphs.count)))
            }
            lineRunStarts.append(Int32(runs.count))
        }
        let text = ShapedText(lines: lines, lineRunStarts: lineRunStarts, runs: runs, glyphs: glyphs, fonts: keys,
                              naturalWidth: Double(logical.width) / Double(PANGO_SCALE),
                              unknownGlyphCount: Int(pango_layout_get_unknown_glyphs_count(layout)),
                              fontFamiliesUsed: families)
        return (text, runFonts)
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
    public var unknownGlyphCount: Int { shaped.unknownGlyphCount }

    /// The widest line's logical width in points.
    public var naturalWidth: Double { shaped.naturalWidth }

    /// The text of line `index`.
    public func lineText(_ index: Int) -> String {
        let line = lines[index]
        let bytes = utf8[line.startByte..<(line.startByte + line.byteLength)]
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Family names of the fonts Pango actually chose for the text.
    public var fontFamiliesUsed: Set<String> { Set(shaped.fontFamiliesUsed) }
}
