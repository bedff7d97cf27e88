import Foundation
import TestSupport

/// Reads PDFs the way a user's tools do (poppler's pdftotext and pdfinfo) and checks what a corpus case
/// that must succeed wrote.
enum PDFText {
    static func text(_ path: String) throws -> String {
        let result = try Shell.run("/usr/bin/pdftotext", ["-enc", "UTF-8", path, "-"])
        guard result.status == 0 else { throw TestSetupError("pdftotext \(path) failed: \(result.stderr)") }
        return result.stdout
    }

    /// Text reduced for comparison: no white space, hyphens or digits, so that line and page breaks and
    /// the running page numbers ("- ๒ -", which pdftotext may merge into the next line) do not matter.
    static func reduced(_ text: String) -> String {
        String(text.unicodeScalars.filter { c in
            !(c.properties.isWhitespace || c == "-" || c == "\u{0C}" || ("0"..."9").contains(c) || ("\u{0E50}"..."\u{0E59}").contains(c))
        }.map(Character.init))
    }

    static func reducedText(_ path: String) throws -> String { reduced(try text(path)) }

    static func pageCount(_ path: String) throws -> Int {
        let result = try Shell.run("/usr/bin/pdfinfo", [path])
        guard result.status == 0 else { throw TestSetupError("pdfinfo \(path) failed: \(result.stderr)") }
        let line = result.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) ?? 0
    }

    /// A complete PDF: the header, the end-of-file marker, and poppler reads every page.
    static func isComplete(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path), data.starts(with: Data("%PDF-".utf8)),
              String(decoding: data.suffix(32), as: UTF8.self).contains("%%EOF") else { return false }
        return ((try? pageCount(path)) ?? 0) > 0
    }
}

enum PDFChecks {
    /// out/announcement.pdf is a complete PDF that holds the announcement's closing words.
    static func announcementRendered(_ home: CaseHome, _ result: Shell.Result) throws {
        try contains("announcement.pdf", ["จึงประกาศให้ทราบโดยทั่วกัน"])(home, result)
    }

    /// out/`file` is a complete PDF whose text holds every phrase (compared as `PDFText.reduced`).
    static func contains(_ file: String, _ phrases: [String]) -> (CaseHome, Shell.Result) throws -> Void {
        { home, _ in
            let path = home.outURL.appendingPathComponent(file).path
            guard PDFText.isComplete(path) else { throw TestSetupError("\(file) is not a complete PDF") }
            let text = try PDFText.reducedText(path)
            for phrase in phrases {
                let compact = PDFText.reduced(phrase)
                guard text.contains(compact) else {
                    throw TestSetupError("\(file) does not hold “\(phrase.prefix(60))” (its text starts “\(text.prefix(120))”)")
                }
            }
        }
    }

    /// Nothing but `allowed` files in the output folder (no PDF from a failed render, no temporary file).
    static func outputHolds(only allowed: Set<String>) -> (CaseHome, Shell.Result) throws -> Void {
        { home, _ in
            let found = Set(FileManager.default.subpaths(atPath: home.outURL.path) ?? [])
            let extra = found.subtracting(allowed).filter { path in !allowed.contains { path.hasPrefix($0 + "/") } }
            guard extra.isEmpty else { throw TestSetupError("the output folder holds \(extra.sorted())") }
        }
    }
}
