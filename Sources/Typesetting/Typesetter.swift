import Graphics
import ThaiText

/// Breaks a flow of blocks into pages: Pango lays out each paragraph, the typesetter places its lines,
/// keeps headings with what follows, avoids single lines at a page's top or bottom, and prints running
/// page numbers.
public final class Typesetter {
    public let fonts: FontSystem
    public let layout: DocumentLayout
    /// Drawn under the content of every page.
    public var watermark: Watermark?
    /// A document that would run past this many pages stops with an error instead of exhausting memory.
    public var maximumPages = 2_000
    private var checkedFamilies: Set<[String]> = []

    let cache: ParagraphCache

    /// - Parameter cache: paragraphs laid out before, shared by the typesetters of one font system.
    public init(fonts: FontSystem, layout: DocumentLayout, cache: ParagraphCache = ParagraphCache()) {
        self.fonts = fonts
        self.layout = layout
        self.cache = cache
    }

    /// The numbering a document starts with: the layout's running numbers (digits, printed from its
    /// `from_page`), or none when the layout has no `page_numbers`.
    public var defaultNumbering: PageNumbering {
        guard let numbers = layout.pageNumbers else { return PageNumbering(style: .none) }
        return PageNumbering(style: .thaiDigits, startAt: 1, printFrom: numbers.fromPage)
    }

    /// Typesetters of the same layout on fonts of their own (another render session's), each used on a
    /// thread of its own while this one typesets: the runs of blocks between page breaks (a book's
    /// parts and sheets) are then set by all of them at once, each taking the next run, and paginated
    /// in order here. The pages are the same as this typesetter's alone.
    public var helpers: [Typesetter] = []

    /// Sets `blocks` into pages of the layout's paper.
    public func typeset(_ blocks: [Block]) throws -> TypesetDocument {
        var slices: [Slice] = []
        // Stop early when the text alone would fill more pages than allowed, before laying out the rest.
        let limit = Double(maximumPages) * layout.page.textHeight
        let runs = helpers.isEmpty ? [] : Self.runs(blocks, width: layout.page.textWidth)
        if runs.count < 2 {
            slices = try self.slices(blocks[...], width: layout.page.textWidth, limit: limit)
        } else {
            // A run the same as the one in its place last time (the book set again for its contents' page
            // numbers: every run but the contents') keeps its slices.
            let previous = cache.previousRuns
            let typesetters = [self] + helpers
            let results = WorkerThreads.map(runs.count, workers: typesetters.count) { index, worker in
                let run = runs[index]
                if index < previous.count, previous[index].width == run.width, previous[index].blocks == run.blocks {
                    return previous[index].slices
                }
                return try typesetters[worker].slices(run.blocks, width: run.width, limit: limit)
            }
            var kept: [(blocks: ArraySlice<Block>, width: Double, slices: [Slice])] = []
            for (run, result) in zip(runs, results) {
                let runSlices = try result.get()
                slices += runSlices
                kept.append((run.blocks, run.width, runSlices))
            }
            cache.previousRuns = kept
            if slices.reduce(0, { $0 + $1.height }) > limit { throw Self.tooLong(maximumPages) }
        }
        var document = try paginate(slices)
        try addPageNumbers(&document.pages)
        if let watermark { try addWatermark(watermark, to: &document.pages) }
        return document
    }

    // MARK: Blocks into slices

    static func tooLong(_ pages: Int) -> TypesettingError {
        TypesettingError("the document would have more than \(pages) pages; check the data for runaway text, or raise the limit (--max-pages)")
    }

    /// The slices of `blocks`, set from `width`; throws once they are taller than `limit`.
    private func slices(_ blocks: ArraySlice<Block>, width start: Double, limit: Double) throws -> [Slice] {
        var slices: [Slice] = []
        var width = start
        var height = 0.0
        for block in blocks {
            let before = slices.count
            try append(block, to: &slices, width: &width)
            height += slices[before...].reduce(0) { $0 + $1.height }
            if height > limit { throw Self.tooLong(maximumPages) }
        }
        return slices
    }

    /// `blocks` in runs from one page break to the next, each with the text width it starts with.
    static func runs(_ blocks: [Block], width start: Double) -> [(blocks: ArraySlice<Block>, width: Double)] {
        var runs: [(blocks: ArraySlice<Block>, width: Double)] = []
        var width = start, runStart = 0, runWidth = start
        for (index, block) in blocks.enumerated() {
            if case .pageBreak = block, index > runStart {
                runs.append((blocks[runStart..<index], runWidth))
                runStart = index
                runWidth = width
            }
            width = Self.width(after: block, from: width)
        }
        runs.append((blocks[runStart...], runWidth))
        return runs
    }

