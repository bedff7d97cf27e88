import PlanModel
import ThaiText
import Typesetting

/// Numbered lists as official documents print them: the number at the list's indent, then the text.
/// With a hang (`list_hang` > 0) the text starts at a tab and wrapped lines stand under it; with none,
/// a space follows the number and wrapped lines return under the number — which keeps the number and
/// its text in one column for PDF readers (a number in a column of its own is read apart from its text). Level 1 is numbered by section (๓.๑, ๓.๒ …); deeper levels follow
/// the layout's formats (๑) ๒) …, then (๑) (๒) …).
struct ListBlocks {
    let layout: DocumentLayout
    let names: ProtectedNames
    /// The styles of levels 1, 2, 3 … (the last one serves deeper levels too).
    let styles: [String]
    /// Number formats per level; `{section}` and `{n}` are replaced.
    let formats: [String]
    /// The width of the number column (from the number's left edge to the text).
    let hang: Double

    /// The blocks of `items`, numbered under section `section` (nil: level 1 uses the level-2 format).
    func blocks(_ items: [ListItem], section: Int?, level: Int = 0) -> [Block] {
        var blocks: [Block] = []
        for (index, item) in items.enumerated() {
            let formatIndex = min(section == nil ? level + 1 : level, formats.count - 1)
            let label = Placeholders.fill(formats[formatIndex], ["section": section.map(ThaiFormat.number) ?? "",
                                                                 "n": ThaiFormat.number(index + 1)])
            let style = layout.style(styles[min(level, styles.count - 1)])
            let text = label + (hang > 0 ? "\t" : " ") + item.text
            var paragraph = names.paragraph(text, style: style)
            if hang > 0 { paragraph.tabStops = [hang] }
            blocks.append(.paragraph(paragraph))
            blocks += self.blocks(item.items, section: section, level: level + 1)
        }
        return blocks
    }
}
