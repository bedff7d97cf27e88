extension String {
    /// The text without the white space at its ends that `CharacterSet.whitespaces` holds (a tab and the
    /// space separators). The same result as `trimmingCharacters(in: .whitespaces)`, found scalar by scalar
    /// without bridging to NSString (which made trimming a tenth of reading a progress round).
    public func trimmingSpaces() -> String { self[...].trimmingSpaces() }

    /// The text without the white space and line ends at its ends: as `trimmingCharacters(in:
    /// .whitespacesAndNewlines)`.
    public func trimmingSpacesAndNewlines() -> String { self[...].trimmingSpacesAndNewlines() }
}

extension Substring {
    /// As `String.trimmingSpaces()`.
    public func trimmingSpaces() -> String { trimming(Trimming.isSpace) }
    /// As `String.trimmingSpacesAndNewlines()`.
    public func trimmingSpacesAndNewlines() -> String { trimming(Trimming.isSpaceOrNewline) }

    private func trimming(_ isTrimmed: (UInt32) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0.value) }) else { return "" }
        let last = scalars.lastIndex(where: { !isTrimmed($0.value) })!
        return String(scalars[first...last])
    }
}

enum Trimming {
    /// A tab or a space separator (Unicode's Zs: U+0020, U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000),
    /// and the zero-width space U+200B, which Foundation's `whitespaces` holds too (Thai text uses it).
    static func isSpace(_ v: UInt32) -> Bool {
        v < 0x80 ? v == 0x20 || v == 0x09
            : v == 0xA0 || v == 0x1680 || (0x2000...0x200B).contains(v) || v == 0x202F || v == 0x205F || v == 0x3000
    }

    /// A space, a line or paragraph separator, or a line end (U+000A–U+000D, U+0085).
    static func isSpaceOrNewline(_ v: UInt32) -> Bool {
        isSpace(v) || (0x0A...0x0D).contains(v) || v == 0x85 || v == 0x2028 || v == 0x2029
    }
}
