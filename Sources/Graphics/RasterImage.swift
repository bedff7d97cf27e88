import CPangoCairo
import Foundation

/// A PNG image loaded through Cairo.
public final class RasterImage {
    let surface: OpaquePointer
    public let pixelWidth: Int
    public let pixelHeight: Int

    /// The most pixels an image may have before it is refused unread (decoding takes 4 bytes a pixel).
    nonisolated(unsafe) public static var maximumPixels = 40_000_000

    /// Loads a PNG file; throws if it is not a PNG, is larger than `maximumPixels`, or Cairo cannot
    /// decode it.
    public init(pngPath: String) throws {
        guard let handle = fopen(pngPath, "rb") else {
            throw GraphicsError("cannot open image \(pngPath)")
        }
        var header = [UInt8](repeating: 0, count: 24)
        let read = fread(&header, 1, 24, handle)
        fclose(handle)
        guard read == 24, header[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else {
            throw GraphicsError("\(pngPath) is not a PNG image (PlanPress embeds PNG files; convert it to PNG)")
        }
        let width = header[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = header[20..<24].reduce(0) { $0 << 8 | Int($1) }
        guard width > 0, height > 0, width <= Self.maximumPixels / height else {   // no overflowing product
            throw GraphicsError("image \(pngPath) is \(width)×\(height) pixels, more than the limit of \(Self.maximumPixels) pixels; scale it down")
        }
        let surface = cairo_image_surface_create_from_png(pngPath)!
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw GraphicsError("cannot read PNG image \(pngPath): \(String(cString: cairo_status_to_string(status)))")
        }
        self.surface = surface
        uniqueID = "planpress:\(pngPath)"
        pixelWidth = Int(cairo_image_surface_get_width(surface))
        pixelHeight = Int(cairo_image_surface_get_height(surface))
    }

    deinit { cairo_surface_destroy(surface) }

    /// An identity for PDF surfaces (the file it was read from): every drawing of this image embeds one copy of it in a PDF.
    private let uniqueID: String

    /// A new Cairo surface over this image's pixels, for one drawing. Cairo records a drawing of a surface
    /// by attaching a snapshot to it, which is not safe while another thread draws the same surface; a
    /// surface of its own for each drawing is (the pixels are only read), and `uniqueID` keeps the PDF
    /// from embedding the image once per drawing.
    func surfaceForDrawing() -> OpaquePointer {
        cairo_surface_flush(surface)
        let wrapper = cairo_image_surface_create_for_data(
            cairo_image_surface_get_data(surface), cairo_image_surface_get_format(surface),
            Int32(pixelWidth), Int32(pixelHeight), cairo_image_surface_get_stride(surface))!
        let id = Array(uniqueID.utf8)
        let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: id.count)
        copy.initialize(from: id, count: id.count)
        cairo_surface_set_mime_data(wrapper, CAIRO_MIME_TYPE_UNIQUE_ID, copy, UInt(id.count), { $0?.deallocate() }, copy)
        return wrapper
    }
}