    /// The text width after `block`, as `append` changes it: a page break to a page of other margins.
    static func width(after block: Block, from width: Double) -> Double {
        switch block {
        case let .pageBreak(spec): return spec?.textWidth ?? width
        case let .keepTogether(inner): return inner.reduce(width) { Self.width(after: $1, from: $0) }
        default: return width
        }
    }

    private func append(_ block: Block, to slices: inout [Slice], width: inout Double) throws {
        switch block {
        case let .paragraph(paragraph):
            slices += try paragraphSlices(paragraph, width: width)
        case let .space(height):
            slices.append(.space(height))
        case let .rule(ruleWidth, thickness, alignment):
            let x = offset(for: alignment, itemWidth: ruleWidth, boxWidth: width)
            slices.append(Slice(height: thickness, items: [.line(x1: x, y1: thickness / 2, x2: x + ruleWidth, y2: thickness / 2, width: thickness)]))
        case let .image(image):
            var slice = Slice(height: image.height)
            slice.absoluteTop = image.top
            if let path = image.path {
                let raster: RasterImage
                do { raster = try RasterImage(pngPath: path) } catch { throw TypesettingError("\(error)") }
                let w = image.height * Double(raster.pixelWidth) / Double(raster.pixelHeight)
                let x = offset(for: image.alignment, itemWidth: w, boxWidth: width)
                slice.items = [.image(raster, x: x, y: 0, width: w, height: image.height)]
            }
            slices.append(slice)
            if image.spaceAfter > 0 { slices.append(.space(image.spaceAfter)) }
        case let .keepTogether(inner):
            var group: [Slice] = []
            for b in inner { try append(b, to: &group, width: &width) }
            for i in group.indices.dropLast() { group[i].keepWithNext = true }
            slices += group
        case let .pageBreak(spec):
            slices.append(Slice(kind: .pageBreak(spec), height: 0))
            if let spec { width = spec.textWidth }
        case let .table(table):
            var slice = Slice(kind: .table(table), height: 0)
            slice.tableLayout = (width, try TableLayout(table, width: width, typesetter: self))
            slices.append(slice)
        case let .figure(figure):
            slices.append(try figureSlice(figure, width: width))
        case let .anchor(name):
            var slice = Slice(height: 0)
            slice.anchor = name
            slice.keepWithNext = true
            slices.append(slice)
        case let .pageNumbering(numbering):
            slices.append(Slice(kind: .numbering(numbering), height: 0))
        }
    }

    private func offset(for alignment: HorizontalAlignment, itemWidth: Double, boxWidth: Double) -> Double {
        switch alignment {
        case .left, .justify: return 0
        case .center: return (boxWidth - itemWidth) / 2
        case .right: return boxWidth - itemWidth
        }
    }

    /// Lays out a paragraph and returns one slice per line (with the paragraph's spacing around them).
    func paragraphSlices(_ paragraph: Paragraph, width: Double) throws -> [Slice] {
        if let cached = cache.lookup(paragraph, width: width) { return cached }
        let slices = try layOutParagraph(paragraph, width: width)
        cache.store(slices, for: paragraph, width: width)
        return slices
    }

