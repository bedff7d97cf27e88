import CPangoCairo
import Foundation

/// How Cairo's PDF streams (page contents, font subsets) are compressed.
///
/// Cairo 1.16 compresses every stream through zlib at zlib's default level and offers no setting; zlib's
/// deflate took a sixth of PlanPress's rendering time. This process defines zlib's `deflateInit_`,
/// `deflate` and `deflateEnd` itself (the dynamic linker binds Cairo's calls to the executable's
/// definitions before libz's). A stream Cairo opens at the default level is gathered whole and compressed
/// in one call by libdeflate, which writes the same zlib format (RFC 1950) about three times as fast as
/// zlib and, at level 4, packs it a little tighter than zlib's level 3 did (all outputs of the embedded plan
/// 4.5 MB of streams at zlib 3, 4.3 MB at libdeflate 4). A stream opened at any other level, and every
/// other zlib call, is zlib's own.
public enum PDFCompression {
    /// libdeflate's level (1–12) for the streams Cairo compresses; 0 stores them (zlib, level 0).
    /// `PLANPRESS_DEFLATE_LEVEL` overrides it, for measuring the trade-off.
    public static let level: Int32 = {
        if let value = ProcessInfo.processInfo.environment["PLANPRESS_DEFLATE_LEVEL"], let level = Int32(value), (0...12).contains(level) {
            return level
        }
        return 4
    }()
}

/// A stream compressed whole: its input gathered until the caller finishes it, then compressed by
/// libdeflate and handed out as the caller's output buffer takes it.
private final class WholeStream {
    let level: Int32
    var input: [UInt8] = []
    var output: [UInt8] = []
    var handedOut = 0
    var finished = false
    init(level: Int32) { self.level = level }
}

/// The streams this process compresses itself (by the address in their `z_stream.state`), and the
/// libdeflate compressors kept for reuse (a compressor's tables are large: made once per level, not per stream).
private final class WholeStreams: @unchecked Sendable {
    static let shared = WholeStreams()
    private let lock = NSLock()
    private var open: Set<UnsafeMutableRawPointer> = []
    private var idle: [Int32: [OpaquePointer]] = [:]

    func register(_ state: UnsafeMutableRawPointer) { lock.withLock { _ = open.insert(state) } }
    func remove(_ state: UnsafeMutableRawPointer) -> Bool { lock.withLock { open.remove(state) != nil } }
    func isOurs(_ state: UnsafeMutableRawPointer) -> Bool { lock.withLock { open.contains(state) } }

    func compressor(level: Int32) -> OpaquePointer? {
        if let kept = lock.withLock({ idle[level]?.popLast() }) { return kept }
        return libdeflate_alloc_compressor(level)
    }
    func giveBack(_ compressor: OpaquePointer, level: Int32) { lock.withLock { idle[level, default: []].append(compressor) } }
}

/// Streams compressed before in this process, by their input: Cairo writes many of the same streams into
/// the files of a render (the subset of a font's Latin letters, which holds the digits and punctuation every
/// document uses, in each file; an emblem in the announcement and again in the book), a seventh of all
/// the bytes it compresses for the embedded plan. A stream whose input is one kept here (compared byte for
/// byte) takes the output it gave before, which is what compressing it again would give.
final class CompressedStreams: @unchecked Sendable {
    static let shared = CompressedStreams()
    /// Streams shorter than this are not kept: compressing them costs little.
    static let smallest = 1_024
    /// The most bytes (inputs and outputs) kept; once reached, what is kept stays and nothing is added.
    static let budget = 32 << 20

    private struct Key: Hashable {
        let count: Int
        let level: Int32
        let sample: UInt64
    }
    private let lock = NSLock()
    private var kept: [Key: [(input: [UInt8], output: [UInt8])]] = [:]
    private var size = 0

    /// The output kept for `input`, if any.
    func output(for input: [UInt8], level: Int32) -> [UInt8]? {
        guard Self.wouldKeep(input) else { return nil }
        let key = Key(count: input.count, level: level, sample: Self.sample(input))
        return lock.withLock { kept[key]?.first { $0.input == input }?.output }
    }

    func keep(_ input: [UInt8], compressed output: [UInt8], level: Int32) {
        guard Self.wouldKeep(input) else { return }
        let key = Key(count: input.count, level: level, sample: Self.sample(input))
        lock.withLock {
            guard size + input.count + output.count <= Self.budget, kept[key]?.contains(where: { $0.input == input }) != true else { return }
            kept[key, default: []].append((input, output))
            size += input.count + output.count
        }
    }

    /// Whether a stream of these bytes is one that is kept (and so worth looking up).
    private static func wouldKeep(_ input: [UInt8]) -> Bool { input.count >= smallest && !isPageContent(input) }

    /// Whether `bytes` look like a page's contents as Cairo writes them: PDF operators, which are text,
    /// from the first byte (fonts and images are binary; a CMap starts with a comment or a name). Pages are
    /// most of the bytes and differ from file to file: keeping them would only hold memory.
    static func isPageContent(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.first, first != UInt8(ascii: "%"), first != UInt8(ascii: "/") else { return false }
        return bytes.prefix(32).allSatisfy { (0x20...0x7E).contains($0) || $0 == 0x0A || $0 == 0x0D }
    }

