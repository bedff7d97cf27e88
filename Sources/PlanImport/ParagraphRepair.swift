/// Paragraph breaks the extraction put inside a sentence (a page or cell break), recognized by their shape only:
/// a paragraph ending in จำนวน ("a number of"), or a paragraph that is only a count ("๑ ฉบับ", "จำนวน ๗ โครงการ").
/// Such a break is removed (the two parts joined with a space) and noted in the report; no text is changed.
enum ParagraphRepair {
    private static let countOnly = Pattern("^(?:จำนวน\\s*)?[0-9๐-๙][0-9๐-๙,]*\\s+[^\\s0-9๐-๙]+$")

    static func continuesPrevious(_ text: String) -> Bool { countOnly.matches(text) }
    static func continuesIntoNext(_ text: String) -> Bool { text.hasSuffix("จำนวน") }

    /// Joins broken paragraphs of prose given as (text, lines).
    static func joinBrokenParagraphs(_ paragraphs: [(text: String, lines: [Int])], ledger: LineLedger) -> [(text: String, lines: [Int])] {
        var result: [(text: String, lines: [Int])] = []
        for p in paragraphs {
            if let last = result.last, continuesIntoNext(last.text) || continuesPrevious(p.text) {
                result[result.count - 1] = (last.text + " " + p.text, last.lines + p.lines)
                ledger.note(p.lines.first ?? 0, "joined to the paragraph above (a break inside a sentence)")
            } else {
                result.append(p)
            }
        }
        return result
    }

    /// The same for source paragraphs (list items keep their own paragraph; a continuation's bullet is ignored).
    static func joinBrokenParagraphs(_ paragraphs: [Paragraph], ledger: LineLedger) -> [Paragraph] {
        var result: [Paragraph] = []
        for p in paragraphs {
            if let last = result.last, continuesIntoNext(last.text) || (continuesPrevious(p.text) && !p.bullet) {
                var joined = last
                joined.raw += "\n" + p.raw
                joined.lines += p.lines
                result[result.count - 1] = joined
                ledger.note(p.firstLine, "joined to the paragraph above (a break inside a sentence)")
            } else {
                result.append(p)
            }
        }
        return result
    }
}
