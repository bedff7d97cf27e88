import Composition
import DataFiles
import Foundation
import Graphics
import PDFExport
import PlanModel
import ThaiText
import Typesetting

/// A PDF PlanPress wrote, with what a user wants to know about it.
public struct RenderedFile: Sendable {
    public let path: String
    public let pages: Int
    public let bytes: Int
    /// Left as it was: a watching render found its document composed the same as when it was written.
    public var unchanged = false
    public init(path: String, pages: Int, bytes: Int) { self.path = path; self.pages = pages; self.bytes = bytes }

    /// The line `planpress render` prints for the file.
    public var summary: String { "\(path)  \(pages) page\(pages == 1 ? "" : "s"), \(bytes) bytes" }
}

/// The document kinds PlanPress renders.
public enum DocumentKind: String, CaseIterable, Sendable {
    case announcement
    case budget
    case projects
    case book
    case progress

    /// The layout files documents of this kind are set with: name and what it must provide.
    var layouts: [(name: String, requirements: LayoutRequirements)] {
        switch self {
        case .announcement: [(AnnouncementDocument.layoutName, AnnouncementDocument.requirements)]
        case .budget: [(BudgetTableDocument.layoutName, BudgetTableDocument.requirements)]
        case .projects: [(ProjectSheetDocument.layoutName, ProjectSheetDocument.requirements)]
        case .book: [(PlanBookDocument.layoutName, PlanBookDocument.requirements)]
            + DocumentKind.announcement.layouts + DocumentKind.budget.layouts + DocumentKind.projects.layouts
        case .progress: [(ProgressSheetDocument.layoutName, ProgressSheetDocument.requirements),
                         (DivisionProgressDocument.layoutName, DivisionProgressDocument.requirements),
                         (OrganizationProgressDocument.layoutName, OrganizationProgressDocument.requirements)]
        }
    }
}

/// Which progress reports to render: a round (all rounds the plan has records for when nil), and
/// optionally only one division's or one project's report.
public struct ProgressSelection: Sendable {
    public var fiscalYear: Int?
    public var round: ReportingRound?
    public var division: String?
    public var project: Int?
    public init(fiscalYear: Int? = nil, round: ReportingRound? = nil, division: String? = nil, project: Int? = nil) {
        self.fiscalYear = fiscalYear; self.round = round; self.division = division; self.project = project
    }
}

/// Runs the pipeline for one plan: dataset → model → composition → typesetting → PDF.
public final class Renderer {
    public let home: ProjectHome
    public let plan: Plan
    public let outputDirectory: String
    /// The fonts and the paragraphs laid out by any document rendered with them, reused by the others.
    public let session: RenderSession
    private var fonts: FontSystem { session.fonts }
    private var paragraphs: ParagraphCache { session.paragraphs }
    /// The most pages one document may have (a runaway document stops with an error).
    public var maximumPages = 2_000
    /// Set when several threads render one plan's sheets: this renderer renders the sheets it claims.
    public var sheetClaims: DocumentClaims?
    /// Set when several threads render one plan's progress reports: this renderer renders those it claims.
    public var progressClaims: DocumentClaims?
    /// Leave a PDF the session wrote before as it is when its document is composed the same again
    /// (`render --watch`: only what a change touched is written).
    public var reuseWrittenFiles = false
    /// Render sessions (opened while the book is composed) whose threads typeset the book beside this
    /// renderer's: each sets whole parts and sheets of it (`Typesetter.helpers`); each is prepared (its
    /// layout cache, the render's shared layouts) before it helps.
    var bookHelpers: (sessions: RenderSession.OpeningSessions, prepare: (RenderSession) -> Void)?
    /// Where finished PDFs are handed to be flushed to the disk and put in place while rendering goes on;
    /// nil (and with `reuseWrittenFiles`): each is in place when `render` returns. Whoever sets it calls its
    /// `finish()` before the files are used.
    var fileCommits: FileCommits?
    /// The progress rounds the render's threads share (each read once); nil: this renderer reads its own.
    var loadedRounds: LoadedRounds?

    /// The most pixels an embedded image may have; a larger one is refused before it is decoded.
    public static var maximumImagePixels: Int {
        get { RasterImage.maximumPixels }
        set { RasterImage.maximumPixels = newValue }
    }
    /// Names no line may break inside: the dataset's own plus the shipped and per-plan word lists.
    public let names: ProtectedNames

