import Dispatch
import Foundation

/// Runs numbered tasks on a few threads at once, each thread taking the next task until none is left,
/// and gives back each task's result in task order.
///
/// Threads of its own, not `DispatchQueue.concurrentPerform`: called from a task of an outer
/// `concurrentPerform` (as a render's workers are), that runs its iterations one after another on the
/// calling thread.
public enum WorkerThreads {
    /// - Parameters:
    ///   - count: how many tasks.
    ///   - workers: how many threads, the calling one included (worker 0).
    ///   - task: runs task `index` on worker `worker`; each worker runs its tasks one after another.
    public static func map<T>(_ count: Int, workers: Int, _ task: @escaping (_ index: Int, _ worker: Int) throws -> T) -> [Result<T, Error>] {
        let results = Results<T>(count)
        let shared = Unchecked(task)
        let threads = max(1, min(workers, count))
        let done = DispatchSemaphore(value: 0)
        @Sendable func work(_ worker: Int) {
            while let index = results.claim() {
                results.set(index, Result { try shared.value(index, worker) })
            }
        }
        for worker in 1..<threads {
            Thread.detachNewThread { work(worker); done.signal() }
        }
        work(0)
        for _ in 1..<threads { done.wait() }
        return results.all
    }

    private struct Unchecked<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private final class Results<T>: @unchecked Sendable {
        private let lock = NSLock()
        private let claims = Claims()
        private var items: [Result<T, Error>?]
        init(_ count: Int) { items = Array(repeating: nil, count: count) }
        func claim() -> Int? { claims.next(of: items.count) }
        func set(_ index: Int, _ result: Result<T, Error>) { lock.lock(); items[index] = result; lock.unlock() }
        var all: [Result<T, Error>] { lock.lock(); defer { lock.unlock() }; return items.map { $0! } }
    }
}

/// Numbered tasks shared out between threads: each takes the next one no one has taken when it is free,
/// so that they finish together however much each had to do before.
public final class Claims: @unchecked Sendable {
    private let lock = NSLock()
    private var taken = 0

    public init() {}

    /// The index of the next task, or nil when all `count` are taken.
    public func next(of count: Int) -> Int? {
        lock.withLock {
            guard taken < count else { return nil }
            taken += 1
            return taken - 1
        }
    }

    /// `body` of each of `items` this thread claims, in the order claimed.
    public func claimed<Item, Result>(_ items: [Item], _ body: (Item) throws -> Result) rethrows -> [Result] {
        var results: [Result] = []
        while let index = next(of: items.count) { results.append(try body(items[index])) }
        return results
    }
}
