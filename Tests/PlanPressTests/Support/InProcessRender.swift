import Foundation
@testable import PlanPress

enum InProcessRender {
    /// Renders `kinds` of the home's plan in this process into `out` and returns each file written, by its
    /// path under `out`.
    static func files(_ kinds: [DocumentKind], home: ProjectHome, session: RenderSession? = nil, out: URL) throws -> [String: Data] {
        let plan = try Renderer.loadPlan(home: home, planDirectory: nil)
        let renderer = try Renderer(home: home, plan: plan, outputDirectory: out.path, session: session)
        var files: [String: Data] = [:]
        for kind in kinds {
            for file in try renderer.render(kind) {
                files[String(file.path.dropFirst(out.path.count))] = try Data(contentsOf: URL(fileURLWithPath: file.path))
            }
        }
        return files
    }
}
