import Dispatch
import Foundation

/// Finished files waiting to be flushed to the disk and renamed into place, on a thread of their own.
///
/// Flushing a file waits for the disk (about a millisecond each here, 110 PDFs for one plan), while the
/// threads that render have pages to draw. A render hands each finished file over (`AtomicFile.write(to:
/// commits:)`) and goes on; `finish()` waits until every file is in place. Each file is flushed before
/// its rename, as `AtomicFile` does alone, so a target is always its old or its new complete file; each
/// folder's renames are made durable once, at the end.
public final class FileCommits: @unchecked Sendable {
    // Everything below is touched on `queue` only.
    private let queue = DispatchQueue(label: "PlanPress.FileCommits")
    private var failures: [Error] = []
    /// The names put in place, by folder: their folders are flushed and their stale partial files removed.
    private var placed: [String: Set<String>] = [:]

    public init() {}

    /// Queues a finished temporary file for its flush and rename onto `path`; a failure removes it, and
    /// `finish()` reports it.
    func add(_ temporary: String, as path: String, folder: String, name: String) {
        queue.async { [self] in
            do {
                try AtomicFile.commit(temporary, as: path)
                placed[folder, default: []].insert(name)
            } catch {
                unlink(temporary)
                failures.append(error)
            }
        }
    }

    /// Waits until every file handed over is in place (or has failed), makes the renames durable, and
    /// throws the first failure. The commits can be used again after.
    public func finish() throws {
        let first: Error? = queue.sync {
            for (folder, names) in placed.sorted(by: { $0.key < $1.key }) {
                AtomicFile.flushFolder(folder)
                AtomicFile.removeStalePartials(of: names, in: folder)
            }
            placed = [:]
            defer { failures = [] }
            return failures.first
        }
        if let first { throw first }
    }
}
