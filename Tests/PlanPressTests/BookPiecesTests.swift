import Foundation
@testable import PDFExport
import TestSupport
import XCTest

/// A long document (the plan book) is written as pieces, each by Cairo on a thread of its own, and the
/// pieces are joined into one PDF (`PDFWriter`, `PDFJoin`). The joined book must read, link and look as
/// the book Cairo writes whole.
final class BookPiecesTests: XCTestCase {
    func testTheBookJoinedFromPiecesReadsLinksAndLooksAsTheWholeOne() throws {
        let home = try scratchHome()
        var books: [String: PDFProbe] = [:]
        for (name, piecePages) in [("joined", nil), ("whole", "0")] as [(String, String?)] {
            let out = home.appendingPathComponent(name)
            var environment = ["PLANPRESS_HOME": home.path, "PLANPRESS_LAYOUT_CACHE": "off"]
            environment["PLANPRESS_PIECE_PAGES"] = piecePages
            let result = try Shell.run(Workspace.binary, ["render", "book", "-j", "2", "--out", out.path],
                                       environment: environment, currentDirectory: home.path)
            XCTAssertEqual(result.status, 0, result.stderr)
            // Nothing of the pieces is left beside the book.
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path), ["plan-book.pdf"])
            books[name] = PDFProbe(path: out.appendingPathComponent("plan-book.pdf").path)
        }
        let (joined, whole) = (books["joined"]!, books["whole"]!)
        let pages = try whole.pageCount()
        let pieces = PDFWriter.pieces(pages)
        XCTAssertGreaterThan(pieces.count, 1, "a book of \(pages) pages is written in pieces of \(PDFWriter.piecePages)")
        XCTAssertEqual(try joined.pageCount(), pages)
        XCTAssertEqual(try joined.pageSizes().map(\.height), try whole.pageSizes().map(\.height))

        // Each piece embeds subsets of its own, every one with its text map.
        let fonts = try joined.fonts()
        XCTAssertGreaterThan(fonts.count, try whole.fonts().count)
        XCTAssertTrue(fonts.allSatisfy { $0.embedded && $0.subset && $0.unicode }, "\(fonts)")

        // The same text, destinations, page labels, links and bookmarks; the same document information.
        XCTAssertEqual(try joined.text(), try whole.text())
        XCTAssertEqual(try joined.destinations(), try whole.destinations())
        XCTAssertGreaterThan(try whole.destinations().count, 40)
        XCTAssertEqual(try joined.pageLabels(), try whole.pageLabels())
        XCTAssertEqual(try joined.linkTargets(), try whole.linkTargets())
        XCTAssertEqual(try PDFOutline.titles(path: joined.path).sorted(), try PDFOutline.titles(path: whole.path).sorted())
        var info = try joined.info(), wholeInfo = try whole.info()
        info["File size"] = nil; wholeInfo["File size"] = nil
        XCTAssertEqual(info, wholeInfo)
        let bytes = try FileManager.default.attributesOfItem(atPath: joined.path)[.size] as? Int ?? 0
        XCTAssertLessThan(bytes, 1_500_000)

        // Poppler draws the same pixels: the first page, and the first and last page of every piece.
        let sample = Set([1] + pieces.flatMap { [$0.lowerBound + 1, $0.upperBound] }).sorted()
        for page in sample {
            var drawn: [Data] = []
            for pdf in [joined, whole] {
                let png = home.appendingPathComponent("page-\(drawn.count)").path
                let result = try Shell.run("/usr/bin/pdftoppm", ["-png", "-r", "40", "-f", "\(page)", "-l", "\(page)", "-singlefile", pdf.path, png])
                XCTAssertEqual(result.status, 0, result.stderr)
                drawn.append(try Data(contentsOf: URL(fileURLWithPath: png + ".png")))
            }
            XCTAssertEqual(drawn[0], drawn[1], "page \(page) is drawn differently")
        }

        // A PDF updated since it was written (the whole book has its language added so) is not a piece
        // the join reads; the writer then writes the document whole.
        XCTAssertThrowsError(try CairoPDF(path: whole.path))
    }

    func testPiecesAreCutByPageCountAlone() {
        let saved = PDFWriter.piecePages
        defer { PDFWriter.piecePages = saved }
        PDFWriter.piecePages = 28
        XCTAssertEqual(PDFWriter.pieces(3), [0..<3])
        XCTAssertEqual(PDFWriter.pieces(55), [0..<55])
        XCTAssertEqual(PDFWriter.pieces(56), [0..<28, 28..<56])
        XCTAssertEqual(PDFWriter.pieces(106), [0..<26, 26..<53, 53..<79, 79..<106])
        PDFWriter.piecePages = 0
        XCTAssertEqual(PDFWriter.pieces(106), [0..<106])
    }

    /// References are renumbered; strings, names, comments and numbers are copied as they are.
    func testRenumberingTouchesReferencesOnly() throws {
        let source = "<< /Type /Page % 4 0 R in a comment\n   /Parent 1 0 R\n   /T (a 2 0 R \\) 3 0 R) /H <FEFF0E01>\n"
            + "   /f-0-1 6 0 R /Kids [ 3 0 R 10 0 R ] /W 12.5 0 R /N -2 /Dest [2 0 R /XYZ 0 771.023622 0]\n>>"
        let renumbered = try PDFSyntax.renumbered(Array(source.utf8)[...]) { $0 + 100 }
        XCTAssertEqual(String(decoding: renumbered, as: UTF8.self),
                       "<< /Type /Page % 4 0 R in a comment\n   /Parent 101 0 R\n   /T (a 2 0 R \\) 3 0 R) /H <FEFF0E01>\n"
                       + "   /f-0-1 106 0 R /Kids [ 103 0 R 110 0 R ] /W 12.5 0 R /N -2 /Dest [102 0 R /XYZ 0 771.023622 0]\n>>")
    }

    func testADictionarysKeysAndAFlatNameTree() throws {
        let catalog = Array("<< /Type /Catalog\n   /Pages 1 0 R\n   /Names 9 0 R /Lang (th) /D << /X 1 >> /A [1 2] /E [] >>".utf8)[...]
        XCTAssertEqual(PDFSyntax.keys(in: catalog), ["Type", "Pages", "Names", "Lang", "D", "A", "E"])
        XCTAssertEqual(PDFSyntax.reference(after: "/Names", in: catalog), 9)
        XCTAssertNil(PDFSyntax.reference(after: "/Outlines", in: catalog))

        let tree = Array("<< /Names [\n   (b\\(1\\)) [2 0 R /XYZ 0 700 0]\n   <FEFF0E01> [3 0 R /XYZ 0 10.5 0]\n   (a) [4 0 R /XYZ 0 1 0]\n   ]\n>>".utf8)[...]
        let entries = try PDFSyntax.nameTreeEntries(tree)
        XCTAssertEqual(entries.map { String(decoding: $0.name, as: UTF8.self) }, ["(b\\(1\\))", "<FEFF0E01>", "(a)"])
        XCTAssertEqual(entries.map(\.key), [Array("b(1)".utf8), [0xFE, 0xFF, 0x0E, 0x01], Array("a".utf8)])
        XCTAssertEqual(entries.map { String(decoding: $0.value, as: UTF8.self) }, ["[2 0 R /XYZ 0 700 0]", "[3 0 R /XYZ 0 10.5 0]", "[4 0 R /XYZ 0 1 0]"])
        XCTAssertThrowsError(try PDFSyntax.nameTreeEntries(Array("<< /Kids [ 5 0 R ] >>".utf8)[...]))
    }
}
