import PlanModel
import ThaiText
import Typesetting

/// The official announcement (ประกาศ) adopting the plan, laid out as the Regulation on Correspondence
/// describes: emblem, heading, subject, short rule, body, closing formula, date, signature block.
public enum AnnouncementDocument {
    public static let layoutName = "announcement"

    public static let requirements = LayoutRequirements(
        styles: ["heading", "subject", "body", "closing", "date", "signature_name", "signature_position"],
        measures: ["emblem_top", "emblem_height", "emblem_space_after", "rule_width", "rule_thickness",
                   "rule_space_before", "rule_space_after", "signature_space"])

    public static func compose(_ plan: Plan, layout: DocumentLayout, resources: CompositionResources) -> ComposedDocument {
        let a = plan.announcement
        let width = layout.page.textWidth
        var blocks: [Block] = []
        blocks.append(.image(ImageBlock(path: resources.emblemPath, height: layout.measure("emblem_height"),
                                        alignment: .center, top: layout.measure("emblem_top"),
                                        spaceAfter: layout.measure("emblem_space_after"))))
        let heading = "ประกาศ" + plan.organization.name
        blocks.append(.paragraph(resources.names.paragraph(heading, style: layout.style("heading"))))
        blocks.append(.paragraph(resources.names.paragraph("เรื่อง " + a.subject, style: layout.style("subject"))))
        blocks.append(.space(layout.measure("rule_space_before")))
        blocks.append(.rule(width: layout.measure("rule_width", reference: width),
                            thickness: layout.measure("rule_thickness"), alignment: .center))
        blocks.append(.space(layout.measure("rule_space_after")))
        for paragraph in a.body {
            blocks.append(.paragraph(resources.names.paragraph(paragraph, style: layout.style("body"))))
        }
        blocks.append(.paragraph(resources.names.paragraph(a.closing, style: layout.style("closing"))))
        let dateLine = "ประกาศ ณ วันที่ " + ThaiFormat.longDateWithEra(a.date)
        blocks.append(.keepTogether([
            .paragraph(resources.names.paragraph(dateLine, style: layout.style("date"))),
            .space(layout.measure("signature_space")),
            .paragraph(resources.names.paragraph("(" + a.signer.name + ")", style: layout.style("signature_name"))),
            .paragraph(resources.names.paragraph(a.signer.position, style: layout.style("signature_position"))),
        ]))
        return ComposedDocument(
            blocks: blocks,
            title: heading + " เรื่อง " + a.subject,
            subject: plan.title + " " + plan.periodText,
            keywords: ["ประกาศ", "แผนปฏิบัติการป้องกันการทุจริต", plan.organization.name],
            author: plan.organization.name,
            date: a.date)
    }
}
