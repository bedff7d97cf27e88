import DataFiles
import Foundation
import Graphics

/// Paragraph layouts kept on disk between runs, so that rendering a plan again costs what changed:
/// Pango's shaping and line breaking is most of the cost of a page, and a corrected plan is mostly the
/// text it had. One file per plan (`<folder>/<plan-id>.layouts`), read when a render starts and written
/// back when it ends.
///
/// A layout is looked up by everything that decides it: the text and how it is asked to be set
/// (`TextRequest`). What decides it beyond the request — the font files fontconfig sees, its
/// configuration, the libraries (Pango, HarfBuzz, libthai's dictionary…) and this program — makes the
/// file's fingerprint: a file made under any other is not used. A file that cannot be read, or is not
/// whole, is ignored and written anew; nothing in it is trusted until it checks out.
public final class LayoutStore {
    /// Where the store reads and writes.
    public let path: String
    let fingerprint: UInt64
    /// The file as read, and its layouts: the key's bytes → where the entry's payload is in `file`.
    private var file: [UInt8] = []
    private var stored: [TextKey: Entry] = [:]
    /// The file's own count of the runs that wrote it.
    private var generation: UInt32 = 0
    /// What this run looked up or made, to be written back.
    private var used: [TextKey: [UInt8]] = [:]
    private var added = 0
    /// When the file was read (to see whether another process wrote it since).
    private var readStamp: FileStamp?
    /// Layouts found in the file, found again after being made this run, and set by Pango.
    public private(set) var hits = 0
    public private(set) var reused = 0
    public private(set) var misses = 0

    /// An entry is dropped when this many writes have passed without a run using it.
    static let keptForRuns: UInt32 = 8
    static let magic: [UInt8] = Array("PLANPRESS-LAYOUTS-2\n".utf8)

    struct Entry {
        var payload: Range<Int>
        var lastUsed: UInt32
    }

    /// Opens the store for a plan in `directory` (created when written), for fonts and libraries with
    /// `fingerprint` (see `LayoutStore.fingerprint(fonts:)`).
    public init(directory: String, planID: String, fingerprint: UInt64) {
        path = Self.path(directory: directory, planID: planID)
        self.fingerprint = fingerprint
        readFile()
    }

