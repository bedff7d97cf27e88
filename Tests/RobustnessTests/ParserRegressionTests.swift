@testable import DataFiles
import Foundation
@testable import PlanModel
import ThaiText
import XCTest

/// The readers on their own, in process: what the corpus and the fuzzers found, kept from coming back.
final class ParserRegressionTests: XCTestCase {
    // MARK: YAML

    func parse(_ text: String) -> Diagnostic? {
        do { _ = try YAMLFile.parse(text: text, path: "t.yaml"); return nil } catch { return error }
    }

    func testAliasesThatReferToAnAnchorAreRefusedBeforeComposing() {
        let bombs = [
            "a: &x [1]\nb: *x\n",
            "a: &-0 [1]\nb: [*-0, *-0]\n",          // names may start with '-'
            "a: [&x 1]\nb: {k: *x}\n",              // anchors inside flow collections
            "a: &k x\n? *k\n: y\n",                 // an aliased key is hashed while composing
            "a: &_ x\nb:\n  - *_\n",
            "\u{FEFF}&r [1]\n",                     // after a byte-order mark (no alias: allowed below)
        ]
        for text in bombs.dropLast() {
            let error = parse(text)
            XCTAssertTrue(error?.message.contains("anchors and aliases") == true, "\(text.debugDescription): \(String(describing: error))")
        }
        XCTAssertNil(YAMLFile.firstAlias(bombs.last!))
        XCTAssertEqual(YAMLFile.firstAlias("a: &x [1]\nb: *x\n")?.line, 2)
        XCTAssertEqual(YAMLFile.firstAlias("a: &x [1]\nb: *x\n")?.column, 4)
    }

    func testProseWithAsterisksAndAmpersandsIsNotAnAlias() {
        XCTAssertNil(parse("text: ราคา *10 บาท & ส่วนลด &5 ตาม *หมายเหตุ\nnote: \"R&D\"\n"))
        XCTAssertNil(YAMLFile.firstAlias("a: see *note below\nb: &other text\n"))
    }

    func testAnAliasBombIsRefusedQuickly() {
        var lines = ["l0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 { lines.append("l\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]") }
        let start = Date()
        XCTAssertNotNil(parse(lines.joined(separator: "\n")))
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
    }

    func testNestingBeyondLibYAMLsLimitIsAClearError() {
        let error = parse("x: " + String(repeating: "[", count: 2000) + String(repeating: "]", count: 2000))
        XCTAssertEqual(error?.location.line, 1)
        XCTAssertTrue(error?.message.contains("nest more than 1000 levels") == true, String(describing: error))
    }

    func testUnclosedQuotesAndBracketsAreReportedWhereTheyOpen() {
        let quote = parse("a: 1\nb: \"open\nc: 3\nd: 4\n")
        XCTAssertEqual(quote?.location.line, 2)
        XCTAssertTrue(quote?.message.contains("a quoted value opened here is not closed") == true, String(describing: quote))
        let flow = parse("a: [1, 2\nb: 3\n")
        XCTAssertEqual(flow?.location.line, 1)
        XCTAssertTrue(flow?.message.contains("a [ … ] list opened here is not closed") == true, String(describing: flow))
    }

    func testControlCharactersAreFoundByLineAndColumn() {
        for (text, line, column) in [("a: x\u{0}y\n", 1, 5), ("a: ก\nb: ข\u{1B}\n", 2, 5), ("a: \u{85}\n", 1, 4), ("x\n\u{FFFF}", 2, 1), ("ab\u{7F}", 1, 3)] {
            let error = parse(text)
            XCTAssertTrue(error?.message.contains("control character") == true, "\(text.debugDescription): \(String(describing: error))")
            XCTAssertEqual(error?.location.line, line, text.debugDescription)
            XCTAssertEqual(error?.location.column, column, text.debugDescription)
        }
        XCTAssertNil(parse("a: tab\there\r\nb: ok\r\n"))
    }

