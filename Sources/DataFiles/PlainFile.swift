import Foundation

/// Reading and writing a file of PlanPress's own (a cache, a counter, a child's output) without what
/// Foundation adds. `FileManager.createFile` writes beside the file and flushes it to the disk, which a
/// scratch file does not need and which costs a render tens of milliseconds; Foundation's reading copies
/// the file once more, and reads only the first page of a /proc file.
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

    /// The whole file at `path`, read to its end straight into an array (a /proc file reports no size,
    /// and Foundation reads only its first page of one); nil if it cannot be opened or read.
    public static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        let size = fstat(descriptor, &info) == 0 ? max(0, Int(info.st_size)) : 0
        var bytes = [UInt8](repeating: 0, count: max(size, 4_096))
        var done = 0
        while true {
            if done == bytes.count { bytes += [UInt8](repeating: 0, count: bytes.count) }
            let count = bytes.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + done, $0.count - done) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { break }
            done += count
        }
        bytes.removeSubrange(done...)
        return bytes
    }
}
