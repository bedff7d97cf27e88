import Foundation

/// Joins PDFs Cairo wrote for consecutive runs of one document's pages (`PDFWriter` writes a long
/// document's pieces on several threads at once) into the one PDF a reader gets: every piece's pages,
/// fonts and annotations, renumbered into one file, under one page tree, with the document's page
/// labels, bookmarks and language, and one name tree holding every piece's named destinations (a link
/// names its destination, so a contents entry finds its page in any piece).
///
/// It reads only what Cairo 1.16 writes (a cross-reference table, a catalog of `/Pages` and `/Names`);
/// anything else is an error, and the writer then writes the document as one piece.
enum PDFJoin {
    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// A bookmark of the joined document: opens `page` (0-based) at `top`, in PDF coordinates (from the
    /// page's bottom).
    struct Bookmark {
        var title: String
        var page: Int
        var top: Double
        var children: [Bookmark]
    }

    /// Writes the pieces at `pieces` (in page order) as one PDF at `path`.
    /// - Parameter labels: each page's label ("" for an unnumbered page), or nil for none.
    static func join(_ pieces: [String], labels: [String]?, bookmarks: [Bookmark], language: String?, to path: String) throws {
        let files = try pieces.map { try CairoPDF(path: $0) }
        var out = PDFOutput()
        out.reserve(bytes: files.reduce(4096) { $0 + $1.bytes.count })
        guard let header = files.first?.header else { throw Failure("no pieces to join") }
        out.append(header)
        let pagesRoot = out.reserve()
        var kids: [Int] = []
        var destinations: [(key: [UInt8], name: [UInt8], target: [UInt8])] = []
        var info: Int?
        var nothing: Int?
        for (index, file) in files.enumerated() {
            let catalog = try file.dictionary(of: file.root)
            let keys = Set(PDFSyntax.keys(in: catalog))
            guard keys.isSubset(of: ["Type", "Pages", "Names"]) else {
                throw Failure("\(pieces[index]): a catalog with \(keys.sorted()) is not one this join reads")
            }
            guard let pages = PDFSyntax.reference(after: "/Pages", in: catalog) else { throw Failure("\(pieces[index]): no page tree") }
            var dropped: Set<Int> = [file.root, pages]
            var destsObject: Int?
            if let names = PDFSyntax.reference(after: "/Names", in: catalog) {
                dropped.insert(names)
                destsObject = PDFSyntax.reference(after: "/Dests", in: try file.dictionary(of: names))
                if let dests = destsObject { dropped.insert(dests) }
            }
            if index > 0, let pieceInfo = file.info { dropped.insert(pieceInfo) }
            // New numbers, in the order the objects are copied.
            var numbers: [Int: Int] = [pages: pagesRoot]
            let kept = file.objectsInFileOrder.filter { !dropped.contains($0) }
            for object in kept { numbers[object] = out.reserve() }
            func renumber(_ bytes: ArraySlice<UInt8>) throws -> [UInt8] {
                try PDFSyntax.renumbered(bytes) { old in
                    if let new = numbers[old] { return new }
                    guard !dropped.contains(old) else { throw Failure("\(pieces[index]): a reference to object \(old), which is not copied") }
                    // An object Cairo set a number aside for and never wrote (the parents of link annotations
                    // in a structure tree it does not write): a reference to it means null, here as there.
                    if nothing == nil { nothing = out.reserve() }
                    return nothing!
                }
            }
            for object in kept {
                let (dictionary, stream) = try file.parts(of: object)
                out.begin(numbers[object]!)
                out.append(try renumber(dictionary))
                if let stream { out.append(file.bytes[stream]) }
                out.append("endobj\n")
            }
            if index == 0, let pieceInfo = file.info { info = numbers[pieceInfo] }
            let pageTree = try file.dictionary(of: pages)
            for old in try PDFSyntax.references(inArray: "/Kids", of: pageTree) {
                guard let new = numbers[old] else { throw Failure("\(pieces[index]): page \(old) is not copied") }
                kids.append(new)
            }
            if let dests = destsObject {
                for entry in try PDFSyntax.nameTreeEntries(try file.dictionary(of: dests)) {
                    destinations.append((entry.key, entry.name, try renumber(entry.value[...])))
                }
            }
        }

        if let nothing {
            out.begin(nothing)
            out.append("null\nendobj\n")
        }
        // The page tree: every piece's pages under one root.
        out.begin(pagesRoot)
        out.append("<< /Type /Pages\n   /Kids [ " + kids.map { "\($0) 0 R " }.joined() + "]\n   /Count \(kids.count)\n>>\nendobj\n")
        var catalog = "<< /Type /Catalog\n   /Pages \(pagesRoot) 0 R\n"
        if !bookmarks.isEmpty {
            catalog += "   /Outlines \(writeOutline(bookmarks, pages: kids, into: &out)) 0 R\n"
        }
        if let labels, !labels.isEmpty {
            let number = out.reserve()
            out.begin(number)
            var text = "<< /Nums [\n"
            for (index, label) in labels.enumerated() {
                text += "   \(index) << " + (label.isEmpty ? "" : "/P \(PDFSyntax.textString(label)) ") + ">>\n"
            }
            out.append(text + "   ]\n>>\nendobj\n")
            catalog += "   /PageLabels \(number) 0 R\n"
        }
        if !destinations.isEmpty {
            // A name tree's keys in byte order.
            destinations.sort { $0.key.lexicographicallyPrecedes($1.key) }
            let dests = out.reserve()
            out.begin(dests)
            out.append("<< /Names [\n")
            for entry in destinations {
                out.append("   ")
                out.append(entry.name)
                out.append(" ")
                out.append(entry.target)
                out.append("\n")
            }
            out.append("   ]\n>>\nendobj\n")
            let names = out.reserve()
            out.begin(names)
            out.append("<< /Dests \(dests) 0 R >>\nendobj\n")
            catalog += "   /Names \(names) 0 R\n"
        }
        if let language {
            guard language.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                throw Failure("the language \(language) is not a language tag")
            }
            catalog += "   /Lang (\(language))\n"
        }
        let root = out.reserve()
        out.begin(root)
        out.append(catalog + ">>\nendobj\n")
        try out.finish(root: root, info: info, to: path)
    }

    /// Writes the outline's items, each opening its page at its top; returns the outline root's number.
    private static func writeOutline(_ bookmarks: [Bookmark], pages: [Int], into out: inout PDFOutput) -> Int {
        let root = out.reserve()
        func write(_ items: [Bookmark], parent: Int) -> (first: Int, last: Int) {
            let numbers = items.map { _ in out.reserve() }
            for (index, item) in items.enumerated() {
                let children = item.children.isEmpty ? nil : write(item.children, parent: numbers[index])
                var text = "<< /Title \(PDFSyntax.textString(item.title))\n   /Parent \(parent) 0 R\n"
                if index > 0 { text += "   /Prev \(numbers[index - 1]) 0 R\n" }
                if index + 1 < items.count { text += "   /Next \(numbers[index + 1]) 0 R\n" }
                if let children {
                    // Closed: a negative count of the items it hides.
                    text += "   /First \(children.first) 0 R\n   /Last \(children.last) 0 R\n   /Count -\(item.children.count)\n"
                }
                let page = pages[min(max(item.page, 0), pages.count - 1)]
                text += "   /Dest [\(page) 0 R /XYZ 0 \(PDFSyntax.number(item.top)) 0]\n>>\nendobj\n"
                out.begin(numbers[index])
                out.append(text)
            }
            return (numbers.first!, numbers.last!)
        }
        let (first, last) = write(bookmarks, parent: root)
        out.begin(root)
        out.append("<< /Type /Outlines\n   /First \(first) 0 R\n   /Last \(last) 0 R\n   /Count \(bookmarks.count)\n>>\nendobj\n")
        return root
    }
}

