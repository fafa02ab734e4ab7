/// The values of a route's named segments for one request: for `/tiltak/:id` and the path
/// `/tiltak/2019%2F0412`, `parameters["id"]` is `2019/0412`, decoded.
public struct PathParameters: Sendable, Equatable {
    private var values: [(name: String, value: String)] = []

    public init() {}

    public static func == (lhs: PathParameters, rhs: PathParameters) -> Bool {
        lhs.values.map(\.name) == rhs.values.map(\.name) && lhs.values.map(\.value) == rhs.values.map(\.value)
    }

    public subscript(name: String) -> String? {
        values.last { $0.name == name }?.value
    }

    /// The value of a segment the route declares. A handler registered for `/tiltak/:id` always
    /// has `id`; asking for a name the route lacks is a programming error answered with 500.
    public func require(_ name: String) throws(HTTPError) -> String {
        guard let value = self[name] else {
            throw HTTPError(.internalServerError, .init("ruten har ingen parameter «\(name)»", en: "the route has no parameter «\(name)»"))
        }
        return value
    }

    mutating func set(_ name: String, _ value: String) {
        values.append((name, value))
    }
}
