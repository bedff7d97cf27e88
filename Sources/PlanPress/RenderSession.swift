import Graphics
import Typesetting

/// What one rendering task keeps between renders: its fonts (fontconfig's configuration, the Pango font
/// map) and every paragraph it has laid out. A renderer made with a session lays out again only what
/// changed since the session's last render: `planpress render --watch` keeps one per worker.
///
/// A session belongs to one thread at a time (Pango font maps are not shared across threads): it is
/// handed from thread to thread, never used by two at once.
public final class RenderSession: @unchecked Sendable {
    let fonts: FontSystem
    let paragraphs = ParagraphCache()

    /// Loads the fonts: the application folder `Fonts/` first, then the system's.
    public init(home: ProjectHome) throws {
        do {
            fonts = try FontSystem(applicationFontDirectories: [home.fontsDirectory])
        } catch {
            throw PlanPressError.failed("\(error)")
        }
    }

    /// Paragraphs laid out so far, and how many lookups found one.
    public var cachedParagraphs: (hits: Int, misses: Int, kept: Int) { (paragraphs.hits, paragraphs.misses, paragraphs.count) }
}
