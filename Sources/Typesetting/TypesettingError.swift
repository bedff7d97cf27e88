/// A document that cannot be set as asked: a missing font, a character no font draws, an unreadable image.
public struct TypesettingError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
