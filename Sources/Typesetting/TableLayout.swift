import Graphics

/// A table measured for one text-block width: column positions, each cell's laid-out lines, row
/// heights. `fragments` breaks it into page-sized pieces.
final class TableLayout {
    struct Cell {
        var row: Int
        var column: Int
        var rowSpan: Int
        var colSpan: Int
        var content: [Slice]
        var contentHeight: Double
        var verticalAlignment: TableCell.VerticalAlignment
        /// The text again with the continuation marker, for a span that goes on after a page break.
        var continued: [Slice]?
    }

    struct Grid {
        var cells: [Cell] = []
        var naturalHeights: [Double] = []
        var keepWithPrevious: [Bool] = []
    }

    /// A piece of the table on one page: its height and what is drawn, relative to its top-left corner.
    struct Fragment {
        var height: Double
        var items: [PageItem]
    }

    let table: Table
    let columnX: [Double]   // left edge of each column, plus the right edge at the end
    var header: Grid
    var body: Grid

    init(_ table: Table, width: Double, typesetter: Typesetter) throws {
        self.table = table
        let headerPlaces = try Self.place(table.header, columns: table.columns.count)
        let bodyPlaces = try Self.place(table.body, columns: table.columns.count)
        // Columns that grow to fit their widest one-line cell.
        var widths = table.columns.map { column -> Double in
            switch column {
            case let .fixed(w), let .atLeast(w): return w
            case .share: return 0
            }
        }
        for place in bodyPlaces where place.colSpan == 1 {
            guard case .atLeast = table.columns[place.column] else { continue }
            for paragraph in place.cell.paragraphs {
                let natural = typesetter.naturalWidth(paragraph) + 2 * table.paddingX
                widths[place.column] = max(widths[place.column], natural)
            }
        }
        let fixed = widths.reduce(0, +)
        guard fixed <= width + 0.5 else {
            throw TypesettingError("a table with \(table.columns.count) columns is wider than the page's text block (\(Int(fixed.rounded())) pt for \(Int(width.rounded())) pt); narrow its columns in the layout, or use a wider or landscape page")
        }
        let shares = table.columns.reduce(0.0) { if case let .share(s) = $1 { return $0 + s } else { return $0 } }
        let rest = max(0, width - fixed)
        var x = 0.0
        var xs: [Double] = []
        for (i, column) in table.columns.enumerated() {
            xs.append(x)
            if case let .share(s) = column { x += shares > 0 ? rest * s / shares : 0 } else { x += widths[i] }
        }
        xs.append(x)
        columnX = xs
        header = try Self.measure(headerPlaces, rows: table.header, table: table, columnX: xs, typesetter: typesetter, markContinued: false)
        body = try Self.measure(bodyPlaces, rows: table.body, table: table, columnX: xs, typesetter: typesetter, markContinued: true)
    }

    struct Placement {
        var row: Int
        var column: Int
        var rowSpan: Int
        var colSpan: Int
        var cell: TableCell
    }

    /// Where each cell sits on the grid, skipping places that spans from earlier rows cover.
    static func place(_ rows: [TableRow], columns: Int) throws -> [Placement] {
        var places: [Placement] = []
        var covered = Set<[Int]>()
        for (r, row) in rows.enumerated() {
            var c = 0
            for cell in row.cells {
                while c < columns && covered.contains([r, c]) { c += 1 }
                guard c < columns else {
                    throw TypesettingError("a table row has more cells than the table's \(columns) columns (row \(r + 1))")
                }
                let colSpan = min(cell.colSpan, columns - c)
                let rowSpan = min(cell.rowSpan, rows.count - r)
                for rr in r..<(r + rowSpan) { for cc in c..<(c + colSpan) { covered.insert([rr, cc]) } }
                places.append(Placement(row: r, column: c, rowSpan: rowSpan, colSpan: colSpan, cell: cell))
                c += colSpan
            }
        }
        return places
    }