    private func layOutParagraph(_ paragraph: Paragraph, width: Double) throws -> [Slice] {
        let style = paragraph.style
        if let problem = ThaiClusters.firstProblem(in: paragraph.text) {
            throw TypesettingError("cannot set this text: \(problem); retype the word")
        }
        try checkFonts(style.font.families)
        let left = style.leftIndent.resolve(against: width)
        let boxWidth = width - left - style.rightIndent.resolve(against: width)
        // A column narrower than one character of the type leaves no room either: every character would
        // take a line of its own (a long paragraph then runs past Pango's 32-bit coordinates, and takes minutes).
        guard boxWidth > max(10, style.font.size) else {
            throw TypesettingError("the indents of a paragraph leave no room for its text (\(Int(boxWidth.rounded())) pt for \(Int(style.font.size.rounded()))pt type): \(paragraph.text.prefix(60))")
        }
        let request = TextRequest(text: paragraph.text, font: style.font, width: boxWidth,
                                  alignment: style.alignment, justification: style.justification,
                                  firstLineIndent: style.firstLineIndent.resolve(against: width),
                                  noBreakRanges: protectedRanges(paragraph, font: style.font, boxWidth: boxWidth),
                                  tabStops: paragraph.tabStops, boldRanges: paragraph.boldRanges,
                                  maximumGapStretch: style.justifyLimit * style.font.size)
        // The request's key, worked out once for the store and the other threads' layouts.
        let key = cache.store != nil || cache.shared != nil ? LayoutStore.key(request) : nil
        let kept = key.flatMap { cache.store?.layout(request, key: $0, fonts: fonts) }
        let other = kept == nil ? key.flatMap { cache.shared?.layout(request, key: $0, fonts: fonts) } : nil
        let text = kept ?? other ?? TextLayout(fonts: fonts, request: request)
        if text.unknownGlyphCount > 0 {
            throw TypesettingError("no font among \(style.font.families.joined(separator: ", ")) can draw \(text.unknownGlyphCount) character(s) of this text: “\(paragraph.text.prefix(80))”; add a font that covers them to the layout's font list or to Fonts/")
        }
        // Only the layout's fallback chain may draw the text: a font Pango found elsewhere on the machine
        // would make the document look different on another machine.
        let chain = Set(style.font.families.map { $0.lowercased() })
        if let stranger = text.fontFamiliesUsed.first(where: { !chain.contains($0.lowercased()) }) {
            throw TypesettingError("no font among \(style.font.families.joined(separator: ", ")) can draw all of this text (the system would use “\(stranger)”): “\(paragraph.text.prefix(80))”; add a font that covers it to the layout's font list (for example a Lao or symbol font) or put its files in Fonts/")
        }
        if kept == nil, let key { cache.store?.record(text, key: key) }
        if other != nil { cache.takenFromShared += 1 } else if kept == nil { cache.setByPango += 1 }
        if kept == nil && other == nil, let key { cache.shared?.record(text, key: key) }
        var slices: [Slice] = []
        if style.spaceBefore > 0 { slices.append(.space(style.spaceBefore)) }
        let count = text.lines.count
        for (i, line) in text.lines.enumerated() {
            let natural = line.ascent + line.descent
            let height = natural * style.lineSpacing
            let baseline = line.ascent + (height - natural) / 2
            var slice = Slice(height: height, items: [.textLine(text, line: i, x: left, baseline: baseline, color: style.color)])
            if let target = paragraph.link {
                slice.items.append(.link(x: left + line.x, y: 0, width: line.width, height: height, target: target))
            }
            // No single line of a paragraph alone at the bottom (orphan) or top (widow) of a page.
            if count >= 2 && (i == 0 || i == count - 2) { slice.keepWithNext = true }
            if style.keepWithNext && i == count - 1 { slice.keepWithNext = true }
            slices.append(slice)
        }
        if style.spaceAfter > 0 {
            var space = Slice.space(style.spaceAfter)
            space.keepWithNext = style.keepWithNext
            slices.append(space)
        }
        return slices
    }

    /// The paragraph's width set on one line (for columns that fit their content).
    func naturalWidth(_ paragraph: Paragraph) -> Double {
        let style = paragraph.style
        return oneLineWidth(TextKey(paragraph.text), font: style.font) + max(0, style.firstLineIndent.resolve(against: 0))
    }

    /// The width of `text` set on one line in `font`, laid out once per renderer.
    private func oneLineWidth(_ text: TextKey, font: FontRequest) -> Double {
        if let width = cache.oneLineWidths[font]?[text] { return width }
        let width: Double
        if let kept = cache.store?.oneLineWidth(text, font: font) {
            width = kept
        } else if let other = cache.shared?.oneLineWidth(text, font: font) {
            width = other
            cache.store?.recordOneLineWidth(width, text: text, font: font)
        } else {
            width = TextLayout(fonts: fonts, text: text.text, font: font, width: 100_000, alignment: .left).naturalWidth
            cache.store?.recordOneLineWidth(width, text: text, font: font)
            cache.shared?.recordOneLineWidth(width, text: text, font: font)
        }
        cache.oneLineWidths[font, default: [:]][text] = width
        return width
    }

