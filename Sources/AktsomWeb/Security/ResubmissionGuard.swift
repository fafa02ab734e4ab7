import AktsomKit
import Foundation

/// Notices a form sent a second time from the same page: the back button and «Send again», or a
/// double click. Every page gets a fresh stamp (``RequestContext/formStamp``) that its forms carry
/// in the hidden field `_side`; the first request with a stamp and a target goes through, a second
/// one is refused with a page that says the first was saved. Without this, a form sent twice
/// recorded the same status update twice, or made two measures.
///
/// A refused send (the form had a mistake) does not count, so the same page can send the
/// corrected form. A request without the field (scripts, the JSON API, the tests' own posts) is
/// let through: the guard protects people in browsers, not the data's rules.
public struct ResubmissionGuard: Middleware {
    public static let fieldName = "_side"
    let sent: SentForms
    /// A fresh stamp for each page: random in the server.
    let stamp: @Sendable () -> String

    public init(sent: SentForms, stamp: @escaping @Sendable () -> String = { AccessToken.random().value }) {
        self.sent = sent
        self.stamp = stamp
    }

    public func respond(to request: HTTPRequest, next: any Responder) -> HTTPResponse {
        var request = request
        request.context.formStamp = stamp()
        guard !request.method.isSafe, let type = request.contentType?.value,
              ["application/x-www-form-urlencoded", "multipart/form-data"].contains(type),
              let page = try? request.form()[ResubmissionGuard.fieldName], !page.isEmpty else {
            return next.respond(to: request)
        }
        let key = page + " " + request.path
        guard sent.reserve(key) else {
            return ErrorPage.response(for: HTTPError(.conflict, ResubmissionGuard.again), to: request)
        }
        let response = next.respond(to: request)
        if response.status.code >= 400 { sent.release(key) }
        return response
    }

    static let again = Localized(
        "Dette skjemaet er allerede sendt fra denne siden, og det som ble sendt, er lagret. Det er ikke lagret en gang til. Åpne siden på nytt om du vil sende noe mer.",
        en: "This form was already sent from this page, and what it sent is saved. It was not saved a second time. Open the page again to send more.")
}

/// The forms sent so far, by page stamp and target, shared by the server's threads. Bounded: the
/// oldest are forgotten first, long after their page is out of any browser's history.
public final class SentForms: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: Set<String> = []
    private var order: [String] = []
    let capacity: Int

    public init(capacity: Int = 10_000) {
        self.capacity = capacity
    }

    /// Marks `key` as sent; false when it already was (or is being sent right now).
    func reserve(_ key: String) -> Bool {
        lock.withLock {
            guard keys.insert(key).inserted else { return false }
            order.append(key)
            if order.count > capacity {
                let forgotten = order.count - capacity
                for old in order.prefix(forgotten) { keys.remove(old) }
                order.removeFirst(forgotten)
            }
            return true
        }
    }

    /// Forgets `key`: its send was refused and may be made again.
    func release(_ key: String) {
        lock.withLock {
            guard keys.remove(key) != nil else { return }
            order.removeAll { $0 == key }
        }
    }
}
