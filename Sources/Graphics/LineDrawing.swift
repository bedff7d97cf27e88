import CPangoCairo

/// Draws a line's glyphs from Pango's shaping with Cairo, so that PlanPress decides two things Pango's
/// own renderer does not:
///  - distributed justification: the slack goes between grapheme clusters, never between a mark and
///    its base;
///  - text that copies out whole: each run of characters between spaces goes to the PDF as one Cairo
///    cluster, which Cairo writes as an ActualText span, so a PDF reader takes the word's text from the
///    span instead of guessing it from where marks sit (a tone mark left of its base's advance, or a
///    mark at the end of a line, otherwise comes out as "ป้ องกัน" or "ขึน\n้").
extension TextLayout {
    private static let emptyGlyph: UInt32 = 0x0FFF_FFFF
    private static let unknownGlyphFlag: UInt32 = 0x1000_0000

    /// One grapheme cluster of a line: its glyphs (a range of the line's glyph list) and text bytes.
    private struct Cluster {
        /// The run's font: an index into `scaledFonts`.
        var font: Int
        var glyphStart: Int
        var glyphEnd: Int
        var advance: Double
        var byteStart: Int
        var byteEnd: Int
        var isSpace: Bool
        var isLatin: Bool
    }

    /// A line's glyphs, each placed relative to its cluster's start (so that spreading can move whole
    /// clusters), in one list for the whole line.
    private struct LineGlyph {
        var index: UInt
        var x: Double
        var y: Double
    }

    /// Draws line `index` with its box's left edge at `x` and its baseline at `baseline`.
    public func draw(line index: Int, on canvas: Canvas, x: Double, baseline: Double) {
        guard index >= 0 && index < lines.count else { return }
        var glyphs: [LineGlyph] = []
        var clusters = collectClusters(line: index, glyphs: &glyphs)
        if let width = distributedWidth, index < lines.count - 1 {
            // A positive indent shortens the first line; a negative one (hanging) the others.
            let target = width - (index == 0 ? max(firstLineIndent, 0) : max(-firstLineIndent, 0))
            distribute(&clusters, toWidth: target)
        }
        draw(clusters, glyphs: glyphs, on: canvas, x: x + lines[index].x, baseline: baseline)
    }

    private func collectClusters(line index: Int, glyphs: inout [LineGlyph]) -> [Cluster] {
        let scale = Double(PANGO_SCALE)
        var clusters: [Cluster] = []
        let shapedGlyphs = shaped.glyphs
        let lineRuns = shaped.runs[Int(shaped.lineRunStarts[index])..<Int(shaped.lineRunStarts[index + 1])]
        // A line has at most one cluster and one glyph for each of its glyphs: room for them all at once.
        let glyphCount = lineRuns.reduce(0) { $0 + Int($1.glyphEnd) - Int($1.glyphStart) }
        clusters.reserveCapacity(glyphCount)
        glyphs.reserveCapacity(glyphCount)
        for run in lineRuns {
            let font = Int(run.font)
            let itemOffset = Int(run.itemOffset)
            let runStart = clusters.count
            for info in shapedGlyphs[Int(run.glyphStart)..<Int(run.glyphEnd)] {
                let byte = itemOffset + Int(info.logCluster)
                if info.isClusterStart || clusters.count == runStart {
                    let lead = utf8[byte]
                    let isSpace = lead == 0x20 || lead == 0x09 || (lead == 0xC2 && byte + 1 < utf8.count && utf8[byte + 1] == 0xA0)
                    clusters.append(Cluster(font: font, glyphStart: glyphs.count, glyphEnd: glyphs.count,
                                            advance: 0, byteStart: byte, byteEnd: byte, isSpace: isSpace,
                                            isLatin: lead < 0x80 && !isSpace))
                }
                let last = clusters.count - 1
                let glyph = info.glyph
                if glyph != Self.emptyGlyph && glyph & Self.unknownGlyphFlag == 0 {
                    glyphs.append(LineGlyph(index: UInt(glyph),
                                            x: clusters[last].advance + Double(info.xOffset) / scale,
                                            y: Double(info.yOffset - run.yOffset) / scale))
                    clusters[last].glyphEnd = glyphs.count
                }
                clusters[last].advance += Double(info.width) / scale
            }
            // A cluster's text runs to the next cluster's first byte in the text, the last one to the item's
            // end. (Right-to-left runs list their glyphs in visual order, so sort the starts first.)
            let itemEnd = itemOffset + Int(run.itemLength)
            // Left to right (every run of Thai and Latin text), each cluster's text ends where the next one's starts.
            if clusters[runStart...].indices.dropFirst().allSatisfy({ clusters[$0 - 1].byteStart < clusters[$0].byteStart }) {
                for i in runStart..<clusters.count {
                    clusters[i].byteEnd = i + 1 < clusters.count ? clusters[i + 1].byteStart : itemEnd
                }
                continue
            }
            let starts = clusters[runStart...].map(\.byteStart).sorted()
            for i in runStart..<clusters.count {
                // The first start after this cluster's (a binary search of the sorted starts).
                var low = 0, high = starts.count
                while low < high {
                    let middle = (low + high) / 2
                    if starts[middle] > clusters[i].byteStart { high = middle } else { low = middle + 1 }
                }
                clusters[i].byteEnd = low < starts.count ? starts[low] : itemEnd
            }
        }
        return clusters
    }

