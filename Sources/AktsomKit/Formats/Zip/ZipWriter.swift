/// Writes a ZIP archive of stored (uncompressed) entries, as the Office formats accept them: the
/// workbooks and Word documents Aktsom makes are a few dozen kilobytes, and storing keeps the
/// writer small and the bytes the same for the same input.
///
/// Every entry gets the same fixed time (1 January 1980, the format's first day), no extra
/// fields and UTF-8 names, so the same entries in the same order always make the same bytes.
/// Entries over 4 GiB or more than 65 535 entries (ZIP64) are not written: nothing Aktsom makes
/// comes near.
public struct ZipWriter: Sendable {
    private var output: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0
    private var names: Set<String> = []

    public init() {}

    /// Adds an entry. Names are paths inside the archive (`xl/workbook.xml`), each used once.
    public mutating func add(_ name: String, _ bytes: [UInt8]) {
        precondition(names.insert(name).inserted, "the entry \(name) is added twice")
        precondition(bytes.count < 0xFFFF_FFFF && output.count < 0xFFFF_FFFF && count < 0xFFFF, "a ZIP64 archive")
        let nameBytes = Array(name.utf8)
        let crc = CRC32.checksum(bytes)
        let offset = output.count
        // Local header: version 2.0, flag 11 (UTF-8 names), stored, 00:00 on 1980-01-01.
        output += le32(0x0403_4B50) + le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x0021)
        output += le32(crc) + le32(UInt32(bytes.count)) + le32(UInt32(bytes.count)) + le16(UInt16(nameBytes.count)) + le16(0)
        output += nameBytes
        output += bytes
        directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x0021)
        directory += le32(crc) + le32(UInt32(bytes.count)) + le32(UInt32(bytes.count)) + le16(UInt16(nameBytes.count))
        directory += le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(UInt32(offset))
        directory += nameBytes
        count += 1
    }

    public mutating func add(_ name: String, text: String) {
        add(name, Array(text.utf8))
    }

    /// The archive: the entries, the central directory, its end record.
    public func finished() -> [UInt8] {
        var archive = output + directory
        archive += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(count)) + le16(UInt16(count))
        archive += le32(UInt32(directory.count)) + le32(UInt32(output.count)) + le16(0)
        return archive
    }

    private func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private func le32(_ value: UInt32) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)] }
}
