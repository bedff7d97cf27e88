/// Windows code page 874 (Thai), the superset of TIS-620 that Thai Excel writes when it saves "CSV".
///
/// - 0x00–0x7F: ASCII.
/// - 0xA1–0xDA and 0xDF–0xFB (TIS-620): U+0E01–U+0E3A and U+0E3F–U+0E5B (byte − 0xA0 + U+0E00).
/// - Windows additions: 0x80 €, 0x85 …, 0x91 ‘, 0x92 ’, 0x93 “, 0x94 ”, 0x95 •, 0x96 –, 0x97 —, 0xA0 no-break space.
/// - Every other byte (0x81–0x84, 0x86–0x90, 0x98–0x9F, 0xDB–0xDE, 0xFC–0xFF) is undefined.
public enum Windows874 {
    /// The character a byte stands for, or nil when the code page leaves the byte undefined.
    public static func scalar(for byte: UInt8) -> Unicode.Scalar? {
        switch byte {
        case 0x00...0x7F: return Unicode.Scalar(byte)
        case 0xA1...0xDA, 0xDF...0xFB: return Unicode.Scalar(UInt32(byte) - 0xA0 + 0x0E00)
        case 0xA0: return "\u{00A0}"
        default: return windowsAdditions[byte]
        }
    }

    /// The byte for a character, or nil when the code page cannot write it.
    public static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        let v = scalar.value
        if v < 0x80 { return UInt8(v) }
        if (0x0E01...0x0E3A).contains(v) || (0x0E3F...0x0E5B).contains(v) { return UInt8(v - 0x0E00 + 0xA0) }
        if v == 0xA0 { return 0xA0 }
        return windowsAdditions.first { $0.value == scalar }?.key
    }

    /// Where decoding stopped: the first undefined byte, its offset, and its 1-based line and column
    /// (columns count decoded characters, as `SourceLocation` does).
    public struct DecodingError: Error, Sendable, Hashable {
        public let byte: UInt8
        public let offset: Int
        public let line: Int
        public let column: Int
    }

    /// Decodes Windows-874 bytes; throws at the first undefined byte.
    public static func decode<Bytes: Collection>(_ bytes: Bytes) throws(DecodingError) -> String where Bytes.Element == UInt8 {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        var line = 1, column = 1
        for (offset, byte) in bytes.enumerated() {
            guard let scalar = scalar(for: byte) else {
                throw DecodingError(byte: byte, offset: offset, line: line, column: column)
            }
            scalars.append(scalar)
            if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
        }
        return String(scalars)
    }

    /// Encodes `text`, or nil when it holds a character the code page cannot write.
    public static func encode(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            guard let byte = byte(for: scalar) else { return nil }
            bytes.append(byte)
        }
        return bytes
    }

    private static let windowsAdditions: [UInt8: Unicode.Scalar] = [
        0x80: "\u{20AC}", 0x85: "\u{2026}",
        0x91: "\u{2018}", 0x92: "\u{2019}", 0x93: "\u{201C}", 0x94: "\u{201D}",
        0x95: "\u{2022}", 0x96: "\u{2013}", 0x97: "\u{2014}",
    ]
}
