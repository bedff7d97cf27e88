import Foundation
import XCTest
@testable import PlanModel

/// The validator's byte-level text helpers give what the slower, plainly written forms give.
final class TextPatternTests: XCTestCase {
    /// Texts made of the pieces that matter: Thai and ASCII digits, points, Thai letters and marks, and
    /// every kind of white space, including the non-ASCII kinds.
    private func texts(count: Int) -> [String] {
        let pieces = ["๘", "๐", "8", "0", "1", ".", ",", " ", "  ", "\t", "\n", "\u{00A0}", "\u{2003}", "\u{3000}", "\u{0085}",
                      "\u{200B}", "ร้อยละ", "ก", "ำ", "้", "x", "%", "-", "๘๐", "80", "๑๒", "ๆ", "\u{0E5A}"]
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
    }

    func testWhitespaceNormalizedCollapsesAndTrimsAsUnicodeWhiteSpace() {
        func reference(_ text: String) -> String {
            text.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace }).map { String(String.UnicodeScalarView($0)) }
                .joined(separator: " ")
        }
        for text in texts(count: 3_000) {
            XCTAssertEqual(text.whitespaceNormalized, reference(text), "\(Array(text.unicodeScalars))")
        }
        XCTAssertEqual("  ร้อยละ\u{00A0}\u{00A0}๘๐\u{3000}x ".whitespaceNormalized, "ร้อยละ ๘๐ x")
        XCTAssertEqual("ก\u{200B}ข".whitespaceNormalized, "ก\u{200B}ข", "a zero-width space is not white space")
    }

    func testContainsNumberIsTheLookaroundPattern() throws {
        for number in ["๘๐", "80", "๐", "1", "๑๒"] {
            let pattern = try NSRegularExpression(pattern: "(?<![0-9๐-๙.])" + NSRegularExpression.escapedPattern(for: number) + "(?![0-9๐-๙])")
            for text in texts(count: 1_500) {
                let expected = pattern.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
                XCTAssertEqual(text.containsNumber(number), expected, "'\(number)' in \(Array(text.unicodeScalars))")
            }
        }
        XCTAssertTrue("ร้อยละ ๘๐ ของผู้เข้าร่วม".containsNumber("๘๐"))
        XCTAssertFalse("ร้อยละ ๘๐๐".containsNumber("๘๐"), "part of a longer number")
        XCTAssertFalse("๑๘๐ คน".containsNumber("๘๐"))
        XCTAssertFalse("๐.๘๐".containsNumber("๘๐"), "after a point")
        XCTAssertTrue("๘๐.".containsNumber("๘๐"), "a point after it ends the number")
        XCTAssertFalse("".containsNumber(""))
    }
}
