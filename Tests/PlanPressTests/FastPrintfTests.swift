import CFastPrintf
import Foundation
import PlanPress
import TestSupport
import XCTest

/// Cairo prints its PDFs' numbers through `__snprintf_chk`; this process answers the integer conversions
/// itself (`CFastPrintf`), and its fixed-point ones, and leaves every other call to glibc.
final class FastPrintfTests: XCTestCase {
    /// What `planpress_format_integer` writes and returns, or nil where it leaves the call to glibc.
    private func fast(_ format: String, _ arguments: [CVarArg], capacity: Int = 64) -> (String, Int32)? {
        var buffer = [CChar](repeating: 0x7f, count: max(capacity, 1))
        let length = withVaList(arguments) { planpress_format_integer(&buffer, capacity, format, $0) }
        guard length >= 0 else { return nil }
        return (capacity == 0 ? "" : text(buffer), length)
    }

    /// The characters before the buffer's first NUL.
    private func text(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private func glibc(_ format: String, _ arguments: [CVarArg], capacity: Int = 64) -> (String, Int32) {
        var buffer = [CChar](repeating: 0x7f, count: max(capacity, 1))
        let length = withVaList(arguments) { vsnprintf(&buffer, capacity, format, $0) }
        return (capacity == 0 ? "" : text(buffer), length)
    }

    func testTheIntegerConversionsCairoUsesAreGlibcsToTheByte() {
        let ints: [Int32] = [0, 1, -1, 7, 9, 10, 15, 16, 99, 255, 256, 4_095, 4_096, 0xe01, 0x0e33, 65_535, 65_536,
                             -65_536, 1_000_000, Int32.max, Int32.min]
            + (0..<200).map { Int32(truncatingIfNeeded: UInt32(truncatingIfNeeded: $0 &* 2_654_435_761)) }
        for format in ["%d", "%u", "%x", "%X", "%04x", "%04X", "%02x", "%08x", "%0d"] {
            for value in ints {
                guard let answer = fast(format, [value]) else {
                    // Only a sign inside zero padding is left to glibc among these.
                    XCTAssertTrue(value < 0 && format.hasPrefix("%0") && format != "%0d", "\(format) \(value) was left to glibc")
                    continue
                }
                XCTAssertEqual(answer.0, glibc(format, [value]).0, "\(format) \(value)")
                XCTAssertEqual(answer.1, glibc(format, [value]).1, "\(format) \(value)")
            }
        }
        let longs: [Int] = [0, 5, -5, 1 << 40, -(1 << 40), Int.max, Int.min, 1_234_567_890]
        for format in ["%ld", "%lu", "%lx", "%010ld"] {
            for value in longs {
                guard let answer = fast(format, [value]) else {
                    XCTAssertTrue(value < 0 && format == "%010ld", "\(format) \(value) was left to glibc")
                    continue
                }
                XCTAssertEqual(answer.0, glibc(format, [value]).0, "\(format) \(value)")
                XCTAssertEqual(answer.1, glibc(format, [value]).1, "\(format) \(value)")
            }
        }
        // "%0*x": Cairo's glyph ids, the width an argument of its own.
        for width: Int32 in [0, 1, 2, 4, 6] {
            for value: Int32 in [0, 3, 0x1f, 0x2a5, 0xffff] {
                let answer = fast("%0*x", [width, value])
                XCTAssertNotNil(answer, "%0*x \(width) \(value)")
                XCTAssertEqual(answer?.0, glibc("%0*x", [width, value]).0, "%0*x \(width) \(value)")
                XCTAssertEqual(answer?.1, glibc("%0*x", [width, value]).1, "%0*x \(width) \(value)")
            }
        }
        XCTAssertEqual(fast("%0*ld", [Int32(12), 1 << 40])?.0, glibc("%0*ld", [Int32(12), 1 << 40]).0)
    }

    /// What `planpress_format_fixed` writes and returns, or nil where it leaves the call to glibc.
    private func fixed(_ format: String, _ arguments: [CVarArg], capacity: Int = 64) -> (String, Int32)? {
        var buffer = [CChar](repeating: 0x7f, count: max(capacity, 1))
        let length = withVaList(arguments) { planpress_format_fixed(&buffer, capacity, format, $0) }
        guard length >= 0 else { return nil }
        return (capacity == 0 ? "" : text(buffer), length)
    }

    /// Cairo's `%f`, `%.18f` and `%.*f` (positions, sizes, and the small numbers it prints with 18 digits),
    /// compared with glibc for values that end exactly halfway between two last digits (rounded to the even
    /// one), for the smallest and largest values handled, and for values spread over every exponent.
    func testTheFixedPointConversionsCairoUsesAreGlibcsToTheByte() {
        var values: [Double] = [0, -0.0, 0.5, 1.5, 2.5, -0.5, 0.0078125, 0.0000005, 1e-7, -1e-9, 0.1, 0.2, 0.3,
                                0.125, -0.125, 1e-18, 5e-19, 4.9e-19, 123_456.789, 595.2756, 841.8898,
                                9_007_199_254_740_991, 9.2e18, .leastNonzeroMagnitude, .leastNormalMagnitude]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return state }
        for i in 0..<20_000 {
            switch i % 3 {
            case 0: // halfway cases: integers over powers of two
                values.append(Double(Int64(next() % 2_000_000_000) - 1_000_000_000) / Double(1 << (next() % 40)))
            case 1: // any exponent from 2^53 down to 2^-120
                values.append(Double(sign: next() & 1 == 0 ? .plus : .minus, exponent: -Int(next() % 173) + 53,
                                     significand: 1 + Double(next() >> 12) / Double(1 << 52)))
            default: // thousandths, as positions are
                values.append(Double(Int64(next() % 100_000_000) - 50_000_000) / 1000)
            }
        }
        var compared = 0
        for (i, value) in values.enumerated() {
            let precision = Int32(i % 19)
            for (format, arguments) in [("%f", [value] as [CVarArg]), ("%.18f", [value]), ("%.\(precision)f", [value]),
                                        ("%.*f", [precision, value])] {
                guard let answer = fixed(format, arguments) else {
                    XCTAssertGreaterThanOrEqual(abs(value), 0x1p63, "\(format) \(value) was left to glibc")
                    continue
                }
                XCTAssertEqual(answer.0, glibc(format, arguments).0, "\(format) \(value)")
                XCTAssertEqual(answer.1, glibc(format, arguments).1, "\(format) \(value)")
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 80_000)
        // Cut short as snprintf cuts.
        for capacity in [0, 1, 2, 5] {
            XCTAssertEqual(fixed("%f", [-3.25], capacity: capacity)?.0, glibc("%f", [-3.25], capacity: capacity).0)
            XCTAssertEqual(fixed("%f", [-3.25], capacity: capacity)?.1, glibc("%f", [-3.25], capacity: capacity).1)
        }
        // Not finite, too large, another precision, flag, width or length: glibc's.
        for (format, value) in [("%f", Double.infinity), ("%f", -Double.infinity), ("%f", Double.nan), ("%f", 1e19),
                                ("%.19f", 1.0), ("%5f", 1.0), ("%-f", 1.0), ("%+f", 1.0), ("%lf", 1.0), ("%Lf", 1.0),
                                ("%e", 1.0), ("%g", 1.0), ("%f ", 1.0), ("%.f", 1.0)] {
            XCTAssertNil(fixed(format, [value]), "\(format) \(value) should go to glibc")
        }
    }

    func testAShortBufferIsCutAsSnprintfCutsIt() {
        for capacity in [0, 1, 2, 3, 5] {
            for (format, value) in [("%d", Int32(-12_345)), ("%04x", Int32(0x0e2a)), ("%u", Int32(42))] {
                let answer = fast(format, [value], capacity: capacity)
                XCTAssertEqual(answer?.0, glibc(format, [value], capacity: capacity).0, "\(format) into \(capacity) bytes")
                XCTAssertEqual(answer?.1, glibc(format, [value], capacity: capacity).1, "\(format) into \(capacity) bytes")
            }
        }
    }

    func testEveryOtherFormatIsLeftToGlibc() {
        for format in ["%5d", "%-4d", "%+d", "%hd", "%lld", "%03o", "%c", "%s", "%f", "%.18f", "%.*f", "%g", "%%",
                       "CairoFont-%d-%d", "%d ", " %d", "%d%d", "%x%", "d", "", "%0100d", "%l"] {
            XCTAssertNil(fast(format, [Int32(1), Int32(2)]), "\(format) should go to glibc")
        }
        // A width taken from the arguments that is negative means left-justified: glibc's.
        XCTAssertNil(fast("%0*x", [Int32(-4), Int32(10)]))
    }

    /// A document rendered in this process has its numbers printed here, and the files are byte for byte those
    /// glibc's printf gives (`PLANPRESS_LIBC_PRINTF`, read once per process, so compared across processes).
    func testRenderedPDFsAreTheSameAsWithGlibcsPrintf() throws {
        let home = try scratchHome()
        let plan = try Renderer.loadPlan(home: ProjectHome(root: home.path), planDirectory: nil)
        let before = planpress_fast_printf_calls()
        let renderer = try Renderer(home: ProjectHome(root: home.path), plan: plan, outputDirectory: home.appendingPathComponent("in-process").path)
        let files = try renderer.render(.announcement)
        XCTAssertEqual(files.count, 1)
        // The announcement is written on this thread: glyph ids, its text's UTF-16 and object numbers.
        XCTAssertGreaterThan(planpress_fast_printf_calls() - before, 500)

        let runs = try Workspace.renderEach([("fast", [:]), ("glibc", ["PLANPRESS_LIBC_PRINTF": "1"])],
                                            ["render", "announcement", "budget", "book", "progress", "--fy", "2566",
                                             "--round", "6m", "--division", "finance"], home: home)
        let fast = runs["fast"] ?? [:], glibc = runs["glibc"] ?? [:]
        XCTAssertEqual(fast.count, 4, "\(fast.keys.sorted())")
        assertSameFiles(fast, glibc, "differs from the one glibc's printf writes")
        let text = try PDFProbe(path: home.appendingPathComponent("fast/plan-book.pdf").path).text()
        XCTAssertTrue(text.contains("ประกาศให้ทราบโดยทั่วกัน"), "the book's text copies out")
    }
}
