import Foundation

/// A picture in memory, RGB on white, to draw a chart into for the formats that need pixels (a
/// Word document's fallback for programs that show no SVG, LibreOffice among them).
struct RasterImage {
    struct Color: Equatable {
        var red: UInt8, green: UInt8, blue: UInt8

        static let white = Color(red: 255, green: 255, blue: 255)
        static let ink = Color(red: 0x1F, green: 0x29, blue: 0x33)

        /// `#2f6fb0`; nil for anything else.
        init?(hex: String) {
            let digits = hex.hasPrefix("#") ? hex.dropFirst() : Substring(hex)
            guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
            self.init(red: UInt8(value >> 16), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
        }

        init(red: UInt8, green: UInt8, blue: UInt8) {
            self.red = red
            self.green = green
            self.blue = blue
        }
    }

    let width: Int
    let height: Int
    /// Three bytes a pixel, row by row from the top.
    private(set) var pixels: [UInt8]

    init(width: Int, height: Int) {
        self.width = max(1, width)
        self.height = max(1, height)
        pixels = [UInt8](repeating: 255, count: self.width * self.height * 3)
    }

    /// Mixes `color` into a pixel by `coverage` (0 to 1).
    mutating func blend(x: Int, y: Int, _ color: Color, coverage: Double) {
        guard x >= 0, y >= 0, x < width, y < height, coverage > 0 else { return }
        let amount = min(1, coverage)
        let index = (y * width + x) * 3
        if amount == 1 {
            pixels[index] = color.red
            pixels[index + 1] = color.green
            pixels[index + 2] = color.blue
            return
        }
        func mix(_ old: UInt8, _ new: UInt8) -> UInt8 {
            UInt8((Double(old) * (1 - amount) + Double(new) * amount).rounded())
        }
        pixels[index] = mix(pixels[index], color.red)
        pixels[index + 1] = mix(pixels[index + 1], color.green)
        pixels[index + 2] = mix(pixels[index + 2], color.blue)
    }

    /// A filled rectangle; edges that fall between pixels are shaded by how much they cover.
    mutating func fill(x: Double, y: Double, width w: Double, height h: Double, _ color: Color) {
        guard w > 0, h > 0, x.isFinite, y.isFinite, w.isFinite, h.isFinite else { return }
        let left = max(0, Int(x.rounded(.down))), right = min(width, Int((x + w).rounded(.up)))
        let top = max(0, Int(y.rounded(.down))), bottom = min(height, Int((y + h).rounded(.up)))
        guard left < right, top < bottom else { return }
        for row in top..<bottom {
            let vertical = min(Double(row + 1), y + h) - max(Double(row), y)
            for column in left..<right {
                let horizontal = min(Double(column + 1), x + w) - max(Double(column), x)
                blend(x: column, y: row, color, coverage: vertical * horizontal)
            }
        }
    }

    /// A straight line `thickness` wide, dashed when `dash` is given (on and off lengths).
    mutating func line(from start: (x: Double, y: Double), to end: (x: Double, y: Double), thickness: Double, _ color: Color, dash: (Double, Double)? = nil) {
        let dx = end.x - start.x, dy = end.y - start.y
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 0, length.isFinite else { return }
        // Walked in steps of a quarter pixel, each a small square: exact for the vertical and
        // horizontal lines charts have, and close enough for any other.
        let steps = Int(length * 4)
        for step in 0...steps {
            let along = Double(step) / 4
            if let dash, along.truncatingRemainder(dividingBy: dash.0 + dash.1) >= dash.0 { continue }
            let x = start.x + dx * along / length, y = start.y + dy * along / length
            if dx == 0 {
                fill(x: x - thickness / 2, y: y, width: thickness, height: min(0.25, length - along), color)
            } else if dy == 0 {
                fill(x: x, y: y - thickness / 2, width: min(0.25, length - along), height: thickness, color)
            } else {
                fill(x: x - thickness / 2, y: y - thickness / 2, width: thickness, height: thickness, color)
            }
        }
    }

    /// Text on a baseline at `y`, starting at `x` (or ending there, or centred on it), in the
    /// atlas's letters.
    mutating func text(_ text: String, x: Double, y: Double, anchor: TextAnchor, _ color: Color) {
        let glyphs = Glyphs.shared
        let width = glyphs.width(of: text)
        var pen = anchor == .start ? x : anchor == .end ? x - width : x - width / 2
        for scalar in text.unicodeScalars {
            let glyph = glyphs.glyph(for: scalar)
            let originX = Int(pen.rounded()) + glyph.left, originY = Int(y.rounded()) + glyph.top
            for row in 0..<glyph.height {
                for column in 0..<glyph.width {
                    let alpha = glyph.coverage[row * glyph.width + column]
                    if alpha > 0 { blend(x: originX + column, y: originY + row, color, coverage: Double(alpha) / 255) }
                }
            }
            pen += glyph.advance
        }
    }

    enum TextAnchor {
        case start, middle, end
    }
}

/// The letters of ``GlyphAtlas``, unpacked once.
struct Glyphs: Sendable {
    struct Glyph: Sendable {
        let advance: Double
        let left: Int
        let top: Int
        let width: Int
        let height: Int
        let coverage: [UInt8]
    }

    static let shared = Glyphs()

    private let table: [UInt32: Glyph]
    private let fallback: Glyph

    init() {
        var table: [UInt32: Glyph] = [:]
        let packed = [UInt8](Data(base64Encoded: GlyphAtlas.deflated.filter { !$0.isWhitespace }) ?? Data())
        let bytes = (try? Inflate.decompress(packed[...], limit: GlyphAtlas.packedSize)) ?? []
        let reader = ByteReader(bytes)
        var offset = 0
        while offset + 12 <= bytes.count {
            let code = reader.u32(offset)
            let advance = Double(reader.u16(offset + 4)) / 4
            let left = Int(Int16(bitPattern: reader.u16(offset + 6))), top = Int(Int16(bitPattern: reader.u16(offset + 8)))
            let width = Int(bytes[offset + 10]), height = Int(bytes[offset + 11])
            let end = offset + 12 + width * height
            guard end <= bytes.count else { break }
            table[code] = Glyph(advance: advance, left: left, top: top, width: width, height: height, coverage: Array(bytes[(offset + 12)..<end]))
            offset = end
        }
        self.table = table
        fallback = table[UInt32(UInt8(ascii: "?"))] ?? Glyph(advance: Double(GlyphAtlas.pixelSize) / 2, left: 0, top: 0, width: 0, height: 0, coverage: [])
    }

    /// The letter, or a question mark for one the atlas lacks (a space for a line break).
    func glyph(for scalar: Unicode.Scalar) -> Glyph {
        table[scalar.value] ?? table[scalar.properties.isWhitespace ? 32 : 0] ?? fallback
    }

    func width(of text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + glyph(for: $1).advance }
    }
}
