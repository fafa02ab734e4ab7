extension Double {
    /// The value in tenths as an integer, for writing chart numbers: never traps, whatever the
    /// data (a non-finite value is 0, a huge one is held at ±10^15).
    var tenths: Int64 {
        guard isFinite else { return 0 }
        let scaled = (self * 10).rounded()
        return Int64(Swift.max(-1e15, Swift.min(1e15, scaled)))
    }
}
