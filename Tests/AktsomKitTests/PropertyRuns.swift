import Foundation

/// How many cases a long-running property test tries: all of them in CI
/// (`AKTSOM_FUZZ=full swift test`, as `.ci/run` runs it), a tenth on a developer's
/// `swift test`, so the whole suite answers in about a minute and a half instead of waiting on
/// the fuzzing. The cases are seeded, so the short run is the long run's first tenth.
enum PropertyRuns {
    static let isFull = ProcessInfo.processInfo.environment["AKTSOM_FUZZ"] == "full"

    /// `full` in CI; a tenth of it, at least `least`, otherwise.
    static func count(_ full: Int, least: Int = 20) -> Int {
        isFull ? full : max(least, full / 10)
    }
}
