import Foundation
import PlanModel

/// `planpress render --watch`: renders, then renders again each time the user saves a change to the
/// plan, a layout or a font, until stopped. Each worker keeps its fonts and laid-out paragraphs between
/// renders, and a PDF whose document is composed the same as before is left as it is, so a correction
/// costs laying out what changed and writing the PDFs it touched, not a whole cold render. A plan
/// that fails validation is reported and waited on: the PDFs of the last good render stay as they were.
public struct WatchRendering {
    public var kinds: [DocumentKind]
    public var planDirectory: String?
    public var outputDirectory: String?
    public var workers: Int
    public var project: Int?
    public var progress = ProgressSelection()
    public var maximumPages = 2_000
    /// Stop after this many renders (good or failed); nil: until the process is stopped.
    public var renderLimit: Int?
    /// A folder of layouts kept between runs (`LayoutStore`); nil: none.
    public var layoutCache: String?
    /// How often the files are looked at, in seconds.
    public var pollInterval = 0.25
    /// A session is started afresh once it keeps this many paragraph layouts (edits leave old ones behind).
    public var maximumCachedParagraphs = 40_000

    public init(kinds: [DocumentKind], planDirectory: String?, outputDirectory: String?, workers: Int) {
        self.kinds = kinds
        self.planDirectory = planDirectory
        self.outputDirectory = outputDirectory
        self.workers = workers
    }

    /// One render's outcome, as the command reports it.
    public struct Round: Sendable {
        public let number: Int
        public let changed: [String]
        public let files: [RenderedFile]
        public let error: String?
        public let seconds: Double
        /// Paragraphs the render found laid out already, and those it laid out.
        public let reused: Int
        public let laidOut: Int
    }

    /// Renders and re-renders; `report` is called after each render.
    public func run(home: ProjectHome, report: (Round) -> Void) throws {
        let planFolder = try planDirectory ?? home.defaultPlanDirectory()
        let folders = [planFolder, home.layoutsDirectory, home.fontsDirectory]
        var sessions: [RenderSession] = []
        var seen = WatchedFiles(folders: folders, excluding: outputDirectory)
        var changed: [String] = []
        var number = 0
        while true {
            number += 1
            let start = Date()
            if sessions.isEmpty || sessions.contains(where: { $0.cachedParagraphs.kept > maximumCachedParagraphs }) {
                sessions = try (0..<max(1, workers)).map { _ in try RenderSession(home: home) }
            }
            let before = sessions.reduce((0, 0)) { ($0.0 + $1.cachedParagraphs.hits, $0.1 + $1.cachedParagraphs.misses) }
            var files: [RenderedFile] = []
            var failure: String?
            do {
                let plan = try Renderer.loadPlan(home: home, planDirectory: planFolder)
                files = try ParallelRendering.render(kinds, home: home, plan: plan, outputDirectory: outputDirectory,
                                                     workers: workers, project: project, progress: progress,
                                                     maximumPages: maximumPages, sessions: sessions, reuseWrittenFiles: true,
                                                     layoutCache: layoutCache)
            } catch {
                failure = "\(error)"
            }
            let after = sessions.reduce((0, 0)) { ($0.0 + $1.cachedParagraphs.hits, $0.1 + $1.cachedParagraphs.misses) }
            report(Round(number: number, changed: changed, files: files, error: failure,
                         seconds: Date().timeIntervalSince(start), reused: after.0 - before.0, laidOut: after.1 - before.1))
            if let renderLimit, number >= renderLimit { return }
            // Wait for a change, then for the files to settle (an editor may write a file in steps).
            var current = seen
            repeat {
                Thread.sleep(forTimeInterval: pollInterval)
                current = WatchedFiles(folders: folders, excluding: outputDirectory)
            } while current == seen
            var settled = current
            repeat {
                current = settled
                Thread.sleep(forTimeInterval: pollInterval)
                settled = WatchedFiles(folders: folders, excluding: outputDirectory)
            } while settled != current
            changed = seen.changes(to: settled)
            // New or changed fonts: fontconfig has to look again, and every layout made with the old ones goes.
            if seen.changed(under: home.fontsDirectory, to: settled) { sessions = [] }
            // A change the composed documents do not show (a layout's measures, an image, a word list):
            // every PDF is written again. The plan's data (YAML, CSV) shows in them.
            let data = changed.allSatisfy { path in
                path.hasPrefix(planFolder + "/") && [".yaml", ".yml", ".csv"].contains { path.lowercased().hasSuffix($0) }
            }
            if !data { sessions.forEach { $0.forgetWrittenFiles() } }
            seen = settled
        }
    }
}
