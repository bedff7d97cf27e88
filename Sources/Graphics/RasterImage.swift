import CPangoCairo

/// A PNG image loaded through Cairo.
public final class RasterImage {
    let surface: OpaquePointer
    public let pixelWidth: Int
    public let pixelHeight: Int

    /// Loads a PNG file; throws if Cairo cannot read or decode it.
    public init(pngPath: String) throws {
        let surface = cairo_image_surface_create_from_png(pngPath)!
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw GraphicsError("cannot read PNG image \(pngPath): \(String(cString: cairo_status_to_string(status)))")
        }
        self.surface = surface
        pixelWidth = Int(cairo_image_surface_get_width(surface))
        pixelHeight = Int(cairo_image_surface_get_height(surface))
    }

    deinit { cairo_surface_destroy(surface) }
}
