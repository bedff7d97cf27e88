import Foundation
@testable import Typesetting

enum TestLayouts {
    /// A document layout read from `yaml`, written to a temporary file and read as Layouts/ files are.
    static func load(_ yaml: String, styles: [String]) throws -> DocumentLayout {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("layout-\(UUID().uuidString).yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return try DocumentLayout.load(path: url.path, requirements: LayoutRequirements(styles: styles, measures: []))
    }
}
