import Foundation

/// What the hypervisor took from this virtual machine while the benchmark ran: the share of processor
/// time counted as `steal` in /proc/stat. A high share says a figure is slow for the machine's sake.
///
/// A busy host can slow this machine without any steal too (what shares its cores and caches). No fixed
/// loop measures that: on this machine a loop of arithmetic or of cache misses timed steady while the
/// same render's processor time swung by 20 % from one run to the next, so the benchmark reports medians.
struct HypervisorSteal: Codable {
    /// The steal share of all processors' time, in %; nil where /proc/stat cannot be read.
    var stealPercent: Double?

    /// What the benchmark prints about the machine.
    var summary: String {
        stealPercent.map { String(format: "hypervisor steal: %.1f %% of processor time during the run", $0) }
            ?? "hypervisor steal: unknown (no /proc/stat)"
    }

    /// The first line of /proc/stat: every processor's time by kind, in clock ticks (user, nice, system,
    /// idle, iowait, irq, softirq, steal, …); nil where it cannot be read.
    static func processorTicks() -> [UInt64]? {
        guard let text = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
              let first = text.split(separator: "\n").first, first.hasPrefix("cpu ") else { return nil }
        let ticks = first.split(separator: " ").dropFirst().compactMap { UInt64($0) }
        return ticks.count >= 8 ? ticks : nil
    }

    /// The steal share between two readings of `processorTicks()` (guest time, counted inside user time, is
    /// left out of the total).
    init(from before: [UInt64]?, to after: [UInt64]?) {
        guard let before, let after else { stealPercent = nil; return }
        let total = (0..<8).reduce(UInt64(0)) { $0 + (after[$1] &- before[$1]) }
        stealPercent = total > 0 ? Double(after[7] &- before[7]) / Double(total) * 100 : nil
    }
}
