/// Where the records of a loaded plan folder stood in their files.
public struct PlanSources: Sendable {
    public var plan: SourceMap?
    public var register: SourceMap?
    public var years: [Int: SourceMap] = [:]

    public init(plan: SourceMap? = nil, register: SourceMap? = nil, years: [Int: SourceMap] = [:]) {
        self.plan = plan
        self.register = register
        self.years = years
    }
}
