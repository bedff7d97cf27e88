/// Line ends as Unicode has them (U+000A–U+000D, U+0085, U+2028, U+2029), found in UTF-8 bytes: each is a
/// grapheme of its own, so the lines they make are the lines a split by Character gives.
public enum LineEnds {
    /// How many bytes the line end starting at `i` takes (1 to 3), or 0 where none starts.
    @inlinable
    public static func length<Bytes: RandomAccessCollection>(in bytes: Bytes, at i: Int) -> Int
        where Bytes.Element == UInt8, Bytes.Index == Int {
        let byte = bytes[i]
        if byte &- 0x0A < 4 { return 1 }
        if byte == 0xC2, i + 1 < bytes.endIndex, bytes[i + 1] == 0x85 { return 2 }
        if byte == 0xE2, i + 2 < bytes.endIndex, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { return 3 }
        return 0
    }
}
