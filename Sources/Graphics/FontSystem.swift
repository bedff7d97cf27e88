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

    /// The fonts Pango chose for runs, each referenced here so that its pointer stays that font's, and
    /// what each is called in a `FontKey`.
    private var chosenNames: [OpaquePointer: (name: String, family: String)] = [:]
    private var fontsByKey: [FontKey: OpaquePointer] = [:]
    /// Pango's string form of a requested font, by request and weight.
    private var requestedNames: [FontRequest: String] = [:]

    /// The font description string of `request` (families, absolute size, weight, style).
    func requestedName(_ request: FontRequest) -> String {
        if let name = requestedNames[request] { return name }
        let description = Self.description(request)
        defer { pango_font_description_free(description) }
        let cString = pango_font_description_to_string(description)!
        defer { g_free(cString) }
        let name = String(cString: cString)
        requestedNames[request] = name
        return name
    }

    static func description(_ font: FontRequest) -> OpaquePointer {
        let description = pango_font_description_new()!
        pango_font_description_set_family(description, font.families.joined(separator: ","))
        pango_font_description_set_absolute_size(description, font.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(description, font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(description, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        return description
    }

    /// What a font Pango chose is called (its description as set and at absolute size), and its family.
    private static func chosenName(_ font: OpaquePointer) -> (name: String, family: String) {
        let pangoFont = UnsafeMutablePointer<PangoFont>(font)
        func string(_ description: OpaquePointer?) -> String {
            guard let description else { return "" }
            defer { pango_font_description_free(description) }
            guard let cString = pango_font_description_to_string(description) else { return "" }
            defer { g_free(cString) }
            return String(cString: cString)
        }
        let described = pango_font_describe(pangoFont)
        let family = described.flatMap { pango_font_description_get_family($0) }.map { String(cString: $0) } ?? ""
        return (string(described) + " / " + string(pango_font_describe_with_absolute_size(pangoFont)), family)
    }

    /// The key of `font`, chosen for text that asked for `requested` in `language`; the font is kept.
    func key(of font: OpaquePointer, requested: String, language: String) -> (key: FontKey, family: String) {
        let chosen: (name: String, family: String)
        if let known = chosenNames[font] {
            chosen = known
        } else {
            chosen = Self.chosenName(font)
            g_object_ref(UnsafeMutableRawPointer(font))
            chosenNames[font] = chosen
        }
        let key = FontKey(requested: requested, language: language, chosen: chosen.name)
        if fontsByKey[key] == nil { fontsByKey[key] = font }
        return (key, chosen.family)
    }

    /// The font `key` names, found again the way Pango finds it: in the fallback chain of the font
    /// asked for. Nil when the chain no longer holds it (fonts changed).
    func font(_ key: FontKey) -> OpaquePointer? {
        if let font = fontsByKey[key] { return font }
        guard let description = pango_font_description_from_string(key.requested) else { return nil }
        defer { pango_font_description_free(description) }
        guard let fontset = pango_font_map_load_fontset(fontMap, context, description, pango_language_from_string(key.language)) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(fontset)) }
        final class Search {
            let chosen: String
            var found: OpaquePointer?
            var looked = 0
            init(_ chosen: String) { self.chosen = chosen }
        }
        let search = Search(key.chosen)
        withExtendedLifetime(search) {
            pango_fontset_foreach(fontset, { _, font, data in
                let search = Unmanaged<Search>.fromOpaque(data!).takeUnretainedValue()
                search.looked += 1
                guard let font else { return 0 }
                if FontSystem.chosenName(OpaquePointer(font)).name == search.chosen {
                    search.found = OpaquePointer(font)
                    return 1
                }
                // The chain is every font fontconfig has, best first: what was chosen is near its head.
                return search.looked >= 32 ? 1 : 0
            }, Unmanaged.passUnretained(search).toOpaque())
        }
        guard let found = search.found else { return nil }
        _ = self.key(of: found, requested: key.requested, language: key.language)
        fontsByKey[key] = found
        return found
    }

    deinit {
        for font in chosenNames.keys { g_object_unref(UnsafeMutableRawPointer(font)) }
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
        FcConfigDestroy(config)
    }

    /// The files that decide which fonts text is set in: every font file fontconfig knows (the system's
    /// and the application folders'), then its configuration files, in a stable order.
    public var fileNames: [String] {
        var fonts: [String] = []
        for set in [FcSetSystem, FcSetApplication] {
            guard let fontSet = FcConfigGetFonts(config, set) else { continue }
            for i in 0..<Int(fontSet.pointee.nfont) {
                var file: UnsafeMutablePointer<FcChar8>?
                if let pattern = fontSet.pointee.fonts[i], FcPatternGetString(pattern, FC_FILE, 0, &file) == FcResultMatch, let file {
                    fonts.append(String(cString: file))
                }
            }
        }
        var configuration: [String] = []
        if let list = FcConfigGetConfigFiles(config) {
            while let file = FcStrListNext(list) { configuration.append(String(cString: file)) }
            FcStrListDone(list)
        }
        return Array(Set(fonts)).sorted() + configuration.sorted()
    }

    /// Text in the scripts a plan's documents are set in: Thai words, Thai and Arabic digits, Latin letters and
    /// punctuation. Laying it out finds each font's fallback chain and opens the fonts it uses.
    static let preparationText = "การทดสอบ ๑๒๓ 123 Aa (,.-/%)"

    /// Does before a render what its first paragraphs would otherwise do on its critical path: fontconfig
    /// sorts the fallback chain of each of `requests`, Pango opens the fonts chosen from it, and the line
    /// breaker loads its Thai word list (libthai's, once for the process). Nothing is drawn: the fonts are
    /// the ones the render would find, and the PDFs are the same.
    public func prepare(_ requests: [FontRequest]) {
        for request in Set(requests) {
            _ = TextLayout(fonts: self, text: Self.preparationText, font: request, width: 1000, alignment: .left)
        }
    }

    /// Whether fontconfig knows a family of this name (case-insensitive).
    public func hasFamily(_ name: String) -> Bool {
        familyNames.contains(name.lowercased())
    }
}

