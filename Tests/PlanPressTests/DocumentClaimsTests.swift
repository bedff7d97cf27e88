import Foundation
import PlanPress
import XCTest

/// Documents of a render shared out between its threads: every one is claimed exactly once,
/// however many claim at a time.
final class DocumentClaimsTests: XCTestCase {
    func testEverySheetIsClaimedOnceByWhoeverAsksFirst() {
        let claims = DocumentClaims()
        final class Collected: @unchecked Sendable {
            let lock = NSLock()
            var claimed: [[Int]] = Array(repeating: [], count: 4)
        }
        let collected = Collected()
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            while let index = claims.next(of: 3_000) {
                collected.lock.lock(); collected.claimed[worker].append(index); collected.lock.unlock()
            }
        }
        let claimed = collected.claimed
        XCTAssertEqual(claimed.flatMap { $0 }.sorted(), Array(0..<3_000))
        for list in claimed { XCTAssertEqual(list, list.sorted(), "each worker's claims come in order") }
        XCTAssertNil(claims.next(of: 3_000), "all taken")
        XCTAssertEqual(claims.next(of: 3_001), 3_000, "a longer list goes on where it stopped")
    }
}