    /// The file of a plan's layouts in `directory`: the plan's id, with anything but letters, digits,
    /// `-` and `_` made `_`.
    public static func path(directory: String, planID: String) -> String {
        let safe = planID.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) || "-_".unicodeScalars.contains($0) ? String($0) : "_" }.joined()
        return directory + "/" + (safe.isEmpty ? "plan" : safe) + ".layouts"
    }

    /// What decides a layout beyond its request: every font file fontconfig sees and its configuration
    /// files (`fonts.fileNames`), the shared libraries this process runs on (Pango, HarfBuzz, libthai and
    /// its dictionary's package, FreeType, Cairo…), and this program's own executable, each by path,
    /// size and modification time; and the store's format.
    public static func fingerprint(fonts: FontSystem) -> UInt64 {
        var files = fonts.fileNames
        if let maps = PlainFile.read("/proc/self/maps").map({ String(decoding: $0, as: UTF8.self) }) {
            var libraries = Set<String>()
            for line in maps.split(separator: "\n") {
                // Shared libraries only: other mapped files (a cache file read through mmap) change as they are used.
                guard let slash = line.firstIndex(of: "/"), line.contains(".so") else { continue }
                libraries.insert(String(line[slash...]))
            }
            files += libraries.sorted()
        }
        files.append((try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first ?? "")
        var writer = ByteWriter()
        writer.bytes += magic
        for file in files {
            writer.blob(Array(file.utf8))
            if let stamp = FileStamp(path: file) {
                writer.uint64(UInt64(bitPattern: stamp.size))
                writer.uint64(UInt64(bitPattern: Int64(stamp.seconds)))
                writer.uint64(UInt64(bitPattern: Int64(stamp.nanoseconds)))
            }
        }
        return checksum(writer.bytes[...])
    }

    // MARK: Lookups

    /// The layout of `request` kept from an earlier run, if any and it still fits.
    /// (`key` is the request's `LayoutStore.key`, worked out by the caller.)
    func layout(_ request: TextRequest, key: TextKey, fonts: FontSystem) -> TextLayout? {
        let madeThisRun = used[key].map { !$0.isEmpty } ?? false
        guard var reader = reader(for: key) else { misses += 1; return nil }
        guard let shaped = Self.decodeShaped(&reader), reader.atEnd,
              let layout = TextLayout(fonts: fonts, request: request, shaped: shaped) else {
            misses += 1
            return nil
        }
        if madeThisRun { reused += 1 } else { hits += 1 }
        use(key)
        return layout
    }

    /// Keeps `layout`, made for `request` this run.
    /// Keeps `layout`, made this run for the request whose key (`LayoutStore.key`) is `key`.
    func record(_ layout: TextLayout, key: TextKey) {
        var writer = ByteWriter()
        Self.encode(layout.shaped, into: &writer)
        used[key] = writer.bytes
        added += 1
    }

    /// The width of `text` set on one line in `font`, kept from an earlier run.
    func oneLineWidth(_ text: TextKey, font: FontRequest) -> Double? {
        let key = Self.widthKey(text, font: font)
        guard var reader = reader(for: key) else { return nil }
        guard let width = reader.double(), reader.atEnd, width.isFinite else { return nil }
        use(key)
        return width
    }

    /// A reader of the payload kept under `key` (made this run, or read from the file).
    private func reader(for key: TextKey) -> ByteReader? {
        if let payload = used[key] { return payload.isEmpty ? stored[key].map { ByteReader(file, $0.payload) } : ByteReader(payload, 0..<payload.count) }
        return stored[key].map { ByteReader(file, $0.payload) }
    }

    /// Marks a stored entry used this run (an empty payload: it is in the file).
    private func use(_ key: TextKey) {
        if used[key] == nil { used[key] = [] }
    }

    func recordOneLineWidth(_ width: Double, text: TextKey, font: FontRequest) {
        var writer = ByteWriter()
        writer.double(width)
        used[Self.widthKey(text, font: font)] = writer.bytes
        added += 1
    }

    // MARK: The file

    /// Writes what this run used and made back to the file, with what other runs keep that this one
    /// did not use (until it has gone unused for `keptForRuns` writes). Another process that wrote
    /// the file meanwhile keeps its entries: the write is made under a lock, over the file as it is
    /// then. Errors are not fatal (the store is only a cache): they are returned for a warning.
    @discardableResult
    public func save() -> String? {
        guard added > 0 else { return nil }
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            return "cannot create the layout cache folder \(directory): \(error.localizedDescription)"
        }
        let lock = open(path + ".lock", O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard lock >= 0 else { return "cannot open \(path).lock: \(String(cString: strerror(errno)))" }
        defer { close(lock) }
        flock(lock, LOCK_EX)
        defer { flock(lock, LOCK_UN) }
        if FileStamp(path: path) != readStamp { readFile() }
        let next = generation &+ 1
        var writer = ByteWriter()
        writer.bytes += Self.magic
        writer.uint64(fingerprint)
        writer.uint32(next)
        // What this run used or made, then what others keep (the file may be another process's by now).
        var entries: [(key: TextKey, payload: ArraySlice<UInt8>, lastUsed: UInt32)] = []
        for (key, payload) in used {
            if !payload.isEmpty {
                entries.append((key, payload[...], next))
            } else if let entry = stored[key] {
                entries.append((key, file[entry.payload], next))
            }
        }
        for (key, entry) in stored where used[key] == nil && next &- entry.lastUsed < Self.keptForRuns {
            entries.append((key, file[entry.payload], entry.lastUsed))
        }
        // In the order of their keys: the same layouts make the same file.
        entries.sort { $0.key.bytes.lexicographicallyPrecedes($1.key.bytes) }
        writer.uint32(UInt32(entries.count))
        var written: [TextKey: Entry] = [:]
        for entry in entries {
            writer.uint32(entry.lastUsed)
            writer.blob(entry.key.bytes)
            writer.uint32(UInt32(entry.payload.count))
            let start = writer.bytes.count
            writer.bytes += entry.payload
            written[entry.key] = Entry(payload: start..<writer.bytes.count, lastUsed: entry.lastUsed)
        }
        writer.uint64(Self.checksum(writer.bytes[Self.magic.count...]))
        let temporary = path + ".\(getpid()).tmp"
        guard PlainFile.write(writer.bytes, to: temporary) else {
            unlink(temporary)
            return "cannot write the layout cache \(temporary)"
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            return "cannot replace the layout cache \(path): \(String(cString: strerror(errno)))"
        }
        // What was written is what the store now holds.
        readStamp = FileStamp(path: path)
        file = writer.bytes
        stored = written
        for key in used.keys { used[key] = [] }
        generation = next
        added = 0
        return nil
    }

    /// How many layouts and widths the file held when read.
    public var storedCount: Int { stored.count }

    /// Reads the file; anything wrong with it (absent, another fingerprint, cut short, altered) leaves
    /// the store empty.
    private func readFile() {
        stored = [:]
        file = []
        generation = 0
        readStamp = FileStamp(path: path)
        guard readStamp != nil, let bytes = PlainFile.read(path) else { return }
        guard bytes.count >= Self.magic.count + 8 + 4 + 4 + 8, bytes.starts(with: Self.magic) else { return }
        var tail = ByteReader(bytes, (bytes.count - 8)..<bytes.count)
        guard tail.uint64() == Self.checksum(bytes[Self.magic.count..<(bytes.count - 8)]) else { return }
        var reader = ByteReader(bytes, Self.magic.count..<(bytes.count - 8))
        guard reader.uint64() == fingerprint, let generation = reader.uint32(), let count = reader.uint32(),
              Int(count) <= reader.remaining / 12 else { return }
        var entries: [TextKey: Entry] = [:]
        entries.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let lastUsed = reader.uint32(), let key = reader.blob(), let length = reader.uint32(),
                  Int(length) <= reader.remaining else { return }
            let start = reader.position
            reader.skip(Int(length))
            entries[TextKey(bytes: key)] = Entry(payload: start..<(start + Int(length)), lastUsed: lastUsed)
        }
        guard reader.atEnd else { return }
        file = bytes
        stored = entries
        self.generation = generation
    }

    /// A 64-bit hash of the bytes, eight at a time (FNV-1a's constants, a multiply and a shift a
    /// word): finds a file cut short or altered, not a defence against tampering (the store holds
    /// nothing a user could not make by rendering).
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            for i in 0..<words {
                hash = (hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))) &* 0x0000_0100_0000_01b3
                hash ^= hash >> 29
            }
            for i in (words * 8)..<raw.count {
                hash = (hash ^ UInt64(raw[i])) &* 0x0000_0100_0000_01b3
            }
        }
        return hash
    }

    // MARK: Keys and payloads

    static func key(_ request: TextRequest) -> TextKey {
        var writer = ByteWriter()
        writer.uint8(1)
        writer.blob(Array(request.text.utf8))
        encode(request.font, into: &writer)
        writer.double(request.width)
        writer.blob(Array(request.alignment.rawValue.utf8))
        writer.blob(Array(request.justification.rawValue.utf8))
        writer.double(request.firstLineIndent)
        encode(request.noBreakRanges, into: &writer)
        writer.uint32(UInt32(request.tabStops.count))
        for stop in request.tabStops { writer.double(stop) }
        encode(request.boldRanges, into: &writer)
        writer.double(request.maximumGapStretch)
        return TextKey(bytes: writer.bytes)
    }

    static func widthKey(_ text: TextKey, font: FontRequest) -> TextKey {
        var writer = ByteWriter()
        writer.uint8(2)
        writer.blob(text.bytes)
        encode(font, into: &writer)
        return TextKey(bytes: writer.bytes)
    }

    static func encode(_ font: FontRequest, into writer: inout ByteWriter) {
        writer.uint32(UInt32(font.families.count))
        for family in font.families { writer.blob(Array(family.utf8)) }
        writer.double(font.size)
        writer.uint8((font.bold ? 1 : 0) | (font.italic ? 2 : 0))
    }

    static func encode(_ ranges: [Range<Int>], into writer: inout ByteWriter) {
        writer.uint32(UInt32(ranges.count))
        for range in ranges {
            writer.uint64(UInt64(bitPattern: Int64(range.lowerBound)))
            writer.uint64(UInt64(bitPattern: Int64(range.upperBound)))
        }
    }

    static func encode(_ shaped: ShapedText, into writer: inout ByteWriter) {
        writer.uint32(UInt32(shaped.lines.count))
        for line in shaped.lines {
            writer.double(line.x); writer.double(line.width); writer.double(line.ascent); writer.double(line.descent)
            writer.uint64(UInt64(bitPattern: Int64(line.startByte))); writer.uint64(UInt64(bitPattern: Int64(line.byteLength)))
        }
        writer.uint32(UInt32(shaped.lineRunStarts.count))
        for start in shaped.lineRunStarts { writer.int32(start) }
        writer.uint32(UInt32(shaped.runs.count))
        for run in shaped.runs {
            writer.int32(run.font); writer.int32(run.itemOffset); writer.int32(run.itemLength)
            writer.int32(run.yOffset); writer.int32(run.glyphStart); writer.int32(run.glyphEnd)
        }
        writer.uint32(UInt32(shaped.glyphs.count))
        for glyph in shaped.glyphs {
            writer.uint32(glyph.glyph); writer.int32(glyph.width); writer.int32(glyph.xOffset)
            writer.int32(glyph.yOffset); writer.int32(glyph.logCluster); writer.uint8(glyph.isClusterStart ? 1 : 0)
        }
        writer.uint32(UInt32(shaped.fonts.count))
        for font in shaped.fonts {
            writer.blob(Array(font.requested.utf8)); writer.blob(Array(font.language.utf8)); writer.blob(Array(font.chosen.utf8))
        }
        writer.double(shaped.naturalWidth)
        writer.uint64(UInt64(shaped.unknownGlyphCount))
        writer.uint32(UInt32(shaped.fontFamiliesUsed.count))
        for family in shaped.fontFamiliesUsed { writer.blob(Array(family.utf8)) }
    }

    static func decodeShaped(_ reader: inout ByteReader) -> ShapedText? {
        func count(_ itemSize: Int) -> Int? {
            guard let n = reader.uint32(), Int(n) * itemSize <= reader.remaining else { return nil }
            return Int(n)
        }
        guard let lineCount = count(48) else { return nil }
        var lines: [LineMetrics] = []
        lines.reserveCapacity(lineCount)
        for _ in 0..<lineCount {
            guard let x = reader.double(), let width = reader.double(), let ascent = reader.double(),
                  let descent = reader.double(), let start = reader.uint64(), let length = reader.uint64() else { return nil }
            lines.append(LineMetrics(x: x, width: width, ascent: ascent, descent: descent,
                                     startByte: Int(Int64(bitPattern: start)), byteLength: Int(Int64(bitPattern: length))))
        }
        guard let startCount = count(4) else { return nil }
        var starts: [Int32] = []
        starts.reserveCapacity(startCount)
        for _ in 0..<startCount {
            guard let start = reader.int32() else { return nil }
            starts.append(start)
        }
        guard let runCount = count(24) else { return nil }
        var runs: [ShapedText.Run] = []
        runs.reserveCapacity(runCount)
        for _ in 0..<runCount {
            guard let font = reader.int32(), let offset = reader.int32(), let length = reader.int32(),
                  let y = reader.int32(), let start = reader.int32(), let end = reader.int32() else { return nil }
            runs.append(ShapedText.Run(font: font, itemOffset: offset, itemLength: length, yOffset: y, glyphStart: start, glyphEnd: end))
        }
        guard let glyphCount = count(21) else { return nil }
        var glyphs: [ShapedText.Glyph] = []
        glyphs.reserveCapacity(glyphCount)
        for _ in 0..<glyphCount {
            guard let glyph = reader.uint32(), let width = reader.int32(), let x = reader.int32(), let y = reader.int32(),
                  let cluster = reader.int32(), let start = reader.uint8() else { return nil }
            glyphs.append(ShapedText.Glyph(glyph: glyph, width: width, xOffset: x, yOffset: y, logCluster: cluster, isClusterStart: start != 0))
        }
        guard let fontCount = count(12) else { return nil }
        var fonts: [FontKey] = []
        for _ in 0..<fontCount {
            guard let requested = reader.string(), let language = reader.string(), let chosen = reader.string() else { return nil }
            fonts.append(FontKey(requested: requested, language: language, chosen: chosen))
        }
        guard let natural = reader.double(), let unknown = reader.uint64(), unknown < UInt64(Int.max),
              let familyCount = count(4) else { return nil }
        var families: [String] = []
        for _ in 0..<familyCount {
            guard let family = reader.string() else { return nil }
            families.append(family)
        }
        return ShapedText(lines: lines, lineRunStarts: starts, runs: runs, glyphs: glyphs, fonts: fonts,
                          naturalWidth: natural, unknownGlyphCount: Int(unknown), fontFamiliesUsed: families)
    }
}