    /// The paragraph's no-break ranges that fit on a line of the box: a name wider than a narrow table
    /// cell has to break somewhere, and Pango chooses where.
    private func protectedRanges(_ paragraph: Paragraph, font: FontRequest, boxWidth: Double) -> [Range<Int>] {
        guard !paragraph.noBreakRanges.isEmpty else { return [] }
        let utf8 = Array(paragraph.text.utf8)
        return paragraph.noBreakRanges.filter { range in
            guard range.lowerBound >= 0, range.upperBound <= utf8.count else { return false }
            // A character of a text face advances at most about 1 em, and a Thai vowel or tone mark above
            // or below its consonant not at all: a name surely narrower than the box needs no measuring.
            if Double(ThaiClusters.advancingCharacters(utf8: utf8[range])) * Self.widestAdvance * font.size <= boxWidth { return true }
            return oneLineWidth(TextKey(bytes: utf8[range]), font: font) <= boxWidth
        }
    }

    /// The most one character of a text face advances, in em (Laksaman's widest, ๛ and a bold %, take
    /// 1.05 em).
    static let widestAdvance = 1.1

    private func checkFonts(_ families: [String]) throws {
        if checkedFamilies.contains(families) { return }
        guard families.contains(where: fonts.hasFamily) else {
            throw TypesettingError("none of the font families \(families.map { "“\($0)”" }.joined(separator: ", ")) named in \(layout.file) is installed (looked in Fonts/ and the system's fonts); install one (Debian: fonts-tlwg-laksaman gives Laksaman) or put its font files in Fonts/")
        }
        checkedFamilies.insert(families)
    }

    // MARK: Slices into pages

    private func paginate(_ slices: [Slice]) throws -> TypesetDocument {
        var pages: [Page] = []
        var anchors: [String: AnchorPosition] = [:]
        var spec = layout.page
        var items: [PageItem] = []
        var y = spec.marginTop
        var pageHasContent = false
        var numbering = defaultNumbering
        var number = numbering.startAt

        var overflow = false
        func newPage(_ next: PageSpec? = nil) {
            pages.append(Page(spec: spec, items: items, numbering: numbering, number: number))
            if pages.count > maximumPages { overflow = true }
            number += 1
            if let next { spec = next }
            items = []
            y = spec.marginTop
            pageHasContent = false
        }
        var pendingNumbering: PageNumbering?
        func startPage(_ next: PageSpec? = nil) {
            newPage(next)
            if let pending = pendingNumbering {
                numbering = pending
                number = pending.startAt
                pendingNumbering = nil
            }
        }

        var i = 0
        while i < slices.count {
            if overflow {
                throw TypesettingError("the document would have more than \(maximumPages) pages; check the data for runaway text, or raise the limit (--max-pages)")
            }
            let slice = slices[i]
            let bottom = spec.height - spec.marginBottom
            switch slice.kind {
            case let .pageBreak(next):
                if pageHasContent {
                    startPage(next)
                } else if let next {
                    spec = next
                    y = spec.marginTop
                }
                i += 1
                continue
            case let .numbering(next):
                if pageHasContent {
                    pendingNumbering = next
                } else {
                    numbering = next
                    number = next.startAt
                }
                i += 1
                continue
            case .space:
                if pageHasContent {
                    if y + slice.height > bottom { startPage() } else { y += slice.height }
                }
                i += 1
                continue
            case let .table(table):
                let laidOut = try tableLayout(slice, table, width: spec.textWidth)
                let fragments = try laidOut.fragments(firstAvailable: pageHasContent ? bottom - y : spec.textHeight,
                                                  fullAvailable: spec.textHeight)
                for (index, fragment) in fragments.enumerated() {
                    if fragment.items.isEmpty {
                        // Not even the header and one row fit here: the table begins on the next page.
                        if pageHasContent { startPage() }
                        continue
                    }
                    if index > 0 && !fragments[index - 1].items.isEmpty { startPage() }
                    for item in fragment.items { items.append(item.offsetBy(dx: spec.marginLeft, dy: y)) }
                    y += fragment.height
                    pageHasContent = true
                }
                i += 1
                continue
            case .content:
                break
            }
            // The run of slices that must share this page: this one and every one it keeps with.
            var chainHeight = slice.height
            var j = i
            while slices[j].keepWithNext, j + 1 < slices.count {
                j += 1
                if case let .table(table) = slices[j].kind {
                    // A heading before a table stays with the table's header and first row.
                    let laidOut = try tableLayout(slices[j], table, width: spec.textWidth)
                    chainHeight += laidOut.headerHeight + (laidOut.body.naturalHeights.first ?? 0)
                    break
                }
                if case .content = slices[j].kind {} else if case .space = slices[j].kind {} else { break }
                chainHeight += slices[j].height
            }
            let top = slice.absoluteTop ?? y
            if pageHasContent && slice.absoluteTop == nil && top + chainHeight > bottom
                && chainHeight <= spec.textHeight {
                startPage()
                continue
            }
            if pageHasContent && top + slice.height > bottom {
                startPage()
                continue
            }
            let placeAt = slice.absoluteTop ?? y
            for item in slice.items { items.append(item.offsetBy(dx: spec.marginLeft, dy: placeAt)) }
            if let anchor = slice.anchor { anchors[anchor] = AnchorPosition(page: pages.count, y: placeAt) }
            y = placeAt + slice.height
            if slice.anchor == nil { pageHasContent = true }
            i += 1
        }
        if pageHasContent || pages.isEmpty { newPage() }
        return TypesetDocument(pages: pages, anchors: anchors)
    }

