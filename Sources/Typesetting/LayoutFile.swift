import DataFiles
import Foundation
import Graphics

extension DocumentLayout {
    /// Reads a layout file and checks it against what the document needs. Every problem is a
    /// `Diagnostic` with the file, line and column, naming the field and what would fix it.
    ///
    /// A file read before in this process, with the same bytes and for the same document, gives the layout
    /// read then (each renderer and each kind of document loads its layout, a dozen times in a render of
    /// every output); a changed file is read again.
    public static func load(path: String, displayPath: String? = nil,
                            requirements: LayoutRequirements) throws(Diagnostic) -> DocumentLayout {
        let shown = displayPath ?? path
        let data = try YAMLFile.readRegularFile(path: path, displayPath: shown, limit: YAMLFile.maximumFileBytes)
        let key = ReadLayouts.Key(path: path, shown: shown, requirements: requirements)
        if let layout = ReadLayouts.shared.layout(for: key, data: data) { return layout }
        let layout = try read(YAMLFile.parse(data: data, path: shown), requirements: requirements)
        ReadLayouts.shared.keep(layout, for: key, data: data)
        return layout
    }

    static func read(_ file: YAMLFile, requirements: LayoutRequirements) throws(Diagnostic) -> DocumentLayout {
        let top = try file.root.mapping()
        let pageValue = try top.required("page")
        var page = try readPage(pageValue)

        var fontLists: [String: [String]] = [:]
        let fontsValue = try top.required("fonts")
        let fonts = try fontsValue.mapping()
        for entry in fonts.entries {
            let families = try fonts.required(entry.key).strings()
            guard !families.isEmpty else { throw entry.value.error("font list '\(entry.key)' is empty; name at least one family") }
            fontLists[entry.key] = families
        }
        try fonts.finish()

        let stylesValue = try top.required("styles")
        let styleMap = try stylesValue.mapping()
        guard let defaultValue = styleMap.optional("default") else {
            throw stylesValue.error("'styles' needs a 'default' style that the others start from")
        }
        let base = try readStyle(defaultValue, base: nil, fontLists: fontLists)
        var styles: [String: TextStyle] = [:]
        for entry in styleMap.entries where entry.key != "default" {
            guard requirements.styles.contains(entry.key) || entry.key == "page_number" && requirements.pageNumbers else {
                throw .error(entry.keyLocation, "unknown style '\(entry.key)'; this document uses: \(requirements.styles.joined(separator: ", "))")
            }
            styles[entry.key] = try readStyle(styleMap.required(entry.key), base: base, fontLists: fontLists)
        }
        for name in requirements.styles where styles[name] == nil { styles[name] = base }
        try styleMap.finish()

        var measures: [String: RelativeLength] = [:]
        var measureLocations: [String: SourceLocation] = [:]
        if let measuresValue = top.optional("measures") {
            let map = try measuresValue.mapping()
            for entry in map.entries {
                guard requirements.measures.contains(entry.key) else {
                    throw .error(entry.keyLocation, "unknown measure '\(entry.key)'; this document uses: \(requirements.measures.joined(separator: ", "))")
                }
                measures[entry.key] = try readLength(map.required(entry.key), allowPercent: true, allowNegative: false)
                measureLocations[entry.key] = entry.value.location
            }
            try map.finish()
        }
        for name in requirements.measures where measures[name] == nil {
            throw .error(SourceLocation(file: file.path), "missing measure '\(name)' under 'measures'")
        }

        var options: [String: String] = [:]
        if let optionsValue = top.optional("options") {
            let map = try optionsValue.mapping()
            for entry in map.entries {
                guard requirements.options.contains(entry.key) else {
                    throw .error(entry.keyLocation, "unknown option '\(entry.key)'; this document uses: \(requirements.options.joined(separator: ", "))")
                }
                options[entry.key] = try map.required(entry.key).scalarText()
            }
            try map.finish()
        }

        var pageNumbers: PageNumberSpec?
        if let numbersValue = top.optional("page_numbers") {
            let map = try numbersValue.mapping()
            let from = try map.required("from_page").int(in: 1...10_000)
            let formatValue = try map.required("format")
            let format = try formatValue.string()
            guard format.contains("{n}") else {
                throw formatValue.error("'page_numbers.format' must contain {n} where the number goes, e.g. \"- {n} -\"")
            }
            let topDistance = try readLength(map.required("top"), allowPercent: false, allowNegative: false)
            try map.finish()
            pageNumbers = PageNumberSpec(fromPage: from, format: format, top: topDistance.resolve(against: 0),
                                         style: styles["page_number"] ?? base)
            page.pageNumberTop = topDistance.resolve(against: 0)
        } else if requirements.pageNumbers {
            throw .error(SourceLocation(file: file.path), "missing 'page_numbers' (from_page, format, top)")
        }
        try top.finish()
        return DocumentLayout(file: file.path, page: page, pageNumbers: pageNumbers, styles: styles,
                              measures: measures, measureLocations: measureLocations, options: options)
    }

