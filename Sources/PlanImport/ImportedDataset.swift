import ThaiText

/// What the importer read, shaped like the dataset (Plans/FORMAT.md) and written by `DatasetWriter`.
/// Values are the source's text (normalized white space, `**` markers dropped); corrections are only proposed,
/// as errata whose reason starts with `ImportedErratum.proposalPrefix`.
public struct ImportedPlan: Sendable {
    public var id: String
    public var organization: ImportedOrganization
    public var title: String
    public var firstFiscalYear: Int
    public var lastFiscalYear: Int
    public var announcement: ImportedAnnouncement
    public var cover: ImportedCover?
    public var foreword: ImportedForeword?
    public var divisions: [ImportedDivision]
    public var part1: ImportedPart1?
    public var dimensions: [ImportedDimension]
    public var closingNotice: [String]
    public var errata: [ImportedErratum]
    public var projects: [ImportedProject]

    /// Every erratum of the dataset, with the file and section it is written in.
    public var allErrata: [(file: String, erratum: ImportedErratum)] {
        var result: [(String, ImportedErratum)] = []
        for e in announcement.errata { result.append(("plan.yaml (announcement)", e)) }
        for e in cover?.errata ?? [] { result.append(("plan.yaml (cover)", e)) }
        for e in foreword?.errata ?? [] { result.append(("plan.yaml (foreword)", e)) }
        for e in part1?.errata ?? [] { result.append(("plan.yaml (part1)", e)) }
        for e in errata { result.append(("plan.yaml", e)) }
        for p in projects { for e in p.errata { result.append((p.fileName, e)) } }
        return result
    }
}

public struct ImportedOrganization: Sendable {
    public var name: String
    public var shortName: String?
    public var kind: String
    public var province: String?
    public var phone: String?
    public var website: String?
}

public struct ImportedAnnouncement: Sendable {
    public var subject: String
    public var body: [String]
    public var closing: String
    public var date: ThaiDate
    public var signerName: String
    public var signerPosition: String
    public var errata: [ImportedErratum]
}

public struct ImportedCover: Sendable {
    public var titleLines: [String]
    public var periodLine: String
    public var officeLines: [String]
    public var errata: [ImportedErratum]
}

public struct ImportedForeword: Sendable {
    public var paragraphs: [String]
    public var signedBy: [String]
    public var errata: [ImportedErratum]
}

public struct ImportedDivision: Sendable, Hashable {
    public var id: String
    public var name: String
}

public struct ImportedPart1: Sendable {
    public var riskRows: [ImportedRiskRow]
    public var rationale: [String]
    public var objectives: [ImportedItem]
    public var goals: [ImportedItem]
    public var benefits: [ImportedItem]
    public var errata: [ImportedErratum]
}

public struct ImportedRiskRow: Sendable {
    public var step: String
    public var risks: [(text: String, level: String)]
    public var controls: [String]
}

public struct ImportedDimension: Sendable {
    public var number: Int
    public var title: String
    public var missions: [ImportedMission]
}

public struct ImportedMission: Sendable {
    public var number: Int
    public var title: String
    public var subMissions: [(number: Int, title: String)]
}

/// A list item with its sub-items; no numbers (the renderer numbers).
public struct ImportedItem: Sendable, Hashable {
    public var text: String
    public var items: [ImportedItem]
    public init(_ text: String, items: [ImportedItem] = []) { self.text = text; self.items = items }

    init(_ item: ListNumbering.Item) {
        self.init(item.text, items: item.items.map(ImportedItem.init))
    }
}

public struct ImportedProject: Sendable {
    public var number: Int
    public var name: String
    public var kind: String
    public var mission: (dimension: Int, mission: Int)
    public var subMission: Int?
    public var rationale: [String]
    public var objectives: [ImportedItem]
    public var targetGroup: (text: String, count: Int?, unit: String?)
    public var method: [ImportedItem]
    public var period: (kind: String, start: Int, end: Int, text: String?)
    public var budget: [(year: Int, amount: Money)]
    public var budgetText: String?
    public var divisions: [String]
    public var outputs: [ImportedItem]
    public var outcomes: [ImportedItem]
    public var note: String?
    public var errata: [ImportedErratum]
    /// The source line of its ลำดับที่ heading.
    public var line: Int

    public var fileName: String { "projects/" + (number < 10 ? "0\(number)" : "\(number)") + ".yaml" }
}

/// A correction: `source` is what the source says, `dataset` what the dataset says or, for a proposal, what a
/// person reviewing the import should consider writing.
public struct ImportedErratum: Sendable, Hashable {
    public static let proposalPrefix = "proposed by the importer: "

    public var field: String
    public var source: String
    public var dataset: String
    public var reason: String
    /// The source line it concerns, for the printed report.
    public var line: Int?

    /// A proposal: the reason gets the `proposalPrefix`.
    static func proposal(_ field: String, source: String, dataset: String, _ why: String, line: Int? = nil) -> ImportedErratum {
        ImportedErratum(field: field, source: source.isEmpty ? "(empty)" : source, dataset: dataset.isEmpty ? "(empty)" : dataset,
                        reason: proposalPrefix + why, line: line)
    }
}