/// A PDF being assembled in memory: objects by number, and where each one starts.
struct PDFOutput {
    private(set) var bytes: [UInt8] = []
    private var offsets: [Int] = [0]

    mutating func reserve(bytes count: Int) { bytes.reserveCapacity(count) }

    /// A number for an object written later.
    mutating func reserve() -> Int {
        offsets.append(-1)
        return offsets.count - 1
    }

    mutating func begin(_ number: Int) {
        offsets[number] = bytes.count
        append("\(number) 0 obj\n")
    }

    mutating func append(_ text: String) { bytes += text.utf8 }
    mutating func append<C: Collection>(_ more: C) where C.Element == UInt8 { bytes += more }

    /// Adds the cross-reference table and trailer, and writes the file.
    mutating func finish(root: Int, info: Int?, to path: String) throws {
        guard !offsets.dropFirst().contains(-1) else { throw PDFJoin.Failure("an object was numbered but not written") }
        let xref = bytes.count
        var table = "xref\n0 \(offsets.count)\n0000000000 65535 f \n"
        for offset in offsets.dropFirst() {
            let digits = String(offset)
            table += String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n"
        }
        append(table)
        append("trailer\n<< /Size \(offsets.count)\n   /Root \(root) 0 R\n" + (info.map { "   /Info \($0) 0 R\n" } ?? "") + ">>\n")
        append("startxref\n\(xref)\n%%EOF\n")
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw PDFExportError("cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw PDFExportError("writing \(path) failed: \(String(cString: strerror(errno)))") }
            written += count
        }
    }
}

