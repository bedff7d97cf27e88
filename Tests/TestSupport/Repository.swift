import Foundation

/// The repository the tests run in, and scratch copies of its project home (Layouts/ and the default plan,
/// Fonts/ linked) that a test may change without touching the real files.
public enum Repository {
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The id of the embedded plan (`Plans/default-plan`).
    public static var defaultPlanID: String {
        (try? String(contentsOf: root.appendingPathComponent("Plans/default-plan"), encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    /// Creates `home` holding a copy of Layouts/ and the default plan, with Fonts/ linked to the repository's.
    public static func copyHome(to home: URL) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: home.appendingPathComponent("Plans"), withIntermediateDirectories: true)
        try fm.copyItem(at: root.appendingPathComponent("Layouts"), to: home.appendingPathComponent("Layouts"))
        try fm.copyItem(at: root.appendingPathComponent("Plans/default-plan"), to: home.appendingPathComponent("Plans/default-plan"))
        try fm.copyItem(at: root.appendingPathComponent("Plans/\(defaultPlanID)"), to: home.appendingPathComponent("Plans/\(defaultPlanID)"))
        try fm.createSymbolicLink(at: home.appendingPathComponent("Fonts"), withDestinationURL: root.appendingPathComponent("Fonts"))
    }
}
