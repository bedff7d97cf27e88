import Foundation
import Graphics

/// Paragraph layouts shared by the typesetters of one render's threads: what one thread's Pango set,
/// another takes instead of setting it again (the project sheets a thread renders after another laid the
/// book out). Kept as Pango's glyphs (`ShapedText`), which each thread draws with its own fonts; looked up
/// by everything that decides a layout (`TextRequest`), like `LayoutStore`.
public final class SharedLayouts: @unchecked Sendable {
    private let lock = NSLock()
    private var layouts: [TextKey: ShapedText] = [:]
    private var widths: [TextKey: Double] = [:]
    public init() {}

    /// The layout another thread made for `request` (whose key, `LayoutStore.key`, is `key`), drawn with `fonts`.
    func layout(_ request: TextRequest, key: TextKey, fonts: FontSystem) -> TextLayout? {
        guard let shaped = lock.withLock({ layouts[key] }) else { return nil }
        return TextLayout(fonts: fonts, request: request, shaped: shaped)
    }

    func record(_ layout: TextLayout, key: TextKey) {
        lock.withLock { layouts[key] = layout.shaped }
    }

    func oneLineWidth(_ text: TextKey, font: FontRequest) -> Double? {
        let key = LayoutStore.widthKey(text, font: font)
        return lock.withLock { widths[key] }
    }

    func recordOneLineWidth(_ width: Double, text: TextKey, font: FontRequest) {
        let key = LayoutStore.widthKey(text, font: font)
        lock.withLock { widths[key] = width }
    }
}