    /// Loads the plan (the embedded default when `planDirectory` is nil) and the fonts.
    public convenience init(home: ProjectHome, planDirectory: String?, outputDirectory: String?) throws {
        try self.init(home: home, plan: Self.loadPlan(home: home, planDirectory: planDirectory), outputDirectory: outputDirectory)
    }

    /// Loads and validates a plan: a plan that contradicts itself is never printed.
    public static func loadPlan(home: ProjectHome, planDirectory: String?) throws -> Plan {
        let directory = try planDirectory ?? home.defaultPlanDirectory()
        let plan: Plan
        do {
            plan = try PlanLoader.load(directory: directory)
        } catch {
            throw PlanPressError.badInput([error])
        }
        let findings = PlanValidator.validate(plan)
        if findings.contains(where: { $0.severity == .error }) {
            throw PlanPressError.badInput(findings.filter { $0.severity == .error })
        }
        return plan
    }

    /// A renderer of an already loaded plan, with fonts of its own (one per rendering task), or those of
    /// `session` and the paragraphs it laid out before.
    /// - Parameter names: the plan's protected names (`protectedNames(home:plan:)`), when made already.
    public init(home: ProjectHome, plan: Plan, outputDirectory: String?, session: RenderSession? = nil, names: ProtectedNames? = nil) throws {
        self.home = home
        self.plan = plan
        self.outputDirectory = outputDirectory ?? (home.outputDirectory + "/" + plan.id)
        self.names = try names ?? Self.protectedNames(home: home, plan: plan)
        self.session = try session ?? RenderSession(home: home)
    }

    /// The names no line of `plan` may break inside: the dataset's own, and the shipped and per-plan word lists.
    public static func protectedNames(home: ProjectHome, plan: Plan) throws -> ProtectedNames {
        ProtectedNames(plan: plan, wordLists: try readWordList(home.layoutsDirectory + "/protected-names.txt")
                        + readWordList(home.layoutsDirectory + "/thai-compounds.txt")
                        + readWordList(plan.directory + "/protected-names.txt"))
    }

    /// Renders one kind of document into the output folder.
    /// - Parameters:
    ///   - project: with `.projects`, only this project's sheet (by its number).
    ///   - progress: with `.progress`, which rounds and reports.
    @discardableResult
    public func render(_ kind: DocumentKind, project: Int? = nil, progress: ProgressSelection = ProgressSelection()) throws -> [RenderedFile] {
        switch kind {
        case .progress:
            return try renderProgress(progress)
        case .announcement:
            let layout = try loadLayout(AnnouncementDocument.layoutName, AnnouncementDocument.requirements)
            let resources = CompositionResources(emblemPath: try resolveEmblem(), names: names)
            let document = AnnouncementDocument.compose(plan, layout: layout, resources: resources)
            return [try write(document, layout: layout, name: "announcement.pdf")]
        case .budget:
            let layout = try loadLayout(BudgetTableDocument.layoutName, BudgetTableDocument.requirements)
            let resources = CompositionResources(emblemPath: nil, names: names)
            let document = try compose { try BudgetTableDocument.compose(plan, layout: layout, resources: resources) }
            return [try write(document, layout: layout, name: "budget-table.pdf")]
        case .book:
            return [try renderBook()]
        case .projects:
            let (layout, compose) = try projectSheets()
            var projects = plan.projects
            if let project {
                projects = projects.filter { $0.number == project }
                guard !projects.isEmpty else {
                    throw PlanPressError.usage("the plan has no project \(project); its projects are numbered 1 to \(plan.projects.count)")
                }
            }
            let digits = max(2, String(plan.projects.count).count)
            func sheet(_ p: Project) throws -> RenderedFile {
                let name = "projects/project-" + String(repeating: "0", count: max(0, digits - String(p.number).count)) + "\(p.number).pdf"
                return try write(compose(p), layout: layout, name: name)
            }
            guard let claims = sheetClaims, project == nil else { return try projects.map(sheet) }
            return try claims.claimed(projects, sheet)
        }
    }