    /// Lays out each placed cell's text and finds each row's natural height; a row span taller than
    /// its rows makes its last row taller (see `fit`).
    static func measure(_ places: [Placement], rows: [TableRow], table: Table, columnX: [Double], typesetter: Typesetter,
                        markContinued: Bool) throws -> Grid {
        var grid = Grid()
        for place in places {
            let cell = place.cell
            let inner = max(columnX[place.column + place.colSpan] - columnX[place.column] - 2 * table.paddingX, 12)
            var content: [Slice] = []
            for paragraph in cell.paragraphs { content += try typesetter.paragraphSlices(paragraph, width: inner) }
            var continued: [Slice]?
            if markContinued, place.rowSpan > 1, case let .repeatWithMarker(marker) = table.continuation,
               let last = cell.paragraphs.last {
                var slices: [Slice] = []
                for paragraph in cell.paragraphs.dropLast() { slices += try typesetter.paragraphSlices(paragraph, width: inner) }
                var marked = last
                marked.text += " " + marker
                slices += try typesetter.paragraphSlices(marked, width: inner)
                continued = slices
            }
            let height = content.reduce(0) { $0 + $1.height }
            grid.cells.append(Cell(row: place.row, column: place.column, rowSpan: place.rowSpan, colSpan: place.colSpan,
                                   content: content, contentHeight: height, verticalAlignment: cell.verticalAlignment,
                                   continued: continued))
        }
        grid.naturalHeights = [Double](repeating: 2 * table.paddingY, count: rows.count)
        for cell in grid.cells where cell.rowSpan == 1 {
            grid.naturalHeights[cell.row] = max(grid.naturalHeights[cell.row], cell.contentHeight + 2 * table.paddingY)
        }
        grid.keepWithPrevious = rows.map(\.keepWithPrevious)
        return grid
    }

    /// The height of the text a cell shows: for a span continued from an earlier page, its text with the marker.
    func textHeight(_ cell: Cell, continued: Bool) -> Double {
        continued ? (cell.continued.map { $0.reduce(0) { $0 + $1.height } } ?? cell.contentHeight) : cell.contentHeight
    }

    func need(_ cell: Cell, continued: Bool) -> Double { textHeight(cell, continued: continued) + 2 * table.paddingY }

    /// What a body cell still needs on a page that begins at row `start`: its text (marked when a continued
    /// span), less what earlier pages showed of it (`progress`: a row or a span taller than a page is split).
    private func need(_ index: Int, start: Int, progress: [Int: Double]) -> Double {
        need(body.cells[index], continued: body.cells[index].row < start) - (progress[index] ?? 0)
    }

    /// Header rows' heights, with header spans taken into account.
    lazy var headerHeights: [Double] = {
        var heights = header.naturalHeights
        for cell in header.cells where cell.rowSpan > 1 {
            let rows = cell.row..<(cell.row + cell.rowSpan)
            let have = rows.reduce(0) { $0 + heights[$1] }
            let want = need(cell, continued: false)
            if want > have { heights[rows.upperBound - 1] += want - have }
        }
        return heights
    }()

    var headerHeight: Double { headerHeights.reduce(0, +) }

    /// Breaks the table into fragments: the first fits in `firstAvailable` points (it may be empty
    /// when not even the header and one row fit there), the others in `fullAvailable` each.
    /// Throws when the header leaves no room on a page for any of the body's text.
    func fragments(firstAvailable: Double, fullAvailable: Double) throws -> [Fragment] {
        var result: [Fragment] = []
        var start = 0
        var available = firstAvailable
        let n = body.naturalHeights.count
        // A row split across pages: how much of the content of each cell on it (a row span's too) earlier
        // pages showed.
        var progress: [Int: Double] = [:]
        // Row spans over that row already shown whole on a page of it: shown again, they are no progress.
        var shownWhole = Set<Int>()
        while start < n || (n == 0 && result.isEmpty) {
            let usable = available - headerHeight
            var (end, heights) = fit(start: start, usable: usable, maxEnd: n, progress: progress)
            // A row kept with the one before it (a total) never begins a page: the break moves up past a
            // whole run of them (a dimension's total and the grand total), taking one ordinary row along.
            while end < n, end - 1 > start, body.keepWithPrevious[end] {
                (end, heights) = fit(start: start, usable: usable, maxEnd: end - 1, progress: progress)
            }
            if end == start && n > 0 {
                if result.isEmpty && available < fullAvailable {
                    result.append(Fragment(height: 0, items: [])) // begin on a fresh page
                    available = fullAvailable
                    continue
                }
                // A row taller than a whole page, or a row span that is: show what fits and go on with the
                // rest on the next page.
                let slice = max(usable, 2 * table.paddingY + 1)
                let (fragment, reached) = draw(start: start, end: start + 1, heights: [slice], progress: progress)
                guard reached.contains(where: { !shownWhole.contains($0.key) && $0.value > (progress[$0.key] ?? 0) + 0.01 }) else {
                    throw TypesettingError("a table's header rows (\(Int(headerHeight.rounded())) pt) leave no room for its rows on a page of \(Int(fullAvailable.rounded())) pt; shorten the header's text or its cells' padding in the layout")
                }
                result.append(fragment)
                // A row span shown whole goes on as spans do, its text again with the continuation marker.
                progress = reached.filter { index, shown in
                    let cell = body.cells[index]
                    if cell.rowSpan == 1 || shown < textHeight(cell, continued: cell.row < start) - 0.01 { return true }
                    shownWhole.insert(index)
                    return false
                }
                available = fullAvailable
                continue
            }
            result.append(draw(start: start, end: end, heights: heights, progress: progress).0)
            progress = [:]
            shownWhole = []
            start = end
            available = fullAvailable
            if n == 0 { break }
        }
        return result
    }

