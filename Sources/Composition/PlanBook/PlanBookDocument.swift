import PlanModel
import ThaiText
import Typesetting

/// The complete plan book the secretariat prints for signature: the announcement, the cover, the
/// foreword, the contents, Part 1, Part 2 (landscape pages inside the portrait book), Part 3 (every
/// project from a new page) and the closing notice. Front matter is paged with Thai letters, the body
/// from ๑; the contents show the real page numbers, so the book is composed again with the numbers the
/// previous layout gave until they no longer change.
public enum PlanBookDocument {
    public static let layoutName = "plan-book"

    public static let requirements = LayoutRequirements(
        styles: ["cover_title", "cover_office", "cover_contact", "title", "body", "signature", "contents_1",
                 "contents_2", "contents_3", "contents_page", "contents_page_header", "part_title", "section_heading",
                 "list_1", "list_2", "risk_header", "risk_number", "risk_cell", "risk_level", "closing"],
        measures: ["cover_emblem_height", "cover_top_space", "cover_office_space", "signature_space", "contents_page_column",
                   "contents_padding_x", "contents_padding_y", "list_hang", "risk_column_number", "risk_column_score",
                   "border_width", "cell_padding_x", "cell_padding_y"],
        options: ["phone", "foreword_title", "contents_title", "page", "part1_title", "part1_subtitle", "part1_risk",
                  "part1_rationale", "part1_objectives", "part1_goals", "part1_benefits", "list_format", "list_format_2",
                  "risk_header_number", "risk_header_step", "risk_header_risk", "risk_header_score", "risk_header_control",
                  "part3_title", "closing_title", "announcement_contents",
                  "cover_contents"])

    /// The book's blocks and bookmarks. `labels` are the page labels of anchors from the previous layout
    /// (empty the first time).
    public static func compose(_ plan: Plan, layouts: BookLayouts, resources: CompositionResources,
                               labels: [String: String]) throws -> (document: ComposedDocument, outline: [BookOutline]) {
        compose(try parts(plan, layouts: layouts, resources: resources), labels: labels)
    }

    /// Everything of the book but its contents, which alone change with the page labels: composed once
    /// for all the layouts the book takes to settle.
    public struct Parts {
        let front: [Block]
        let body: [Block]
        let entries: [ContentsEntry]
        let frontOutline: [BookOutline]
        let bodyOutline: [BookOutline]
        let layout: DocumentLayout
        let names: ProtectedNames
        let title: String, subject: String, author: String, keywords: [String]
        let date: ThaiDate
    }

    /// The book with its contents showing `labels`.
    public static func compose(_ parts: Parts, labels: [String: String]) -> (document: ComposedDocument, outline: [BookOutline]) {
        var blocks = parts.front
        blocks += ContentsPages.blocks(parts.entries, labels: labels, layout: parts.layout, names: parts.names)
        blocks.append(.pageBreak(parts.layout.page))
        blocks += parts.body
        let outline = parts.frontOutline + [BookOutline(title: parts.layout.option("contents_title"), anchor: "contents")]
            + parts.bodyOutline
        let document = ComposedDocument(blocks: blocks, title: parts.title, subject: parts.subject, keywords: parts.keywords,
                                        author: parts.author, date: parts.date)
        return (document, outline)
    }

