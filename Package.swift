// swift-tools-version:6.0
import PackageDescription

// Aktsom is Foundation only, by the owner's decision: no package dependencies.
let package = Package(
    name: "Aktsom",
    products: [
        .executable(name: "aktsom", targets: ["aktsom"]),
        .library(name: "AktsomKit", targets: ["AktsomKit"]),
        .library(name: "AktsomWeb", targets: ["AktsomWeb"]),
        .executable(name: "aktsom-bench", targets: ["aktsom-bench"]),
    ],
    targets: [
        // The domain, the plan folder, the reports and the checks. Never touches stdout or argv.
        .target(name: "AktsomKit"),
        // The local web app's foundation: a strict HTTP/1.1 server on POSIX sockets, routing,
        // the security layer and an escaping HTML builder. Pages call AktsomKit, as commands do.
        .target(name: "AktsomWeb", dependencies: ["AktsomKit"]),
        // The command line: parses arguments, calls AktsomKit, prints.
        .executableTarget(name: "aktsom", dependencies: ["AktsomKit", "AktsomWeb"]),
        // The benchmark: generates realistic data sets and times the built aktsom on them.
        .executableTarget(name: "aktsom-bench", dependencies: ["AktsomKit"]),
        .testTarget(name: "AktsomKitTests", dependencies: ["AktsomKit"], exclude: ["Fixtures"]),
        // HTTP on in-memory bytes, the server over loopback sockets, and `aktsom serve` end to end.
        .testTarget(name: "AktsomWebTests", dependencies: ["AktsomWeb", "AktsomKit", "aktsom"]),
        // End-to-end tests run the built `aktsom` in temporary folders, as a user would.
        .testTarget(name: "AktsomCLITests", dependencies: ["aktsom", "aktsom-bench", "AktsomKit"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
