import DataFiles
import Foundation
import XCTest

/// `trimmingSpaces()` and `trimmingSpacesAndNewlines()` trim what Foundation's character sets hold.
final class TrimmingTests: XCTestCase {
    func testEveryScalarIsTrimmedAsFoundationTrimsIt() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar) + "ก" + String(scalar)
            XCTAssertEqual(text.trimmingSpaces(), text.trimmingCharacters(in: .whitespaces), String(format: "U+%04X", value))
            XCTAssertEqual(text.trimmingSpacesAndNewlines(), text.trimmingCharacters(in: .whitespacesAndNewlines), String(format: "U+%04X", value))
        }
    }

    func testEndsTrimmedAndInsideKept() {
        XCTAssertEqual("  \tร้อยละ ๘๐\u{00A0}\u{3000}".trimmingSpaces(), "ร้อยละ ๘๐")
        XCTAssertEqual("\n ร้อยละ ๘๐ \r\n".trimmingSpaces(), "\n ร้อยละ ๘๐ \r\n")
        XCTAssertEqual("\n ร้อยละ ๘๐ \r\n\u{2028}".trimmingSpacesAndNewlines(), "ร้อยละ ๘๐")
        XCTAssertEqual(" \t\n".trimmingSpacesAndNewlines(), "")
        XCTAssertEqual("".trimmingSpaces(), "")
        XCTAssertEqual("abc"[...].trimmingSpaces(), "abc")
    }
}
