/// A chart as a picture file of its own, for a Word document: the report's SVG with its styles
/// written onto the elements (a file has no stylesheet around it), and the same drawing as a PNG
/// at twice its size, which Word requires beside an SVG and which LibreOffice and Word before
/// 2016 show instead of it.
enum ChartPicture {
    /// How many pixels of the PNG to a unit of the SVG.
    static let scale = 2.0

    static let presentation: [(String, String)] = [
        (##"class="label""##, ##"class="label" font-size="12" fill="#1f2933""##),
        (##"class="value""##, ##"class="value" font-size="12" fill="#1f2933""##),
        (##"class="legend""##, ##"class="legend" font-size="12" fill="#1f2933""##),
        (##"class="inside""##, ##"class="inside" font-size="11" fill="#ffffff""##),
        (##"class="target""##, ##"class="target" stroke="#1f2933" stroke-width="2""##),
    ]

    /// The chart's SVG, as the HTML report draws it, standing on its own.
    static func svg(_ chart: Chart) -> String {
        var svg = SVGChart.render(chart)
        for (plain, styled) in presentation {
            svg = svg.replacingOccurrences(of: plain, with: styled)
        }
        return svg.replacingOccurrences(of: "<svg xmlns=\"http://www.w3.org/2000/svg\" ",
                                        with: "<svg xmlns=\"http://www.w3.org/2000/svg\" font-family=\"Segoe UI, Helvetica Neue, Arial, sans-serif\" ")
    }

    /// The size of the SVG, in its own units.
    static func size(ofSVG svg: String) -> (width: Double, height: Double) {
        var reader = XMLReader(Array(svg.utf8))
        if case .start("svg", let attributes)? = try? reader.next() {
            return (Double(attributes["width"] ?? "") ?? 700, Double(attributes["height"] ?? "") ?? 300)
        }
        return (700, 300)
    }

    /// The SVG drawn into pixels: its rectangles, lines and text, which is all ``SVGChart`` writes.
    static func png(_ chart: Chart) -> [UInt8] {
        let svg = self.svg(chart)
        let size = self.size(ofSVG: svg)
        var image = RasterImage(width: Int(size.width * scale), height: Int(size.height * scale))
        var reader = XMLReader(Array(svg.utf8))
        // The text element being read, and where its next line goes.
        var text: (x: Double, y: Double, anchor: RasterImage.TextAnchor, color: RasterImage.Color)?
        var line: (x: Double, y: Double)?
        var inTitle = false
        func number(_ attributes: [String: String], _ name: String) -> Double { Double(attributes[name] ?? "") ?? 0 }
        while let event = try? reader.next() {
            switch event {
            case .start("rect", let a):
                image.fill(x: number(a, "x") * scale, y: number(a, "y") * scale, width: number(a, "width") * scale,
                           height: number(a, "height") * scale, RasterImage.Color(hex: a["fill"] ?? "") ?? .ink)
            case .start("line", let a):
                let dash = a["stroke-dasharray"].map { $0.split(separator: " ").compactMap { Double($0) } }
                image.line(from: (number(a, "x1") * scale, number(a, "y1") * scale), to: (number(a, "x2") * scale, number(a, "y2") * scale),
                           thickness: (Double(a["stroke-width"] ?? "") ?? 1) * scale, RasterImage.Color(hex: a["stroke"] ?? "") ?? .ink,
                           dash: dash.flatMap { $0.count == 2 ? ($0[0] * scale, $0[1] * scale) : nil })
            case .start("text", let a):
                let anchor: RasterImage.TextAnchor = a["text-anchor"] == "end" ? .end : a["text-anchor"] == "middle" ? .middle : .start
                text = (number(a, "x") * scale, number(a, "y") * scale, anchor, RasterImage.Color(hex: a["fill"] ?? "") ?? .ink)
                line = (number(a, "x") * scale, number(a, "y") * scale)
            case .start("tspan", let a):
                if let current = line {
                    line = (a["x"].flatMap(Double.init).map { $0 * scale } ?? current.x, current.y + number(a, "dy") * scale)
                }
            case .start("title", _):
                inTitle = true
            case .end("title"):
                inTitle = false
            case .end("text"):
                text = nil
                line = nil
            case .text(let content):
                guard !inTitle, let text, let place = line else { continue }
                image.text(content, x: place.x, y: place.y, anchor: text.anchor, text.color)
            default:
                break
            }
        }
        return PNGEncoder.encode(image)
    }
}
