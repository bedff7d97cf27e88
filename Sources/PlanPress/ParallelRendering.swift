import Dispatch
import Foundation
import PlanModel
import PDFExport
import Typesetting

/// Collects what worker threads produce.
final class WorkerResults<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [T] = []
    func append(_ item: T) { lock.lock(); items.append(item); lock.unlock() }
    func append(contentsOf more: [T]) { lock.lock(); items += more; lock.unlock() }
    var all: [T] { lock.lock(); defer { lock.unlock() }; return items }
}

/// Renders the independent documents of one plan on several threads. Each task has a renderer of its
/// own — its own fonts, Pango context and Cairo surfaces — over the plan loaded once, so the PDFs are
/// byte-identical to a serial run.
public enum ParallelRendering {
    /// Roughly how much work each kind of document is, for sharing them out between workers.
    static func weight(_ kind: DocumentKind, plan: Plan) -> Double {
        switch kind {
        case .announcement: return 1
        case .budget: return 5
        case .projects: return Double(plan.projects.count) * 2
        case .book: return Double(plan.projects.count) * 2.2 + 10
        case .progress: return Double(ProgressLoader.availableRounds(in: plan).count) * Double(plan.projects.count) * 0.8
        }
    }

    /// The kinds of many documents that several threads share out as they go, each claiming the next
    /// (`DocumentClaims`).
    static let claimable: [DocumentKind] = [.progress, .projects]

