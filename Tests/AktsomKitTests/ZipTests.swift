import Foundation
import Testing
@testable import AktsomKit

/// The ZIP reader and writer and the DEFLATE decoder, on streams zlib made (`zlib.compressobj`
/// with raw windows, at level 0, with Z_FIXED and at level 9) and on archives built here.
@Suite("ZIP archives and DEFLATE")
struct ZipTests {
    static let text = Array(("Fjordvik kommune skal være en ansvarlig og rettferdig forbruker. " as String).utf8) .repeated(3)
        + Array("æøå ÆØÅ «sitat» – 2025-06-30\n".utf8)
    static let bytesThenText = Array((0..<256).map { UInt8($0) }).repeated(3) + text

    /// zlib 1.2.13's raw DEFLATE of `text` (stored, fixed Huffman, run-length) and of `bytesThenText` (dynamic Huffman).
    static let stored = "Ae0AEv9Gam9yZHZpayBrb21tdW5lIHNrYWwgdsOmcmUgZW4gYW5zdmFybGlnIG9nIHJldHRmZXJkaWcgZm9yYnJ1a2VyLiBGam9yZHZpayBrb21tdW5lIHNrYWwgdsOmcmUgZW4gYW5zdmFybGlnIG9nIHJldHRmZXJkaWcgZm9yYnJ1a2VyLiBGam9yZHZpayBrb21tdW5lIHNrYWwgdsOmcmUgZW4gYW5zdmFybGlnIG9nIHJldHRmZXJkaWcgZm9yYnJ1a2VyLiDDpsO4w6Ugw4bDmMOFIMKrc2l0YXTCuyDigJMgMjAyNS0wNi0zMAo="
    static let fixed = "c8vKL0opy8xWyM7PzS3NS1Uozk7MUSg7vKwoVSE1TyExr7gssSgnM10hP12hKLWkJC21KAXIS8svSioqzU4t0lNwGwQmHF52eMfhpQqH2w7PONyqcGh1cWZJYsmh3QqPGiYrGBkYmeoamOkaG3ABAA=="
    static let rle = "BcG7TQQxFAXQnCpuAzsaLYISpg+v/Gx53thPuv7EJNDAJjTAJDSARLbuhEo4Z9uNfiSFWs69CKq6A2OeFEiBK3U4HinCIiitBaFPEcF4Y1fhgm03+pEUajn3IqjqDox5UiAFrtTheKQIi6C0FoQ+RQTjjV2FC7bd6EdSqOXci6CqOzDmSYEUuFKH45EiLILSWhD6FBGMN3YVLpjn/JlfmB/zc77j8V1Tc+3xi7+3O67r9eWyvl6e16d/"
    static let dynamic = "Y2BkYmZhZWPn4OTi5uHl4xcQFBIWERUTl5CUkpaRlZNXUFRSVlFVU9fQ1NLW0dXTNzA0MjYxNTO3sLSytrG1s3dwdHJ2cXVz9/D08vbx9fMPCAwKDgkNC4+IjIqOiY2LT0hMSk5JTUvPyMzKzsnNyy8oLCouKS0rr6isqq6pratvaGxqbmlta+/o7Oru6e3rnzBx0uQpU6dNnzFz1uw5c+fNX7Bw0eIlS5ctX7Fy1eo1a9et37Bx0+YtW7dt37Fz1+49e/ftP3Dw0OEjR48dP3Hy1OkzZ8+dv3Dx0uUrV69dv3Hz1u07d+/df/Dw0eMnT589f/Hy1es3b9+9//Dx0+cvX799//Hz1+8/f//9Zxj1/4j2v1tWflFKWWa2QnZ+bm5pXqpCcXZijkLZ4WVFqQqpeQqJecVliUU5mekK+ekKRaklJWmpRSlAXlp+UVJRaXZqkZ7CYDDh8LLDOw4vVTjcdnjG4VaFQ6uLM0sSSw7tVnjUMFnByMDIVNfATNfYgAsA"

    static func decoded(_ base64: String) -> [UInt8] { Array(Data(base64Encoded: base64) ?? Data()) }

