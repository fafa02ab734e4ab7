/// A DEFLATE decoder (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks, as written by
/// every ZIP tool, Excel and LibreOffice.
///
/// Strict: an over-subscribed or (beyond the one-code case the RFC allows) incomplete code, a
/// code that is not assigned, a distance reaching before the start of the output, a stored
/// block whose length check fails, a reserved block type, or input that ends inside a block is
/// refused. The output stops at `limit` bytes, so a zip bomb is refused after `limit` bytes of
/// work rather than after filling the memory.
enum Inflate {
    /// Decodes one DEFLATE stream that must fill exactly the input; `limit` bounds the output.
    static func decompress(_ input: ArraySlice<UInt8>, limit: Int) throws(ZipError) -> [UInt8] {
        var decoder = Decoder(input: input, limit: limit)
        try decoder.run()
        return decoder.output
    }

    static func damaged(_ nb: String, en: String) -> ZipError {
        ZipError(.damaged, Localized("komprimerte data er skadet: \(nb)", en: "compressed data is damaged: \(en)"))
    }

    /// A canonical Huffman code as one lookup table indexed by the next `bits` bits of input
    /// (least significant first, as DEFLATE packs codes reversed): each entry holds the
    /// symbol and its code length, or 0 for a pattern no code starts with.
    struct Code {
        let bits: Int
        let table: [UInt32]

        init(lengths: ArraySlice<UInt8>, name: String) throws(ZipError) {
            var counts = [Int](repeating: 0, count: 16)
            for length in lengths { counts[Int(length)] += 1 }
            counts[0] = 0
            let used = counts.reduce(0, +)
            // Each length doubles the room; more codes than room is an impossible code.
            var left = 1
            for length in 1...15 {
                left = left * 2 - counts[length]
                if left < 0 { throw Inflate.damaged("\(name)-koden er overfylt", en: "the \(name) code is over-subscribed") }
            }
            // An incomplete code is allowed only as a single code (RFC 1951, 3.2.7).
            if left > 0 && used > 1 {
                throw Inflate.damaged("\(name)-koden er ufullstendig", en: "the \(name) code is incomplete")
            }
            let maxLength = max(1, (1...15).last { counts[$0] > 0 } ?? 1)
            var next = [Int](repeating: 0, count: 16)
            var code = 0
            for length in 1...15 {
                code = (code + counts[length - 1]) << 1
                next[length] = code
            }
            var table = [UInt32](repeating: 0, count: 1 << maxLength)
            for (symbol, length) in lengths.enumerated() where length > 0 {
                let length = Int(length)
                let assigned = next[length]
                next[length] += 1
                var reversed = 0
                for bit in 0..<length where assigned & (1 << bit) != 0 {
                    reversed |= 1 << (length - 1 - bit)
                }
                var index = reversed
                while index < table.count {
                    table[index] = UInt32(symbol) << 4 | UInt32(length)
                    index += 1 << length
                }
            }
            self.bits = maxLength
            self.table = table
        }
    }

    /// The base values and extra bits of the length symbols 257–285 and the distance symbols 0–29.
    static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                                      4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    /// The order in which a dynamic block gives the code lengths of the code-length code.
    static let lengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    static let fixed: (literals: Code, distances: Code)? = {
        var lengths = [UInt8](repeating: 8, count: 288)
        for symbol in 144..<256 { lengths[symbol] = 9 }
        for symbol in 256..<280 { lengths[symbol] = 7 }
        guard let literals = try? Code(lengths: lengths[...], name: "fast"),
              // 32 codes, though 30 and 31 never occur: they take part in building the code (3.2.6).
              let distances = try? Code(lengths: [UInt8](repeating: 5, count: 32)[...], name: "fast") else { return nil }
        return (literals, distances)
    }()

    struct Decoder {
        let input: ArraySlice<UInt8>
        let limit: Int
        var position: Int
        var bitBuffer: UInt64 = 0
        var bitCount = 0
        /// Bits looked at past the end of the input, read as zeros; using one is an error.
        var overrun = 0
        var output: [UInt8] = []

        init(input: ArraySlice<UInt8>, limit: Int) {
            self.input = input
            self.limit = limit
            position = input.startIndex
            output.reserveCapacity(min(limit, max(64, input.count * 4)))
        }

        mutating func run() throws(ZipError) {
            var last = false
            while !last {
                last = try bits(1) == 1
                switch try bits(2) {
                case 0: try stored()
                case 1:
                    guard let fixed = Inflate.fixed else { throw Inflate.damaged("intern feil", en: "internal error") }
                    try codes(fixed.literals, fixed.distances)
                case 2:
                    let (literals, distances) = try dynamicCodes()
                    try codes(literals, distances)
                default:
                    throw Inflate.damaged("ukjent blokktype 3", en: "reserved block type 3")
                }
            }
            // What is left must be the padding of the last byte; more is not the one stream.
            if position < input.endIndex || bitCount - overrun >= 8 {
                throw Inflate.damaged("det står data etter slutten av strømmen", en: "there is data after the end of the stream")
            }
        }

        mutating func fill(_ count: Int) {
            while bitCount < count {
                if position < input.endIndex {
                    bitBuffer |= UInt64(input[position]) << UInt64(bitCount)
                    position += 1
                } else {
                    overrun += 8
                }
                bitCount += 8
            }
        }

