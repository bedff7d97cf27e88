import DataFiles

/// Everything measurable about one kind of document, read from a file under `Layouts/`:
/// page, running page numbers, named text styles and named measures (emblem size, rule width, …).
public struct DocumentLayout: Sendable {
    public let file: String
    public let page: PageSpec
    public let pageNumbers: PageNumberSpec?
    public let styles: [String: TextStyle]
    public let measures: [String: RelativeLength]
    public let measureLocations: [String: SourceLocation]
    /// Named words the layout chooses (a continuation marker such as "(ต่อ)"); may be empty strings.
    public let options: [String: String]

    public func option(_ name: String) -> String { options[name] ?? "" }

    /// The style called `name`; composers declare the names they use, and the loader has checked them.
    public func style(_ name: String) -> TextStyle {
        guard let style = styles[name] else { preconditionFailure("layout \(file) has no style '\(name)' (not checked?)") }
        return style
    }

    /// The measure called `name`, resolved against `reference` when it is a percentage.
    public func measure(_ name: String, reference: Double = 0) -> Double {
        guard let m = measures[name] else { preconditionFailure("layout \(file) has no measure '\(name)' (not checked?)") }
        return m.resolve(against: reference)
    }
}

/// The names a document needs from its layout file; loading checks the file provides exactly these.
public struct LayoutRequirements: Sendable, Hashable {
    public let styles: [String]
    public let measures: [String]
    public let options: [String]
    public let pageNumbers: Bool
    public init(styles: [String], measures: [String], options: [String] = [], pageNumbers: Bool = true) {
        self.styles = styles; self.measures = measures; self.options = options; self.pageNumbers = pageNumbers
    }
}
