import DataFiles
import XCTest
@testable import PlanModel

/// RFC 4180 CSV: separators, quoting, line ends and positions.
final class CSVReaderTests: XCTestCase {
    func values(_ text: String) throws -> [[String]] {
        try CSVReader.parse(text, file: "t.csv").map { $0.fields.map(\.value) }
    }

    func testPlainRowsWithEveryLineEnd() throws {
        XCTAssertEqual(try values("a,b\r\nc,d\r\n"), [["a", "b"], ["c", "d"]])
        XCTAssertEqual(try values("a,b\nc,d\n"), [["a", "b"], ["c", "d"]])
        XCTAssertEqual(try values("a,b\rc,d"), [["a", "b"], ["c", "d"]])
        XCTAssertEqual(try values("a,b"), [["a", "b"]], "no final line break")
    }

    func testEmptyFieldsAndTrailingComma() throws {
        XCTAssertEqual(try values(",x,,\r\n"), [["", "x", "", ""]])
        XCTAssertEqual(try values("a\r\n\r\nb\r\n"), [["a"], [""], ["b"]], "an empty line is a row of one empty field")
        XCTAssertEqual(try values(""), [])
    }

    func testQuotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let text = "\"a,b\",\"say \"\"hi\"\"\",\"line 1\r\nline 2\nline 3\"\r\nnext,row\r\n"
        XCTAssertEqual(try values(text), [["a,b", "say \"hi\"", "line 1\nline 2\nline 3"], ["next", "row"]])
    }

    func testQuotedEmptyFieldAndQuotedFieldAtEndOfFile() throws {
        XCTAssertEqual(try values("\"\",a"), [["", "a"]])
        XCTAssertEqual(try values("a,\"\""), [["a", ""]])
        XCTAssertEqual(try values("\"only\""), [["only"]])
    }

    func testSemicolonIsNotASeparator() throws {
        XCTAssertEqual(try values("a;b,c;d\r\n"), [["a;b", "c;d"]])
    }

    func testQuoteInsideUnquotedFieldIsKept() throws {
        XCTAssertEqual(try values("5\" screen,x"), [["5\" screen", "x"]])
    }

    func testSpacesAfterClosingQuoteAreIgnored() throws {
        XCTAssertEqual(try values("\"a\"  ,b"), [["a", "b"]])
    }

    func testPositionsCountLinesOfQuotedFieldsAndThaiCharacters() throws {
        let rows = try CSVReader.parse("\u{FEFF}ลำดับที่,สถานะ\r\n\"two\r\nlines\",x\r\nก,ข\r\n", file: "t.csv")
        XCTAssertEqual(rows.map(\.line), [1, 2, 4])
        XCTAssertEqual(rows[0].fields.map(\.column), [1, 10], "columns count Unicode scalars; the BOM is not one")
        XCTAssertEqual(rows[1].fields[1].line, 3)
        XCTAssertEqual(rows[1].fields[1].column, 8)
        XCTAssertEqual(rows[2].fields.map(\.column), [1, 3])
        XCTAssertTrue(rows[1].fields[0].wasQuoted)
    }

    func testUnterminatedQuoteIsAnErrorAtItsOpening() {
        XCTAssertThrowsError(try CSVReader.parse("a,b\r\nc,\"never\r\ncloses\r\n", file: "t.csv")) { error in
            let d = error as! Diagnostic
            XCTAssertEqual(d.location, SourceLocation(file: "t.csv", line: 2, column: 3))
            XCTAssertTrue(d.message.contains("never closes"), d.message)
        }
    }

    func testTextAfterClosingQuoteIsAnError() {
        XCTAssertThrowsError(try CSVReader.parse("\"abc\"def,x", file: "t.csv")) { error in
            let d = error as! Diagnostic
            XCTAssertEqual(d.location, SourceLocation(file: "t.csv", line: 1, column: 6))
            XCTAssertTrue(d.message.contains("after the closing quote"), d.message)
        }
    }

    func testBlankRows() throws {
        let rows = try CSVReader.parse(",,,\r\n , \r\nx\r\n", file: "t.csv")
        XCTAssertEqual(rows.map(\.isBlank), [true, true, false])
    }
}
