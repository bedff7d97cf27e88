import DataFiles
import Foundation

/// The project sheets of one render, shared out between its processes (or threads): each takes the next
/// sheet no one has taken when it is free, so that they finish together however much each had to lay
/// out before. A counter in a small file, read and advanced under `flock`.
public final class SheetClaims: @unchecked Sendable {
    public let path: String

    /// Makes the counter file (at zero) in the temporary folder; `remove()` deletes it.
    public static func create() throws -> SheetClaims {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-sheets-\(getpid())-\(UUID().uuidString)").path
        guard PlainFile.write(Array("0".utf8), to: path) else {
            throw PlanPressError.failed("cannot create \(path) to share the project sheets between processes")
        }
        return SheetClaims(path: path)
    }

    /// The counter another process made.
    public init(path: String) { self.path = path }

    /// The index of the next sheet to render, or nil when all `count` are taken.
    public func next(of count: Int) throws -> Int? {
        let descriptor = open(path, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw PlanPressError.failed("cannot open \(path), which shares the project sheets out: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        flock(descriptor, LOCK_EX)
        defer { flock(descriptor, LOCK_UN) }
        var buffer = [UInt8](repeating: 0, count: 32)
        let length = pread(descriptor, &buffer, buffer.count, 0)
        guard length > 0, let taken = Int(String(decoding: buffer[0..<length], as: UTF8.self)) else {
            throw PlanPressError.failed("\(path), which shares the project sheets out, holds no count")
        }
        guard taken < count else { return nil }
        let next = Array(String(taken + 1).utf8)
        guard ftruncate(descriptor, 0) == 0, pwrite(descriptor, next, next.count, 0) == next.count else {
            throw PlanPressError.failed("cannot update \(path), which shares the project sheets out: \(String(cString: strerror(errno)))")
        }
        return taken
    }

    public func remove() { unlink(path) }
}
