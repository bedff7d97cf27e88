import Foundation

/// Writing a small file of PlanPress's own (a cache, a counter, a child's output), without what
/// `FileManager.createFile` adds: it writes beside the file and flushes it to the disk, which a file
/// that is only scratch does not need, and which costs a render tens of milliseconds.
public enum PlainFile {
    /// Creates or empties `path` and writes `bytes` into it; false on any failure (errno tells why).
    public static func write(_ bytes: [UInt8], to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            written += count
        }
        return true
    }
}
