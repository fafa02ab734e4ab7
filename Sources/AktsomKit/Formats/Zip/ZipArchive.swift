/// How much an archive may make Aktsom read: beyond any of these an archive is refused before
/// its entry is unpacked, with the limit named, so a zip bomb or a workbook far larger than any
/// plan costs a message and not the machine's memory.
public struct ZipLimits: Sendable, Equatable {
    /// Entries in the archive (a workbook has a dozen; a thousand images would be a few hundred).
    public var entries = 10_000
    /// Bytes one entry unpacks to.
    public var entrySize = 128 << 20
    /// Bytes all entries unpack to, as the archive declares them.
    public var totalSize = 512 << 20
    /// How many times larger than its packed bytes an entry may unpack to, once it is larger
    /// than `ratioFloor`: a workbook's XML packs 5 to 30 times, a zip bomb a thousand times.
    public var ratio = 200
    public var ratioFloor = 1 << 20

    public init() {}
}

/// A ZIP archive read strictly from its bytes (APPNOTE 6.3): the central directory at the end
/// lists the entries, each entry's local header must agree with it, and an entry is stored or
/// deflated, its CRC-32 checked when it is unpacked. Refused: ZIP64, archives split over
/// disks, encrypted entries, other compression methods, duplicate names, entries that overlap
/// or lie outside the file.
public struct ZipArchive: Sendable {
    public struct Entry: Sendable, Equatable {
        public let name: String
        /// 0 stored, 8 deflated.
        public let method: UInt16
        public let crc: UInt32
        public let compressedSize: Int
        public let size: Int
        /// Where the entry's packed bytes are in the archive.
        let dataStart: Int
    }

    public let entries: [Entry]
    public let limits: ZipLimits
    private let bytes: [UInt8]