    /// - Parameter threads: how many threads may compose the project sheets (the calling one included).
    public static func parts(_ plan: Plan, layouts: BookLayouts, resources: CompositionResources, threads: Int = 1) throws -> Parts {
        let book = layouts.book
        let names = resources.names
        func paragraph(_ text: String, _ style: String) -> Block { .paragraph(names.paragraph(text, style: book.style(style))) }
        let portrait = book.page

        var entries: [ContentsEntry] = []
        var outline: [BookOutline] = []

        // Front matter.
        var blocks: [Block] = [.pageNumbering(PageNumbering(style: .none)), .anchor("announcement")]
        blocks += AnnouncementDocument.compose(plan, layout: layouts.announcement, resources: resources).blocks
        outline.append(BookOutline(title: book.option("announcement_contents"), anchor: "announcement"))
        blocks.append(.pageBreak(portrait))
        blocks += CoverPage.blocks(plan, layout: book, names: names, emblemPath: resources.emblemPath)
        outline.append(BookOutline(title: book.option("cover_contents"), anchor: "cover"))

        blocks.append(.pageBreak(portrait))
        blocks.append(.pageNumbering(PageNumbering(style: .thaiLetters, startAt: 1, printFrom: 1)))
        if let foreword = plan.foreword {
            blocks += ForewordPages.blocks(foreword, layout: book, names: names)
            entries.append(ContentsEntry(level: 1, title: book.option("foreword_title"), anchor: "foreword"))
            outline.append(BookOutline(title: book.option("foreword_title"), anchor: "foreword"))
            blocks.append(.pageBreak(portrait))
        }

        // The contents list what follows them.
        var bodyOutline: [BookOutline] = []
        var body: [Block] = [.pageNumbering(PageNumbering(style: .thaiDigits, startAt: 1, printFrom: 1))]
        if let part1 = plan.part1 {
            body += Part1Introduction.blocks(part1, layout: book, names: names)
            let title = book.option("part1_title") + " " + book.option("part1_subtitle")
            entries.append(ContentsEntry(level: 1, title: title, anchor: "part1"))
            var children: [BookOutline] = []
            for (i, section) in Part1Introduction.sections.enumerated() {
                let sectionTitle = Part1Introduction.sectionTitle(i, layout: book)
                entries.append(ContentsEntry(level: 2, title: sectionTitle, anchor: section.0))
                children.append(BookOutline(title: sectionTitle, anchor: section.0))
            }
            bodyOutline.append(BookOutline(title: title, anchor: "part1", children: children))
        }

        body.append(.pageBreak(layouts.budgetTable.page))
        body.append(.anchor("part2"))
        body += try BudgetTableDocument.compose(plan, layout: layouts.budgetTable, resources: resources).blocks
        let part2Title = BudgetTableDocument.heading(plan, layout: layouts.budgetTable)
        entries.append(ContentsEntry(level: 1, title: part2Title, anchor: "part2"))
        bodyOutline.append(BookOutline(title: part2Title, anchor: "part2"))

        body.append(.pageBreak(portrait))
        body.append(.anchor("part3"))
        body.append(paragraph(book.option("part3_title"), "part_title"))
        entries.append(ContentsEntry(level: 1, title: book.option("part3_title"), anchor: "part3"))
        var dimensionOutlines: [BookOutline] = []
        let projects = plan.projects.sorted { $0.number < $1.number }
        // The sheets, composed on the threads given (finding their protected names is most of composing a book).
        let sheets = WorkerThreads.map(projects.count, workers: threads) { index, _ in
            ProjectSheetDocument.blocks(projects[index], plan: plan, layout: layouts.projectSheet, names: names)
        }.map { try! $0.get() }   // composing a sheet throws nothing
        var first = true
        for dimension in plan.dimensions {
            let members = projects.indices.filter { projects[$0].mission.dimension == dimension.number }
            guard !members.isEmpty else { continue }
            let dimensionAnchor = "dimension-\(dimension.number)"
            let dimensionTitle = "\(layouts.projectSheet.option("dimension")) \(ThaiFormat.number(dimension.number)) \(dimension.title)"
            entries.append(ContentsEntry(level: 2, title: dimensionTitle, anchor: dimensionAnchor))
            var projectOutlines: [BookOutline] = []
            for (index, member) in members.enumerated() {
                let project = projects[member]
                if !first { body.append(.pageBreak(portrait)) }
                first = false
                if index == 0 { body.append(.anchor(dimensionAnchor)) }
                body += sheets[member]
                let title = "\(ThaiFormat.number(project.number)). \(project.name)"
                entries.append(ContentsEntry(level: 3, title: title, anchor: ProjectSheetDocument.anchor(project)))
                projectOutlines.append(BookOutline(title: title, anchor: ProjectSheetDocument.anchor(project)))
            }
            dimensionOutlines.append(BookOutline(title: dimensionTitle, anchor: dimensionAnchor, children: projectOutlines))
        }
        bodyOutline.append(BookOutline(title: book.option("part3_title"), anchor: "part3", children: dimensionOutlines))

        if !plan.closingNotice.isEmpty {
            body.append(.pageBreak(portrait))
            body.append(.anchor("closing"))
            body.append(paragraph(book.option("closing_title"), "title"))
            body += plan.closingNotice.map { paragraph($0, "closing") }
            entries.append(ContentsEntry(level: 1, title: book.option("closing_title"), anchor: "closing"))
            bodyOutline.append(BookOutline(title: book.option("closing_title"), anchor: "closing"))
        }

        return Parts(front: blocks, body: body, entries: entries, frontOutline: outline, bodyOutline: bodyOutline,
                     layout: book, names: names,
                     title: plan.title + " ของ" + plan.organization.name + " (\(plan.periodText))", subject: plan.title,
                     author: plan.organization.name,
                     keywords: ["แผนปฏิบัติการป้องกันการทุจริต", "คุณธรรมและความโปร่งใส", plan.organization.name],
                     date: plan.announcement.date)
    }

    /// Anchors the contents show, for checking that every entry found its page.
    public static func contentsAnchors(_ outline: [BookOutline]) -> [String] {
        outline.flatMap { [$0.anchor] + contentsAnchors($0.children) }
    }
}
