import Graphics

/// A table for the typesetter: columns, header rows repeated on every page, body rows with cells that
/// may span rows and columns. Cells hold paragraphs; Pango wraps their text.
public struct Table: Equatable {
    public enum ColumnWidth: Hashable, Sendable {
        /// A fixed width in points.
        case fixed(Double)
        /// A share of the width left after fixed columns (shares are weights: 2 is twice 1).
        case share(Double)
        /// At least this wide, wider when a cell's text (set on one line) needs it: amounts never wrap.
        case atLeast(Double)
    }

    /// What a row span shows when it continues on a new page.
    public enum Continuation: Hashable, Sendable {
        /// Its text again, at the top of the new page.
        case repeatText
        /// Its text followed by a marker such as "(ต่อ)".
        case repeatWithMarker(String)
    }

    public var columns: [ColumnWidth]
    public var header: [TableRow]
    public var body: [TableRow]
    public var borderWidth: Double
    public var paddingX: Double
    public var paddingY: Double
    public var continuation: Continuation

    public init(columns: [ColumnWidth], header: [TableRow], body: [TableRow], borderWidth: Double,
                paddingX: Double, paddingY: Double, continuation: Continuation = .repeatText) {
        self.columns = columns; self.header = header; self.body = body; self.borderWidth = borderWidth
        self.paddingX = paddingX; self.paddingY = paddingY; self.continuation = continuation
    }
}

public struct TableRow: Equatable {
    /// Cells left to right, skipping grid places that a span from an earlier row covers.
    public var cells: [TableCell]
    /// Never the first row of a page: a subtotal row moves with the row before it.
    public var keepWithPrevious: Bool
    public init(_ cells: [TableCell], keepWithPrevious: Bool = false) {
        self.cells = cells; self.keepWithPrevious = keepWithPrevious
    }
}

public struct TableCell: Equatable {
    public enum VerticalAlignment: String, Sendable { case top, middle, bottom }
    public var paragraphs: [Paragraph]
    public var rowSpan: Int
    public var colSpan: Int
    public var verticalAlignment: VerticalAlignment
    public init(_ paragraphs: [Paragraph], rowSpan: Int = 1, colSpan: Int = 1, verticalAlignment: VerticalAlignment = .top) {
        self.paragraphs = paragraphs; self.rowSpan = max(1, rowSpan); self.colSpan = max(1, colSpan)
        self.verticalAlignment = verticalAlignment
    }
    public init(_ paragraph: Paragraph, rowSpan: Int = 1, colSpan: Int = 1, verticalAlignment: VerticalAlignment = .top) {
        self.init([paragraph], rowSpan: rowSpan, colSpan: colSpan, verticalAlignment: verticalAlignment)
    }
}
