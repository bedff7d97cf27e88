import DataFiles

/// Why a command stopped. `badInput` (exit 1) is something in the user's files; `usage` (exit 2) is
/// how the command was called.
public enum PlanPressError: Error, CustomStringConvertible, Sendable {
    case badInput([Diagnostic])
    case failed(String)
    case usage(String)

    public var description: String {
        switch self {
        case let .badInput(diagnostics): return diagnostics.map(\.description).joined(separator: "\n")
        case let .failed(message): return "error: " + message
        case let .usage(message): return "error: " + message
        }
    }

    public var exitCode: Int32 {
        switch self {
        case .badInput, .failed: return 1
        case .usage: return 2
        }
    }
}
