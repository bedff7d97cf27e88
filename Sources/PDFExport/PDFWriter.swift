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
public enum PDFWriter {
    /// - Parameter language: the document's language (`th`), declared in the PDF's catalog.
    public static func write(_ document: TypesetDocument, metadata: PDFMetadata, outline: [OutlineEntry] = [],
                             language: String? = nil, to path: String) throws {
        let pages = document.pages
        try AtomicFile.write(to: path) { temporaryPath in
            guard let first = pages.first else { throw PDFExportError("a document with no pages cannot be written") }
            let surface = try PDFSurface(path: temporaryPath, width: first.spec.width, height: first.spec.height, metadata: metadata)
            // Anchors by page, in a stable order (the same input gives the same bytes).
            var destinations: [Int: [(name: String, y: Double)]] = [:]
            for (name, position) in document.anchors.sorted(by: { $0.key < $1.key }) {
                destinations[position.page, default: []].append((name, position.y))
            }
            let labelled = pages.contains { $0.label != nil }
            for (index, page) in pages.enumerated() {
                // A PDF's page labels must cover every page once any page has one: an unnumbered page
                // (the announcement, the cover) gets an empty label.
                let label = page.label ?? (labelled ? "" : nil)
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
            if let language { try DocumentLanguage.declare(language, inPDFAt: temporaryPath) }
        }
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
