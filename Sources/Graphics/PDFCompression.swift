import CPangoCairo
import Foundation

/// How hard the PDF's streams (page contents, font subsets) are compressed.
///
/// Cairo 1.16 compresses every stream with zlib's default level (6) and offers no setting; at that
/// level zlib takes about a seventh of PlanPress's rendering time. This process defines zlib's
/// `deflateInit_` itself — the dynamic linker binds Cairo's calls to the executable's definition before
/// libz's — and starts the stream at `level` instead whenever the caller asks for the default.
/// Level 3 (the slowest of zlib's fast match searches) renders every output of the embedded plan in
/// about 15 % less time and makes them about 6 % larger (all outputs 5.24 MB at level 6, 5.57 MB at 3;
/// the plan book 641 KB and 735 KB).
public enum PDFCompression {
    /// The zlib level used where the caller asks for zlib's default; `PLANPRESS_ZLIB_LEVEL` (0–9)
    /// overrides it, for measuring the trade-off.
    public static let level: Int32 = {
        if let value = ProcessInfo.processInfo.environment["PLANPRESS_ZLIB_LEVEL"], let level = Int32(value), (0...9).contains(level) {
            return level
        }
        return 3
    }()
}

/// zlib's `deflateInit` (a macro for `deflateInit_`), as Cairo calls it for each compressed stream.
@_cdecl("deflateInit_")
public func planpressDeflateInit(_ stream: z_streamp?, _ level: Int32, _ version: UnsafePointer<CChar>?, _ size: Int32) -> Int32 {
    let chosen = level == Z_DEFAULT_COMPRESSION ? PDFCompression.level : level
    // The values zlib's own deflateInit_ passes: a 32 KB window, memory level 8, the default strategy.
    return deflateInit2_(stream, chosen, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY, version, size)
}