        mutating func bits(_ count: Int) throws(ZipError) -> Int {
            fill(count)
            let value = Int(bitBuffer & ((1 << UInt64(count)) - 1))
            bitBuffer >>= UInt64(count)
            bitCount -= count
            if overrun > bitCount { throw Inflate.damaged("dataene slutter for tidlig", en: "the data ends too soon") }
            return value
        }

        mutating func decode(_ code: Code) throws(ZipError) -> Int {
            fill(code.bits)
            let entry = code.table[Int(bitBuffer & ((1 << UInt64(code.bits)) - 1))]
            let length = Int(entry & 0xF)
            guard length > 0 else { throw Inflate.damaged("en kode som ikke finnes", en: "a code that is not assigned") }
            bitBuffer >>= UInt64(length)
            bitCount -= length
            if overrun > bitCount { throw Inflate.damaged("dataene slutter for tidlig", en: "the data ends too soon") }
            return Int(entry >> 4)
        }

        mutating func append(_ byte: UInt8) throws(ZipError) {
            guard output.count < limit else { throw ZipError(.tooLarge, Localized("mer enn \(limit.norwegian) byte pakket ut", en: "more than \(limit.norwegian) bytes unpacked")) }
            output.append(byte)
        }

        mutating func stored() throws(ZipError) {
            // Drop to the byte boundary; the bytes in the bit buffer come first.
            let drop = bitCount % 8
            bitBuffer >>= UInt64(drop)
            bitCount -= drop
            let length = try bits(16)
            let check = try bits(16)
            guard length == ~check & 0xFFFF else {
                throw Inflate.damaged("lengden på en ukomprimert blokk stemmer ikke", en: "a stored block's length check fails")
            }
            for _ in 0..<length {
                if bitCount >= 8 {
                    try append(UInt8(truncatingIfNeeded: try bits(8)))
                } else {
                    guard position < input.endIndex else { throw Inflate.damaged("dataene slutter for tidlig", en: "the data ends too soon") }
                    try append(input[position])
                    position += 1
                }
            }
        }

        mutating func dynamicCodes() throws(ZipError) -> (Code, Code) {
            let literalCount = try bits(5) + 257
            let distanceCount = try bits(5) + 1
            let lengthCount = try bits(4) + 4
            guard literalCount <= 286, distanceCount <= 30 else {
                throw Inflate.damaged("for mange koder i en blokk", en: "too many codes in a block")
            }
            var lengthLengths = [UInt8](repeating: 0, count: 19)
            for index in 0..<lengthCount {
                lengthLengths[Inflate.lengthOrder[index]] = UInt8(try bits(3))
            }
            let lengthCode = try Code(lengths: lengthLengths[...], name: "lengde")
            var lengths: [UInt8] = []
            lengths.reserveCapacity(literalCount + distanceCount)
            while lengths.count < literalCount + distanceCount {
                let symbol = try decode(lengthCode)
                switch symbol {
                case 0...15:
                    lengths.append(UInt8(symbol))
                case 16:
                    guard let previous = lengths.last else {
                        throw Inflate.damaged("en gjentakelse uten noe å gjenta", en: "a repeat with nothing to repeat")
                    }
                    lengths += repeatElement(previous, count: 3 + (try bits(2)))
                case 17:
                    lengths += repeatElement(0, count: 3 + (try bits(3)))
                default:
                    lengths += repeatElement(0, count: 11 + (try bits(7)))
                }
            }
            guard lengths.count == literalCount + distanceCount else {
                throw Inflate.damaged("kodelengdene går forbi slutten", en: "the code lengths run past the end")
            }
            guard lengths[256] > 0 else {
                throw Inflate.damaged("blokken har ingen slutt-kode", en: "the block has no end-of-block code")
            }
            return (try Code(lengths: lengths[..<literalCount], name: "litteral"),
                    try Code(lengths: lengths[literalCount...], name: "avstand"))
        }

        mutating func codes(_ literals: Code, _ distances: Code) throws(ZipError) {
            while true {
                let symbol = try decode(literals)
                if symbol < 256 {
                    try append(UInt8(symbol))
                    continue
                }
                if symbol == 256 { return }
                let index = symbol - 257
                guard index < Inflate.lengthBase.count else { throw Inflate.damaged("ugyldig lengdekode", en: "invalid length code") }
                let length = Inflate.lengthBase[index] + (try bits(Inflate.lengthExtra[index]))
                let distanceSymbol = try decode(distances)
                guard distanceSymbol < Inflate.distanceBase.count else { throw Inflate.damaged("ugyldig avstandskode", en: "invalid distance code") }
                let distance = Inflate.distanceBase[distanceSymbol] + (try bits(Inflate.distanceExtra[distanceSymbol]))
                guard distance <= output.count else {
                    throw Inflate.damaged("en avstand peker før starten", en: "a distance points before the start")
                }
                guard output.count + length <= limit else {
                    throw ZipError(.tooLarge, Localized("mer enn \(limit.norwegian) byte pakket ut", en: "more than \(limit.norwegian) bytes unpacked"))
                }
                let start = output.count - distance
                for offset in 0..<length {
                    output.append(output[start + offset])
                }
            }
        }
    }
}
