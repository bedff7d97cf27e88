import Composition
import PlanModel

extension Renderer {
    /// Renders the progress reports of the selected rounds into `progress/<fy>-<round>/`.
    func renderProgress(_ selection: ProgressSelection) throws -> [RenderedFile] {
        []
    }
}