    @Test("decodes stored, fixed-Huffman, run-length and dynamic-Huffman streams from zlib")
    func inflatesZlibStreams() throws {
        #expect(try Inflate.decompress(Self.decoded(Self.stored)[...], limit: 10_000) == Self.text)
        #expect(try Inflate.decompress(Self.decoded(Self.fixed)[...], limit: 10_000) == Self.text)
        #expect(try Inflate.decompress(Self.decoded(Self.rle)[...], limit: 10_000) == Self.text)
        #expect(try Inflate.decompress(Self.decoded(Self.dynamic)[...], limit: 10_000) == Self.bytesThenText)
    }

    @Test("refuses a cut stream, a reserved block type, trailing bytes and output past the limit")
    func refusesBadStreams() {
        let dynamic = Self.decoded(Self.dynamic)
        #expect(throws: ZipError.self) { try Inflate.decompress(dynamic.dropLast(20), limit: 10_000) }
        #expect(throws: ZipError.self) { try Inflate.decompress([0x07][...], limit: 10_000) }   // final block, type 3
        #expect(throws: ZipError.self) { try Inflate.decompress((dynamic + [0x00, 0x01])[...], limit: 10_000) }
        do {
            _ = try Inflate.decompress(dynamic[...], limit: 100)
            Issue.record("output past the limit was accepted")
        } catch {
            #expect(error.kind == .tooLarge)
        }
        // A stored block whose length check is wrong.
        #expect(throws: ZipError.self) { try Inflate.decompress([0x01, 0x05, 0x00, 0x00, 0x00, 1, 2, 3, 4, 5][...], limit: 100) }
        // A distance before the start: fixed block, length code 257, distance 0, nothing written yet.
        #expect(throws: ZipError.self) { try Inflate.decompress([0x03, 0x02, 0x00][...], limit: 100) }
    }

