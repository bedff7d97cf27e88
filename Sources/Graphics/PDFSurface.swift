import CPangoCairo

/// Document information written into the PDF.
public struct PDFMetadata: Sendable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: String
    public var creator: String
    /// ISO 8601 date-time ("2022-09-27T00:00:00"): fixed, so that the same input gives the same bytes.
    public var creationDate: String
    public init(title: String, author: String, subject: String, keywords: String, creator: String, creationDate: String) {
        self.title = title; self.author = author; self.subject = subject
        self.keywords = keywords; self.creator = creator; self.creationDate = creationDate
    }
}

/// A PDF file being written by Cairo, one page at a time.
public final class PDFSurface {
    let surface: OpaquePointer
    public let path: String
    private var finished = false

    public init(path: String, width: Double, height: Double, metadata: PDFMetadata) throws {
        let surface = cairo_pdf_surface_create(path, width, height)!
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw GraphicsError("cannot create PDF \(path): \(String(cString: cairo_status_to_string(status)))")
        }
        self.surface = surface
        self.path = path
        cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, metadata.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, metadata.author)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, metadata.subject)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, metadata.creator)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, metadata.creationDate)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, metadata.creationDate)
    }

    deinit {
        if !finished { cairo_surface_finish(surface) }
        cairo_surface_destroy(surface)
    }

    /// Starts drawing a page of the given size; call `endPage` when it is drawn.
    /// Starts a page of the given size; `label` is its number as a reader names it (ก, ๓), which PDF
    /// viewers show instead of the page's position in the file.
    public func beginPage(width: Double, height: Double, label: String? = nil) -> Canvas {
        cairo_pdf_surface_set_size(surface, width, height)
        if let label { cairo_pdf_surface_set_page_label(surface, label) }
        return Canvas(surface: surface)
    }

    public func endPage(_ canvas: Canvas) {
        cairo_show_page(canvas.cr)
    }

    /// Adds a bookmark opening `page` (1-based) at `y` points from its top; returns its id for children.
    @discardableResult
    public func addOutline(title: String, parent: Int?, page: Int, y: Double, open: Bool = false) -> Int {
        let attributes = "page=\(page) pos=[0 \(y)]"
        let flags: cairo_pdf_outline_flags_t = open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0)
        return Int(cairo_pdf_surface_add_outline(surface, Int32(parent ?? Int(CAIRO_PDF_OUTLINE_ROOT)), title, attributes, flags))
    }

    /// Writes the file out; throws if Cairo reports an error (for instance a full disk).
    public func finish() throws {
        cairo_surface_finish(surface)
        finished = true
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw GraphicsError("writing PDF \(path) failed: \(String(cString: cairo_status_to_string(status)))")
        }
    }
}