    public init(bytes: [UInt8], limits: ZipLimits = ZipLimits()) throws(ZipError) {
        self.bytes = bytes
        self.limits = limits
        let end = try ZipArchive.endOfCentralDirectory(in: bytes)
        let reader = ByteReader(bytes)
        let count = Int(reader.u16(end + 10))
        let directorySize = Int(reader.u32(end + 12))
        let directoryStart = Int(reader.u32(end + 16))
        guard reader.u16(end + 4) == 0, reader.u16(end + 6) == 0, reader.u16(end + 8) == count else {
            throw ZipError(.unsupported, Localized("arkivet er delt over flere filer", en: "the archive is split over several files"))
        }
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryStart == 0xFFFF_FFFF
            || (end >= 20 && reader.u32(end - 20) == 0x0706_4B50) {
            throw ZipError(.unsupported, Localized("arkivet er i ZIP64-formatet, som Aktsom ikke leser; en arbeidsbok under 4 GB lagres uten det",
                                                   en: "the archive is in the ZIP64 format, which Aktsom does not read; a workbook under 4 GB is saved without it"))
        }
        guard count <= limits.entries else {
            throw ZipError(.tooLarge, Localized("arkivet har \(count.norwegian) filer; Aktsom leser høyst \(limits.entries.norwegian)",
                                                en: "the archive holds \(count.norwegian) files; Aktsom reads at most \(limits.entries.norwegian)"))
        }
        guard directoryStart + directorySize <= end else {
            throw ZipError(.damaged, Localized("innholdslisten ligger utenfor filen", en: "the central directory lies outside the file"))
        }

        var entries: [Entry] = []
        var names: Set<String> = []
        var declaredTotal = 0
        var offset = directoryStart
        for _ in 0..<count {
            guard offset + 46 <= directoryStart + directorySize, reader.u32(offset) == 0x0201_4B50 else {
                throw ZipError(.damaged, Localized("innholdslisten er skadet", en: "the central directory is damaged"))
            }
            let flags = reader.u16(offset + 8)
            let method = reader.u16(offset + 10)
            let crc = reader.u32(offset + 16)
            let compressedSize = Int(reader.u32(offset + 20))
            let size = Int(reader.u32(offset + 24))
            let nameLength = Int(reader.u16(offset + 28))
            let extraLength = Int(reader.u16(offset + 30))
            let commentLength = Int(reader.u16(offset + 32))
            let localOffset = Int(reader.u32(offset + 42))
            let next = offset + 46 + nameLength + extraLength + commentLength
            guard next <= directoryStart + directorySize else {
                throw ZipError(.damaged, Localized("innholdslisten er skadet", en: "the central directory is damaged"))
            }
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            offset = next
            guard names.insert(name).inserted else {
                throw ZipError(.damaged, entry: name, Localized("to filer i arkivet har samme navn", en: "two files in the archive have the same name"))
            }
            if flags & 0x0041 != 0 {
                throw ZipError(.unsupported, entry: name, Localized("filen er kryptert; lagre arbeidsboken uten passord",
                                                                    en: "the file is encrypted; save the workbook without a password"))
            }
            guard method == 0 || method == 8 else {
                throw ZipError(.unsupported, entry: name, Localized("filen er komprimert med metode \(method); Aktsom leser bare lagret og deflate",
                                                                    en: "the file is compressed with method \(method); Aktsom reads only stored and deflate"))
            }
            if size == 0xFFFF_FFFF || compressedSize == 0xFFFF_FFFF || localOffset == 0xFFFF_FFFF {
                throw ZipError(.unsupported, entry: name, Localized("filen er i ZIP64-formatet, som Aktsom ikke leser",
                                                                    en: "the file is in the ZIP64 format, which Aktsom does not read"))
            }
            if method == 0 && size != compressedSize {
                throw ZipError(.damaged, entry: name, Localized("en ukomprimert fil har to ulike størrelser", en: "a stored file has two different sizes"))
            }
            // The local header must name the same entry, and its data lie before the directory.
            guard localOffset + 30 <= directoryStart, reader.u32(localOffset) == 0x0403_4B50 else {
                throw ZipError(.damaged, entry: name, Localized("filens lokale hode mangler", en: "the file's local header is missing"))
            }
            let localNameLength = Int(reader.u16(localOffset + 26))
            let localExtraLength = Int(reader.u16(localOffset + 28))
            let dataStart = localOffset + 30 + localNameLength + localExtraLength
            guard localNameLength == nameLength, dataStart <= directoryStart,
                  bytes[(localOffset + 30)..<(localOffset + 30 + nameLength)].elementsEqual(name.utf8) else {
                throw ZipError(.damaged, entry: name, Localized("filens lokale hode stemmer ikke med innholdslisten",
                                                                en: "the file's local header does not match the central directory"))
            }
            guard dataStart + compressedSize <= directoryStart else {
                throw ZipError(.damaged, entry: name, Localized("filens data går forbi slutten av arkivet", en: "the file's data runs past the end of the archive"))
            }
            declaredTotal += size
            entries.append(Entry(name: name, method: method, crc: crc, compressedSize: compressedSize, size: size, dataStart: dataStart))
        }
        guard declaredTotal <= limits.totalSize else {
            throw ZipError(.tooLarge, Localized(
                "arkivet pakkes ut til \(ZipArchive.megabytes(declaredTotal)); Aktsom pakker ut høyst \(ZipArchive.megabytes(limits.totalSize))",
                en: "the archive unpacks to \(ZipArchive.megabytes(declaredTotal)); Aktsom unpacks at most \(ZipArchive.megabytes(limits.totalSize))"))
        }
        // Entries may not share bytes: overlapping entries are how one small file claims to be many.
        let spans = entries.map { ($0.dataStart, $0.dataStart + $0.compressedSize) }.sorted { $0.0 < $1.0 }
        for (first, second) in zip(spans, spans.dropFirst()) where second.0 < first.1 {
            throw ZipError(.damaged, Localized("to filer i arkivet deler de samme dataene", en: "two files in the archive share the same data"))
        }
        self.entries = entries
    }

