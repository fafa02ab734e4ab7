/// CRC-32 as ZIP and PNG use it (ISO 3309, polynomial 0xEDB88320, reflected): every entry read
/// from an archive is checked against it, and every entry written carries it.
public enum CRC32 {
    static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 {
            value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1
        }
        return value
    }

    /// The checksum of `bytes`, continuing from `start` (the checksum of what came before).
    public static func checksum(_ bytes: some Collection<UInt8>, continuing start: UInt32 = 0) -> UInt32 {
        var crc = ~start
        for byte in bytes {
            crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return ~crc
    }
}
