import Foundation
import TestSupport
import XCTest

/// Reads a PDF the way a user's tools do: poppler's pdftotext, pdfinfo and pdffonts.
struct PDFProbe {
    let path: String

    /// The text as `pdftotext` extracts it (reading order, no layout).
    func text() throws -> String { try run("pdftotext", [path, "-"]) }

    /// The text with every white space removed: for finding phrases whatever the line breaks.
    func compactText() throws -> String { try text().filter { !$0.isWhitespace } }

    func info() throws -> [String: String] {
        var result: [String: String] = [:]
        for line in try run("pdfinfo", [path]).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            result[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return result
    }

    func pageCount() throws -> Int { Int(try info()["Pages"] ?? "") ?? 0 }

    /// The PDF's named destinations and the page (1-based) each opens, from `pdfinfo -dests`.
    func destinations() throws -> [String: Int] {
        var result: [String: Int] = [:]
        for line in try run("pdfinfo", ["-dests", path]).split(separator: "\n") {
            guard let open = line.firstIndex(of: "\""), line.last == "\"",
                  let page = Int(line.split(separator: " ").first ?? "") else { continue }
            result[String(line[line.index(after: open)..<line.index(before: line.endIndex)])] = page
        }
        return result
    }

    /// The page labels (`/PageLabels`) a viewer shows for each page, by page index (0-based): "" for a page
    /// labelled empty; nil when the PDF has no labels. Reads Cairo's uncompressed, prefix-only number tree.
    func pageLabels() throws -> [Int: String]? {
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        guard text.contains("/PageLabels"), let nums = text.range(of: "/Nums [") else { return nil }
        let body = text[nums.upperBound...].prefix { $0 != "]" }
        var labels: [Int: String] = [:]
        for line in body.split(separator: "\n") {
            let parts = line.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1)
            guard parts.count == 2, let index = Int(parts[0]) else { continue }
            var label = ""
            if let open = parts[1].range(of: "/P <FEFF"), let close = parts[1][open.upperBound...].firstIndex(of: ">") {
                let hex = Array(parts[1][open.upperBound..<close])
                let units = stride(from: 0, to: hex.count - 3, by: 4).compactMap { UInt16(String(hex[$0..<$0 + 4]), radix: 16) }
                label = String(decoding: units, as: UTF16.self)
            }
            labels[index] = label
        }
        return labels
    }

    /// The targets of the PDF's link annotations, in file order: the destination each names (`/Dest (name)`),
    /// or nil for a link that leads nowhere. Cairo writes annotations uncompressed, one object each.
    func linkTargets() throws -> [String?] {
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        return text.components(separatedBy: "/Subtype /Link").dropFirst().map { rest in
            let object = rest.components(separatedBy: "endobj").first ?? ""
            guard let start = object.range(of: "/Dest ("), let end = object[start.upperBound...].firstIndex(of: ")") else { return nil }
            return String(object[start.upperBound..<end])
        }
    }

    /// Page sizes in points, from `pdfinfo -f 1 -l N`.
    func pageSizes() throws -> [(width: Double, height: Double)] {
        let n = try pageCount()
        let out = try run("pdfinfo", ["-f", "1", "-l", String(n), path])
        var sizes: [(Double, Double)] = []
        for line in out.split(separator: "\n") where line.hasPrefix("Page") && line.contains("size:") {
            let numbers = line.split(separator: " ").compactMap { Double($0) }
            if numbers.count >= 3 { sizes.append((numbers[1], numbers[2])) }
        }
        return sizes
    }

    /// Rows of `pdffonts`: (name, embedded, subset, unicode).
    func fonts() throws -> [(name: String, embedded: Bool, subset: Bool, unicode: Bool)] {
        let lines = try run("pdffonts", [path]).split(separator: "\n").dropFirst(2)
        return lines.map { line in
            let cols = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            let n = cols.count
            return (cols[0], cols[n - 5] == "yes", cols[n - 4] == "yes", cols[n - 3] == "yes")
        }
    }

    struct Line {
        let page: Int
        let xMin: Double, yMin: Double, xMax: Double, yMax: Double
        let text: String
        var centerX: Double { (xMin + xMax) / 2 }
    }

