import Dispatch
import Foundation
import PDFExport
import PlanModel

/// Renders every plan in a folder with a pool of workers, one plan per worker at a time: a plan that
/// fails to load, validate or render is reported and skipped, the others still render.
public enum BatchRendering {
    public struct PlanResult: Sendable {
        public let folder: String
        public let planID: String?
        public let files: [RenderedFile]
        public let error: String?
        public let seconds: Double
        public init(folder: String, planID: String?, files: [RenderedFile], error: String?, seconds: Double) {
            self.folder = folder; self.planID = planID; self.files = files; self.error = error; self.seconds = seconds
        }
    }

    /// Progress as documents finish: done of total (an estimate made from the folders before rendering).
    public struct Progress: Sendable {
        public let documentsDone: Int
        public let documentsTotal: Int
        public let plansDone: Int
        public let plansTotal: Int
        public let latest: PlanResult?
        public init(documentsDone: Int, documentsTotal: Int, plansDone: Int, plansTotal: Int, latest: PlanResult?) {
            self.documentsDone = documentsDone; self.documentsTotal = documentsTotal
            self.plansDone = plansDone; self.plansTotal = plansTotal; self.latest = latest
        }
    }

    /// The plan folders (holding plan.yaml) directly inside `folder`, sorted by name.
    public static func planFolders(in folder: String) throws -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw PlanPressError.usage("cannot read the folder of plans \(folder)")
        }
        return names.sorted().map { folder + "/" + $0 }.filter { FileManager.default.fileExists(atPath: $0 + "/plan.yaml") }
    }

    /// Documents a plan folder will give (announcement, budget table, book, one sheet per project file).
    public static func estimatedDocuments(_ folder: String) -> Int {
        let projects = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/projects"))?.filter { $0.hasSuffix(".yaml") }.count ?? 0
        return 3 + projects
    }

    /// Renders every plan in `folders` into `outputRoot/<plan-id>/` with `workers` threads.
    public static func render(_ folders: [String], home: ProjectHome, outputRoot: String, workers: Int,
                              kinds: [DocumentKind] = DocumentKind.allCases, maximumPages: Int = 2_000,
                              onProgress: @escaping @Sendable (Progress) -> Void) -> [PlanResult] {
        let estimates = folders.map(estimatedDocuments)
        // The largest plans first: the last plans to start are small ones, so the workers finish together.
        let state = BatchState(total: estimates.reduce(0, +), order: BatchState.heaviestFirst(estimates))
        let results = WorkerResults<(Int, PlanResult)>()
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, folders.count))) { _ in
            while let index = state.nextIndex() {
                let folder = folders[index]
                let start = DispatchTime.now()
                var files: [RenderedFile] = []
                var planID: String?
                var failure: String?
                do {
                    let plan = try Renderer.loadPlan(home: home, planDirectory: folder)
                    planID = plan.id
                    let renderer = try Renderer(home: home, plan: plan, outputDirectory: outputRoot + "/" + plan.id)
                    renderer.maximumPages = maximumPages
                    // The plan's PDFs are flushed and put in place beside its rendering; all are in place
                    // (or their failure is reported) before the plan counts as done.
                    let commits = FileCommits()
                    renderer.fileCommits = commits
                    try commits.putInPlace(after: {
                        for kind in kinds {
                            let made = try renderer.render(kind)
                            files += made
                            onProgress(state.documentsFinished(made.count, latest: nil))
                        }
                    })
                } catch {
                    failure = "\(error)"
                }
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
                let result = PlanResult(folder: folder, planID: planID, files: files, error: failure, seconds: seconds)
                results.append((index, result))
                onProgress(state.planFinished(expected: estimates[index], rendered: files.count, latest: result))
            }
        }
        return results.all.sorted { $0.0 < $1.0 }.map(\.1)
    }
}

/// The shared counters of a batch.
final class BatchState: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var documents = 0
    private var plansDone = 0
    private var total: Int
    /// The plans' indices in the order they are handed out.
    private let order: [Int]
    private var plans: Int { order.count }

    init(total: Int, order: [Int]) { self.total = total; self.order = order }

    /// The indices of `weights`, heaviest first (in index order among equals).
    static func heaviestFirst(_ weights: [Int]) -> [Int] {
        weights.indices.sorted { weights[$0] != weights[$1] ? weights[$0] > weights[$1] : $0 < $1 }
    }

    func nextIndex() -> Int? { nextIndexAndLeft()?.index }

    /// The next index, and how many are left to hand out after it.
    func nextIndexAndLeft() -> (index: Int, left: Int)? {
        lock.lock(); defer { lock.unlock() }
        guard next < order.count else { return nil }
        next += 1
        return (order[next - 1], order.count - next)
    }

    func documentsFinished(_ count: Int, latest: BatchRendering.PlanResult?) -> BatchRendering.Progress {
        lock.lock(); defer { lock.unlock() }
        documents += count
        total = max(total, documents)
        return BatchRendering.Progress(documentsDone: documents, documentsTotal: total, plansDone: plansDone, plansTotal: plans, latest: latest)
    }

    /// A plan is finished: documents it did not produce (it failed) leave the total.
    func planFinished(expected: Int, rendered: Int, latest: BatchRendering.PlanResult) -> BatchRendering.Progress {
        lock.lock(); defer { lock.unlock() }
        plansDone += 1
        if rendered < expected { total -= expected - rendered }
        total = max(total, documents)
        return BatchRendering.Progress(documentsDone: documents, documentsTotal: total, plansDone: plansDone, plansTotal: plans, latest: latest)
    }
}
