@testable import Composition
import Foundation
import XCTest

/// The protected names' byte tree finds, from each place in a text, the longest name that starts there.
final class ProtectedNamesTests: XCTestCase {
    func testTheTreeFindsTheLongestNameAtEachPlaceAsAPlainSearchDoes() {
        var generator = SystemRandomNumberGenerator()
        let letters = ["ก", "ร", "ม", "ส", "่", "ั", "า", "ำ", "a", "b", " ", "."].map { Array($0.utf8) }
        func word(_ length: Int) -> [UInt8] { (0..<length).flatMap { _ in letters.randomElement(using: &generator)! } }
        for _ in 0..<40 {
            // Names sharing prefixes (some a prefix of another, some twice), and texts made of the same letters.
            var names = (0..<Int.random(in: 1...60, using: &generator)).map { _ in word(Int.random(in: 1...5, using: &generator)) }
            names += names.prefix(5).map { $0 + word(2) } + names.prefix(3)
            let trie = ByteTrie(names)
            for _ in 0..<30 {
                let text = word(Int.random(in: 0...40, using: &generator))
                text.withUnsafeBufferPointer { bytes in
                    for start in 0...text.count {
                        let plain = names.filter { $0.count <= text.count - start && Array(text[start..<(start + $0.count)]) == $0 }
                            .map(\.count).max()
                        XCTAssertEqual(trie.longestMatch(in: bytes, from: start), plain, "at \(start) of \(text) among \(names)")
                    }
                }
            }
        }
        XCTAssertNil(ByteTrie([]).longestMatch(in: UnsafeBufferPointer(start: nil, count: 0), from: 0))
    }

    func testNamesStayWholeInTheRangesFound() {
        let names = ProtectedNames(names: ["องค์การบริหารส่วนจังหวัด", "องค์การบริหารส่วนจังหวัดนครพนม", "นครพนม"])
        let text = "ประกาศองค์การบริหารส่วนจังหวัดนครพนม และจังหวัดนครพนม"
        let ranges = names.ranges(in: text).map { range in
            String(decoding: Array(text.utf8)[range], as: UTF8.self)
        }
        XCTAssertEqual(ranges, ["องค์การบริหารส่วนจังหวัดนครพนม", "นครพนม"])
    }
}