    /// Text lines with their boxes, from `pdftotext -bbox-layout`.
    func lines() throws -> [Line] {
        let xml = try run("pdftotext", ["-bbox-layout", path, "-"])
        var result: [Line] = []
        var page = 0
        let linePattern = try NSRegularExpression(pattern: #"<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>"#, options: [.dotMatchesLineSeparators])
        let wordPattern = try NSRegularExpression(pattern: #"<word[^>]*>(.*?)</word>"#)
        for pageChunk in xml.components(separatedBy: "<page ").dropFirst() {
            page += 1
            let ns = pageChunk as NSString
            for m in linePattern.matches(in: pageChunk, range: NSRange(location: 0, length: ns.length)) {
                let inner = ns.substring(with: m.range(at: 5))
                let innerNS = inner as NSString
                let words = wordPattern.matches(in: inner, range: NSRange(location: 0, length: innerNS.length))
                    .map { innerNS.substring(with: $0.range(at: 1)) }
                result.append(Line(page: page,
                                   xMin: Double(ns.substring(with: m.range(at: 1)))!, yMin: Double(ns.substring(with: m.range(at: 2)))!,
                                   xMax: Double(ns.substring(with: m.range(at: 3)))!, yMax: Double(ns.substring(with: m.range(at: 4)))!,
                                   text: words.joined(separator: " ").replacingOccurrences(of: "&amp;", with: "&")))
            }
        }
        return result
    }

    private func run(_ tool: String, _ arguments: [String]) throws -> String {
        try Shell.run("/usr/bin/" + tool, arguments).stdout
    }
}

extension PDFProbe {
    struct Word {
        let page: Int
        let xMin: Double, yMin: Double, xMax: Double, yMax: Double
        let text: String
    }

    /// Every word with its box, from `pdftotext -bbox`.
    func words() throws -> [Word] {
        let xml = try Shell.run("/usr/bin/pdftotext", ["-bbox", path, "-"]).stdout
        let pattern = try NSRegularExpression(pattern: #"<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>"#)
        var result: [Word] = []
        for (index, chunk) in xml.components(separatedBy: "<page ").dropFirst().enumerated() {
            let ns = chunk as NSString
            for m in pattern.matches(in: chunk, range: NSRange(location: 0, length: ns.length)) {
                result.append(Word(page: index + 1,
                                   xMin: Double(ns.substring(with: m.range(at: 1)))!, yMin: Double(ns.substring(with: m.range(at: 2)))!,
                                   xMax: Double(ns.substring(with: m.range(at: 3)))!, yMax: Double(ns.substring(with: m.range(at: 4)))!,
                                   text: ns.substring(with: m.range(at: 5)).replacingOccurrences(of: "&amp;", with: "&")))
            }
        }
        return result
    }

    /// The words whose box lies between `xMin` and `xMax` (a table column), page by page, top to
    /// bottom, joined without white space.
    func compactColumn(xMin: Double, xMax: Double, below top: Double = 0) throws -> String {
        try words().filter { $0.xMin >= xMin - 0.5 && $0.xMax <= xMax + 0.5 && $0.yMin >= top }
            .sorted { ($0.page, ($0.yMin * 2).rounded(), $0.xMin) < ($1.page, ($1.yMin * 2).rounded(), $1.xMin) }
            .map(\.text).joined()
    }

    /// `pdftotext -layout` lines, trimmed.
    func layoutLines() throws -> [String] {
        try Shell.run("/usr/bin/pdftotext", ["-layout", path, "-"]).stdout
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// Reads numbers as printed in Thai documents: Thai or Arabic digits, thousands separators, "-" for none.
enum PrintedNumber {
    /// Satang of an amount such as "๑๐๐,๐๐๐" or "๑,๒๓๔.๕๐"; 0 for "-"; nil when not an amount.
    static func satang(_ text: String) -> Int64? {
        if text == "-" { return 0 }
        var arabic = ""
        for ch in text {
            if let v = ch.unicodeScalars.first?.value, (0x0E50...0x0E59).contains(v) {
                arabic.append(Character(UnicodeScalar(v - 0x0E50 + 0x30)!))
            } else if ch.isASCII && (ch.isNumber || ch == "." || ch == ",") {
                arabic.append(ch)
            } else {
                return nil
            }
        }
        let plain = arabic.replacingOccurrences(of: ",", with: "")
        let parts = plain.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int64(parts[0]) else { return nil }
        var satang = whole * 100
        if parts.count == 2 {
            guard parts[1].count == 2, let fraction = Int64(parts[1]) else { return nil }
            satang += fraction
        }
        return satang
    }

    static func integer(_ text: String) -> Int? { satang(text).map { Int($0 / 100) } }
}