    @Test("CRC-32 of the standard check string")
    func crc() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum(Array("6789".utf8), continuing: CRC32.checksum(Array("12345".utf8))) == 0xCBF4_3926)
    }

    @Test("what the writer stores, the reader reads back, with the same bytes every time")
    func roundTrip() throws {
        var writer = ZipWriter()
        writer.add("[Content_Types].xml", text: "<Types/>")
        writer.add("xl/æøå.xml", Self.text)
        writer.add("tom", [])
        let bytes = writer.finished()
        let archive = try ZipArchive(bytes: bytes)
        #expect(archive.entries.map(\.name) == ["[Content_Types].xml", "xl/æøå.xml", "tom"])
        #expect(try archive.contents(of: try #require(archive.entry(named: "xl/æøå.xml"))) == Self.text)
        #expect(try archive.contents(of: try #require(archive.entry(named: "tom"))).isEmpty)
        var again = ZipWriter()
        again.add("[Content_Types].xml", text: "<Types/>")
        again.add("xl/æøå.xml", Self.text)
        again.add("tom", [])
        #expect(again.finished() == bytes)
        // unzip reads it as an ordinary archive too.
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("aktsom-zip-\(UUID().uuidString).zip")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip") {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
            process.arguments = ["-tq", url.path]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
    }

    /// An archive with one deflated entry, from the zlib stream given.
    static func deflatedArchive(name: String, stream: [UInt8], size: Int, crc: UInt32, flags: UInt16 = 0) -> [UInt8] {
        func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
        func le32(_ value: Int) -> [UInt8] { le16(value & 0xFFFF) + le16(value >> 16 & 0xFFFF) }
        let nameBytes = Array(name.utf8)
        var bytes = le32(0x0403_4B50) + le16(20) + le16(Int(flags)) + le16(8) + le16(0) + le16(0x21)
        bytes += le32(Int(crc)) + le32(stream.count) + le32(size) + le16(nameBytes.count) + le16(0) + nameBytes + stream
        let directory = le32(0x0201_4B50) + le16(20) + le16(20) + le16(Int(flags)) + le16(8) + le16(0) + le16(0x21) + le32(Int(crc))
            + le32(stream.count) + le32(size) + le16(nameBytes.count) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(0) + nameBytes
        let start = bytes.count
        bytes += directory
        bytes += le32(0x0605_4B50) + le16(0) + le16(0) + le16(1) + le16(1) + le32(directory.count) + le32(start) + le16(0)
        return bytes
    }

    @Test("reads a deflated entry and checks its CRC-32")
    func deflatedEntry() throws {
        let stream = Self.decoded(Self.dynamic)
        let good = Self.deflatedArchive(name: "a.xml", stream: stream, size: Self.bytesThenText.count, crc: CRC32.checksum(Self.bytesThenText))
        let archive = try ZipArchive(bytes: good)
        #expect(try archive.contents(of: archive.entries[0]) == Self.bytesThenText)
        let badCRC = Self.deflatedArchive(name: "a.xml", stream: stream, size: Self.bytesThenText.count, crc: 12345)
        do {
            let archive = try ZipArchive(bytes: badCRC)
            _ = try archive.contents(of: archive.entries[0])
            Issue.record("a wrong CRC was accepted")
        } catch {
            #expect(error.entry == "a.xml")
            #expect(error.message.nb.contains("CRC-32"))
        }
        let encrypted = Self.deflatedArchive(name: "a.xml", stream: stream, size: Self.bytesThenText.count, crc: 0, flags: 1)
        #expect(throws: ZipError(.unsupported, entry: "a.xml", Localized("filen er kryptert; lagre arbeidsboken uten passord", en: "the file is encrypted; save the workbook without a password"))) {
            try ZipArchive(bytes: encrypted)
        }
    }

    @Test("a zip bomb is refused by its ratio and its size, before it is unpacked, with the limit named")
    func zipBomb() throws {
        // 3 MB of zeros in fixed-Huffman copies packs to 19 KB, 159 times; a limit of 100 refuses it.
        let zeros = [UInt8](repeating: 0, count: 3_000_000)
        var stream: [UInt8] = []
        // A fixed-Huffman block of literal 0 then length-258 copies at distance 1, built by hand.
        var bits = BitSink()
        bits.write(1, count: 1); bits.write(1, count: 2)
        bits.writeCode(0b0011_0000, length: 8)                 // literal 0
        var written = 1
        while written + 258 <= zeros.count {
            bits.writeCode(0b1100_0101, length: 8)             // length symbol 285 = 258
            bits.writeCode(0, length: 5)                       // distance symbol 0 = 1
            written += 258
        }
        while written < zeros.count { bits.writeCode(0b0011_0000, length: 8); written += 1 }
        bits.writeCode(0, length: 7)                           // end of block
        stream = bits.finished
        let bomb = Self.deflatedArchive(name: "xl/worksheets/sheet1.xml", stream: stream, size: zeros.count, crc: CRC32.checksum(zeros))
        var limits = ZipLimits()
        limits.ratio = 100
        let archive = try ZipArchive(bytes: bomb, limits: limits)
        do {
            _ = try archive.contents(of: archive.entries[0])
            Issue.record("the bomb was unpacked")
        } catch {
            #expect(error.kind == .tooLarge)
            #expect(error.entry == "xl/worksheets/sheet1.xml")
            #expect(error.message.nb.contains("høyst 100 ganger"), "\(error.message.nb)")
        }
        limits.ratio = 10_000
        limits.entrySize = 1_000_000
        do {
            _ = try ZipArchive(bytes: bomb, limits: limits).contents(of: archive.entries[0])
            Issue.record("an entry over the size limit was unpacked")
        } catch {
            #expect(error.message.nb.contains("høyst 1,0 MB per fil"), "\(error.message.nb)")
        }
        // Within the limits it unpacks, and is what it says.
        limits.entrySize = 5_000_000
        #expect(try ZipArchive(bytes: bomb, limits: limits).contents(of: archive.entries[0]) == zeros)
    }

    @Test("refuses what is not an archive, a cut one, ZIP64 and overlapping entries")
    func refusesBadArchives() throws {
        #expect(throws: ZipError.self) { try ZipArchive(bytes: Array("ID;Tittel\n".utf8)) }
        var writer = ZipWriter()
        writer.add("a", text: "første")
        writer.add("b", text: "andre")
        let good = writer.finished()
        #expect(throws: ZipError.self) { try ZipArchive(bytes: Array(good.dropLast(5))) }
        #expect(throws: ZipError.self) { try ZipArchive(bytes: Array(good.dropFirst(4))) }
        var zip64 = good
        let end = zip64.count - 22
        zip64[end + 16] = 0xFF; zip64[end + 17] = 0xFF; zip64[end + 18] = 0xFF; zip64[end + 19] = 0xFF
        do {
            _ = try ZipArchive(bytes: zip64)
            Issue.record("ZIP64 accepted")
        } catch {
            #expect(error.kind == .unsupported && error.message.nb.contains("ZIP64"))
        }
    }
}

extension Array {
    func repeated(_ times: Int) -> [Element] { (0..<times).flatMap { _ in self } }
}