    /// Splits `kinds` into at most `workers` groups of about equal weight (heaviest first). The project
    /// sheets and the book go together: the book holds every sheet, and one renderer lays each paragraph
    /// out once for both (the sheets then cost a fraction of their weight).
    ///
    /// With `shareOut` the claimable kinds (progress reports, project sheets) are not given to one group:
    /// every group ends with them, and each renders the documents it claims when its own are done.
    public static func groups(_ kinds: [DocumentKind], plan: Plan, workers: Int, shareOut: Bool = false) -> [[DocumentKind]] {
        let shared = shareOut ? claimable.filter(kinds.contains) : []
        if !shared.isEmpty {
            let others = kinds.filter { !shared.contains($0) }
            let count = groupCount(kinds, workers: workers, shareOut: true)
            var groups = others.isEmpty ? [] : Self.groups(others, plan: plan, workers: count)
            while groups.count < count { groups.append([]) }
            return groups.map { $0 + shared }
        }
        var units: [[DocumentKind]] = kinds.filter { $0 != .projects && $0 != .book }.map { [$0] }
        let pair = kinds.filter { $0 == .book || $0 == .projects }
        if !pair.isEmpty { units.append(pair) }
        func unitWeight(_ unit: [DocumentKind]) -> Double {
            unit.count == 2 ? weight(.book, plan: plan) + 0.3 * weight(.projects, plan: plan) : weight(unit[0], plan: plan)
        }
        let count = groupCount(kinds, workers: workers)
        var groups = [[DocumentKind]](repeating: [], count: count)
        var loads = [Double](repeating: 0, count: count)
        for unit in units.sorted(by: { unitWeight($0) > unitWeight($1) }) {
            let lightest = loads.indices.min { loads[$0] < loads[$1] }!
            groups[lightest] += unit
            loads[lightest] += unitWeight(unit)
        }
        // Each group in the order the kinds were asked for, the book before the sheets it shares.
        let order = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, $0) })
        return groups.filter { !$0.isEmpty }.map { group in
            group.sorted { ($0 == .book ? -1 : order[$0, default: 0]) < ($1 == .book ? -1 : order[$1, default: 0]) }
        }
    }

    /// How many groups `groups` makes of `kinds` for `workers` (the book and the sheets count as one).
    public static func groupCount(_ kinds: [DocumentKind], workers: Int, shareOut: Bool = false) -> Int {
        // Shared kinds go to every worker.
        if shareOut && kinds.contains(where: claimable.contains) { return max(1, workers) }
        let units = kinds.filter { $0 != .projects && $0 != .book }.count + (kinds.contains { $0 == .book || $0 == .projects } ? 1 : 0)
        return max(1, min(workers, units))
    }

    /// Renders `kinds` of `plan` with up to `workers` threads; throws the first error any task met.
    ///
    /// A fresh render (no `sessions`, or `freshSessions`) shares its work out as it goes: the progress reports and the project
    /// sheets go to whichever thread is free (`DocumentClaims`), and a paragraph one thread's Pango set, another takes
    /// (`SharedLayouts`: the sheets after the book). A watching render keeps each sheet with the worker
    /// whose session remembers it.
    /// - Parameter sessions: the fonts and laid-out paragraphs of earlier renders, one per worker (task
    ///   `i` uses `sessions[i]`); tasks without one load fonts of their own.
    /// - Parameter reuseWrittenFiles: leave the PDFs a session wrote before whose documents are composed
    ///   the same again.
    /// - Parameter layoutCache: a folder of layouts kept between runs (`LayoutStore`): paragraphs set
    ///   before are drawn from it, and what is set is written to it.
    /// - Parameter freshSessions: `sessions` have rendered nothing yet (opened ahead, while the plan was
    ///   read): the render shares its work out as a render without sessions does.
    /// - Returns: the files written, by kind in the order asked for, each kind's in the order of their paths.
    public static func render(_ kinds: [DocumentKind], home: ProjectHome, plan: Plan, outputDirectory: String?,
                              workers: Int, project: Int? = nil, progress: ProgressSelection = ProgressSelection(),
                              maximumPages: Int = 2_000, sessions: [RenderSession] = [], freshSessions: Bool = false,
                              reuseWrittenFiles: Bool = false, layoutCache: String? = nil) throws -> [RenderedFile] {
        let fresh = sessions.isEmpty || freshSessions
        // The protected names, made once for every task.
        let names = try Renderer.protectedNames(home: home, plan: plan)
        let sharing = fresh && project == nil && kinds.contains(where: claimable.contains) && groupCount(kinds, workers: workers, shareOut: true) > 1
        let groups = groups(kinds, plan: plan, workers: workers, shareOut: sharing)
        let sheetClaims = sharing && kinds.contains(.projects) ? DocumentClaims() : nil
        let progressClaims = sharing && kinds.contains(.progress) ? DocumentClaims() : nil
        // A worker left over from a book without the sheets typesets parts of the book beside it.
        let helping = fresh && project == nil && kinds.contains(.book) && !kinds.contains(.projects) && workers > groups.count
        // (A book's helpers need none: the book set again takes its unchanged runs whole.)
        let shared = fresh && groups.count > 1 ? SharedLayouts() : nil
        let files = WorkerResults<(DocumentKind, [RenderedFile])>()
        // The finished PDFs are flushed to the disk and put in place on a thread of their own.
        let commits = FileCommits()
        let rounds = LoadedRounds()
        let errors = WorkerResults<(Int, Error)>()
        /// A session's layout cache and the layouts the render's threads share.
        @Sendable func prepare(_ session: RenderSession) {
            session.useLayoutStore(directory: layoutCache, planID: plan.id)
            session.paragraphs.shared = shared
        }
        @Sendable func renderer(_ index: Int) throws -> Renderer {
            let renderer = try Renderer(home: home, plan: plan, outputDirectory: outputDirectory,
                                        session: index < sessions.count ? sessions[index] : nil, names: names)
            renderer.maximumPages = maximumPages
            prepare(renderer.session)
            return renderer
        }
        // The helper's session: one opened ahead, or one opened while the book is composed.
        let helpers = helping ? (groups.count < sessions.count ? RenderSession.OpeningSessions.ready([sessions[groups.count]])
                                                               : RenderSession.openAhead(count: 1, home: home)) : nil
        DispatchQueue.concurrentPerform(iterations: groups.count) { index in
            do {
                let renderer = try renderer(index)
                renderer.reuseWrittenFiles = reuseWrittenFiles
                renderer.fileCommits = commits
                renderer.loadedRounds = rounds
                renderer.sheetClaims = sheetClaims
                renderer.progressClaims = progressClaims
                if groups[index].contains(.book), let helpers {
                    renderer.bookHelpers = (helpers, prepare)
                }
                for kind in groups[index] {
                    files.append((kind, try renderer.render(kind, project: project, progress: progress)))
                }
                renderer.session.saveLayouts()
                if groups[index].contains(.book) { for helper in (try? helpers?.sessions()) ?? [] { helper.saveLayouts() } }
            } catch {
                errors.append((index, error))
            }
        }
        // Every file a task finished is put in place, also when another task failed.
        try commits.putInPlace(after: {
            if let (_, error) = errors.all.min(by: { $0.0 < $1.0 }) { throw error }
        })
        let order = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, $0) })
        return files.all.flatMap { kind, list in list.map { (kind, $0) } }
            .sorted { a, b in
                let (x, y) = (order[a.0, default: 0], order[b.0, default: 0])
                return x != y ? x < y : a.1.path < b.1.path
            }
            .map(\.1)
    }
}

extension FileCommits {
    /// Runs `body`, then puts every file handed to these commits in place, also when `body` failed; throws
    /// `body`'s error first, else the first file's that could not be put in place.
    func putInPlace<T>(after body: () throws -> T) throws -> T {
        let result = Result(catching: body)
        let committed = Result { try finish() }
        let value = try result.get()
        do { try committed.get() } catch { throw PlanPressError.failed("\(error)") }
        return value
    }
}
