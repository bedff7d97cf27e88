import PlanModel
import Typesetting

/// The status of a project as a form shows it: one check box per status, the project's ticked. Boxes
/// and ticks are drawn (rectangles and lines), so no font needs ☐ or ☑.
///
/// Measures (from the layout): `status_column_width` (a share of the text block: 50% gives two
/// columns), `status_row_height`, `check_box_size`, `check_box_top` (from a row's top to its box),
/// `check_box_gap` (box to label), `check_box_stroke`, `check_tick_width`. Style `status_label` sets the
/// labels; the ticked one is bold.
enum StatusBoxes {
    static let measures = ["status_column_width", "status_row_height", "check_box_size", "check_box_top",
                           "check_box_gap", "check_box_stroke", "check_tick_width"]
    static let styles = ["status_label"]

    static func figure(checked: ProgressStatus?, statuses: [ProgressStatus], layout: DocumentLayout,
                       names: ProtectedNames, width: Double) -> Figure {
        let columnWidth = max(layout.measure("status_column_width", reference: width), 1)
        let columns = max(1, Int((width + 0.5) / columnWidth))
        let rowHeight = layout.measure("status_row_height")
        let size = layout.measure("check_box_size")
        let boxTop = layout.measure("check_box_top")
        let gap = layout.measure("check_box_gap")
        let stroke = layout.measure("check_box_stroke")
        let tick = layout.measure("check_tick_width")
        var elements: [Figure.Element] = []
        for (index, status) in statuses.enumerated() {
            let x = Double(index % columns) * columnWidth
            let y = Double(index / columns) * rowHeight
            elements.append(.rectangle(x: x, y: y + boxTop, width: size, height: size, fill: nil, stroke: stroke))
            var label = names.paragraph(status.thaiName, style: layout.style("status_label"))
            if status == checked {
                // A tick: down to the lower third, then up past the box's top right corner.
                let left = (x + size * 0.18, y + boxTop + size * 0.52)
                let bottom = (x + size * 0.42, y + boxTop + size * 0.80)
                let top = (x + size * 0.92, y + boxTop - size * 0.08)
                elements.append(.line(x1: left.0, y1: left.1, x2: bottom.0, y2: bottom.1, width: tick))
                elements.append(.line(x1: bottom.0, y1: bottom.1, x2: top.0, y2: top.1, width: tick))
                label.boldRanges = [0..<label.text.utf8.count]
            }
            elements.append(.text(label, x: x + size + gap, y: y, width: max(columnWidth - size - gap, 12)))
        }
        let rows = (statuses.count + columns - 1) / columns
        return Figure(height: Double(rows) * rowHeight, elements: elements)
    }
}
