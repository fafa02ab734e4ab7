import AktsomKit

/// Why the server could not start listening, said for the person who typed `aktsom serve`.
public enum ListenError: Error, Sendable, Equatable, DiagnosticConvertible {
    /// Every port tried is taken by another program.
    case addressInUse(IPAddress, ClosedRange<Int>)
    /// A port below 1024 needs privileges the user does not have.
    case permissionDenied(IPAddress, Int)
    /// The address is not one of this machine's.
    case addressNotAvailable(IPAddress)
    /// Another failure of a system call, with its `errno`.
    case system(String, Int32)

    public var diagnostic: Diagnostic {
        switch self {
        case .addressInUse(let address, let ports):
            let which = ports.count == 1 ? "port \(ports.lowerBound)" : "portene \(ports.lowerBound)–\(ports.upperBound)"
            let whichEn = ports.count == 1 ? "port \(ports.lowerBound) is" : "ports \(ports.lowerBound)–\(ports.upperBound) are"
            return Diagnostic(.data, message: Localized("\(which) på \(address.uriHost) er opptatt", en: "\(whichEn) taken on \(address.uriHost)"),
                              notes: [Localized("velg en annen port med --port, for eksempel --port 8090", en: "choose another port with --port, for example --port 8090")])
        case .permissionDenied(let address, let port):
            return Diagnostic(.data, message: Localized("har ikke lov til å lytte på port \(port) på \(address.uriHost)",
                                                        en: "not allowed to listen on port \(port) on \(address.uriHost)"),
                              notes: [Localized("porter under 1024 krever administrator; bruk for eksempel --port 8080",
                                                en: "ports below 1024 need administrator rights; use for example --port 8080")])
        case .addressNotAvailable(let address):
            return Diagnostic(.data, message: Localized("\(address) er ikke en adresse denne maskinen har", en: "\(address) is not an address of this machine"),
                              notes: [Localized("bruk 127.0.0.1 (standard) eller en av maskinens adresser",
                                                en: "use 127.0.0.1 (the default) or one of the machine's addresses")])
        case .system(let call, let error):
            return Diagnostic(.data, message: Localized("kunne ikke starte serveren: \(call) feilet (errno \(error))",
                                                        en: "could not start the server: \(call) failed (errno \(error))"))
        }
    }
}
