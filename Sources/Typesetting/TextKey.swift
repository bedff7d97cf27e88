/// A text as a dictionary key, compared and hashed as its UTF-8 bytes in one pass: a String's own
/// hashing normalizes it first, and an array of bytes is hashed a byte at a time, both slow for the
/// thousands of Thai texts a plan's documents look up.
public struct TextKey: Hashable, Sendable {
    public let bytes: [UInt8]

    public init(_ text: String) { bytes = Array(text.utf8) }
    public init<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 { self.bytes = Array(bytes) }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public static func == (a: TextKey, b: TextKey) -> Bool { a.bytes == b.bytes }

    public func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
