import CPangoCairo
import Foundation

/// Errors raised by the graphics layer, with text a user can act on.
public struct GraphicsError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// The fonts one render can use: fontconfig's system fonts plus the application font folders
/// (PlanPress's `Fonts/`, searched first), behind one Pango font map.
///
/// One `FontSystem` belongs to one rendering task at a time; Pango font maps are not shared across threads.
public final class FontSystem {
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let config: OpaquePointer
    /// Family names fontconfig knows, lowercased, for checking a layout's font list before rendering.
    public let familyNames: Set<String>
    let context: OpaquePointer

    /// - Parameter applicationFontDirectories: folders whose font files take part before the system's
    ///   (a folder that does not exist is skipped).
    public init(applicationFontDirectories: [String]) throws {
        guard let config = FcInitLoadConfigAndFonts() else {
            throw GraphicsError("fontconfig could not load its configuration")
        }
        for dir in applicationFontDirectories {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue {
                _ = FcConfigAppFontAddDir(config, dir)
            }
        }
        self.config = config
        guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
            FcConfigDestroy(config)
            throw GraphicsError("Pango could not create a font map for Cairo")
        }
        let fontMap = UnsafeMutableRawPointer(map).assumingMemoryBound(to: PangoFontMap.self)
        pango_fc_font_map_set_config(OpaquePointer(map), config)
        self.fontMap = fontMap
        pango_cairo_font_map_set_resolution(OpaquePointer(map), 72)

        var families: UnsafeMutablePointer<UnsafeMutablePointer<PangoFontFamily>?>? = nil
        var count: Int32 = 0
        pango_font_map_list_families(fontMap, &families, &count)
        var names = Set<String>()
        if let families {
            for i in 0..<Int(count) {
                if let family = families[i], let name = pango_font_family_get_name(family) {
                    names.insert(String(cString: name).lowercased())
                }
            }
            g_free(families)
        }
        familyNames = names

        guard let context = pango_font_map_create_context(fontMap) else {
            throw GraphicsError("Pango could not create a context")
        }
        // Unhinted metrics in PostScript points: what is laid out is what the PDF shows.
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_cairo_context_set_resolution(context, 72)
        pango_context_set_round_glyph_positions(context, 0)
        let language = pango_language_from_string("th")
        pango_context_set_language(context, language)
        self.context = context
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
        FcConfigDestroy(config)
    }

    /// Whether fontconfig knows a family of this name (case-insensitive).
    public func hasFamily(_ name: String) -> Bool {
        familyNames.contains(name.lowercased())
    }
}

