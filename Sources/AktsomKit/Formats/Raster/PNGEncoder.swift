import Foundation

/// Writes a ``RasterImage`` as a PNG file (ISO/IEC 15948): 8-bit RGB, each row filtered by
/// the row above (filter 2, «Up»), packed by ``RunDeflate``.
enum PNGEncoder {
    static func encode(_ image: RasterImage) -> [UInt8] {
        let stride = image.width * 3
        var filtered = [UInt8](repeating: 0, count: (stride + 1) * image.height)
        image.pixels.withUnsafeBufferPointer { pixels in
            filtered.withUnsafeMutableBufferPointer { out in
                guard let source = pixels.baseAddress else { return }
                for row in 0..<image.height {
                    let start = row * stride, target = row * (stride + 1) + 1
                    out[target - 1] = 2
                    // A row like the one above filters to zeros, which the buffer already holds.
                    if row > 0 && memcmp(source + start, source + start - stride, stride) == 0 { continue }
                    for column in 0..<stride {
                        out[target + column] = pixels[start + column] &- (row > 0 ? pixels[start - stride + column] : 0)
                    }
                }
            }
        }
        var header: [UInt8] = []
        header += bigEndian(UInt32(image.width)) + bigEndian(UInt32(image.height))
        header += [8, 2, 0, 0, 0]   // 8 bits, RGB, deflate, adaptive filtering, no interlace
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            + chunk("IHDR", header) + chunk("IDAT", RunDeflate.zlib(filtered)) + chunk("IEND", [])
    }

    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typeBytes = Array(type.utf8)
        return bigEndian(UInt32(data.count)) + typeBytes + data + bigEndian(CRC32.checksum(typeBytes + data))
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}