/// A PDF file as Cairo writes it: objects found through its one cross-reference table.
struct CairoPDF {
    let bytes: [UInt8]
    /// Its first two lines: the version and the binary comment.
    let header: ArraySlice<UInt8>
    let root: Int
    let info: Int?
    /// Object number → where its `N 0 obj` starts.
    private let offsets: [Int: Int]
    /// Object numbers by where they start, and where each one ends (the next one's start, or the table's).
    let objectsInFileOrder: [Int]
    private let ends: [Int: Int]

    init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw PDFJoin.Failure("cannot read \(path)") }
        bytes = [UInt8](data)
        guard let start = PDFSyntax.lastIndex(of: "startxref", in: bytes),
              let xref = PDFSyntax.integer(in: bytes, after: start + 9)?.value,
              xref < bytes.count, bytes[xref...].starts(with: Array("xref".utf8)) else {
            throw PDFJoin.Failure("\(path): no cross-reference table")
        }
        var position = xref + 4
        guard let first = PDFSyntax.integer(in: bytes, after: position), first.value == 0,
              let count = PDFSyntax.integer(in: bytes, after: first.end) else {
            throw PDFJoin.Failure("\(path): a cross-reference table this join cannot read")
        }
        position = count.end
        while position < bytes.count && (bytes[position] == 0x0A || bytes[position] == 0x0D || bytes[position] == 0x20) { position += 1 }
        var offsets: [Int: Int] = [:]
        for number in 0..<count.value {
            let entry = position + number * 20
            guard entry + 18 <= bytes.count, let offset = Int(String(decoding: bytes[entry..<(entry + 10)], as: UTF8.self)) else {
                throw PDFJoin.Failure("\(path): a short cross-reference table")
            }
            // An entry whose offset does not hold its object: a number Cairo set aside and never wrote.
            let marker = Array("\(number) 0 obj".utf8)
            if bytes[entry + 17] == UInt8(ascii: "n"), offset + marker.count <= bytes.count,
               bytes[offset..<(offset + marker.count)].elementsEqual(marker) {
                offsets[number] = offset
            }
        }
        let trailer = bytes[(position + count.value * 20)...]
        // Only one table: a file updated since Cairo wrote it is not one this reads.
        guard PDFSyntax.reference(after: "/Prev", in: trailer) == nil,
              PDFSyntax.index(of: "/Prev", in: trailer, from: trailer.startIndex, to: trailer.endIndex) == nil else {
            throw PDFJoin.Failure("\(path) has been updated since it was written")
        }
        guard let root = PDFSyntax.reference(after: "/Root", in: trailer) else { throw PDFJoin.Failure("\(path): no catalog") }
        self.root = root
        info = PDFSyntax.reference(after: "/Info", in: trailer)
        self.offsets = offsets
        objectsInFileOrder = offsets.keys.sorted { offsets[$0]! < offsets[$1]! }
        var ends: [Int: Int] = [:]
        for (index, number) in objectsInFileOrder.enumerated() {
            ends[number] = index + 1 < objectsInFileOrder.count ? offsets[objectsInFileOrder[index + 1]]! : xref
        }
        self.ends = ends
        let firstObject = objectsInFileOrder.first.map { offsets[$0]! } ?? 0
        header = bytes[0..<firstObject]
    }

    /// An object's dictionary (or other value) up to its stream, and the stream with its keywords
    /// (`stream` … `endstream`), copied unread.
    func parts(of number: Int) throws -> (value: ArraySlice<UInt8>, stream: Range<Int>?) {
        guard let start = offsets[number], let end = ends[number] else { throw PDFJoin.Failure("object \(number) is missing") }
        guard let endobj = PDFSyntax.lastIndex(of: "endobj", in: bytes, from: start, to: end),
              let headerEnd = PDFSyntax.index(of: "obj", in: bytes, from: start, to: endobj) else {
            throw PDFJoin.Failure("object \(number) is not whole")
        }
        var valueStart = headerEnd + 3
        while valueStart < endobj && (bytes[valueStart] == 0x0A || bytes[valueStart] == 0x0D) { valueStart += 1 }
        let valueEnd = PDFSyntax.endOfValue(bytes, from: valueStart, to: endobj)
        var streamStart = valueEnd
        while streamStart < endobj && PDFSyntax.isWhitespace(bytes[streamStart]) { streamStart += 1 }
        if bytes[streamStart..<endobj].starts(with: Array("stream".utf8)) {
            return (bytes[valueStart..<streamStart], streamStart..<endobj)
        }
        return (bytes[valueStart..<endobj], nil)
    }

    func dictionary(of number: Int) throws -> ArraySlice<UInt8> { try parts(of: number).value }
}

