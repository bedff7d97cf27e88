import Typesetting

/// The layouts a plan book is made of: its own (front matter, Part 1, page numbers) and those of the
/// documents it includes, so that the announcement, the budget table and each project sheet look in
/// the book exactly as they do on their own.
public struct BookLayouts: Sendable {
    public var book: DocumentLayout
    public var announcement: DocumentLayout
    public var budgetTable: DocumentLayout
    public var projectSheet: DocumentLayout

    public init(book: DocumentLayout, announcement: DocumentLayout, budgetTable: DocumentLayout, projectSheet: DocumentLayout) {
        self.book = book; self.announcement = announcement; self.budgetTable = budgetTable; self.projectSheet = projectSheet
    }
}

/// A bookmark of the book, pointing at an anchor.
public struct BookOutline: Sendable {
    public var title: String
    public var anchor: String
    public var children: [BookOutline]
    public init(title: String, anchor: String, children: [BookOutline] = []) {
        self.title = title; self.anchor = anchor; self.children = children
    }
}

/// One line of the contents: its level (1 parts, 2 sections and dimensions, 3 projects), its text and
/// the anchor whose page it shows.
struct ContentsEntry {
    var level: Int
    var title: String
    var anchor: String
}
