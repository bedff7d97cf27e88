import Foundation

/// Documents of one render shared out between its threads (the project sheets, the progress reports):
/// each takes the next one no one has taken when it is free, so that they finish together however much
/// each had to do before.
public final class DocumentClaims: @unchecked Sendable {
    private let lock = NSLock()
    private var taken = 0

    public init() {}

    /// The index of the next document to render, or nil when all `count` are taken.
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