    /// A hash of 64 eight-byte words spread over `bytes` and its last eight: cheap on long streams, and
    /// every match is checked byte for byte.
    static func sample(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            func mix(_ word: UInt64) { hash = (hash ^ word) &* 0x0000_0100_0000_01b3; hash ^= hash >> 29 }
            let step = max(1, words / 64)
            var index = 0
            while index < words {
                mix(raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
                index += step
            }
            if raw.count >= 8 { mix(raw.loadUnaligned(fromByteOffset: raw.count - 8, as: UInt64.self)) }
            return hash
        }
    }
}

/// zlib's own entry points, for the streams PlanPress does not compress itself.
private enum Zlib {
    typealias Deflate = @convention(c) (z_streamp?, Int32) -> Int32
    typealias DeflateEnd = @convention(c) (z_streamp?) -> Int32
    static let deflate: Deflate? = symbol("deflate")
    static let deflateEnd: DeflateEnd? = symbol("deflateEnd")
    private static func symbol<T>(_ name: String) -> T? {
        // RTLD_NEXT: the next definition after this executable's, libz's.
        guard let address = dlsym(UnsafeMutableRawPointer(bitPattern: -1), name) else { return nil }
        return unsafeBitCast(address, to: T.self)
    }
}

/// zlib's `deflateInit` (a macro for `deflateInit_`), as Cairo calls it for each compressed stream.
@_cdecl("deflateInit_")
public func planpressDeflateInit(_ stream: z_streamp?, _ level: Int32, _ version: UnsafePointer<CChar>?, _ size: Int32) -> Int32 {
    guard let stream, level == Z_DEFAULT_COMPRESSION, PDFCompression.level > 0 else {
        let chosen = level == Z_DEFAULT_COMPRESSION ? PDFCompression.level : level
        // The values zlib's own deflateInit_ passes: a 32 KB window, memory level 8, the default strategy.
        return deflateInit2_(stream, chosen, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY, version, size)
    }
    let state = Unmanaged.passRetained(WholeStream(level: PDFCompression.level)).toOpaque()
    WholeStreams.shared.register(state)
    stream.pointee.state = OpaquePointer(state)
    stream.pointee.total_in = 0
    stream.pointee.total_out = 0
    stream.pointee.msg = nil
    stream.pointee.adler = 1
    stream.pointee.data_type = Z_UNKNOWN
    return Z_OK
}

/// zlib's `deflate`: a stream of PlanPress's own takes all its input at once and, when finished
/// (`Z_FINISH`), is compressed and handed out; it knows no other flush (Cairo never asks for one).
@_cdecl("deflate")
public func planpressDeflate(_ stream: z_streamp?, _ flush: Int32) -> Int32 {
    guard let stream, let raw = stream.pointee.state.map(UnsafeMutableRawPointer.init), WholeStreams.shared.isOurs(raw) else {
        return Zlib.deflate?(stream, flush) ?? Z_STREAM_ERROR
    }
    let whole = Unmanaged<WholeStream>.fromOpaque(raw).takeUnretainedValue()
    guard flush == Z_NO_FLUSH || flush == Z_FINISH else { return Z_STREAM_ERROR }
    let available = Int(stream.pointee.avail_in)
    if available > 0 {
        guard !whole.finished, let next = stream.pointee.next_in else { return Z_STREAM_ERROR }
        whole.input.append(contentsOf: UnsafeBufferPointer(start: next, count: available))
        stream.pointee.next_in = next + available
        stream.pointee.avail_in = 0
        stream.pointee.total_in += UInt(available)
    }
    guard flush == Z_FINISH else { return Z_OK }
    if !whole.finished {
        whole.finished = true
        if let known = CompressedStreams.shared.output(for: whole.input, level: whole.level) {
            whole.output = known
        } else {
            guard let compressor = WholeStreams.shared.compressor(level: whole.level) else { return Z_MEM_ERROR }
            defer { WholeStreams.shared.giveBack(compressor, level: whole.level) }
            whole.output = [UInt8](repeating: 0, count: libdeflate_zlib_compress_bound(compressor, whole.input.count))
            let written = whole.input.withUnsafeBytes { input in
                whole.output.withUnsafeMutableBytes { output in
                    libdeflate_zlib_compress(compressor, input.baseAddress, input.count, output.baseAddress, output.count)
                }
            }
            guard written > 0 else { return Z_STREAM_ERROR }
            whole.output.removeLast(whole.output.count - written)
            CompressedStreams.shared.keep(whole.input, compressed: whole.output, level: whole.level)
        }
        whole.input = []
    }
    let room = Int(stream.pointee.avail_out)
    let count = min(room, whole.output.count - whole.handedOut)
    if count > 0, let next = stream.pointee.next_out {
        whole.output.withUnsafeBufferPointer { output in
            next.update(from: output.baseAddress! + whole.handedOut, count: count)
        }
        stream.pointee.next_out = next + count
        stream.pointee.avail_out -= UInt32(count)
        stream.pointee.total_out += UInt(count)
        whole.handedOut += count
    }
    return whole.handedOut == whole.output.count ? Z_STREAM_END : Z_OK
}

/// zlib's `deflateEnd`: frees a stream of PlanPress's own, passes any other to zlib.
@_cdecl("deflateEnd")
public func planpressDeflateEnd(_ stream: z_streamp?) -> Int32 {
    guard let stream, let raw = stream.pointee.state.map(UnsafeMutableRawPointer.init), WholeStreams.shared.remove(raw) else {
        return Zlib.deflateEnd?(stream) ?? Z_STREAM_ERROR
    }
    Unmanaged<WholeStream>.fromOpaque(raw).release()
    stream.pointee.state = nil
    return Z_OK
}
