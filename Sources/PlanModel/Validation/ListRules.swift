/// Lists nest at most three levels: the documents number them ๓.๑, ๑), (๑) (in Part 1: ๑), (๑)), and a
/// deeper level would print with the same numbers and indent as its parent, so the reader could not
/// tell the levels apart. A deeper item is an error at its place (once per list).
enum ListRules {
    static let maximumDepth = 3

    static func check(_ f: inout Findings) {
        var reported = Set<String>()
        for field in f.textFields where field.role == .item {
            let depth = field.field.components(separatedBy: ".items[").count
            guard depth > maximumDepth else { continue }
            // The list of the first level too deep: `method[0].items[1].items[0].items`.
            let parent = field.field.components(separatedBy: ".items[").prefix(maximumDepth).joined(separator: ".items[") + ".items"
            guard reported.insert(field.file + "|" + parent).inserted else { continue }
            f.error(field.file, parent,
                    "the items nest \(depth) levels deep here; the documents number at most \(maximumDepth) levels (๓.๑, ๑), (๑)), so deeper items would print like their parents — move them up a level or join them into their parent's text")
        }
    }
}
