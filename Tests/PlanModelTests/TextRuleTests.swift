import DataFiles
import XCTest
@testable import PlanModel

/// Text hygiene in every text field of the plan and its projects.
final class TextRuleTests: XCTestCase {
    func testArabicDigitsInThaiText() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/05.yaml", "พ.ศ. ๒๕๔๖", "พ.ศ. 2546")
        let findings = try copy.validate()
        assertFinding(findings, .warning, "projects/05.yaml", line: line, "Arabic digits '2546' in Thai text", "๒๕๔๖")
    }

    func testArabicDigitsInLatinAndWebContextsAreFine() {
        XCTAssertNil(TextRules.arabicDigitsInThai("ผ่านระบบ E-Service และเว็บไซต์ www.nkpao.go.th"))
        XCTAssertNil(TextRules.arabicDigitsInThai("https://www.nkpao.go.th/home/%e0%b9%81-2/"))
        XCTAssertNil(TextRules.arabicDigitsInThai("มาตรฐาน ISO 9001 และ COVID-19 และ Web 2.0"))
        XCTAssertNil(TextRules.arabicDigitsInThai("ดัชนี (Corruption Perception Index - CPI) และการประเมิน ITA"))
        XCTAssertEqual(TextRules.arabicDigitsInThai("ปีงบประมาณ พ.ศ. 2566 - ๒๕๗๐"), "2566")
        XCTAssertEqual(TextRules.arabicDigitsInThai("จำนวน 1,000 คน"), "1,000")
        XCTAssertEqual(TextRules.arabicDigitsInThai("(ร้อยละ 80)"), "80")
    }

    func testLeftoverBoldMarkup() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/09.yaml", "  - ประชุมวางแผนดำเนินการ\n", "  - ประชุมวางแผน**ดำเนินการ**\n")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/09.yaml", line: line, "leftover ** (bold markup")
    }

    func testListNumberAtTheStartOfAnItem() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/09.yaml", "  - ประชุมวางแผนดำเนินการ\n", "  - ๓. ประชุมวางแผนดำเนินการ\n")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/09.yaml", line: line, "starts with a list number or bullet '๓.'", "remove it")
    }

    func testParenthesisedListNumberIsOneFinding() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/09.yaml", "  - ประชุมวางแผนดำเนินการ\n", "  - ๒) ประชุมวางแผนดำเนินการ\n")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/09.yaml", line: line, "starts with a list number or bullet '๒)'")
        XCTAssertEqual(findings.filter { $0.location.file.hasSuffix("projects/09.yaml") }.count, 1, "the list number's ) is not an unbalanced parenthesis")
    }

    func testListNumberAtTheStartOfAHeading() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("plan.yaml", "title: มาตรการจัดการเรื่องร้องเรียนการทุจริต", "title: ๔.๓ มาตรการจัดการเรื่องร้องเรียนการทุจริต")
        let findings = try copy.validate()
        assertFinding(findings, .error, "plan.yaml", line: line, "starts with a list number or bullet '๔.๓'")
    }

    func testListNumberShapes() {
        for text in ["๑. เพื่อ", "๓.๑ เพื่อ", "๑) เพื่อ", "(๑) เพื่อ", "( ๒ ) เพื่อ", "- เพื่อ", "1. เพื่อ", "๕.๑.๒ เพื่อ", "• เพื่อ", "๑.เพื่อ"] {
            XCTAssertTrue(TextRules.listNumber.isMatch(text), text)
        }
        for text in ["เพื่อ ๑. ส่งเสริม", "๒๐ ปี ข้างหน้า", "๒๕๖๖ เป็นปีแรก", "E-Service", "“บริการเป็นเลิศ”", "(พ.ศ. ๒๕๖๖)"] {
            XCTAssertFalse(TextRules.listNumber.isMatch(text), text)
        }
    }

    func testDoubledSpaces() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/09.yaml", "  - ประชุมวางแผนดำเนินการ\n", "  - ประชุมวางแผน  ดำเนินการ\n")
        let findings = try copy.validate()
        assertFinding(findings, .warning, "projects/09.yaml", line: line, "two spaces (or a tab) in a row after '…ประชุมวางแผน'")
    }

    func testUnbalancedCurlyQuotes() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/09.yaml", "  - ประชุมวางแผนดำเนินการ\n", "  - ประชุม “วางแผนดำเนินการ\n")
        let findings = try copy.validate()
        assertFinding(findings, .warning, "projects/09.yaml", line: line, "an opening “ is never closed")
    }

    func testClosingQuoteWithoutOpening() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/09.yaml", "  - ประชุมวางแผนดำเนินการ\n", "  - ประชุม” วางแผนดำเนินการ\n")
        let findings = try copy.validate()
        assertFinding(findings, .warning, "projects/09.yaml", line: line, "a closing ” has no opening “")
    }

    func testOddStraightQuotes() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/09.yaml", "  - ประชุมวางแผนดำเนินการ\n", "  - 'ประชุม \"วางแผนดำเนินการ'\n")
        let findings = try copy.validate()
        assertFinding(findings, .warning, "projects/09.yaml", line: line, "an odd number of \" marks")
    }

    func testUnbalancedParentheses() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/09.yaml", "  - ประชุมวางแผนดำเนินการ\n", "  - ประชุมวางแผนดำเนินการ (ครั้งที่ ๑\n")
        let findings = try copy.validate()
        assertFinding(findings, .warning, "projects/09.yaml", line: line, "an opening ( is never closed")
    }

    func testLineBreakInsideText() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/09.yaml", "  - ประชุมวางแผนดำเนินการ\n", "  - |-\n    ประชุมวางแผน\n    ดำเนินการ\n")
        let findings = try copy.validate()
        assertFinding(findings, .warning, "projects/09.yaml", line: line, "a line break inside the text")
    }

    func testPlanTextIsCheckedToo() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("plan.yaml", "  closing: จึงประกาศให้ทราบโดยทั่วกัน\n", "  closing: จึงประกาศให้ทราบโดยทั่วกัน**\n")
        let findings = try copy.validate()
        assertFinding(findings, .error, "plan.yaml", line: line, "leftover **")
    }

    func testWebAddressInAngleBrackets() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/09.yaml", "  - ประชุมวางแผนดำเนินการ\n", "  - ประชุมวางแผนดำเนินการ ดู <https://www.nkpao.go.th>\n")
        let findings = try copy.validate()
        assertFinding(findings, .error, "projects/09.yaml", line: line, "a web address in angle brackets", "remove the brackets")
        XCTAssertEqual(findings.count, 1, findings.map(\.description).joined(separator: "\n"))
    }

    func testWebAddressWithoutSchemeInAngleBrackets() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("plan.yaml", "  closing: จึงประกาศให้ทราบโดยทั่วกัน\n", "  closing: จึงประกาศให้ทราบโดยทั่วกัน <www.nkpao.go.th>\n")
        let findings = try copy.validate()
        assertFinding(findings, .error, "plan.yaml", line: line, "a web address in angle brackets")
    }

    func testTabInText() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/09.yaml", "  - ประชุมวางแผนดำเนินการ\n", "  - \"ประชุมวางแผน\\tดำเนินการ\"\n")
        let findings = try copy.validate()
        assertFinding(findings, .warning, "projects/09.yaml", line: line, "two spaces (or a tab) in a row after '…ประชุมวางแผน'")
    }

    func testClosingParenthesisWithoutOpening() throws {
        let copy = try BrokenCopy()
        let line = try copy.edit("projects/09.yaml", "  - ประชุมวางแผนดำเนินการ\n", "  - ประชุมวางแผน) ดำเนินการ\n")
        let findings = try copy.validate()
        assertFinding(findings, .warning, "projects/09.yaml", line: line, "a closing ) has no opening (")
    }

    /// The byte scans of quotes, brackets and line ends agree with walking the text's scalars.
    func testByteScansAgreeWithScalarWalks() {
        func balance(_ text: String, _ open: Unicode.Scalar, _ close: Unicode.Scalar) -> Int? {
            var depth = 0
            for c in text.unicodeScalars {
                if c == open { depth += 1 }
                if c == close { depth -= 1; if depth < 0 { return -1 } }
            }
            return depth > 0 ? 1 : nil
        }
        let pieces = ["“", "”", "\"", "(", ")", "ก", "่", "a", " ", "\n", "\r\n", "\u{0085}", "\u{2028}", "\u{2029}", "\u{000B}",
                      "\u{000C}", "\u{2027}", "\u{201E}", "\u{00C2}", "é", "😀", "\u{0E85}", "✓"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let scalars = Array(text.unicodeScalars)
            for (open, close) in [("“", "”"), ("(", ")")] as [(Character, Character)] {
                let expected = balance(text, open.unicodeScalars.first!, close.unicodeScalars.first!)
                let found = TextRules.balance(text, open: open, close: close)
                XCTAssertEqual(found == nil, expected == nil, "\(scalars)")
                if expected == -1 { XCTAssertTrue(found?.hasPrefix("a closing") == true, "\(scalars)") }
                if expected == 1 { XCTAssertTrue(found?.hasPrefix("an opening") == true, "\(scalars)") }
            }
            XCTAssertEqual(TextRules.straightQuotes(text) != nil, scalars.filter { $0 == "\"" }.count % 2 == 1, "\(scalars)")
            XCTAssertEqual(TextRules.hasLineBreak(text),
                           scalars.contains { [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains($0.value) }, "\(scalars)")
        }
    }
}
