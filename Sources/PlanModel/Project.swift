import ThaiText

/// One project (โครงการ / กิจกรรม / มาตรการ) of Part 3, numbered through the whole plan.
public struct Project: Sendable {
    public var number: Int
    public var name: String
    public var kind: ProjectKind
    public var mission: MissionID
    /// The sub-mission's number within its mission (the 1 of 1.1.1), if the plan has sub-missions.
    public var subMission: Int?
    public var rationale: [String]
    public var objectives: [ListItem]
    public var targetGroup: TargetGroup
    public var method: [ListItem]
    public var period: ProjectPeriod
    /// Budget per fiscal year (BE); empty means the project uses no budget (ไม่ใช้งบประมาณ).
    public var budget: [Int: Money]
    public var budgetText: String?
    public var divisions: [String]
    public var outputs: [ListItem]
    public var outcomes: [ListItem]
    public var indicators: [Indicator]
    public var note: String?
    public var errata: [Erratum]
    /// The file the project was read from, relative to the plan folder (`projects/01.yaml`).
    public var file: String

    public func budget(for fiscalYear: Int) -> Money? { budget[fiscalYear] }
    public var usesBudget: Bool { !budget.isEmpty }
}

public enum ProjectKind: String, Sendable, CaseIterable {
    case project = "โครงการ"
    case activity = "กิจกรรม"
    case measure = "มาตรการ"
}

public struct TargetGroup: Sendable {
    public var text: String
    public var count: Int?
    public var unit: String?
}

public struct ProjectPeriod: Sendable {
    public enum Kind: String, Sendable { case fiscal, academic }
    public var kind: Kind
    public var start: Int
    public var end: Int
    public var text: String?
}

public struct Indicator: Sendable {
    public enum Comparator: String, Sendable { case atLeast = "at_least", atMost = "at_most", equal }
    public var text: String
    public var comparator: Comparator
    /// The target as written (a decimal in Arabic digits: "80", "2").
    public var target: String
    public var unit: String
}
