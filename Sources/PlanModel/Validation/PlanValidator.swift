import DataFiles

/// Checks a loaded plan for contradictions the format alone cannot catch.
public enum PlanValidator {
    /// Every finding, errors and warnings, in file order.
    public static func validate(_ plan: Plan) -> [Diagnostic] { [] }
}
