/// Finds the known value closest to what someone typed, for "mente du …?" hints.
public enum Suggestion {
    static let maximumLength = 100

    /// The candidate with the smallest edit distance, if it is close enough to be a likely
    /// typo (at most a third of the longer word, and at least one letter in common). Ties go to the
    /// candidate listed first, so the answer never depends on dictionary order.
    public static func closest(to typed: String, among candidates: [String]) -> String? {
        // Edit distance is quadratic; nothing a person mistypes is this long.
        guard typed.count <= maximumLength else { return nil }
        let needle = Array(typed.lowercased())
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate.count <= maximumLength {
            let hay = Array(candidate.lowercased())
            if hay == needle { return candidate }
            let distance = editDistance(needle, hay)
            let limit = max(1, max(needle.count, hay.count) / 3)
            let isPrefix = !needle.isEmpty && (hay.starts(with: needle) || needle.starts(with: hay))
            guard distance <= limit || isPrefix else { continue }
            let score = isPrefix ? min(distance, limit) : distance
            if let current = best, current.distance <= score { continue }
            best = (candidate, score)
        }
        return best?.candidate
    }

    /// The "mente du «x»?" note, or nil when nothing is close.
    public static func note(for typed: String, among candidates: [String]) -> Localized? {
        guard let match = closest(to: typed, among: candidates) else { return nil }
        return Localized("mente du \(quoted(match))?", en: "did you mean \(quoted(match))?")
    }

    /// Edits needed to turn one word into the other, counting a swap of two neighbouring letters
    /// (`titel` for `title`) as one edit: the optimal string alignment distance.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = Array(repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = Swift.min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
