import Foundation
import Testing
@testable import AktsomKit

/// What makes an Office file open without a repair prompt, checked from its bytes: a ZIP whose
/// every XML part is well-formed, whose every part is declared in `[Content_Types].xml` (by its
/// name or its extension), and whose every relationship points at a part that is there.
enum OfficePackageCheck {
    struct Opened {
        var parts: [String: [UInt8]]
        func text(_ name: String) -> String { String(decoding: parts[name] ?? [], as: UTF8.self) }
    }

    static func open(_ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Opened {
        let archive = try ZipArchive(bytes: bytes)
        var parts: [String: [UInt8]] = [:]
        for entry in archive.entries { parts[entry.name] = try archive.contents(of: entry) }
        for (name, contents) in parts where name.hasSuffix(".xml") || name.hasSuffix(".rels") || name.hasSuffix(".svg") {
            var reader = XMLReader(contents)
            do {
                while try reader.next() != nil {}
            } catch {
                Issue.record("\(name), line \(error.line): \(error.message.en)", sourceLocation: sourceLocation)
            }
        }
        let types = String(decoding: parts["[Content_Types].xml"] ?? [], as: UTF8.self)
        #expect(!types.isEmpty, "no [Content_Types].xml", sourceLocation: sourceLocation)
        for name in parts.keys where name != "[Content_Types].xml" {
            let declared = types.contains("PartName=\"/\(name)\"")
                || types.contains("Extension=\"\(name.split(separator: ".").last.map(String.init) ?? "")\"")
            #expect(declared, "\(name) has no content type", sourceLocation: sourceLocation)
        }
        for (name, contents) in parts where name.hasSuffix(".rels") {
            // `word/_rels/document.xml.rels` speaks of targets relative to `word/`.
            let folder = name.components(separatedBy: "_rels/").first ?? ""
            let xml = String(decoding: contents, as: UTF8.self)
            for match in xml.matches(of: /Target="([^"]+)"/) {
                let target = String(match.output.1)
                let path = XLSXWorkbook.resolve(target, from: String(folder.dropLast(folder.hasSuffix("/") ? 1 : 0)))
                #expect(parts[path] != nil, "\(name) points at \(target), which is not in the package", sourceLocation: sourceLocation)
            }
        }
        return Opened(parts: parts)
    }
}
