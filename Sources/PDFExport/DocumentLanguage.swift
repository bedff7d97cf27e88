import Foundation

/// Declares the document's language (`/Lang` in the PDF catalog), which Cairo cannot write: screen
/// readers and text extraction then know the text is Thai. Done as a PDF incremental update — the
/// catalog is written again with `/Lang` after the file Cairo finished, with a cross-reference section
/// for it — so nothing Cairo wrote is moved or rewritten.
enum DocumentLanguage {
    static func declare(_ language: String, inPDFAt path: String) throws {
        guard let handle = FileHandle(forUpdatingAtPath: path) else { throw PDFExportError("cannot reopen \(path) to declare its language") }
        defer { try? handle.close() }
        // Cairo writes the catalog last, just before the cross-reference table: its end of the file holds
        // everything needed (the whole file only when the catalog is further back).
        let fileSize = Int(try handle.seekToEnd())
        let tailStart = max(0, fileSize - 65_536)
        try handle.seek(toOffset: UInt64(tailStart))
        var data = try handle.readToEnd() ?? Data()
        var dataStart = tailStart
        // The last trailer: /Size, /Root, /Info, and where its cross-reference table starts.
        let tail = String(decoding: data.suffix(4096), as: UTF8.self)
        guard let trailer = tail.range(of: "trailer", options: .backwards),
              let size = number(after: "/Size", in: tail, from: trailer.upperBound),
              let root = number(after: "/Root", in: tail, from: trailer.upperBound),
              let startxref = tail.range(of: "startxref", options: .backwards),
              let previous = Int(tail[startxref.upperBound...].split(whereSeparator: \.isNewline).first.map(String.init)?
                  .trimmingCharacters(in: .whitespaces) ?? "") else {
            throw PDFExportError("\(path) has no trailer this version can update")
        }
        let info = number(after: "/Info", in: tail, from: trailer.upperBound)
        // The catalog object as Cairo wrote it (near the end of the file: search backwards, in bytes).
        let marker = Data("\n\(root) 0 obj".utf8)
        var found = data.range(of: marker, options: .backwards)
        if found == nil && dataStart > 0 {
            try handle.seek(toOffset: 0)
            data = try handle.readToEnd() ?? Data()
            dataStart = 0
            found = data.range(of: marker, options: .backwards)
        }
        guard let start = found,
              let end = data.range(of: Data("endobj".utf8), in: start.upperBound..<data.endIndex) else {
            throw PDFExportError("\(path): the catalog object \(root) was not found")
        }
        let object = String(decoding: data[start.upperBound..<end.lowerBound], as: UTF8.self)
        guard let open = object.range(of: "<<") else {
            throw PDFExportError("\(path): the catalog object \(root) is not a dictionary")
        }
        let body = object[open.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
        guard body.hasSuffix(">>"), !body.contains("/Lang") else { return }
        let offset = dataStart + data.count
        var update = "\(root) 0 obj\n<< /Lang (\(language))\n   " + body + "\nendobj\n"
        let xref = offset + update.utf8.count
        update += "xref\n0 1\n0000000000 65535 f \n\(root) 1\n" + String(format: "%010d 00000 n \n", offset)
        update += "trailer\n<< /Size \(size)\n   /Root \(root) 0 R\n" + (info.map { "   /Info \($0) 0 R\n" } ?? "")
        update += "   /Prev \(previous)\n>>\nstartxref\n\(xref)\n%%EOF\n"
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(update.utf8))
    }

    static func number(after key: String, in text: String, from: String.Index) -> Int? {
        guard let r = text.range(of: key, range: from..<text.endIndex) else { return nil }
        return Int(text[r.upperBound...].drop { $0 == " " }.prefix { $0.isNumber })
    }
}
