import Graphics

// The value types of the graphics layer that composers use when they describe a document.
// Composition imports Typesetting only; it never reaches Graphics (nor any C pointer).
public typealias HorizontalAlignment = Graphics.HorizontalAlignment
public typealias FontRequest = Graphics.FontRequest
public typealias Color = Graphics.Color
public typealias Justification = Graphics.Justification
