/// A plan whose content cannot make the document (a sum that overflows, a reference to nothing).
public struct CompositionError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
