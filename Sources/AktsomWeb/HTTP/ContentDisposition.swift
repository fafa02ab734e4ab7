import AktsomKit
import Foundation

/// `Content-Disposition: attachment` with a file name that is safe to send and to save
/// (RFC 6266 with RFC 8187's `filename*`).
///
/// Two names are sent: `filename="…"`, an ASCII fallback (`Årsrapport 2025.html` →
/// `Arsrapport 2025.html`), and `filename*=UTF-8''…` with the real name percent-encoded, which
/// every current browser prefers. Path separators, quotes and control characters never reach
/// either, so a record's title cannot name a folder or break the header.
public enum ContentDisposition {
    public static func attachment(fileName: String) -> String {
        let name = cleaned(fileName)
        return "attachment; filename=\"\(asciiFallback(name))\"; filename*=UTF-8''\(extendedValue(name))"
    }

    /// The name without path separators, control characters or leading dots; `nedlasting` if
    /// nothing is left.
    static func cleaned(_ fileName: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in fileName.unicodeScalars {
            switch scalar {
            case "/", "\\": scalars.append("_")
            case _ where scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format: continue
            default: scalars.append(scalar)
            }
        }
        var name = String(scalars).trimmingCharacters(in: .whitespaces)
        while name.hasPrefix(".") { name.removeFirst() }
        if name.count > 150 { name = String(name.prefix(150)) }
        return name.isEmpty ? "nedlasting" : name
    }

    /// The Norwegian letters spelled out, other accents dropped, anything else not plainly safe
    /// in a quoted string replaced by `_`.
    static func asciiFallback(_ name: String) -> String {
        let spelled: [Character: String] = ["æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "å": "a", "Å": "A", "ß": "ss"]
        var output = ""
        for character in name {
            if let replacement = spelled[character] {
                output += replacement
                continue
            }
            let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? "_"
            if base.isASCII, base.properties.isAlphabetic || ("0"..."9").contains(base) || " -._()+,=@".unicodeScalars.contains(base) {
                output.unicodeScalars.append(base)
            } else {
                output += "_"
            }
        }
        return output
    }

    /// RFC 8187 `value-chars`: `attr-char`s as they are, every other UTF-8 byte as `%XX`.
    static func extendedValue(_ name: String) -> String {
        let attrChars = Set("!#$&+-.^_`|~".utf8)
        let digits = Array("0123456789ABCDEF".utf8)
        var output: [UInt8] = []
        for byte in name.utf8 {
            if PercentEncoding.isUnreserved(byte) || attrChars.contains(byte) {
                output.append(byte)
            } else {
                output += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
