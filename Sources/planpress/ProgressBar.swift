import Foundation
import PlanPress

/// Shows a batch's progress: on a terminal a bar redrawn in place (documents done of total, elapsed,
/// remaining); otherwise one plain line per plan, for logs.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let start = Date()
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private var drawn = false

    func update(_ progress: BatchRendering.Progress) {
        lock.lock(); defer { lock.unlock() }
        let elapsed = Date().timeIntervalSince(start)
        if isTerminal {
            let total = max(progress.documentsTotal, 1)
            let share = Double(progress.documentsDone) / Double(total)
            let width = 30
            let filled = Int((share * Double(width)).rounded(.down))
            let remaining = share > 0 ? elapsed / share - elapsed : 0
            let line = String(format: "\r[%@%@] %d/%d documents, %d/%d plans  %.1f s elapsed, ~%.0f s left ",
                              String(repeating: "#", count: filled), String(repeating: ".", count: width - filled),
                              progress.documentsDone, total, progress.plansDone, progress.plansTotal, elapsed, remaining)
            FileHandle.standardError.write(Data(line.utf8))
            drawn = true
        } else if let plan = progress.latest {
            let status = plan.error == nil ? "ok" : "FAILED"
            let line = String(format: "%@ %@: %d documents in %.2f s (%d/%d plans)\n", status, plan.planID ?? plan.folder,
                              plan.files.count, plan.seconds, progress.plansDone, progress.plansTotal)
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    func finish() {
        lock.lock(); defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
