import Composition
import Foundation
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

    /// Opens `count` sessions, each on a thread of its own, while the caller goes on (reads the plan).
    /// Each then prepares the fonts of the layouts `kinds` are set with (`prepare`).
    public static func openAhead(count: Int, home: ProjectHome, kinds: [DocumentKind] = []) -> OpeningSessions {
        let opening = OpeningSessions()
        for index in 0..<max(1, count) {
            DispatchQueue.global().async(group: opening.group) {
                opening.opened.append((index, Result {
                    let session = try RenderSession(home: home)
                    session.prepare(kinds, home: home)
                    return session
                }))
            }
        }
        return opening
    }

    /// Reads the layouts of `kinds` (kept for the renderer, which reads them again) and opens the fonts
    /// their styles ask for, with the line breaker's word list: work the first paragraphs of a render would
    /// do while the plan is still being read. A layout that does not load is left to the renderer to report.
    func prepare(_ kinds: [DocumentKind], home: ProjectHome) {
        var requests: [FontRequest] = []
        for kind in kinds {
            for (name, requirements) in kind.layouts {
                guard let layout = try? home.loadLayout(name, requirements) else { continue }
                requests += layout.styles.values.map(\.font)
            }
        }
        fonts.prepare(requests)
    }

    /// Sessions `openAhead` is opening.
    public final class OpeningSessions: @unchecked Sendable {
        let group = DispatchGroup()
        let opened = WorkerResults<(Int, Result<RenderSession, Error>)>()

        /// The sessions, once all are open; the first failure to open one is thrown.
        /// Sessions already open.
        public static func ready(_ sessions: [RenderSession]) -> OpeningSessions {
            let opening = OpeningSessions()
            for (index, session) in sessions.enumerated() { opening.opened.append((index, .success(session))) }
            return opening
        }

        public func sessions() throws -> [RenderSession] {
            group.wait()
            return try opened.all.sorted { $0.0 < $1.0 }.map { try $0.1.get() }
        }
    }

    /// A PDF this session wrote: what it was made of, and the file as it was left.
    struct Written {
        let document: ComposedDocument
        let watermark: Watermark?
        let maximumPages: Int
        let file: RenderedFile
        let modified: Date?
    }
    /// By output path. A document composed the same as last time, into a file nobody has touched since,
    /// would be written byte for byte as it is: it is not written again.
    var written: [String: Written] = [:]
    /// The page labels the book's contents settled on last time, by output path: the book is composed
    /// with them first, so that an unchanged book is known unchanged before it is laid out.
    var bookLabels: [String: [String: String]] = [:]

    /// Forgets what was written: after a change the composed documents do not show (a layout's
    /// measures, an image), every document is written again.
    public func forgetWrittenFiles() {
        written = [:]
        bookLabels = [:]
    }

    /// The file written for `document` before, if it still stands as it was written.
    func unchanged(_ document: ComposedDocument, watermark: Watermark?, maximumPages: Int, path: String) -> RenderedFile? {
        guard let last = written[path], last.document == document, last.watermark == watermark,
              last.maximumPages == maximumPages,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              attributes[.size] as? Int == last.file.bytes,
              attributes[.modificationDate] as? Date == last.modified else { return nil }
        var file = last.file
        file.unchanged = true
        return file
    }

    func remember(_ document: ComposedDocument, watermark: Watermark?, maximumPages: Int, file: RenderedFile) {
        let modified = (try? FileManager.default.attributesOfItem(atPath: file.path))?[.modificationDate] as? Date
        written[file.path] = Written(document: document, watermark: watermark, maximumPages: maximumPages, file: file, modified: modified)
    }

    /// The fonts' and libraries' fingerprint, for layout stores (worked out once).
    lazy var fingerprint = LayoutStore.fingerprint(fonts: fonts)

    /// Uses the layouts kept for `plan` in `directory` (nil: none), opening its store unless it is open.
    func useLayoutStore(directory: String?, planID: String) {
        guard let directory else { paragraphs.store = nil; return }
        if paragraphs.store?.path == LayoutStore.path(directory: directory, planID: planID) { return }
        paragraphs.store = LayoutStore(directory: directory, planID: planID, fingerprint: fingerprint)
    }

    /// Writes the layouts used and made back to the store; a problem is a warning (the store is a cache).
    func saveLayouts() {
        if ProcessInfo.processInfo.environment["PLANPRESS_LAYOUT_CACHE_REPORT"] != nil, let store = paragraphs.store {
            FileHandle.standardError.write(Data("layout cache \(store.path): \(store.hits) paragraphs from the cache, \(paragraphs.takenFromShared) from another thread, \(paragraphs.setByPango) set by Pango\n".utf8))
        }
        if let problem = paragraphs.store?.save() {
            FileHandle.standardError.write(Data("warning: layout cache not saved: \(problem)\n".utf8))
        }
    }

    /// Paragraphs laid out so far, and how many lookups found one.
    public var cachedParagraphs: (hits: Int, misses: Int, kept: Int) { (paragraphs.hits, paragraphs.misses, paragraphs.count) }
}

/// Where `planpress` keeps paragraph layouts between runs (`LayoutStore`).
public enum LayoutCache {
    /// `$PLANPRESS_LAYOUT_CACHE` when set (empty or `off`: none), else `$XDG_CACHE_HOME/planpress`,
    /// else `~/.cache/planpress`.
    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let chosen = environment["PLANPRESS_LAYOUT_CACHE"] {
            return chosen.isEmpty || chosen.lowercased() == "off" ? nil : chosen
        }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/planpress" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.cache/planpress"
    }
}