    static func readPage(_ value: YAMLValue) throws(Diagnostic) -> PageSpec {
        let map = try value.mapping()
        let sizeValue = try map.required("size")
        var width: Double, height: Double
        if sizeValue.isMapping {
            let size = try sizeValue.mapping()
            width = try readLength(size.required("width"), allowPercent: false, allowNegative: false).resolve(against: 0)
            height = try readLength(size.required("height"), allowPercent: false, allowNegative: false).resolve(against: 0)
            try size.finish()
        } else {
            let name = try sizeValue.string()
            switch name.uppercased() {
            case "A4": (width, height) = (Length.mm(210), Length.mm(297))
            case "A5": (width, height) = (Length.mm(148), Length.mm(210))
            case "A3": (width, height) = (Length.mm(297), Length.mm(420))
            default: throw sizeValue.error("unknown paper size '\(name)'; use A4, A5, A3 or {width: …, height: …}")
            }
        }
        if let orientation = map.optional("orientation") {
            switch try orientation.string() {
            case "portrait": (width, height) = (min(width, height), max(width, height))
            case "landscape": (width, height) = (max(width, height), min(width, height))
            case let other: throw orientation.error("orientation must be portrait or landscape, found '\(other)'")
            }
        }
        let marginsValue = try map.required("margins")
        let margins = try marginsValue.mapping()
        func margin(_ key: String) throws(Diagnostic) -> Double {
            try readLength(margins.required(key), allowPercent: false, allowNegative: false).resolve(against: 0)
        }
        let spec = PageSpec(width: width, height: height, marginTop: try margin("top"), marginRight: try margin("right"),
                            marginBottom: try margin("bottom"), marginLeft: try margin("left"))
        try margins.finish()
        try map.finish()
        // PDF pages are at most 200 inches (14,400 pt) on a side.
        guard width <= 14_400, height <= 14_400 else {
            throw sizeValue.error("a page of \(Int(width.rounded()))×\(Int(height.rounded())) pt is larger than a PDF page can be (14,400 pt, 5.08 m, on a side)")
        }
        guard spec.textWidth >= 36, spec.textHeight >= 36 else {
            throw marginsValue.error("the margins leave no room on a \(Int(width.rounded()))×\(Int(height.rounded())) pt page (text block \(Int(spec.textWidth.rounded()))×\(Int(spec.textHeight.rounded())) pt); make them smaller")
        }
        return spec
    }