    /// Spreads the line's slack over the gaps between clusters: Thai clusters and spaces take an equal
    /// share; gaps inside Latin words take none, so Latin runs stretch at their spaces.
    private func distribute(_ clusters: inout [Cluster], toWidth target: Double) {
        var last = clusters.count - 1
        while last >= 0 && clusters[last].isSpace { last -= 1 }
        guard last > 0 else { return }
        let natural = clusters[0...last].reduce(0) { $0 + $1.advance }
        let slack = target - natural
        guard slack > 0.01 else { return }
        var weights = [Double](repeating: 0, count: clusters.count)
        for i in 1...last where !(clusters[i].isLatin && clusters[i - 1].isLatin) {
            weights[i] = 1
        }
        let total = weights.reduce(0, +)
        guard total > 0 else { return }
        let share = min(slack / total, maximumGapStretch)
        for i in 1...last where weights[i] > 0 {
            clusters[i - 1].advance += share * weights[i]
        }
    }

    /// Draws the line with one Cairo call per run of one font: each segment (the clusters between spaces,
    /// or one space) is one Cairo text cluster of the call, so Cairo still gives each word its own text
    /// span, while the page's recording holds a few commands per line instead of one per word.
    private func draw(_ clusters: [Cluster], glyphs lineGlyphs: [LineGlyph], on canvas: Canvas, x: Double, baseline: Double) {
        var pen = x
        var start = 0
        var glyphs: [cairo_glyph_t] = []
        var textClusters: [cairo_text_cluster_t] = []
        var bytes: [UInt8] = []
        var runFont: Int?
        func flush() {
            guard let font = runFont, !textClusters.isEmpty else { return }
            cairo_set_scaled_font(canvas.cr, scaledFonts[font])
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    cairo_show_text_glyphs(canvas.cr, chars.baseAddress, Int32(chars.count), glyphs, Int32(glyphs.count),
                                           textClusters, Int32(textClusters.count), cairo_text_cluster_flags_t(0))
                }
            }
            glyphs.removeAll(keepingCapacity: true)
            textClusters.removeAll(keepingCapacity: true)
            bytes.removeAll(keepingCapacity: true)
        }
        while start < clusters.count {
            // A segment: clusters between spaces in one font, one text cluster for Cairo.
            var end = start + 1
            if !clusters[start].isSpace {
                while end < clusters.count && !clusters[end].isSpace && clusters[end].font == clusters[start].font { end += 1 }
            }
            var glyphCount = 0, byteStart = Int.max, byteEnd = Int.min, segmentEnd = pen
            for c in start..<end {
                glyphCount += clusters[c].glyphEnd - clusters[c].glyphStart
                byteStart = min(byteStart, clusters[c].byteStart)
                byteEnd = max(byteEnd, clusters[c].byteEnd)
                segmentEnd += clusters[c].advance
            }
            if glyphCount > 0 && byteEnd > byteStart {
                if clusters[start].font != runFont {
                    flush()
                    runFont = clusters[start].font
                }
                var clusterPen = pen
                for c in start..<end {
                    for g in lineGlyphs[clusters[c].glyphStart..<clusters[c].glyphEnd] {
                        glyphs.append(cairo_glyph_t(index: g.index, x: clusterPen + g.x, y: baseline + g.y))
                    }
                    clusterPen += clusters[c].advance
                }
                textClusters.append(cairo_text_cluster_t(num_bytes: Int32(byteEnd - byteStart), num_glyphs: Int32(glyphCount)))
                bytes += utf8[byteStart..<byteEnd]
            }
            pen = segmentEnd
            start = end
        }
        flush()
    }
}