    /// The project sheets' layout, and how a project's sheet is composed with it.
    private func projectSheets() throws -> (layout: DocumentLayout, compose: (Project) -> ComposedDocument) {
        let layout = try loadLayout(ProjectSheetDocument.layoutName, ProjectSheetDocument.requirements)
        let resources = CompositionResources(emblemPath: nil, names: names)
        return (layout, { [plan] in ProjectSheetDocument.compose($0, plan: plan, layout: layout, resources: resources) })
    }

    /// A word list's names, one a line (`#` starts a comment). A missing list is empty; one that is not
    /// a regular file or not UTF-8 text is an error naming it.
    static func readWordList(_ path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        let type = (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) ?? nil
        guard !isDirectory.boolValue, type == .typeRegular || type == .typeSymbolicLink else {
            throw PlanPressError.badInput([.error(SourceLocation(file: path), "not a regular file; a word list is a text file with one name a line")])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PlanPressError.badInput([.error(SourceLocation(file: path), "cannot read the word list (check its permissions)")])
        }
        guard String(validating: data, as: UTF8.self) != nil else {
            throw PlanPressError.badInput([.error(SourceLocation(file: path), "the word list is not valid UTF-8 text; save it as UTF-8")])
        }
        // Split at the line ends' bytes (`LineEnds`), not by Character, which breaks every Thai line into graphemes.
        let bytes = [UInt8](data)
        var lines: [String] = []
        // A byte-order mark (as Windows Notepad saves UTF-8) is not part of the first name.
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0, i = start
        func endLine(at end: Int, next: Int) {
            let line = String(decoding: bytes[start..<end], as: UTF8.self).trimmingSpaces()
            if !line.isEmpty && !line.hasPrefix("#") { lines.append(line) }
            start = next
        }
        while i < bytes.count {
            let length = LineEnds.length(in: bytes, at: i)
            if length > 0 { endLine(at: i, next: i + length) }
            i += max(length, 1)
        }
        endLine(at: bytes.count, next: bytes.count)
        return lines
    }

    /// Lays the book out until the page numbers its contents show are the ones it gets (the contents'
    /// own length can move them), then writes it with its bookmarks.
    func renderBook() throws -> RenderedFile {
        // Every project sheet starts a page of its own: a plan with more projects than the page limit cannot
        // fit, which is known before anything is laid out.
        if plan.projects.count > maximumPages {
            throw PlanPressError.failed("the plan book would have more than \(maximumPages) pages (\(plan.projects.count) projects, each starting a page); render the project sheets alone, or raise the limit (--max-pages)")
        }
        let layouts = BookLayouts(
            book: try loadLayout(PlanBookDocument.layoutName, PlanBookDocument.requirements),
            announcement: try loadLayout(AnnouncementDocument.layoutName, AnnouncementDocument.requirements),
            budgetTable: try loadLayout(BudgetTableDocument.layoutName, BudgetTableDocument.requirements),
            projectSheet: try loadLayout(ProjectSheetDocument.layoutName, ProjectSheetDocument.requirements))
        let resources = CompositionResources(emblemPath: try resolveEmblem(), names: names)
        let path = outputDirectory + "/plan-book.pdf"
        if reuseWrittenFiles, let settled = session.bookLabels[path] {
            // Composed with the page labels it settled on last time, an unchanged book is the same document.
            let (document, _) = try compose { try PlanBookDocument.compose(plan, layouts: layouts, resources: resources, labels: settled) }
            if let file = session.unchanged(document, watermark: nil, maximumPages: maximumPages, path: path) { return file }
        }
        var labels: [String: String] = [:]
        var helpers: [RenderSession]?
        // All but the contents, once for every layout; the sheets on the helper's thread too, which is free
        // while the book is composed.
        let parts = try compose { try PlanBookDocument.parts(plan, layouts: layouts, resources: resources,
                                                             threads: bookHelpers == nil ? 1 : 2) }
        for _ in 0..<5 {
            let (document, outline) = PlanBookDocument.compose(parts, labels: labels)
            if helpers == nil, let bookHelpers {
                helpers = try bookHelpers.sessions.sessions()
                helpers?.forEach(bookHelpers.prepare)
            }
            let typeset = try typeset(document, layout: layouts.book, helpers: helpers ?? [])
            var found: [String: String] = [:]
            for (anchor, position) in typeset.anchors { found[anchor] = typeset.pages[position.page].label ?? "" }
            if found == labels {
                func entries(_ nodes: [BookOutline]) -> [OutlineEntry] {
                    nodes.compactMap { node in
                        guard let position = typeset.anchors[node.anchor] else { return nil }
                        return OutlineEntry(title: node.title, page: position.page + 1, y: position.y, children: entries(node.children))
                    }
                }
                // The helpers' threads write pieces of it too.
                let file = try write(typeset, document: document, outline: entries(outline), name: "plan-book.pdf",
                                     threads: 1 + (helpers?.count ?? 0))
                if reuseWrittenFiles {
                    session.remember(document, watermark: nil, maximumPages: maximumPages, file: file)
                    session.bookLabels[path] = labels
                }
                return file
            }
            labels = found
        }
        throw PlanPressError.failed("the book's page numbers did not settle after five layouts")
    }

