import PlanModel
import ThaiText
import Typesetting

/// A bar chart of completion by dimension, drawn in vector: one bar per dimension, stacked by status
/// (completed at the bottom, then in progress, not started, cancelled and not reported), a value axis
/// counting projects with grid lines, the dimension under each bar, the share completed above it, and a
/// legend. Every colour, size and word comes from the layout:
///  - styles `bar_completed`, `bar_in_progress`, `bar_not_started`, `bar_cancelled`, `bar_not_reported`
///    and `chart_grid` give colours (only their `color` is used);
///  - styles `chart_axis_title`, `chart_label` (dimensions), `chart_value` (counts, shares, ticks), `chart_legend`;
///  - measures listed in `measures`; options `chart_axis_title`, `chart_bar_label`, `chart_dimension`.
enum CompletionChart {
    static let colourStyles = ["bar_completed", "bar_in_progress", "bar_not_started", "bar_cancelled", "bar_not_reported",
                               "chart_grid"]
    static let styles = ["chart_axis_title", "chart_label", "chart_value", "chart_tick", "chart_legend"] + colourStyles
    static let measures = ["chart_height", "chart_legend_width", "chart_axis_label_width", "chart_bar_width",
                           "chart_bar_stroke", "chart_axis_width", "chart_grid_width", "chart_line_height",
                           "chart_value_height", "chart_legend_box", "chart_legend_row", "chart_legend_gap"]
    static let options = ["chart_axis_title", "chart_bar_label", "chart_dimension", "not_reported"]

    /// The segments of a bar, bottom to top: the statuses, then not reported (nil).
    static let segments: [ProgressStatus?] = ProgressFigures.statusOrder.map { $0 } + [nil]

    static func colourStyle(_ status: ProgressStatus?) -> String {
        switch status {
        case .completed?: return "bar_completed"
        case .inProgress?: return "bar_in_progress"
        case .notStarted?: return "bar_not_started"
        case .cancelled?: return "bar_cancelled"
        case nil: return "bar_not_reported"
        }
    }

    /// The tick step: 1, 2 or 5 times a power of ten, so that at most five steps reach `maximum`.
    static func tickStep(for maximum: Int) -> Int {
        var power = 1
        while true {
            for factor in [1, 2, 5] where (maximum + factor * power - 1) / (factor * power) <= 5 {
                return factor * power
            }
            power *= 10
        }
    }

    static func figure(_ summary: ProgressSummary, layout: DocumentLayout, names: ProtectedNames, width: Double) -> Figure {
        let height = layout.measure("chart_height")
        let legendWidth = layout.measure("chart_legend_width", reference: width)
        let axisLabelWidth = layout.measure("chart_axis_label_width", reference: width)
        let lineHeight = layout.measure("chart_line_height")
        let valueHeight = layout.measure("chart_value_height")
        let stroke = layout.measure("chart_bar_stroke")
        let axisWidth = layout.measure("chart_axis_width")
        let gridWidth = layout.measure("chart_grid_width")
        func text(_ string: String, _ style: String, x: Double, y: Double, width: Double) -> Figure.Element {
            .text(names.paragraph(string, style: layout.style(style)), x: x, y: y, width: max(width, 12))
        }

        // The plot area: room above for the axis title and the labels over the bars, below for the names.
        let left = axisLabelWidth
        let right = width - legendWidth
        let top = 2 * lineHeight
        let bottom = height - lineHeight - valueHeight / 2
        let plotHeight = max(bottom - top, 1)
        let maximum = max(summary.rows.map(\.tally.projects).max() ?? 0, 1)
        let step = tickStep(for: maximum)
        let axisMaximum = (maximum + step - 1) / step * step
        func y(_ count: Int) -> Double { bottom - plotHeight * Double(count) / Double(axisMaximum) }

        var elements: [Figure.Element] = []
        elements.append(text(layout.option("chart_axis_title"), "chart_axis_title", x: 0, y: 0, width: right))
        // Grid lines and tick labels.
        let gridColour = layout.style("chart_grid").color
        for count in stride(from: 0, through: axisMaximum, by: step) {
            if count > 0 {
                elements.append(.rectangle(x: left, y: y(count) - gridWidth / 2, width: right - left, height: gridWidth,
                                           fill: gridColour, stroke: 0))
            }
            elements.append(text(ThaiFormat.number(count), "chart_tick", x: 0, y: y(count) - valueHeight / 2,
                                 width: left - valueHeight / 2))
        }
        /// The top of the label over a bar whose top is at `barTop`: right above the bar, or above the grid
        /// line that would run through it.
        func labelTop(above barTop: Double) -> Double {
            var bottom = barTop - 2
            for count in stride(from: step, through: axisMaximum, by: step) {
                let line = y(count)
                if line < bottom + gridWidth && line > bottom - valueHeight - gridWidth { bottom = line - gridWidth - 1 }
            }
            return bottom - valueHeight
        }
        // Bars.
        let slot = (right - left) / Double(max(summary.rows.count, 1))
        let barWidth = min(layout.measure("chart_bar_width", reference: width), slot * 0.6)
        for (index, row) in summary.rows.enumerated() {
            let x = left + slot * Double(index) + (slot - barWidth) / 2
            var below = 0
            for status in segments {
                let count = row.tally.count(status)
                guard count > 0 else { continue }
                let segmentTop = y(below + count), segmentBottom = y(below)
                elements.append(.rectangle(x: x, y: segmentTop, width: barWidth, height: segmentBottom - segmentTop,
                                           fill: layout.style(colourStyle(status)).color, stroke: stroke))
                if segmentBottom - segmentTop >= valueHeight {
                    elements.append(text(ThaiFormat.number(count), "chart_value", x: x,
                                         y: segmentTop + (segmentBottom - segmentTop - valueHeight) / 2, width: barWidth))
                }
                below += count
            }
            let share = ProgressText.percent(row.tally.completedShare, layout: layout)
            elements.append(text(Placeholders.fill(layout.option("chart_bar_label"), ["share": share]), "chart_value",
                                 x: left + slot * Double(index), y: labelTop(above: y(below)), width: slot))
            elements.append(text(Placeholders.fill(layout.option("chart_dimension"), ["n": ThaiFormat.number(row.dimension.number)]),
                                 "chart_label", x: left + slot * Double(index), y: bottom + valueHeight / 4, width: slot))
        }
        // Axes over the bars' edges.
        elements.append(.line(x1: left, y1: top - valueHeight / 2, x2: left, y2: bottom, width: axisWidth))
        elements.append(.line(x1: left, y1: bottom, x2: right, y2: bottom, width: axisWidth))
        // Legend.
        let box = layout.measure("chart_legend_box")
        let rowHeight = layout.measure("chart_legend_row")
        let gap = layout.measure("chart_legend_gap")
        for (index, status) in segments.enumerated() {
            let rowTop = top + Double(index) * rowHeight
            elements.append(.rectangle(x: right + gap, y: rowTop + (rowHeight - box) / 2, width: box, height: box,
                                       fill: layout.style(colourStyle(status)).color, stroke: stroke))
            elements.append(text(ProgressText.status(status, layout: layout), "chart_legend", x: right + gap + box + gap / 2,
                                 y: rowTop + (rowHeight - lineHeight) / 2, width: legendWidth - box - 1.5 * gap))
        }
        return Figure(height: height, elements: elements)
    }
}