    /// How many rows from `start` fit in `usable` points, and their heights on this page (a row span
    /// ending on the page, or going on to the next, makes the page's last row tall enough for its text).
    private func fit(start: Int, usable: Double, maxEnd: Int, progress: [Int: Double]) -> (Int, [Double]) {
        var heights: [Double] = []
        var tops: [Double] = []
        var total = 0.0
        var r = start
        while r < maxEnd {
            var h = body.naturalHeights[r]
            if r == start && !progress.isEmpty {
                // What is left of a row split on earlier pages.
                h = 2 * table.paddingY
                for (index, cell) in body.cells.enumerated() where cell.row == r && cell.rowSpan == 1 {
                    h = max(h, need(index, start: start, progress: progress))
                }
            }
            var close = 0.0
            for (index, cell) in body.cells.enumerated() where cell.rowSpan > 1 && cell.row <= r && r < cell.row + cell.rowSpan {
                let segmentTop = cell.row < start ? 0 : cell.row == r ? total : tops[cell.row - start]
                let want = segmentTop + need(index, start: start, progress: progress)
                if r == cell.row + cell.rowSpan - 1 {
                    h = max(h, want - total)
                } else {
                    close = max(close, want)
                }
            }
            let pageHeight = max(total + h, close)
            if pageHeight > usable + 0.01 { break }
            tops.append(total)
            heights.append(h)
            total += h
            r += 1
        }
        // Stretch the last row for spans that go on past this page.
        if let last = heights.indices.last {
            var close = total
            for (index, cell) in body.cells.enumerated() where cell.rowSpan > 1 && cell.row <= r - 1 && r - 1 < cell.row + cell.rowSpan - 1 {
                let segmentTop = cell.row >= start ? tops[cell.row - start] : 0
                close = max(close, segmentTop + need(index, start: start, progress: progress))
            }
            heights[last] += close - total
        }
        return (r, heights)
    }