    public func entry(named name: String) -> Entry? {
        entries.first { $0.name == name }
    }

    /// The entry's bytes, unpacked and checked against its size and CRC-32.
    public func contents(of entry: Entry) throws(ZipError) -> [UInt8] {
        guard entry.size <= limits.entrySize else {
            throw ZipError(.tooLarge, entry: entry.name, Localized(
                "filen pakkes ut til \(ZipArchive.megabytes(entry.size)); Aktsom pakker ut høyst \(ZipArchive.megabytes(limits.entrySize)) per fil",
                en: "the file unpacks to \(ZipArchive.megabytes(entry.size)); Aktsom unpacks at most \(ZipArchive.megabytes(limits.entrySize)) per file"))
        }
        if entry.size > limits.ratioFloor && entry.size / max(1, entry.compressedSize) > limits.ratio {
            throw ZipError(.tooLarge, entry: entry.name, Localized(
                "filen pakkes ut til \(entry.size / max(1, entry.compressedSize)) ganger sin størrelse (en «zip-bombe»?); Aktsom pakker ut høyst \(limits.ratio) ganger",
                en: "the file unpacks to \(entry.size / max(1, entry.compressedSize)) times its size (a «zip bomb»?); Aktsom unpacks at most \(limits.ratio) times"))
        }
        let packed = bytes[entry.dataStart..<(entry.dataStart + entry.compressedSize)]
        let unpacked: [UInt8]
        if entry.method == 0 {
            unpacked = Array(packed)
        } else {
            do throws(ZipError) {
                // One byte more than declared, so a stream that runs longer is caught as such.
                unpacked = try Inflate.decompress(packed, limit: entry.size + 1)
            } catch {
                throw error.about(entry.name)
            }
        }
        guard unpacked.count == entry.size else {
            throw ZipError(.damaged, entry: entry.name, Localized("filen har en annen størrelse enn arkivet sier", en: "the file's size differs from what the archive says"))
        }
        guard CRC32.checksum(unpacked) == entry.crc else {
            throw ZipError(.damaged, entry: entry.name, Localized("kontrollsummen (CRC-32) stemmer ikke; filen er skadet",
                                                                  en: "the checksum (CRC-32) does not match; the file is damaged"))
        }
        return unpacked
    }

    /// `12,5 MB`: sizes in messages, in decimal megabytes as file managers show them.
    static func megabytes(_ count: Int) -> String {
        let tenths = (count + 50_000) / 100_000
        return "\(tenths / 10),\(tenths % 10) MB"
    }

    /// The end-of-central-directory record: the last one in the final 64 KiB + 22 bytes whose
    /// comment runs exactly to the end of the file.
    static func endOfCentralDirectory(in bytes: [UInt8]) throws(ZipError) -> Int {
        let reader = ByteReader(bytes)
        guard bytes.count >= 22 else {
            throw ZipError(.damaged, Localized("filen er for kort til å være et ZIP-arkiv", en: "the file is too short to be a ZIP archive"))
        }
        var offset = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while offset >= lowest {
            if reader.u32(offset) == 0x0605_4B50 && offset + 22 + Int(reader.u16(offset + 20)) == bytes.count {
                return offset
            }
            offset -= 1
        }
        throw ZipError(.damaged, Localized("fant ikke slutten av ZIP-arkivet; filen er avkortet eller skadet",
                                           en: "found no end of the ZIP archive; the file is cut short or damaged"))
    }
}

/// Little-endian numbers at offsets the caller has checked.
struct ByteReader {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    func u16(_ offset: Int) -> UInt16 {
        guard offset >= 0, offset + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    func u32(_ offset: Int) -> UInt32 {
        guard offset >= 0, offset + 4 <= bytes.count else { return 0 }
        return UInt32(u16(offset)) | UInt32(u16(offset + 2)) << 16
    }
}
