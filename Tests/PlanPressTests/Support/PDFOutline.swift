import Foundation

/// Reads the bookmarks (outline item titles) out of a PDF Cairo wrote: its outline dictionaries are
/// plain objects with `/Title <FEFF…>` (UTF-16BE hex) or `/Title (…)` strings.
enum PDFOutline {
    static func titles(path: String) throws -> [String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let text = String(decoding: data, as: Unicode.ASCII.self)
        let pattern = try NSRegularExpression(pattern: #"/Title\s*(<([0-9A-Fa-f\s]*)>|\(((?:\\.|[^\\)])*)\))"#)
        let ns = text as NSString
        return pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap { match in
            if match.range(at: 2).location != NSNotFound {
                return decodeHex(ns.substring(with: match.range(at: 2)))
            }
            return ns.substring(with: match.range(at: 3))
        }
    }

    static func decodeHex(_ hex: String) -> String? {
        let digits = hex.filter { !$0.isWhitespace }
        var bytes: [UInt8] = []
        var index = digits.startIndex
        while index < digits.endIndex {
            let next = digits.index(index, offsetBy: 2, limitedBy: digits.endIndex) ?? digits.endIndex
            guard let byte = UInt8(digits[index..<next], radix: 16) else { return nil }
            bytes.append(byte)
            index = next
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            var units: [UInt16] = []
            var i = 2
            while i + 1 < bytes.count { units.append(UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])); i += 2 }
            return String(decoding: units, as: UTF16.self)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
