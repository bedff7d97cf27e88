import Foundation

/// Declares the document's language (`/Lang` in the PDF catalog), which Cairo cannot write: screen
/// readers and text extraction then know the text is Thai. Done as a PDF incremental update — the
/// catalog is written again with `/Lang` after the file Cairo finished, with a cross-reference section
/// for it — so nothing Cairo wrote is moved or rewritten.
enum DocumentLanguage {
    static func declare(_ language: String, inPDFAt path: String) throws {
        let descriptor = open(path, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { throw PDFExportError("cannot reopen \(path) to declare its language") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw PDFExportError("cannot reopen \(path) to declare its language") }
        let fileSize = Int(info.st_size)
        // Cairo writes the catalog last, just before the cross-reference table: its end of the file holds
        // everything needed (the whole file only when the catalog is further back).
        var dataStart = max(0, fileSize - 65_536)
        var data = try read(descriptor, from: dataStart, to: fileSize, path: path)
        // The last trailer: /Size, /Root, /Info, and where its cross-reference table starts.
        let tailStart = max(0, data.count - 4096)
        guard let trailerAt = PDFSyntax.lastIndex(of: "trailer", in: data, from: tailStart) else {
            throw PDFExportError("\(path) has no trailer this version can update")
        }
        let tail = String(decoding: data[trailerAt...], as: UTF8.self)
        guard let size = number(after: "/Size", in: tail), let root = number(after: "/Root", in: tail),
              let startxref = tail.range(of: "startxref", options: .backwards),
              let previous = Int(tail[startxref.upperBound...].split(whereSeparator: \.isNewline).first.map(String.init)?
                  .trimmingCharacters(in: .whitespaces) ?? "") else {
            throw PDFExportError("\(path) has no trailer this version can update")
        }
        let info2 = number(after: "/Info", in: tail)
        // The catalog object as Cairo wrote it (near the end of the file: search backwards, in bytes).
        let marker = "\n\(root) 0 obj"
        var found = PDFSyntax.lastIndex(of: marker, in: data)
        if found == nil && dataStart > 0 {
            data = try read(descriptor, from: 0, to: fileSize, path: path)
            dataStart = 0
            found = PDFSyntax.lastIndex(of: marker, in: data)
        }
        let markerLength = marker.utf8.count
        guard let start = found, let end = PDFSyntax.index(of: "endobj", in: data, from: start + markerLength, to: data.count) else {
            throw PDFExportError("\(path): the catalog object \(root) was not found")
        }
        let object = String(decoding: data[(start + markerLength)..<end], as: UTF8.self)
        guard let opening = object.range(of: "<<") else {
            throw PDFExportError("\(path): the catalog object \(root) is not a dictionary")
        }
        let body = object[opening.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
        guard body.hasSuffix(">>"), !body.contains("/Lang") else { return }
        let offset = fileSize
        var update = "\(root) 0 obj\n<< /Lang (\(language))\n   " + body + "\nendobj\n"
        let xref = offset + update.utf8.count
        update += "xref\n0 1\n0000000000 65535 f \n\(root) 1\n" + String(format: "%010d 00000 n \n", offset)
        update += "trailer\n<< /Size \(size)\n   /Root \(root) 0 R\n" + (info2.map { "   /Info \($0) 0 R\n" } ?? "")
        update += "   /Prev \(previous)\n>>\nstartxref\n\(xref)\n%%EOF\n"
        let bytes = Array(update.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress! + written, bytes.count - written, off_t(offset + written)) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw PDFExportError("cannot declare the language of \(path): \(String(cString: strerror(errno)))") }
            written += count
        }
    }

    /// Bytes `start..<end` of the open file.
    static func read(_ descriptor: Int32, from start: Int, to end: Int, path: String) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: end - start)
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, $0.count - done, off_t(start + done)) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw PDFExportError("cannot read \(path) back to declare its language") }
            done += count
        }
        return bytes
    }

    /// The number after `key` in `text`.
    static func number(after key: String, in text: String) -> Int? {
        guard let r = text.range(of: key) else { return nil }
        return Int(text[r.upperBound...].drop { $0 == " " }.prefix { $0.isNumber })
    }
}
