/// Draws a ``Chart`` as an inline SVG: horizontal bars, labels on the left (wrapped onto as many
/// lines as they need, never cut), numbers at the ends, a legend below. Fixed geometry and rounded
/// coordinates, so the same chart is the same bytes.
enum SVGChart {
    static let width = 700
    static let labelWidth = 250
    static let rowHeight = 26
    static let barHeight = 16
    static let top = 8
    /// The label column holds about this many characters of 12 px text on a line.
    static let labelCharacters = 36
    static let lineHeight = 14

    static func render(_ chart: Chart) -> String {
        // Room at the right for the value written after the longest bar.
        let longestValue = chart.rows.map { ($0.valueLabel ?? "0000").count }.max() ?? 4
        let barArea = width - labelWidth - 16 - longestValue * 7
        let labels = chart.rows.map { wrap($0.label, width: labelCharacters) }
        let heights = labels.map { max(rowHeight, $0.count * lineHeight + 12) }
        var legendTop = top + heights.reduce(0, +) + 10
        let firstLegendLine = legendTop
        let legend = legendPlaces(chart.series)
        let height = legendTop + 22 + (legend.last?.line ?? 0) * legendLineHeight
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"\(HTML.escape(chart.title))\">\n"
        let maximum = scale(for: chart)
        var rowTop = top
        for (index, row) in chart.rows.enumerated() {
            // The bar sits level with the middle of its label.
            let y = rowTop + (heights[index] - rowHeight) / 2
            let firstLine = y + 13 - (labels[index].count - 1) * lineHeight / 2
            rowTop += heights[index]
            svg += "<g><title>\(HTML.escape(row.label))</title>"
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(firstLine)\" text-anchor=\"end\" class=\"label\">"
            for (number, line) in labels[index].enumerated() {
                svg += "<tspan x=\"\(labelWidth - 8)\"\(number == 0 ? "" : " dy=\"\(lineHeight)\"")>\(HTML.escape(line))</tspan>"
            }
            svg += "</text>"
            var x = Double(labelWidth)
            for (series, value) in row.values.enumerated() where value > 0 {
                let segment = value / maximum * Double(barArea)
                svg += "<rect x=\"\(rounded(x))\" y=\"\(y)\" width=\"\(rounded(segment))\" height=\"\(barHeight)\" fill=\"\(color(chart.tones, series))\"/>"
                if chart.style == .stacked && segment >= 18 {
                    svg += "<text x=\"\(rounded(x + segment / 2))\" y=\"\(y + 12)\" text-anchor=\"middle\" class=\"inside\">\(number(value))</text>"
                }
                x += segment
            }
            let total = chart.style == .stacked ? row.values.reduce(0, +) : (row.values.first ?? 0)
            let valueText = row.valueLabel ?? number(total) + (chart.unit.isEmpty ? "" : " " + chart.unit)
            var textX = x
            if let target = row.target {
                let targetX = Double(labelWidth) + target / maximum * Double(barArea)
                svg += "<line x1=\"\(rounded(targetX))\" y1=\"\(y - 3)\" x2=\"\(rounded(targetX))\" y2=\"\(y + barHeight + 3)\" class=\"target\"/>"
                textX = max(textX, targetX)
            }
            svg += "<text x=\"\(rounded(textX + 6))\" y=\"\(y + 13)\" class=\"value\">\(HTML.escape(valueText))</text>"
            svg += "</g>\n"
        }
        if let marker = chart.marker {
            let markerX = rounded(Double(labelWidth) + marker / maximum * Double(barArea))
            svg += "<line x1=\"\(markerX)\" y1=\"\(top - 4)\" x2=\"\(markerX)\" y2=\"\(rowTop + 2)\" class=\"marker\" stroke=\"#1f2933\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>\n"
        }
        var legendX = labelWidth
        for (index, name) in chart.series.enumerated() {
            legendX = legend[index].x
            legendTop = firstLegendLine + legend[index].line * legendLineHeight
            svg += "<rect x=\"\(legendX)\" y=\"\(legendTop)\" width=\"12\" height=\"12\" fill=\"\(color(chart.tones, index))\"/>"
            svg += "<text x=\"\(legendX + 16)\" y=\"\(legendTop + 10)\" class=\"legend\">\(HTML.escape(name))</text>\n"
            legendX += legendItemWidth(name)
        }
        if chart.marker != nil {
            svg += "<line x1=\"\(legendX)\" y1=\"\(legendTop - 1)\" x2=\"\(legendX)\" y2=\"\(legendTop + 13)\" stroke=\"#1f2933\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>"
            svg += "<text x=\"\(legendX + 6)\" y=\"\(legendTop + 10)\" class=\"legend\">median</text>\n"
            legendX += 70
        }
        if chart.style == .target {
            svg += "<line x1=\"\(legendX)\" y1=\"\(legendTop - 1)\" x2=\"\(legendX)\" y2=\"\(legendTop + 13)\" class=\"target\"/>"
            svg += "<text x=\"\(legendX + 6)\" y=\"\(legendTop + 10)\" class=\"legend\">mål</text>\n"
        }
        return svg + "</svg>"
    }

    static let legendLineHeight = 18

    /// How much room a legend item takes: the swatch, the name, the gap to the next.
    static func legendItemWidth(_ name: String) -> Int { 30 + name.count * 7 }

    /// Where each series' legend item goes: left to right from the label column, on a new line
    /// when the next would run past the chart's edge, so no name is cut off.
    static func legendPlaces(_ series: [String]) -> [(x: Int, line: Int)] {
        var places: [(x: Int, line: Int)] = []
        var x = labelWidth, line = 0
        for name in series {
            if x > labelWidth && x + 16 + name.count * 7 > width {
                (x, line) = (labelWidth, line + 1)
            }
            places.append((x, line))
            x += legendItemWidth(name)
        }
        return places
    }

    /// Splits a label into lines of at most `width` characters at spaces; a word longer than a
    /// line is split where it must be. Every character of the label is kept.
    static func wrap(_ label: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in label.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            while word.count > width {
                if !line.isEmpty { lines.append(line); line = "" }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The value a full bar stands for: the largest row (or target), never less than 1.
    static func scale(for chart: Chart) -> Double {
        let largest = chart.rows.map { row in
            max(chart.style == .stacked ? row.values.reduce(0, +) : (row.values.first ?? 0), row.target ?? 0)
        }.max() ?? 1
        return max(max(largest, chart.marker ?? 0) * (chart.style == .target ? 1.1 : 1), 1)
    }

    static func color(_ tones: [Chart.Tone], _ index: Int) -> String {
        switch index < tones.count ? tones[index] : .neutral {
        case .neutral: return "#9aa5b1"
        case .active: return "#2f6fb0"
        case .good: return "#2e7d32"
        case .warning: return "#d9822b"
        case .muted: return "#5f6368"
        case .bad: return "#c0392b"
        case .goodDeep: return "#00695c"
        case .activeDeep: return "#6a3d9a"
        case .badDeep: return "#7b1d1d"
        case .earth: return "#795548"
        }
    }

    static func rounded(_ value: Double) -> String {
        let tenths = value.tenths
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// `3`, `86`, `12,5`.
    static func number(_ value: Double) -> String {
        (Amount(hundredths: value.tenths * 10) ?? .zero).norwegian
    }
}
