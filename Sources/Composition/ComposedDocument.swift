import PlanModel
import ThaiText
import Typesetting

/// What a composer produces: the blocks to typeset and what the PDF says about itself.
public struct ComposedDocument: Equatable {
    public var blocks: [Block]
    public var title: String
    public var subject: String
    public var keywords: [String]
    public var author: String
    /// The date the document carries (its PDF creation date, so renders are reproducible).
    public var date: ThaiDate

    public init(blocks: [Block], title: String, subject: String, keywords: [String], author: String, date: ThaiDate) {
        self.blocks = blocks; self.title = title; self.subject = subject
        self.keywords = keywords; self.author = author; self.date = date
    }
}

/// The files and settings a composer may need beyond the plan itself.
public struct CompositionResources: Sendable {
    /// The emblem image to print, resolved and checked (nil keeps its space empty).
    public var emblemPath: String?
    /// Names no line may break inside.
    public var names: ProtectedNames
    public init(emblemPath: String?, names: ProtectedNames) { self.emblemPath = emblemPath; self.names = names }
}

extension Plan {
    /// The plan's full name as headings print it: title, organization, period in Thai digits.
    public var periodText: String {
        "พ.ศ. \(ThaiFormat.number(period.firstFiscalYear)) – \(ThaiFormat.number(period.lastFiscalYear))"
    }
}
