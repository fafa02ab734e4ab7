import AktsomKit
import Foundation

/// Uploaded files waiting for the person to confirm their import, held in memory under a
/// random id that only the preview page's form knows. The confirm step gets the file's bytes
/// back by that id, never by a name or path from the request, and takes them out, so a file is
/// imported once. At most ``capacity`` wait; the oldest goes first.
final class UploadSlots: @unchecked Sendable {
    enum Kind: String, Sendable {
        case statusSheet = "statusark"
        case procurements = "anskaffelser"
    }

    struct Upload: Sendable {
        let kind: Kind
        let fileName: String
        let team: String?
        let bytes: [UInt8]
    }

    static let capacity = 16
    private let lock = NSLock()
    private var waiting: [(id: String, upload: Upload)] = []

    /// Keeps the upload and returns its id.
    func keep(_ upload: Upload) -> String {
        let id = AccessToken.random(using: &generator, bytes: 16).value
        lock.withLock {
            waiting.append((id, upload))
            if waiting.count > UploadSlots.capacity { waiting.removeFirst(waiting.count - UploadSlots.capacity) }
        }
        return id
    }

    /// The upload under `id`, removed; nil when there is none (already imported, or pushed out).
    func take(_ id: String, kind: Kind) -> Upload? {
        lock.withLock {
            guard let index = waiting.firstIndex(where: { ConstantTime.equals(Array($0.id.utf8), Array(id.utf8)) && $0.upload.kind == kind }) else { return nil }
            return waiting.remove(at: index).upload
        }
    }

    /// Puts an upload back under its id, when its import was refused at the last moment.
    func putBack(_ id: String, _ upload: Upload) {
        lock.withLock { waiting.append((id, upload)) }
    }

    private var generator = SystemRandomNumberGenerator()
}
