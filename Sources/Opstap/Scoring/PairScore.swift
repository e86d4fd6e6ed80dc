/// The result of evaluating one client against one opening.
public struct PairScore: Hashable, Sendable {
    /// The rules the pair fails; empty when eligible.
    public var failures = RuleSet()
    /// Great-circle distance between home and work, km.
    public var distanceKm = 0.0
    /// Level-aware coverage of the required competences, 0-1 (the `coverage` rule's measure).
    public var coverage = 0.0
    /// Each component's value in [0, 1]; 0 for components that do not apply.
    public var components = ComponentValues()
    /// Components that apply to this pair (bit per `ScoreComponent.rawValue`). `wish` does not
    /// apply when the client recorded no wishes; `support` only applies to clients who are not
    /// placeable without help. Components that do not apply take no weight: the score is the
    /// weighted mean of those that do.
    public var applicable: UInt8 = 0
    /// 0-100: 100 x sum(weight x value) / sum(weight), over the applicable components.
    public var score = 0.0

    public init() {}

    public var isEligible: Bool { failures.isEmpty }

    public func applies(_ component: ScoreComponent) -> Bool { applicable & (1 << component.rawValue) != 0 }

    /// A component's share of the score, in score points; the shares add up to `score`.
    public func contribution(_ component: ScoreComponent, weights: ComponentValues) -> Double {
        guard applies(component) else { return 0 }
        var total = 0.0
        for c in ScoreComponent.allCases where applies(c) { total += weights[c] }
        return total > 0 ? 100 * weights[component] * components[component] / total : 0
    }
}
