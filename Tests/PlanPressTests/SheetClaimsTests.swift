import Foundation
import PlanPress
import XCTest

/// The project sheets of a render shared out by a counter file: every sheet is claimed exactly once,
/// however many claim at a time.
final class SheetClaimsTests: XCTestCase {
    func testEverySheetIsClaimedOnceByWhoeverAsksFirst() throws {
        let claims = try SheetClaims.create()
        defer { claims.remove() }
        final class Collected: @unchecked Sendable {
            let lock = NSLock()
            var claimed: [[Int]] = Array(repeating: [], count: 4)
            var failures: [String] = []
        }
        let collected = Collected()
        let path = claims.path
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            // Each worker opens the counter by its path, as a child process does.
            let mine = SheetClaims(path: path)
            do {
                while let index = try mine.next(of: 300) {
                    collected.lock.lock(); collected.claimed[worker].append(index); collected.lock.unlock()
                }
            } catch {
                collected.lock.lock(); collected.failures.append("\(error)"); collected.lock.unlock()
            }
        }
        let claimed = collected.claimed, failures = collected.failures
        XCTAssertEqual(failures, [])
        XCTAssertEqual(claimed.flatMap { $0 }.sorted(), Array(0..<300))
        for list in claimed { XCTAssertEqual(list, list.sorted(), "each worker's claims come in order") }
        XCTAssertNil(try claims.next(of: 300), "all taken")
        XCTAssertEqual(try claims.next(of: 301), 300, "a longer list goes on where it stopped")
    }

    func testACounterThatIsGoneIsAnError() throws {
        let claims = try SheetClaims.create()
        claims.remove()
        XCTAssertThrowsError(try claims.next(of: 3)) { error in
            XCTAssertTrue("\(error)".contains(claims.path), "\(error)")
        }
    }
}