/// Reading and rewriting the few PDF constructs the join needs, skipping strings and comments.
enum PDFSyntax {
    static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0 }
    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"): return true
        default: return false
        }
    }
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Where the string, comment, name or `<<`/`>>` starting at `i` ends (the index after it), or nil when none starts there.
    static func skipToken(_ bytes: ArraySlice<UInt8>, at i: Int) -> Int? {
        let byte = bytes[i]
        switch byte {
        case UInt8(ascii: "%"):
            var j = i
            while j < bytes.endIndex && bytes[j] != 0x0A && bytes[j] != 0x0D { j += 1 }
            return j
        case UInt8(ascii: "("):
            var depth = 0, j = i
            while j < bytes.endIndex {
                switch bytes[j] {
                case UInt8(ascii: "\\"): j += 1
                case UInt8(ascii: "("): depth += 1
                case UInt8(ascii: ")"):
                    depth -= 1
                    if depth == 0 { return j + 1 }
                default: break
                }
                j += 1
            }
            return bytes.endIndex
        case UInt8(ascii: "<"):
            // `<<` opens a dictionary: two bytes.
            if i + 1 < bytes.endIndex && bytes[i + 1] == UInt8(ascii: "<") { return i + 2 }
            var j = i
            while j < bytes.endIndex && bytes[j] != UInt8(ascii: ">") { j += 1 }
            return min(j + 1, bytes.endIndex)
        case UInt8(ascii: ">"):
            return i + 1 < bytes.endIndex && bytes[i + 1] == UInt8(ascii: ">") ? i + 2 : nil
        case UInt8(ascii: "/"):
            var j = i + 1
            while j < bytes.endIndex && !isWhitespace(bytes[j]) && !isDelimiter(bytes[j]) { j += 1 }
            return j
        default:
            return nil
        }
    }

    /// An indirect reference `N 0 R` starting at `i`: its object number and the index after it.
    static func referenceAt(_ bytes: ArraySlice<UInt8>, _ i: Int) -> (number: Int, end: Int)? {
        guard isDigit(bytes[i]), i == bytes.startIndex || isWhitespace(bytes[i - 1]) || isDelimiter(bytes[i - 1]) else { return nil }
        var j = i, number = 0
        while j < bytes.endIndex && isDigit(bytes[j]) { number = number * 10 + Int(bytes[j] - 0x30); j += 1 }
        guard j < bytes.endIndex, isWhitespace(bytes[j]) else { return nil }
        while j < bytes.endIndex && isWhitespace(bytes[j]) { j += 1 }
        guard j < bytes.endIndex, bytes[j] == UInt8(ascii: "0") else { return nil }
        j += 1
        guard j < bytes.endIndex, isWhitespace(bytes[j]) else { return nil }
        while j < bytes.endIndex && isWhitespace(bytes[j]) { j += 1 }
        guard j < bytes.endIndex, bytes[j] == UInt8(ascii: "R"),
              j + 1 == bytes.endIndex || isWhitespace(bytes[j + 1]) || isDelimiter(bytes[j + 1]) else { return nil }
        return (number, j + 1)
    }

    /// `bytes` with every indirect reference's object number replaced by `map`'s.
    static func renumbered(_ bytes: ArraySlice<UInt8>, _ map: (Int) throws -> Int) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if let end = skipToken(bytes, at: i) {
                out += bytes[i..<end]
                i = end
            } else if let reference = referenceAt(bytes, i) {
                out += "\(try map(reference.number)) 0 R".utf8
                i = reference.end
            } else if isDigit(bytes[i]) || bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: ".") {
                // A whole number token (so that the digits of 12.5 are not read as a reference's).
                var j = i + 1
                while j < bytes.endIndex && (isDigit(bytes[j]) || bytes[j] == UInt8(ascii: ".")) { j += 1 }
                out += bytes[i..<j]
                i = j
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    /// Where the value starting at `start` ends: after its top-level dictionary or array closes (or
    /// `limit` for anything else).
    static func endOfValue(_ bytes: [UInt8], from start: Int, to limit: Int) -> Int {
        let slice = bytes[start..<limit]
        var depth = 0, i = start
        while i < limit {
            let byte = bytes[i]
            let pair = i + 1 < limit && bytes[i + 1] == byte
            if (byte == UInt8(ascii: "<") && pair) || byte == UInt8(ascii: "[") {
                depth += 1
                i += byte == UInt8(ascii: "[") ? 1 : 2
                continue
            }
            if (byte == UInt8(ascii: ">") && pair) || byte == UInt8(ascii: "]") {
                depth -= 1
                i += byte == UInt8(ascii: "]") ? 1 : 2
                if depth <= 0 { return i }
                continue
            }
            if let end = skipToken(slice, at: i) { i = end; continue }
            i += 1
        }
        return limit
    }

    /// The keys of the top-level dictionary in `bytes`.
    static func keys(in bytes: ArraySlice<UInt8>) -> [String] {
        var keys: [String] = []
        var depth = 0, i = bytes.startIndex, expectKey = false
        while i < bytes.endIndex {
            let byte = bytes[i]
            let pair = i + 1 < bytes.endIndex && bytes[i + 1] == byte
            if (byte == UInt8(ascii: "<") && pair) || byte == UInt8(ascii: "[") {
                depth += 1
                i += byte == UInt8(ascii: "[") ? 1 : 2
                expectKey = depth == 1
                continue
            }
            if (byte == UInt8(ascii: ">") && pair) || byte == UInt8(ascii: "]") {
                depth -= 1
                i += byte == UInt8(ascii: "]") ? 1 : 2
                expectKey = true   // a nested value ended: a key comes next
                continue
            }
            if byte == UInt8(ascii: "%"), let end = skipToken(bytes, at: i) { i = end; continue }
            if let end = skipToken(bytes, at: i) {
                if depth == 1 {
                    if byte == UInt8(ascii: "/") && expectKey { keys.append(String(decoding: bytes[(i + 1)..<end], as: UTF8.self)) }
                    expectKey = !(byte == UInt8(ascii: "/") && expectKey)
                }
                i = end
                continue
            }
            if depth == 1 && !isWhitespace(byte) {
                // A number, reference or keyword value: it ends the pair.
                if let reference = referenceAt(bytes, i) { i = reference.end } else {
                    while i < bytes.endIndex && !isWhitespace(bytes[i]) && !isDelimiter(bytes[i]) { i += 1 }
                }
                expectKey = true
                continue
            }
            i += 1
        }
        return keys
    }

    /// The object number of the reference right after `key` at the dictionary's top level.
    static func reference(after key: String, in bytes: ArraySlice<UInt8>) -> Int? {
        let pattern = Array(key.utf8)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if bytes[i] == UInt8(ascii: "/"), let end = skipToken(bytes, at: i) {
                if bytes[i..<end].elementsEqual(pattern) {
                    var j = end
                    while j < bytes.endIndex && isWhitespace(bytes[j]) { j += 1 }
                    return j < bytes.endIndex ? referenceAt(bytes, j)?.number : nil
                }
                i = end
            } else if let end = skipToken(bytes, at: i) {
                i = end
            } else {
                i += 1
            }
        }
        return nil
    }

    /// The references of the array after `key`.
    static func references(inArray key: String, of bytes: ArraySlice<UInt8>) throws -> [Int] {
        guard let open = index(of: key, in: bytes, from: bytes.startIndex, to: bytes.endIndex),
              let bracket = bytes[open...].firstIndex(of: UInt8(ascii: "[")),
              let close = bytes[bracket...].firstIndex(of: UInt8(ascii: "]")) else { throw PDFJoin.Failure("no \(key) array") }
        var result: [Int] = []
        var i = bracket + 1
        while i < close {
            if let reference = referenceAt(bytes, i) { result.append(reference.number); i = reference.end } else { i += 1 }
        }
        return result
    }

    /// The entries of a flat name tree (`/Names [ (key) value … ]`): each key's bytes (for sorting), its string as
    /// written, and its value as written.
    static func nameTreeEntries(_ bytes: ArraySlice<UInt8>) throws -> [(key: [UInt8], name: [UInt8], value: [UInt8])] {
        guard index(of: "/Kids", in: bytes, from: bytes.startIndex, to: bytes.endIndex) == nil else {
            throw PDFJoin.Failure("a name tree with kids")
        }
        guard let names = index(of: "/Names", in: bytes, from: bytes.startIndex, to: bytes.endIndex),
              var i = bytes[names...].firstIndex(of: UInt8(ascii: "[")) else { throw PDFJoin.Failure("a name tree without names") }
        i += 1
        var entries: [(key: [UInt8], name: [UInt8], value: [UInt8])] = []
        let all = Array(bytes)
        let base = bytes.startIndex
        while true {
            while i < bytes.endIndex && isWhitespace(bytes[i]) { i += 1 }
            guard i < bytes.endIndex else { throw PDFJoin.Failure("an unclosed name tree") }
            if bytes[i] == UInt8(ascii: "]") { break }
            guard bytes[i] == UInt8(ascii: "(") || bytes[i] == UInt8(ascii: "<"), let end = skipToken(bytes, at: i) else {
                throw PDFJoin.Failure("a name tree key that is not a string")
            }
            let name = Array(bytes[i..<end])
            i = end
            while i < bytes.endIndex && isWhitespace(bytes[i]) { i += 1 }
            let valueEnd = endOfValue(all, from: i - base, to: all.count) + base
            guard valueEnd > i else { throw PDFJoin.Failure("a name tree entry without a value") }
            entries.append((decodedString(name), name, Array(bytes[i..<valueEnd])))
            i = valueEnd
        }
        return entries
    }

    /// A string token's bytes: a literal's escapes undone, or a hex string's digits read.
    static func decodedString(_ token: [UInt8]) -> [UInt8] {
        guard token.count >= 2 else { return token }
        if token[0] == UInt8(ascii: "<") {
            let digits = token.dropFirst().dropLast().filter { !isWhitespace($0) }.map { byte -> UInt8 in
                switch byte {
                case 0x30...0x39: return byte - 0x30
                case 0x41...0x46: return byte - 0x41 + 10
                case 0x61...0x66: return byte - 0x61 + 10
                default: return 0
                }
            }
            return stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | (($0 + 1 < digits.count) ? digits[$0 + 1] : 0) }
        }
        var out: [UInt8] = []
        var i = 1
        while i < token.count - 1 {
            if token[i] == UInt8(ascii: "\\") && i + 1 < token.count - 1 {
                i += 1
                switch token[i] {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case 0x30...0x37:
                    var value = 0, count = 0
                    while count < 3 && i < token.count - 1 && (0x30...0x37).contains(token[i]) {
                        value = value * 8 + Int(token[i] - 0x30); i += 1; count += 1
                    }
                    out.append(UInt8(truncatingIfNeeded: value))
                    continue
                default: out.append(token[i])
                }
            } else {
                out.append(token[i])
            }
            i += 1
        }
        return out
    }

    /// A text string as UTF-16BE hex with its byte-order mark, as Cairo writes titles and labels.
    static func textString(_ text: String) -> String {
        "<FEFF" + text.utf16.map { unit in
            let hex = String(unit, radix: 16, uppercase: true)
            return String(repeating: "0", count: 4 - hex.count) + hex
        }.joined() + ">"
    }

    /// A number with up to six decimals and no trailing zeros.
    static func number(_ value: Double) -> String {
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    static func index(of text: String, in bytes: ArraySlice<UInt8>, from start: Int, to end: Int) -> Int? {
        let pattern = Array(text.utf8)
        guard end - start >= pattern.count else { return nil }
        var i = start
        while i + pattern.count <= end {
            if bytes[i] == pattern[0] && bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }

    static func index(of text: String, in bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        index(of: text, in: bytes[...], from: start, to: end)
    }

    static func lastIndex(of text: String, in bytes: [UInt8], from start: Int = 0, to end: Int? = nil) -> Int? {
        let pattern = Array(text.utf8)
        let end = end ?? bytes.count
        var i = end - pattern.count
        while i >= start {
            if bytes[i] == pattern[0] && bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i -= 1
        }
        return nil
    }

    /// The whole number after white space from `index`, and where it ends.
    static func integer(in bytes: [UInt8], after index: Int) -> (value: Int, end: Int)? {
        var i = index
        while i < bytes.count && isWhitespace(bytes[i]) { i += 1 }
        var value = 0, digits = 0
        while i < bytes.count && isDigit(bytes[i]) { value = value * 10 + Int(bytes[i] - 0x30); i += 1; digits += 1 }
        return digits > 0 ? (value, i) : nil
    }
}
