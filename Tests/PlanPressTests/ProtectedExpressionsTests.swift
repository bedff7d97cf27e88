@testable import Composition
import Foundation
import XCTest

/// The protected expressions' scan finds what their regular expressions find, match for match.
final class ProtectedExpressionsTests: XCTestCase {
    /// The regular expressions the scan stands for (as `ProtectedExpressions` documents them), in its kinds' order.
    static let patterns: [(ProtectedExpressions.Kind, NSRegularExpression)] = ([
        (ProtectedExpressions.Kind.era, #"(พ\.ศ\.|ค\.ศ\.)\s?[๐-๙0-9]{4}(\s?[-–]\s?[๐-๙0-9]{4})?"#),
        (.date, #"[๐-๙0-9]{1,2}\s(มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม)(\s(พ\.ศ\.\s)?[๐-๙0-9]{4})?"#),
        (.amount, #"[๐-๙0-9][๐-๙0-9,\.]*\sบาท"#),
        (.hyphenated, #"[^\s–-]\s?-\s?[^\s–-]"#),
    ] as [(ProtectedExpressions.Kind, String)]).map { ($0.0, try! NSRegularExpression(pattern: $0.1)) }

    /// The regular expression's matches in `text`, as ranges of its scalars.
    static func regexMatches(_ pattern: NSRegularExpression, in text: String) -> [Range<Int>] {
        // UTF-16 offset → scalar index.
        var scalarAt: [Int: Int] = [:]
        var u16 = 0
        for (index, scalar) in text.unicodeScalars.enumerated() {
            scalarAt[u16] = index
            u16 += scalar.utf16.count
        }
        scalarAt[u16] = text.unicodeScalars.count
        return pattern.matches(in: text, range: NSRange(location: 0, length: text.utf16.count)).map { match in
            scalarAt[match.range.location]!..<scalarAt[match.range.location + match.range.length]!
        }
    }

    func check(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let scalars = text.unicodeScalars.map(\.value)
        for (kind, pattern) in Self.patterns {
            XCTAssertEqual(ProtectedExpressions.matches(kind, in: scalars), Self.regexMatches(pattern, in: text),
                           "\(kind) in «\(text)»", file: file, line: line)
        }
    }

    func testTheScanFindsWhatTheRegularExpressionsFindInPlanText() {
        for text in [
            "ประกาศ ณ วันที่ ๒๗ กันยายน พ.ศ. ๒๕๖๕ และ ๑ ตุลาคม ๒๕๖๕",
            "แผนปฏิบัติการ (พ.ศ. ๒๕๖๖ - ๒๕๗๐) พ.ศ.๒๕๖๑-๒๕๖๕ ค.ศ. 2023–2027 พ.ศ. ๒๕๖",
            "งบประมาณ ๑๐๐,๐๐๐ บาท 2,500.50 บาท ๑๒๓บาท ๑๒๓  บาท",
            "การจัดซื้อ-จัดจ้าง a - b a -b a- b a--b -a a-–b ก-ข-ค",
            "๑๒๓ มกราคม ๕ มกราคมพ.ศ. ๒๕๖๖ ๕ มกราคม พ.ศ.๒๕๖๖ ๓๑ ธันวาคม พ.ศ. ๒๕",
            "", "-", "พ.ศ.", "๑ ", "1\u{00A0}บาท", "x\u{2003}-\u{3000}y", "😀-😀 😀 - a", "a\u{200B}-b",
        ] {
            check(text)
        }
    }

    func testTheScanFindsWhatTheRegularExpressionsFindInRandomText() {
        // Texts made of the pieces the expressions look for, so that near misses are common.
        let pieces = ["พ.ศ.", "ค.ศ.", "พ", ".", "ศ", "๒", "๕", "๖", "0", "9", ",", " ", "  ", "\u{00A0}", "\u{2009}",
                      "\t", "\n", "-", "–", "—", "บาท", "บา", "มกราคม", "ธันวาคม", "กันยา", "ก", "่", "a", "😀", "\u{200B}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            check(text)
        }
    }

    func testWhiteSpaceIsWhatTheRegularExpressionsCallWhiteSpace() {
        let space = try! NSRegularExpression(pattern: #"^\s$"#)
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            let isSpace = space.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
            if isSpace != ProtectedExpressions.isSpace([value], 0) {
                XCTFail(String(format: "U+%04X: the regular expressions say %@", value, isSpace ? "white space" : "not white space"))
            }
        }
    }
}