    static func readStyle(_ value: YAMLValue, base: TextStyle?, fontLists: [String: [String]]) throws(Diagnostic) -> TextStyle {
        let map = try value.mapping()
        var families = base?.font.families
        if let fontValue = map.optional("font") {
            let name = try fontValue.string()
            guard let list = fontLists[name] else {
                throw fontValue.error("unknown font list '\(name)'; define it under 'fonts' (known: \(fontLists.keys.sorted().joined(separator: ", ")))")
            }
            families = list
        }
        guard let families else { throw value.error("the default style needs 'font' (a name from 'fonts')") }
        var size = base?.font.size
        if let sizeValue = map.optional("size") {
            size = try readLength(sizeValue, allowPercent: false, allowNegative: false).resolve(against: 0)
            guard size! >= 1, size! <= 400 else {
                throw sizeValue.error("'size' must be greater than zero and at most 400pt (between 1pt and 400pt), found '\((try? sizeValue.scalarText()) ?? "")'")
            }
        }
        guard let size else { throw value.error("the default style needs 'size' (e.g. 16pt)") }
        var style = base ?? TextStyle(font: FontRequest(families: families, size: size))
        style.font = FontRequest(families: families, size: size,
                                 bold: try map.optional("bold")?.bool() ?? base?.font.bold ?? false,
                                 italic: try map.optional("italic")?.bool() ?? base?.font.italic ?? false)
        if let v = map.optional("align") {
            let text = try v.string()
            guard let a = HorizontalAlignment(rawValue: text) else {
                throw v.error("align must be one of left, center, right, justify; found '\(text)'")
            }
            style.alignment = a
        }
        if let v = map.optional("justify") {
            let text = try v.string()
            guard let j = Justification(rawValue: text) else {
                throw v.error("justify must be one of distributed, spaces, none; found '\(text)'")
            }
            style.justification = j
        }
        if let v = map.optional("first_line_indent") { style.firstLineIndent = try readLength(v, allowPercent: true, allowNegative: true) }
        if let v = map.optional("left_indent") { style.leftIndent = try readLength(v, allowPercent: true, allowNegative: false) }
        if let v = map.optional("right_indent") { style.rightIndent = try readLength(v, allowPercent: true, allowNegative: false) }
        if let v = map.optional("space_before") { style.spaceBefore = try readLength(v, allowPercent: false, allowNegative: false).resolve(against: 0) }
        if let v = map.optional("space_after") { style.spaceAfter = try readLength(v, allowPercent: false, allowNegative: false).resolve(against: 0) }
        if let v = map.optional("line_spacing") {
            let text = try v.scalarText()
            guard let factor = Double(text), factor > 0, factor <= 10 else {
                throw v.error("line_spacing is a factor of the natural line height between 0 and 10 (e.g. 1.0), found '\(text)'")
            }
            style.lineSpacing = factor
        }
        if let v = map.optional("keep_with_next") { style.keepWithNext = try v.bool() }
        if let v = map.optional("color") {
            let text = try v.string()
            guard text.count == 7, text.hasPrefix("#"), let rgb = Int(text.dropFirst(), radix: 16) else {
                throw v.error("color is #RRGGBB (e.g. #C8C8C8), found '\(text)'")
            }
            style.color = Color(red: Double(rgb >> 16) / 255, green: Double((rgb >> 8) & 0xFF) / 255, blue: Double(rgb & 0xFF) / 255)
        }
        if let v = map.optional("justify_limit") {
            let text = try v.scalarText()
            guard text.hasSuffix("em"), let ems = Double(text.dropLast(2)), ems >= 0 else {
                throw v.error("justify_limit is the most one gap between characters may widen, in em (e.g. 0.25em), found '\(text)'")
            }
            style.justifyLimit = ems
        }
        try map.finish()
        return style
    }

    static func readLength(_ value: YAMLValue, allowPercent: Bool, allowNegative: Bool) throws(Diagnostic) -> RelativeLength {
        let text = try value.string()
        guard let length = allowPercent ? RelativeLength.parse(text) : Length.parse(text).map({ .points($0) }) else {
            throw value.error("\(value.fieldName) must be a length such as 2.5cm, 30mm or 16pt\(allowPercent ? " (or a share such as 50%)" : ""), found '\(text)'")
        }
        if !allowNegative {
            switch length {
            case let .points(p) where p < 0, let .percent(p) where p < 0:
                throw value.error("\(value.fieldName) must not be negative, found '\(text)'")
            default: break
            }
        }
        return length
    }
}

/// The layouts this process has read, by file and document, with the bytes each was read from.
final class ReadLayouts: @unchecked Sendable {
    static let shared = ReadLayouts()
    struct Key: Hashable {
        let path: String
        let shown: String
        let requirements: LayoutRequirements
    }
    private let lock = NSLock()
    private var read: [Key: (data: Data, layout: DocumentLayout)] = [:]

    func layout(for key: Key, data: Data) -> DocumentLayout? {
        lock.withLock { read[key].flatMap { $0.data == data ? $0.layout : nil } }
    }

    func keep(_ layout: DocumentLayout, for key: Key, data: Data) {
        lock.withLock { read[key] = (data, layout) }
    }
}
