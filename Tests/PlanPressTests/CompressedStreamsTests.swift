@testable import Graphics
import XCTest

/// A stream compressed before in the process is not compressed again: the output kept for the same input
/// (compared byte for byte) is handed out instead.
final class CompressedStreamsTests: XCTestCase {
    /// Bytes like a font program's: binary from the first.
    func binary(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }

    func testAStreamKeptIsFoundOnlyForTheSameBytes() {
        let streams = CompressedStreams()
        let input = binary(40_000, seed: 1)
        streams.keep(input, compressed: [1, 2, 3], level: 4)
        XCTAssertEqual(streams.output(for: input, level: 4), [1, 2, 3])
        XCTAssertNil(streams.output(for: input, level: 6), "kept for another level")
        // One byte changed where the hash does not look (it samples 64 words of 5,000): the same hash, not the same stream.
        var other = input
        other[12] ^= 0xFF
        XCTAssertEqual(CompressedStreams.sample(other), CompressedStreams.sample(input))
        XCTAssertNil(streams.output(for: other, level: 4))
        XCTAssertNil(streams.output(for: Array(input.dropLast()), level: 4))
    }

    func testShortStreamsAndPageContentsAreNotKept() {
        let streams = CompressedStreams()
        let short = binary(CompressedStreams.smallest - 1, seed: 2)
        streams.keep(short, compressed: [1], level: 4)
        XCTAssertNil(streams.output(for: short, level: 4))
        let page = Array(String(repeating: "q 1 0 0 -1 0 842 cm BT /f-0-0 1 Tf 12 0 0 -12 72 90 Tm [<0041>]TJ ET Q\n", count: 40).utf8)
        XCTAssertTrue(CompressedStreams.isPageContent(page))
        streams.keep(page, compressed: [1], level: 4)
        XCTAssertNil(streams.output(for: page, level: 4))
        // A CMap is text too, but starts with a comment or a name: kept.
        XCTAssertFalse(CompressedStreams.isPageContent(Array("/CIDInit /ProcSet findresource begin\n".utf8)))
        XCTAssertFalse(CompressedStreams.isPageContent(binary(100, seed: 3)))
    }
}