    /// Draws the header and body rows start..<end with the given heights.
    /// Also returns, for the cells on row `start` (row spans over it too), how far into their content this
    /// page got; a cell `progress` names goes on from there.
    private func draw(start: Int, end: Int, heights: [Double], progress: [Int: Double]) -> (Fragment, [Int: Double]) {
        var items: [PageItem] = []
        let border = table.borderWidth
        var ruling = Ruling()
        func rect(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) {
            guard border > 0 else { return }
            ruling.add(horizontalAt: y0, from: x0, to: x1)
            ruling.add(horizontalAt: y1, from: x0, to: x1)
            ruling.add(verticalAt: x0, from: y0, to: y1)
            ruling.add(verticalAt: x1, from: y0, to: y1)
        }
        @discardableResult
        func place(_ slices: [Slice], x: Double, top: Double, height: Double, alignment: TableCell.VerticalAlignment, skip: Double) -> Double {
            let content = slices.reduce(0) { $0 + $1.height }
            var y: Double
            switch alignment {
            case .top: y = top + table.paddingY
            case .middle: y = top + max(table.paddingY, (height - content) / 2)
            case .bottom: y = top + max(table.paddingY, height - table.paddingY - content)
            }
            var offset = 0.0
            var reached = skip
            for slice in slices {
                if offset + slice.height <= skip + 0.01 { offset += slice.height; continue }
                if y + slice.height > top + height - table.paddingY + 0.5 && y > top + table.paddingY + 0.5 { break }
                for item in slice.items { items.append(item.offsetBy(dx: x + table.paddingX, dy: y)) }
                y += slice.height
                offset += slice.height
                reached = offset
            }
            return reached
        }
        // Header
        var headerTops: [Double] = []
        var y = 0.0
        for h in headerHeights { headerTops.append(y); y += h }
        for cell in header.cells {
            let top = headerTops[cell.row]
            let height = (cell.row..<(cell.row + cell.rowSpan)).reduce(0) { $0 + headerHeights[$1] }
            let x0 = columnX[cell.column], x1 = columnX[cell.column + cell.colSpan]
            rect(x0, top, x1, top + height)
            place(cell.content, x: x0, top: top, height: height, alignment: cell.verticalAlignment, skip: 0)
        }
        // Body
        var tops: [Double] = []
        for h in heights { tops.append(y); y += h }
        var reached: [Int: Double] = [:]
        for (index, cell) in body.cells.enumerated() {
            let first = max(cell.row, start), last = min(cell.row + cell.rowSpan, end)
            guard first < last else { continue }
            let top = tops[first - start]
            let height = (first..<last).reduce(0) { $0 + heights[$1 - start] }
            let x0 = columnX[cell.column], x1 = columnX[cell.column + cell.colSpan]
            rect(x0, top, x1, top + height)
            let shown = progress[index]
            let continued = cell.row < start
            let slices = continued ? (cell.continued ?? cell.content) : cell.content
            let offset = place(slices, x: x0, top: top, height: height, alignment: continued || shown != nil ? .top : cell.verticalAlignment,
                               skip: shown ?? 0)
            if first == start { reached[index] = offset }
        }
        // The cells' borders, drawn last: shared edges once, each run of touching edges as one line.
        for (x1, y1, x2, y2) in ruling.lines { items.append(.line(x1: x1, y1: y1, x2: x2, y2: y2, width: border)) }
        return (Fragment(height: y, items: items), reached)
    }
}

/// The ruling of a table fragment: its cells' edges, merged into the fewest straight lines (an edge two
/// cells share is one line, and a row's or column's edges in a row are one line across). Drawn with
/// square caps, the merged lines cover what the edges drawn one by one would.
struct Ruling {
    /// Positions a millionth of a point apart are one (sums of row heights in another order differ in
    /// their last bits).
    private static func key(_ value: Double) -> Double { (value * 1_000_000).rounded() / 1_000_000 }
    private var horizontal: [Double: [(Double, Double)]] = [:]
    private var vertical: [Double: [(Double, Double)]] = [:]

    mutating func add(horizontalAt y: Double, from x0: Double, to x1: Double) {
        horizontal[Self.key(y), default: []].append((Self.key(min(x0, x1)), Self.key(max(x0, x1))))
    }

    mutating func add(verticalAt x: Double, from y0: Double, to y1: Double) {
        vertical[Self.key(x), default: []].append((Self.key(min(y0, y1)), Self.key(max(y0, y1))))
    }

    /// Intervals merged where they overlap or touch, in order.
    private static func merged(_ intervals: [(Double, Double)]) -> [(Double, Double)] {
        var result: [(Double, Double)] = []
        for interval in intervals.sorted(by: { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }) {
            if let last = result.last, interval.0 <= last.1 {
                result[result.count - 1].1 = max(last.1, interval.1)
            } else {
                result.append(interval)
            }
        }
        return result
    }

    /// The lines (x1, y1, x2, y2): horizontal ones top to bottom, then vertical ones left to right.
    var lines: [(Double, Double, Double, Double)] {
        var lines: [(Double, Double, Double, Double)] = []
        for y in horizontal.keys.sorted() {
            for (x0, x1) in Self.merged(horizontal[y]!) { lines.append((x0, y, x1, y)) }
        }
        for x in vertical.keys.sorted() {
            for (y0, y1) in Self.merged(vertical[x]!) { lines.append((x, y0, x, y1)) }
        }
        return lines
    }
}
