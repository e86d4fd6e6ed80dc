/// What a social-return placement adds to the supplier's obligation, by the "bouwblokken"
/// method: a value per target-group category for a full-time (36-hour) year, pro rata for the
/// hours and months, plus an optional bonus per support instrument the place offers (a
/// leerwerkplek with training, for instance).
///
/// The target group sets the *value* of a placement towards a contract, which is how social
/// return is accounted; it never changes a score. An opening whose data states
/// `value_per_placement_eur` (a value agreed in the contract itself) keeps that value.
public struct SocialReturnValue: Hashable, Sendable {
    /// Euros per full-time year, indexed by `TargetGroup.rawValue`; nil: the group does not count.
    public var perYear: [Double?]
    /// The hours of a full-time year (36 in the Dutch method).
    public var fullTimeHours: Double
    /// How many months a placement is counted for.
    public var months: Double
    /// Euros added once per placement, indexed by `SupportInstrument.rawValue`.
    public var bonus: [Double]

    public init(perYear: [Double?], fullTimeHours: Double = 36, months: Double = 12, bonus: [Double]) {
        precondition(perYear.count == TargetGroup.allCases.count && bonus.count == SupportInstrument.allCases.count)
        self.perYear = perYear
        self.fullTimeHours = fullTimeHours
        self.months = months
        self.bonus = bonus
    }

    /// The valuation of one placement and how it was reached.
    public struct Valuation: Hashable, Sendable {
        public var euros: Double
        /// The target group the value was counted under (the highest the contract accepts);
        /// nil when the contract's own value was used or no group counts.
        public var group: TargetGroup?
        /// True when the opening's own `value_per_placement_eur` was used.
        public var fromContract: Bool
    }

    public func value(of client: Client, at opening: Opening) -> Valuation {
        if let own = opening.valuePerPlacementEUR { return Valuation(euros: own, group: nil, fromContract: true) }
        // The contract's groups, or any group of the client's when the contract names none.
        let groups = opening.targetGroups.rawValue == 0 ? client.targetGroups : client.targetGroups.intersection(opening.targetGroups)
        var best: (Double, TargetGroup)?
        for g in groups.members {
            guard let v = perYear[Int(g.rawValue)] else { continue }
            if best.map({ v > $0.0 }) ?? true { best = (v, g) }
        }
        guard let (yearly, group) = best else { return Valuation(euros: 0, group: nil, fromContract: false) }
        let share = min(opening.hoursPerWeek / fullTimeHours, 1) * months / 12
        var euros = yearly * share
        for instrument in opening.instruments.members { euros += bonus[Int(instrument.rawValue)] }
        return Valuation(euros: (euros * 100).rounded() / 100, group: group, fromContract: false)
    }
}