/// A file's size and modification time, to tell whether it changed.
struct FileStamp: Equatable {
    let size: Int64
    let seconds: Int
    let nanoseconds: Int
    let inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        seconds = info.st_mtim.tv_sec
        nanoseconds = info.st_mtim.tv_nsec
        inode = UInt64(info.st_ino)
    }
}

/// Little-endian bytes, appended.
struct ByteWriter {
    var bytes: [UInt8] = []
    mutating func uint8(_ value: UInt8) { bytes.append(value) }
    mutating func uint32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func int32(_ value: Int32) { uint32(UInt32(bitPattern: value)) }
    mutating func uint64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func double(_ value: Double) { uint64(value.bitPattern) }
    mutating func blob(_ value: [UInt8]) { uint32(UInt32(value.count)); bytes += value }
}

/// Reads what `ByteWriter` wrote, from a range of a byte array; nil past the range's end.
struct ByteReader {
    private let bytes: [UInt8]
    private(set) var position: Int
    private let end: Int
    init(_ bytes: [UInt8], _ range: Range<Int>) {
        self.bytes = bytes
        position = max(0, range.lowerBound)
        end = min(bytes.count, range.upperBound)
    }
    var atEnd: Bool { position == end }
    var remaining: Int { end - position }

    mutating func skip(_ count: Int) { position = min(end, position + count) }

    mutating func uint8() -> UInt8? {
        guard position < end else { return nil }
        defer { position += 1 }
        return bytes[position]
    }
    private mutating func load<T: FixedWidthInteger>(_: T.Type) -> T? {
        let size = MemoryLayout<T>.size
        guard remaining >= size else { return nil }
        defer { position += size }
        return bytes.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: position, as: T.self)) }
    }
    mutating func uint32() -> UInt32? { load(UInt32.self) }
    mutating func int32() -> Int32? { load(Int32.self) }
    mutating func uint64() -> UInt64? { load(UInt64.self) }
    mutating func double() -> Double? { uint64().map(Double.init(bitPattern:)) }
    mutating func blob() -> [UInt8]? {
        guard let count = uint32(), Int(count) <= remaining else { return nil }
        defer { position += Int(count) }
        return Array(bytes[position..<(position + Int(count))])
    }
    mutating func string() -> String? {
        guard let count = uint32(), Int(count) <= remaining else { return nil }
        defer { position += Int(count) }
        return String(validating: bytes[position..<(position + Int(count))], as: UTF8.self)
    }
}
