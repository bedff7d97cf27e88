import CPangoCairo

/// An RGB colour, components 0…1.
public struct Color: Hashable, Sendable {
    public var red: Double, green: Double, blue: Double
    public init(red: Double, green: Double, blue: Double) {
        self.red = red; self.green = green; self.blue = blue
    }
    public static let black = Color(red: 0, green: 0, blue: 0)
}

/// A Cairo drawing context on one page, in points with the origin at the page's top-left corner.
public final class Canvas {
    let cr: OpaquePointer

    init(surface: OpaquePointer) {
        cr = cairo_create(surface)
    }

    deinit { cairo_destroy(cr) }

    public func setColor(_ color: Color) {
        cairo_set_source_rgb(cr, color.red, color.green, color.blue)
    }

    /// Strokes the segments (x1, y1, x2, y2) as one path: one drawing operation for a table's ruling.
    public func strokeLines(_ segments: [(Double, Double, Double, Double)], width: Double) {
        guard !segments.isEmpty else { return }
        cairo_set_line_width(cr, width)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
        for (x1, y1, x2, y2) in segments {
            cairo_move_to(cr, x1, y1)
            cairo_line_to(cr, x2, y2)
        }
        cairo_stroke(cr)
    }

    public func fillRectangle(x: Double, y: Double, width: Double, height: Double) {
        cairo_rectangle(cr, x, y, width, height)
        cairo_fill(cr)
    }

    public func strokeRectangle(x: Double, y: Double, width: Double, height: Double, lineWidth: Double) {
        cairo_set_line_width(cr, lineWidth)
        cairo_rectangle(cr, x, y, width, height)
        cairo_stroke(cr)
    }

    /// Runs `body` with the drawing turned by `degrees` (counter-clockwise) about (x, y).
    public func rotated(by degrees: Double, about x: Double, _ y: Double, _ body: () -> Void) {
        cairo_save(cr)
        cairo_translate(cr, x, y)
        cairo_rotate(cr, -degrees * Double.pi / 180)
        cairo_translate(cr, -x, -y)
        body()
        cairo_restore(cr)
    }

    /// Paints `image` scaled into the box at (x, y) of the given size.
    public func draw(_ image: RasterImage, x: Double, y: Double, width: Double, height: Double) {
        cairo_save(cr)
        cairo_translate(cr, x, y)
        cairo_scale(cr, width / Double(image.pixelWidth), height / Double(image.pixelHeight))
        let surface = image.surfaceForDrawing()
        cairo_set_source_surface(cr, surface, 0, 0)
        cairo_paint(cr)
        cairo_restore(cr)
        // The PDF surface keeps what it needs of it until the file is finished.
        cairo_surface_destroy(surface)
    }

    /// Marks the area as a link to the named destination `name` of this PDF (used by contents entries).
    /// A named destination, not a page number: Cairo 1.16 drops a link to a page it has not written yet
    /// (every contents entry but the first few), while a name is looked up by the viewer.
    public func link(toDestination name: String, x: Double, y: Double, width: Double, height: Double) {
        let attributes = "rect=[\(x) \(y) \(width) \(height)] dest='\(Self.quoted(name))'"
        cairo_tag_begin(cr, CAIRO_TAG_LINK, attributes)
        cairo_tag_end(cr, CAIRO_TAG_LINK)
    }

    /// Declares a named destination on this page, `y` points from its top, for links to open.
    public func destination(_ name: String, y: Double) {
        let attributes = "name='\(Self.quoted(name))' x=0 y=\(y)"
        cairo_tag_begin(cr, CAIRO_TAG_DEST, attributes)
        cairo_tag_end(cr, CAIRO_TAG_DEST)
    }

    /// A value for a Cairo tag's quoted attribute: `'` and `\` escaped with `\`.
    static func quoted(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}