    /// The table's layout for `width`: the one made with its slice (when made for that width, as it is
    /// unless a page break changed the margins in between), else made here.
    private func tableLayout(_ slice: Slice, _ table: Table, width: Double) throws -> TableLayout {
        if let made = slice.tableLayout, made.width == width { return made.layout }
        return try TableLayout(table, width: width, typesetter: self)
    }

    /// A figure becomes one slice: it is never split across pages.
    private func figureSlice(_ figure: Figure, width: Double) throws -> Slice {
        var items: [PageItem] = []
        for element in figure.elements {
            switch element {
            case let .rectangle(x, y, w, h, fill, stroke):
                items.append(.rectangle(x: x, y: y, width: w, height: h, fill: fill, stroke: stroke))
            case let .line(x1, y1, x2, y2, lineWidth):
                items.append(.line(x1: x1, y1: y1, x2: x2, y2: y2, width: lineWidth))
            case let .text(paragraph, x, y, boxWidth):
                var top = y
                var style = paragraph.style
                style.spaceBefore = 0; style.spaceAfter = 0
                var p = paragraph
                p.style = style
                for slice in try paragraphSlices(p, width: boxWidth) where !slice.items.isEmpty {
                    items += slice.items.map { $0.offsetBy(dx: x, dy: top) }
                    top += slice.height
                }
            case let .image(path, x, y, w, h):
                let raster: RasterImage
                do { raster = try RasterImage(pngPath: path) } catch { throw TypesettingError("\(error)") }
                let scale = min(w / Double(raster.pixelWidth), h / Double(raster.pixelHeight))
                let iw = Double(raster.pixelWidth) * scale, ih = Double(raster.pixelHeight) * scale
                items.append(.image(raster, x: x + (w - iw) / 2, y: y + (h - ih) / 2, width: iw, height: ih))
            }
        }
        return Slice(height: figure.height, items: items)
    }

    private func addWatermark(_ watermark: Watermark, to pages: inout [Page]) throws {
        try checkFonts(watermark.style.font.families)
        let text = TextLayout(fonts: fonts, text: watermark.text, font: watermark.style.font, width: 100_000, alignment: .left)
        guard let line = text.lines.first else { return }
        for index in pages.indices {
            let spec = pages[index].spec
            let x = spec.width / 2 - line.width / 2 - line.x
            let baseline = spec.height / 2 + (line.ascent - line.descent) / 2
            pages[index].items.insert(.rotatedTextLine(text, line: 0, x: x, baseline: baseline,
                                                      color: watermark.style.color, angle: watermark.angle), at: 0)
        }
    }

    /// Prints each page's number where its numbering says so, in the layout's format and style.
    private func addPageNumbers(_ pages: inout [Page]) throws {
        guard let numbers = layout.pageNumbers else { return }
        var style = numbers.style
        style.leftIndent = .points(0); style.rightIndent = .points(0)
        for index in pages.indices where pages[index].printsNumber {
            guard let label = pages[index].label else { continue }
            let text = Placeholders.fill(numbers.format, ["n": label])
            let spec = pages[index].spec
            let slices = try paragraphSlices(Paragraph(text, style: style), width: spec.textWidth)
            var y = spec.pageNumberTop ?? numbers.top
            for slice in slices where !slice.items.isEmpty {
                for item in slice.items { pages[index].items.append(item.offsetBy(dx: spec.marginLeft, dy: y)) }
                y += slice.height
            }
        }
    }
}
