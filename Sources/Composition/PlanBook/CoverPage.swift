import PlanModel
import Typesetting

/// The cover: the plan's title over several lines, its period, and the issuing office with its phone
/// and website.
enum CoverPage {
    static func blocks(_ plan: Plan, layout: DocumentLayout, names: ProtectedNames, emblemPath: String?) -> [Block] {
        func paragraph(_ text: String, _ style: String) -> Block { .paragraph(names.paragraph(text, style: layout.style(style))) }
        var blocks: [Block] = [.anchor("cover")]
        if let emblemPath {
            blocks.append(.image(ImageBlock(path: emblemPath, height: layout.measure("cover_emblem_height"), alignment: .center)))
        }
        blocks.append(.space(layout.measure("cover_top_space")))
        let cover = plan.cover
        let titleLines = cover?.titleLines ?? [plan.title, "ของ" + plan.organization.name]
        blocks += titleLines.map { paragraph($0, "cover_title") }
        blocks.append(paragraph(cover?.periodLine ?? plan.periodText, "cover_title"))
        blocks.append(.space(layout.measure("cover_office_space")))
        blocks += (cover?.officeLines ?? []).map { paragraph($0, "cover_office") }
        blocks.append(paragraph(plan.organization.name, "cover_office"))
        if let phone = plan.organization.phone { blocks.append(paragraph(layout.option("phone") + " " + phone, "cover_contact")) }
        if let website = plan.organization.website { blocks.append(paragraph(website, "cover_contact")) }
        return blocks
    }
}
