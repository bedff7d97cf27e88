@testable import Composition
import Foundation
@testable import PlanPress
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

    /// A word list is read a line a name, at every kind of line end, as a split of the text by Character gives.
    func testWordListsAreSplitAtEveryLineEnd() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wordlist-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func reference(_ text: String) -> [String] {
            text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        }
        let crafted = "# a comment\r\nยกระดับ\r\n  ประกอบด้วย \n\nกิ่ง\u{2028}น้ำ\u{0085}ผู้\u{000B}ไม่\u{000C}ข้อ\ra b\n\t# not a name\n"
        let path = folder.appendingPathComponent("crafted.txt").path
        try crafted.write(toFile: path, atomically: true, encoding: .utf8)
        let read = try Renderer.readWordList(path)
        XCTAssertEqual(read, ["ยกระดับ", "ประกอบด้วย", "กิ่ง", "น้ำ", "ผู้", "ไม่", "ข้อ", "a b"])
        XCTAssertEqual(read, reference(crafted))
        // Saved with a byte-order mark, as Windows Notepad saves UTF-8.
        try Data([0xEF, 0xBB, 0xBF] + Array(crafted.dropFirst(12).utf8)).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(try Renderer.readWordList(path), read)
        // Not UTF-8: an error naming the file.
        try Data([0x41, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try Renderer.readWordList(path)) { error in
            XCTAssertTrue("\(error)".contains("crafted.txt"), "\(error)")
        }
        let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Layouts/thai-compounds.txt").path
        let words = try Renderer.readWordList(shipped)
        XCTAssertGreaterThan(words.count, 500)
        XCTAssertEqual(words, reference(try String(contentsOfFile: shipped, encoding: .utf8)))
    }
}