    func testEncodingsOtherThanUTF8AreNamed() {
        func error(_ bytes: [UInt8]) -> Diagnostic? {
            do { _ = try YAMLFile.parse(data: Data(bytes), path: "t.yaml"); return nil } catch { return error }
        }
        XCTAssertTrue(error([0xFF, 0xFE, 0x61, 0x00])?.message.contains("UTF-16") == true)
        let thai = error(Array("a: 1\nb: ".utf8) + [0xA1, 0xD2, 0xC3] + Array("\n".utf8))
        XCTAssertEqual(thai?.location.line, 2)
        XCTAssertEqual(thai?.location.column, 4)
        XCTAssertTrue(thai?.message.contains("Windows-874") == true, String(describing: thai))
        XCTAssertNil(error([0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8)), "UTF-8 with a byte-order mark is fine")
    }

    // MARK: Files

    func testOnlyRegularFilesAreRead() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-files-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        XCTAssertEqual(mkfifo(dir.appendingPathComponent("pipe").path, 0o644), 0)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("zero").path, withDestinationPath: "/dev/zero")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("dangling").path, withDestinationPath: dir.appendingPathComponent("none").path)
        _ = FileManager.default.createFile(atPath: dir.appendingPathComponent("big").path, contents: nil)
        truncate(dir.appendingPathComponent("big").path, 5000)
        func message(_ name: String, limit: Int = 4096) -> String {
            do { _ = try YAMLFile.readRegularFile(path: dir.appendingPathComponent(name).path, limit: limit); return "" } catch { return error.message }
        }
        XCTAssertTrue(message("pipe").contains("not a regular file"))
        XCTAssertTrue(message("zero").contains("not a regular file"))
        XCTAssertTrue(message("dangling").contains("symbolic link to something that does not exist"))
        XCTAssertTrue(message("none").contains("no such file"))
        XCTAssertTrue(message("big").contains("at most"))
        XCTAssertEqual(message("big", limit: 5000), "")
        XCTAssertTrue(message(".").contains("a folder, not a file"))
    }

    // MARK: CSV

    func csvError(_ bytes: [UInt8]) -> Diagnostic? {
        do { _ = try CSVReader.read(bytes, file: "t.csv"); return nil } catch { return error }
    }

    func testCSVControlCharactersAndBinaryFiles() {
        let nul = csvError(Array("project,status\r\n1,do\u{0}ne\r\n".utf8))
        XCTAssertEqual(nul?.location.line, 2)
        XCTAssertEqual(nul?.location.column, 5)
        XCTAssertTrue(nul?.message.contains("control character U+0000") == true, String(describing: nul))
        XCTAssertTrue(csvError([0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 100))?.message.contains("Excel workbook") == true)
        XCTAssertTrue(csvError([UInt8](repeating: 0, count: 64) + Array("a,b".utf8))?.message.contains("binary data") == true)
        XCTAssertNil(csvError(Array("project,status\r\n1,\"tab\there\"\r\n".utf8)))
    }

    // MARK: Validation helpers

    func testLiteralSearchAgreesWithFoundation() {
        var generator = SeededBytes(seed: 42)
        let alphabet: [String] = ["a", "b", "ก", "่", "  ", "\t", "บาท", "**", "😀", "é", "e\u{301}"]
        for _ in 0..<2000 {
            let text = (0..<Int(generator.next() % 12)).map { _ in alphabet[Int(generator.next()) % alphabet.count] }.joined()
            let needle = (0..<Int(generator.next() % 3)).map { _ in alphabet[Int(generator.next()) % alphabet.count] }.joined()
            let expected = needle.isEmpty || text.range(of: needle, options: .literal) != nil
            XCTAssertEqual(text.containsLiteral(needle), expected, "\(text.debugDescription) ⊃ \(needle.debugDescription)")
        }
    }

    // MARK: Thai text

    func testAmountsAtTheEdgesOfInt64() throws {
        XCTAssertEqual(try Money.parse("-92,233,720,368,547,758.08"), Money.min)
        XCTAssertEqual(try Money.parse("92233720368547758.07"), Money.max)
        XCTAssertThrowsError(try Money.parse("92233720368547758.08"))
        for money in [Money.min, Money.max, Money(satang: -1), Money(satang: 1_000_000_000_000_000_00)] {
            XCTAssertEqual(try Money.parse(ThaiFormat.amount(money)), money)
            XCTAssertFalse(ThaiFormat.bahtText(money).isEmpty)
            _ = money.percent(of: .min)
            _ = Money.min.percent(of: money)
        }
        XCTAssertEqual(ThaiFormat.bahtText(Money(satang: 1_000_000_000_000_000_00)), "หนึ่งพันล้านล้านบาทถ้วน")
    }
}
