import CPangoCairo
import Foundation
@testable import Graphics
import TestSupport
import XCTest

/// Cairo's streams are compressed whole by libdeflate at PlanPress's level (its own `deflateInit_`,
/// `deflate` and `deflateEnd`); every other zlib stream is zlib's.
final class CompressionTests: XCTestCase {
    func testStreamsUseTheChosenLevelAndThePagesAreTheSame() throws {
        let home = try scratchHome()
        var sizes: [String: Int] = [:]
        var texts: [String: String] = [:]
        var pages: [String: Data] = [:]
        for level in ["4", "1", "12", "0"] {
            let out = home.appendingPathComponent("level-\(level)")
            let result = try Shell.run(Workspace.binary, ["render", "budget", "--out", out.path],
                                       environment: ["PLANPRESS_HOME": home.path, "PLANPRESS_DEFLATE_LEVEL": level],
                                       currentDirectory: home.path)
            XCTAssertEqual(result.status, 0, result.stderr)
            let pdf = out.appendingPathComponent("budget-table.pdf").path
            sizes[level] = try FileManager.default.attributesOfItem(atPath: pdf)[.size] as? Int
            texts[level] = try PDFProbe(path: pdf).text()
            // The page as poppler draws it: every stream (page content, font program, ToUnicode map) decoded.
            let png = out.appendingPathComponent("page").path
            let drawn = try Shell.run("/usr/bin/pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, png])
            XCTAssertEqual(drawn.status, 0, drawn.stderr)
            pages[level] = try Data(contentsOf: URL(fileURLWithPath: png + ".png"))
        }
        // Level 0 stores the streams (zlib); libdeflate's 12 packs them tighter than its 1.
        XCTAssertGreaterThan(sizes["0"] ?? 0, 2 * (sizes["4"] ?? 0), "\(sizes)")
        XCTAssertGreaterThan(sizes["1"] ?? 0, sizes["12"] ?? 0, "\(sizes)")
        for level in ["1", "12", "0"] {
            XCTAssertEqual(texts[level], texts["4"], "level \(level)")
            XCTAssertEqual(pages[level], pages["4"], "level \(level): the page is drawn differently")
        }
        XCTAssertTrue(texts["4"]?.contains("๔๐๐,๐๐๐") ?? false)

        // Without the variable the level is 4: the same bytes as asked for explicitly.
        let plain = home.appendingPathComponent("plain")
        let result = try Workspace.planpress(["render", "budget", "--out", plain.path], home: home)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try Data(contentsOf: plain.appendingPathComponent("budget-table.pdf")),
                       try Data(contentsOf: home.appendingPathComponent("level-4/budget-table.pdf")))
    }

    /// A stream opened as Cairo opens it (`deflateInit`, the default level), fed in pieces and finished
    /// through an output buffer of a few bytes, inflates to its input; a stream opened with zlib's
    /// `deflateInit2_` alongside it is zlib's own and inflates too.
    func testAWholeStreamHandsOutItsOutputPieceByPiece() throws {
        // Text like a page's (about 80 KB), and bytes that do not repeat.
        var input = [UInt8]()
        for i in 0..<1_500 { input += Array("มิติที่ \(i) การสร้างสังคมที่ไม่ทนต่อการทุจริต ".utf8) }
        for i in 0..<5_000 { input.append(UInt8(truncatingIfNeeded: (i &* 2_654_435_761) >> 13)) }

        func deflated(ownStream: Bool, outputPiece: Int) -> (status: Int32, bytes: [UInt8], totalIn: UInt, totalOut: UInt) {
            var stream = z_stream()
            let opened = ownStream
                ? deflateInit_(&stream, Z_DEFAULT_COMPRESSION, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
                : deflateInit2_(&stream, 6, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
            guard opened == Z_OK else { return (opened, [], 0, 0) }
            var output: [UInt8] = []
            var piece = [UInt8](repeating: 0, count: outputPiece)
            var status = Z_OK
            input.withUnsafeBufferPointer { all in
                var offset = 0
                repeat {
                    if stream.avail_in == 0 && offset < all.count {
                        let count = min(4_096, all.count - offset)
                        stream.next_in = UnsafeMutablePointer(mutating: all.baseAddress! + offset)
                        stream.avail_in = UInt32(count)
                        offset += count
                    }
                    let flush = offset == all.count ? Z_FINISH : Z_NO_FLUSH
                    piece.withUnsafeMutableBufferPointer { buffer in
                        stream.next_out = buffer.baseAddress
                        stream.avail_out = UInt32(buffer.count)
                        status = deflate(&stream, flush)
                        output += buffer[0..<(buffer.count - Int(stream.avail_out))]
                    }
                } while status == Z_OK
            }
            let totals = (stream.total_in, stream.total_out)
            XCTAssertEqual(deflateEnd(&stream), Z_OK)
            return (status, output, totals.0, totals.1)
        }

        func inflated(_ bytes: [UInt8]) -> [UInt8]? {
            var stream = z_stream()
            guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
            defer { inflateEnd(&stream) }
            var output = [UInt8](repeating: 0, count: input.count + 1)
            var compressed = bytes
            let status = compressed.withUnsafeMutableBufferPointer { source in
                output.withUnsafeMutableBufferPointer { target in
                    stream.next_in = source.baseAddress
                    stream.avail_in = UInt32(source.count)
                    stream.next_out = target.baseAddress
                    stream.avail_out = UInt32(target.count)
                    return inflate(&stream, Z_FINISH)
                }
            }
            guard status == Z_STREAM_END else { return nil }
            return Array(output[0..<Int(stream.total_out)])
        }

        var outputs: [[UInt8]] = []
        for piece in [7, 1_000, 200_000] {
            let own = deflated(ownStream: true, outputPiece: piece)
            outputs.append(own.bytes)
            // The stream is kept (`CompressedStreams`): the next ones of the same bytes take its output.
            XCTAssertNotNil(CompressedStreams.shared.output(for: input, level: PDFCompression.level), "the stream was not kept")
            XCTAssertEqual(own.status, Z_STREAM_END, "output piece \(piece)")
            XCTAssertEqual(own.totalIn, UInt(input.count))
            XCTAssertEqual(own.totalOut, UInt(own.bytes.count))
            XCTAssertLessThan(own.bytes.count, input.count / 2)
            XCTAssertEqual(inflated(own.bytes), input, "output piece \(piece): the stream does not inflate to its input")
        }
        XCTAssertEqual(Set(outputs).count, 1, "the same stream compressed anew differs from the one kept")
        let zlibs = deflated(ownStream: false, outputPiece: 1_000)
        XCTAssertEqual(zlibs.status, Z_STREAM_END)
        XCTAssertEqual(inflated(zlibs.bytes), input)
        // libdeflate's stream is not zlib's: the interposition is really in use.
        XCTAssertNotEqual(deflated(ownStream: true, outputPiece: 1_000).bytes, zlibs.bytes)
    }
}
