import PlanModel
import Typesetting

/// คำนำ: the foreword and who signs it.
enum ForewordPages {
    static func blocks(_ foreword: Foreword, layout: DocumentLayout, names: ProtectedNames) -> [Block] {
        func paragraph(_ text: String, _ style: String) -> Block { .paragraph(names.paragraph(text, style: layout.style(style))) }
        var blocks: [Block] = [.anchor("foreword"), paragraph(layout.option("foreword_title"), "title")]
        blocks += foreword.paragraphs.map { paragraph($0, "body") }
        if !foreword.signedBy.isEmpty {
            blocks.append(.keepTogether([.space(layout.measure("signature_space"))] + foreword.signedBy.map { paragraph($0, "signature") }))
        }
        return blocks
    }
}
