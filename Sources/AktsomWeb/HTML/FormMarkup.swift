/// Forms that carry the CSRF token. A page builds every POST form with ``Markup/postForm(action:for:multipart:_:content:)``,
/// so the hidden field is never forgotten; ``CSRFGuard`` refuses a POST without it.
extension Markup {
    /// `<input type="hidden" name="_csrf" value="…">` with the request's token; empty when the
    /// request did not pass the guard (the form is then refused when sent, failing closed).
    public static func csrfField(for request: HTTPRequest) -> Markup {
        guard let token = request.context.csrfToken else { return .empty }
        return .void(.input, [.type("hidden"), .name(CSRFGuard.fieldName), .value(token)])
    }

    /// `<form method="post" action="…">` with the CSRF field first; `multipart` for a form with a file.
    public static func postForm(action: String, for request: HTTPRequest, multipart: Bool = false, _ attributes: [Attribute] = [],
                                @MarkupBuilder content: () -> Markup) -> Markup {
        var formAttributes: [Attribute] = [.method("post"), .action(action)]
        if multipart { formAttributes.append(.enctype("multipart/form-data")) }
        return .element(.form, formAttributes + attributes) {
            csrfField(for: request)
            if let stamp = request.context.formStamp {
                Markup.void(.input, [.type("hidden"), .name(ResubmissionGuard.fieldName), .value(stamp)])
            }
            content()
        }
    }
}
