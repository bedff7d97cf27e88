import Foundation
import Graphics
import Typesetting

/// A bookmark in the PDF's outline: opens `page` (1-based) at `y` points from its top.
public struct OutlineEntry: Sendable {
    public var title: String
    public var page: Int
    public var y: Double
    public var children: [OutlineEntry]
    public init(title: String, page: Int, y: Double = 0, children: [OutlineEntry] = []) {
        self.title = title; self.page = page; self.y = y; self.children = children
    }
}

public typealias PDFMetadata = Graphics.PDFMetadata

/// Draws typeset pages into a PDF file with Cairo. The file appears at `path` only when it is
/// complete: it is written beside it under a temporary name and renamed into place, so a failed or
/// interrupted render leaves whatever was at `path` before untouched.
///
/// Cairo writes one PDF on one thread. A long document (the plan book) is therefore written as pieces
/// of `piecePages` pages, each a PDF of its own, on the threads the caller gives it, and the pieces are
/// joined into one file (`PDFJoin`). The pieces are cut by page count alone, so the file is the same
/// however many threads wrote it.
public enum PDFWriter {
    /// The pages of one piece of a long document: `PLANPRESS_PIECE_PAGES` if set (0 writes every document
    /// whole, with one Cairo surface: the smallest file, on one thread), else 48 (the plan book in two, one
    /// for each core of a two-core machine: each piece more adds its own font subsets to the file).
    nonisolated(unsafe) public static var piecePages =
        ProcessInfo.processInfo.environment["PLANPRESS_PIECE_PAGES"].flatMap { Int($0) }.map { max(0, $0) } ?? 48

    /// The page ranges a document of `count` pages is written in: one, unless it has at least two
    /// pieces' worth of pages, then pieces of about `piecePages` each.
    static func pieces(_ count: Int) -> [Range<Int>] {
        let pieceCount = piecePages > 0 && count >= 2 * piecePages ? (count + piecePages / 2) / piecePages : 1
        return (0..<pieceCount).map { k in (count * k / pieceCount)..<(count * (k + 1) / pieceCount) }
    }

    /// - Parameter language: the document's language (`th`), declared in the PDF's catalog.
    /// - Parameter threads: how many threads write a long document's pieces (the calling one included).
    /// - Parameter commits: where the finished file is handed to be flushed and put in place (nil: here).
    /// - Returns: the file's size in bytes.
    @discardableResult
    public static func write(_ document: TypesetDocument, metadata: PDFMetadata, outline: [OutlineEntry] = [],
                             language: String? = nil, threads: Int = 1, commits: FileCommits? = nil, to path: String) throws -> Int {
        let pages = document.pages
        guard !pages.isEmpty else { throw PDFExportError("a document with no pages cannot be written") }
        let pieces = pieces(pages.count)
        return try AtomicFile.write(to: path, commits: commits) { temporaryPath in
            if pieces.count > 1 {
                let folder = URL(fileURLWithPath: temporaryPath).deletingLastPathComponent().path
                let name = URL(fileURLWithPath: path).lastPathComponent
                let piecePaths = pieces.map { _ in folder + "/" + AtomicFile.temporaryName(for: name) }
                defer { for piece in piecePaths { unlink(piece) } }
                // Each piece has a Cairo surface of its own; the pages' text layouts draw with Cairo alone
                // (their fonts made ready where they were laid out), and images are wrapped anew for each drawing.
                let written = WorkerThreads.map(pieces.count, workers: threads) { k, _ in
                    try writeWhole(document, pages: pieces[k], metadata: metadata, outline: [], labels: false, to: piecePaths[k])
                }
                for result in written { try result.get() }
                let labelled = pages.contains { $0.label != nil }
                func bookmarks(_ entries: [OutlineEntry]) -> [PDFJoin.Bookmark] {
                    entries.map { entry in
                        let page = min(max(entry.page - 1, 0), pages.count - 1)
                        return PDFJoin.Bookmark(title: entry.title, page: page, top: pages[page].spec.height - entry.y,
                                                children: bookmarks(entry.children))
                    }
                }
                do {
                    try PDFJoin.join(piecePaths, labels: labelled ? pages.map { $0.label ?? "" } : nil,
                                     bookmarks: bookmarks(outline), language: language, to: temporaryPath)
                    return
                } catch is PDFJoin.Failure {
                    // Pieces of a Cairo this join does not read: the document is written whole instead.
                }
            }
            try writeWhole(document, pages: 0..<pages.count, metadata: metadata, outline: outline, labels: true, to: temporaryPath)
            if let language { try DocumentLanguage.declare(language, inPDFAt: temporaryPath) }
        }
    }

