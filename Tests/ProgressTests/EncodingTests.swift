import DataFiles
import XCTest
@testable import PlanModel

/// Windows-874 (TIS-620) decoding and the detection of a CSV's encoding.
final class EncodingTests: XCTestCase {
    func testTIS620RangeMapsOntoTheThaiBlock() throws {
        XCTAssertEqual(Windows874.scalar(for: 0xA1), "\u{0E01}")    // ก
        XCTAssertEqual(Windows874.scalar(for: 0xDA), "\u{0E3A}")    // พินทุ
        XCTAssertEqual(Windows874.scalar(for: 0xDF), "\u{0E3F}")    // ฿
        XCTAssertEqual(Windows874.scalar(for: 0xF0), "\u{0E50}")    // ๐
        XCTAssertEqual(Windows874.scalar(for: 0xFB), "\u{0E5B}")
        XCTAssertEqual(try Windows874.decode([0xCA, 0xC7, 0xD1, 0xCA, 0xB4, 0xD5]), "สวัสดี")
    }

    func testWindowsAdditions() throws {
        XCTAssertEqual(try Windows874.decode([0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0xA0]),
                       "\u{20AC}\u{2026}\u{2018}\u{2019}\u{201C}\u{201D}\u{2022}\u{2013}\u{2014}\u{00A0}")
    }

    func testUndefinedBytes() {
        for byte: UInt8 in [0x81, 0x84, 0x86, 0x90, 0x98, 0x9F, 0xDB, 0xDE, 0xFC, 0xFF] {
            XCTAssertNil(Windows874.scalar(for: byte), String(byte, radix: 16))
        }
        XCTAssertThrowsError(try Windows874.decode(Array("ab\ncd".utf8) + [0xFC])) { error in
            let e = error as! Windows874.DecodingError
            XCTAssertEqual([Int(e.byte), e.offset, e.line, e.column], [0xFC, 5, 2, 3])
        }
    }

    func testEncodeRoundTrip() throws {
        let text = "ลำดับที่,สถานะ,“ยกเลิก” – ๑๒๓ ฿€"
        let bytes = try XCTUnwrap(Windows874.encode(text))
        XCTAssertEqual(bytes.count, text.unicodeScalars.count)
        XCTAssertEqual(try Windows874.decode(bytes), text)
        XCTAssertNil(Windows874.encode("日本"))
    }

    func testDetection() throws {
        let text = "ลำดับที่,สถานะ\r\n1,ยกเลิก\r\n"
        XCTAssertEqual(try CSVReader.decode(Array(text.utf8), file: "f").encoding, .utf8)
        XCTAssertEqual(try CSVReader.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8), file: "f").encoding, .utf8WithBOM)
        XCTAssertEqual(try CSVReader.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8), file: "f").text, text)
        let thai = try XCTUnwrap(Windows874.encode(text))
        let decoded = try CSVReader.decode(thai, file: "f")
        XCTAssertEqual(decoded.encoding, .windows874)
        XCTAssertEqual(decoded.text, text)
        XCTAssertEqual(try CSVReader.decode(Array("plain,ascii".utf8), file: "f").encoding, .utf8)
    }

    func testUTF16IsRefusedWithAdvice() {
        XCTAssertThrowsError(try CSVReader.decode([0xFF, 0xFE, 0x41, 0x00], file: "f.csv")) { error in
            XCTAssertTrue((error as! Diagnostic).message.contains("CSV UTF-8"))
        }
    }

    func testByteNeitherEncodingDefinesIsAnErrorAtItsPlace() {
        let bytes = Array("a,b\r\n".utf8) + [0xA1, 0xFF]
        XCTAssertThrowsError(try CSVReader.decode(bytes, file: "f.csv")) { error in
            let d = error as! Diagnostic
            XCTAssertEqual(d.location, SourceLocation(file: "f.csv", line: 2, column: 2))
            XCTAssertTrue(d.message.contains("0xFF"), d.message)
        }
    }

    func testBrokenUTF8AfterBOMIsAnError() {
        XCTAssertThrowsError(try CSVReader.decode([0xEF, 0xBB, 0xBF, 0x61, 0x0A, 0xE0, 0xB8], file: "f.csv")) { error in
            XCTAssertEqual((error as! Diagnostic).location.line, 2)
        }
    }
}
