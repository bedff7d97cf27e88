import DataFiles
import ThaiText

/// A whole plan as the dataset states it (see Plans/FORMAT.md). Values only; loading is in PlanLoader.
public struct Plan: Sendable {
    public var id: String
    /// The plan's folder; relative paths in the dataset (emblem, photos) resolve against it.
    public var directory: String
    public var organization: Organization
    public var title: String
    public var period: PlanPeriod
    public var announcement: Announcement
    public var cover: Cover?
    public var foreword: Foreword?
    public var divisions: [Division]
    public var part1: Part1?
    public var dimensions: [Dimension]
    public var closingNotice: [String]
    public var errata: [Erratum]
    public var projects: [Project]
    /// Where each field was read, by file and field path, for messages.
    public var sourceMap: SourceMap

    public func division(_ id: String) -> Division? { divisions.first { $0.id == id } }

    public func dimension(_ number: Int) -> Dimension? { dimensions.first { $0.number == number } }

    public func mission(_ id: MissionID) -> Mission? {
        dimension(id.dimension)?.missions.first { $0.number == id.mission }
    }
}

public struct Organization: Sendable {
    public var name: String
    public var shortName: String?
    public var kind: String
    public var province: String?
    public var address: String?
    public var phone: String?
    public var website: String?
    /// The emblem image, as written in the dataset (relative to the plan folder).
    public var emblem: String?
}

/// The fiscal years (Buddhist Era) the plan covers, first to last inclusive.
public struct PlanPeriod: Sendable, Hashable {
    public var firstFiscalYear: Int
    public var lastFiscalYear: Int
    public var fiscalYears: [Int] { Array(firstFiscalYear...lastFiscalYear) }
    public var startDate: ThaiDate { ThaiDate.fiscalYearStart(firstFiscalYear) }
    public var endDate: ThaiDate { ThaiDate.fiscalYearEnd(lastFiscalYear) }
}

public struct Signer: Sendable {
    public var name: String
    public var position: String
}

public struct Announcement: Sendable {
    public var subject: String
    public var body: [String]
    public var closing: String
    public var date: ThaiDate
    public var signer: Signer
    public var errata: [Erratum]
}

public struct Cover: Sendable {
    public var titleLines: [String]
    public var periodLine: String
    public var officeLines: [String]
    public var errata: [Erratum]
}

public struct Foreword: Sendable {
    public var paragraphs: [String]
    public var signedBy: [String]
    public var errata: [Erratum]
}

public struct Division: Sendable, Hashable {
    public var id: String
    public var name: String
}

public struct Part1: Sendable {
    public var riskRows: [RiskRow]
    public var rationale: [String]
    public var objectives: [ListItem]
    public var goals: [ListItem]
    public var benefits: [ListItem]
    public var errata: [Erratum]
}

public struct RiskRow: Sendable {
    public var step: String
    public var risks: [Risk]
    public var controls: [String]
}

public struct Risk: Sendable {
    public var text: String
    public var level: String
}

public struct Dimension: Sendable {
    public var number: Int
    public var title: String
    public var missions: [Mission]
}

public struct Mission: Sendable {
    public var id: MissionID
    public var title: String
    public var subMissions: [SubMission]
    public var number: Int { id.mission }
}

public struct SubMission: Sendable {
    public var number: Int
    public var title: String
}

/// A mission's identity: dimension.mission (`1.1`).
public struct MissionID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var dimension: Int
    public var mission: Int
    public init(dimension: Int, mission: Int) { self.dimension = dimension; self.mission = mission }
    public var description: String { "\(dimension).\(mission)" }
    public static func < (a: MissionID, b: MissionID) -> Bool { (a.dimension, a.mission) < (b.dimension, b.mission) }
}

/// A correction of the source recorded where it was made.
public struct Erratum: Sendable, Hashable {
    /// The file it belongs to (relative to the plan folder) and the field in it.
    public var file: String
    public var field: String
    public var source: String
    public var dataset: String
    public var reason: String
}

/// A list item, possibly with sub-items. Items carry no numbers: the renderer numbers them.
public struct ListItem: Sendable, Hashable {
    public var text: String
    public var items: [ListItem]
    public init(_ text: String, items: [ListItem] = []) { self.text = text; self.items = items }
}