    /// Writes `range` of the document's pages as one PDF with one Cairo surface: with their page labels and the
    /// outline, or (a piece of a longer document) without either.
    private static func writeWhole(_ document: TypesetDocument, pages range: Range<Int>, metadata: PDFMetadata,
                                   outline: [OutlineEntry], labels: Bool, to path: String) throws {
        let pages = document.pages
        let first = pages[range.lowerBound]
        let surface = try PDFSurface(path: path, width: first.spec.width, height: first.spec.height, metadata: metadata)
        // Anchors by page, in a stable order (the same input gives the same bytes).
        var destinations: [Int: [(name: String, y: Double)]] = [:]
        for (name, position) in document.anchors.sorted(by: { $0.key < $1.key }) where range.contains(position.page) {
            destinations[position.page, default: []].append((name, position.y))
        }
        let labelled = labels && pages.contains { $0.label != nil }
        for index in range {
            let page = pages[index]
            // A PDF's page labels must cover every page once any page has one: an unnumbered page
            // (the announcement, the cover) gets an empty label.
            let label = labelled ? page.label ?? "" : nil
            let canvas = surface.beginPage(width: page.spec.width, height: page.spec.height, label: label)
            for destination in destinations[index] ?? [] { canvas.destination(destination.name, y: destination.y) }
            draw(page, on: canvas, anchors: document.anchors)
            surface.endPage(canvas)
        }
        func add(_ entries: [OutlineEntry], parent: Int?) {
            for entry in entries {
                let id = surface.addOutline(title: entry.title, parent: parent, page: entry.page, y: entry.y)
                add(entry.children, parent: id)
            }
        }
        add(outline, parent: nil)
        try surface.finish()
    }

    static func draw(_ page: Page, on canvas: Canvas, anchors: [String: AnchorPosition]) {
        // Lines of one width in a row (a table's ruling) are stroked as one path.
        var lines: [(Double, Double, Double, Double)] = []
        var linesWidth = 0.0
        func strokeLines() {
            guard !lines.isEmpty else { return }
            canvas.setColor(.black)
            canvas.strokeLines(lines, width: linesWidth)
            lines.removeAll(keepingCapacity: true)
        }
        for item in page.items {
            if case let .line(x1, y1, x2, y2, width) = item {
                if width != linesWidth { strokeLines() }
                linesWidth = width
                lines.append((x1, y1, x2, y2))
                continue
            }
            strokeLines()
            switch item {
            case let .textLine(layout, line, x, baseline, color):
                canvas.setColor(color)
                layout.draw(line: line, on: canvas, x: x, baseline: baseline)
            case .line:
                break // stroked above
            case let .image(image, x, y, width, height):
                canvas.draw(image, x: x, y: y, width: width, height: height)
            case let .rectangle(x, y, width, height, fill, stroke):
                if let fill {
                    canvas.setColor(fill)
                    canvas.fillRectangle(x: x, y: y, width: width, height: height)
                }
                if stroke > 0 {
                    canvas.setColor(.black)
                    canvas.strokeRectangle(x: x, y: y, width: width, height: height, lineWidth: stroke)
                }
            case let .rotatedTextLine(layout, line, x, baseline, color, angle):
                canvas.rotated(by: angle, about: x + layout.lines[line].x + layout.lines[line].width / 2, baseline) {
                    canvas.setColor(color)
                    layout.draw(line: line, on: canvas, x: x, baseline: baseline)
                }
            case let .link(x, y, width, height, target):
                if anchors[target] != nil {
                    canvas.link(toDestination: target, x: x, y: y, width: width, height: height)
                }
            }
        }
        strokeLines()
    }
}

public struct PDFExportError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
