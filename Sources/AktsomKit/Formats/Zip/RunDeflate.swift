import Foundation

/// A DEFLATE encoder for pictures (RFC 1951): one fixed-Huffman block of literals and runs of
/// the byte before (distance 1). Small and enough for what Aktsom draws, whose rows, once PNG's
/// filter has taken the row above from each, are long runs of zeros: a chart of 1.4 million
/// pixels packs to a few dozen kilobytes. Not a general compressor.
enum RunDeflate {
    nonisolated(unsafe) static let zeros: UnsafeMutablePointer<UInt8> = {
        let block = UnsafeMutablePointer<UInt8>.allocate(capacity: 258)
        block.initialize(repeating: 0, count: 258)
        return block
    }()

    static func compress(_ data: [UInt8]) -> [UInt8] {
        var bits = BitSink()
        bits.write(1, count: 1)   // the last block
        bits.write(1, count: 2)   // fixed Huffman codes
        data.withUnsafeBufferPointer { bytes in
            var index = 0
            while index < bytes.count {
                var run = 0
                if index > 0 {
                    let previous = bytes[index - 1]
                    let most = min(258, bytes.count - index)
                    // A picture's filtered rows are mostly zeros: a whole run is checked at once.
                    if previous == 0, most == 258, let base = bytes.baseAddress,
                       memcmp(base + index, RunDeflate.zeros, 258) == 0 {
                        run = 258
                    }
                    while run < most && bytes[index + run] == previous { run += 1 }
                }
                if run >= 3 {
                    writeLength(run, into: &bits)
                    bits.writeCode(0, length: 5)   // distance symbol 0: one byte back
                    index += run
                } else {
                    writeSymbol(Int(bytes[index]), into: &bits)
                    index += 1
                }
            }
        }
        writeSymbol(256, into: &bits)
        return bits.finished
    }

    /// The fixed code of a literal/length symbol (RFC 1951, 3.2.6).
    static func writeSymbol(_ symbol: Int, into bits: inout BitSink) {
        switch symbol {
        case 0...143: bits.writeCode(0x30 + symbol, length: 8)
        case 144...255: bits.writeCode(0x190 + symbol - 144, length: 9)
        case 256...279: bits.writeCode(symbol - 256, length: 7)
        default: bits.writeCode(0xC0 + symbol - 280, length: 8)
        }
    }

    static func writeLength(_ length: Int, into bits: inout BitSink) {
        var index = Inflate.lengthBase.count - 1
        while Inflate.lengthBase[index] > length { index -= 1 }
        writeSymbol(257 + index, into: &bits)
        bits.write(length - Inflate.lengthBase[index], count: Inflate.lengthExtra[index])
    }

    /// The zlib stream (RFC 1950) PNG wants: a two-byte header, the DEFLATE data, Adler-32.
    static func zlib(_ data: [UInt8]) -> [UInt8] {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        let adler = b << 16 | a
        return [0x78, 0x01] + compress(data) + [UInt8(adler >> 24), UInt8(adler >> 16 & 0xFF), UInt8(adler >> 8 & 0xFF), UInt8(adler & 0xFF)]
    }
}

/// Bits written as DEFLATE packs them: values from their least significant bit, Huffman codes
/// from their most significant.
struct BitSink {
    private(set) var bytes: [UInt8] = []
    private var buffer: UInt64 = 0
    private var count = 0

    mutating func write(_ value: Int, count bits: Int) {
        guard bits > 0 else { return }
        buffer |= UInt64(value & ((1 << bits) - 1)) << UInt64(count)
        count += bits
        while count >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            count -= 8
        }
    }

    mutating func writeCode(_ code: Int, length: Int) {
        var reversed = 0
        for bit in 0..<length where code >> bit & 1 == 1 { reversed |= 1 << (length - 1 - bit) }
        write(reversed, count: length)
    }

    var finished: [UInt8] { count > 0 ? bytes + [UInt8(truncatingIfNeeded: buffer)] : bytes }
}