    func compose<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as CompositionError {
            throw PlanPressError.failed(error.description)
        }
    }

    func loadLayout(_ name: String, _ requirements: LayoutRequirements) throws -> DocumentLayout {
        do {
            return try home.loadLayout(name, requirements)
        } catch {
            throw PlanPressError.badInput([error])
        }
    }

    func resolveEmblem() throws -> String? {
        guard let emblem = plan.organization.emblem else { return nil }
        do {
            return try PlanFiles.resolve(emblem, in: plan, field: "organization.emblem")
        } catch {
            throw PlanPressError.badInput([error])
        }
    }

    /// - Parameter helpers: sessions whose threads typeset parts of the document beside this one.
    func typeset(_ document: ComposedDocument, layout: DocumentLayout, watermark: Watermark? = nil,
                 helpers: [RenderSession] = []) throws -> TypesetDocument {
        do {
            let typesetter = Typesetter(fonts: fonts, layout: layout, cache: paragraphs)
            typesetter.watermark = watermark
            typesetter.maximumPages = maximumPages
            typesetter.helpers = helpers.map { helper in
                let other = Typesetter(fonts: helper.fonts, layout: layout, cache: helper.paragraphs)
                other.maximumPages = maximumPages
                return other
            }
            return try typesetter.typeset(document.blocks)
        } catch let error as TypesettingError {
            throw PlanPressError.failed(error.description)
        }
    }

    func write(_ document: ComposedDocument, layout: DocumentLayout, name: String, watermark: Watermark? = nil) throws -> RenderedFile {
        let path = outputDirectory + "/" + name
        if reuseWrittenFiles, let file = session.unchanged(document, watermark: watermark, maximumPages: maximumPages, path: path) {
            return file
        }
        let file = try write(typeset(document, layout: layout, watermark: watermark), document: document, outline: [], name: name)
        if reuseWrittenFiles { session.remember(document, watermark: watermark, maximumPages: maximumPages, file: file) }
        return file
    }

    /// - Parameter threads: how many threads may write the pieces of a long document.
    func write(_ typeset: TypesetDocument, document: ComposedDocument, outline: [OutlineEntry], name: String,
               threads: Int = 1) throws -> RenderedFile {
        let path = outputDirectory + "/" + name
        try createDirectory(URL(fileURLWithPath: path).deletingLastPathComponent().path)
        let d = document.date
        let metadata = PDFMetadata(
            title: document.title, author: document.author, subject: document.subject,
            keywords: document.keywords.joined(separator: ", "), creator: "PlanPress",
            creationDate: String(format: "%04d-%02d-%02dT00:00:00", d.year, d.month, d.day))
        do {
            // A watching render remembers each file's modification date as soon as it is written
            // (`RenderSession.remember`), so its files are put in place here, not handed over.
            let bytes = try PDFWriter.write(typeset, metadata: metadata, outline: outline, language: "th", threads: threads,
                                            commits: reuseWrittenFiles ? nil : fileCommits, to: path)
            return RenderedFile(path: path, pages: typeset.pages.count, bytes: bytes)
        } catch {
            throw PlanPressError.failed("\(error)")
        }
    }

    func createDirectory(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw PlanPressError.failed("cannot create the output folder \(path): \(error.localizedDescription)")
        }
    }
}
