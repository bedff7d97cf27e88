import Foundation

/// The project sheets of one render, shared out between its threads: each takes the next sheet no one
/// has taken when it is free, so that they finish together however much each had to lay out before.
public final class SheetClaims: @unchecked Sendable {
    private let lock = NSLock()
    private var taken = 0

    public init() {}

    /// The index of the next sheet to render, or nil when all `count` are taken.
    public func next(of count: Int) -> Int? {
        lock.withLock {
            guard taken < count else { return nil }
            taken += 1
            return taken - 1
        }
    }
}
