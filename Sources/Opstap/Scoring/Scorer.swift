#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Evaluates client-opening pairs under a policy on a reference date: the eleven hard rules and
/// the eight score components. The one place where a score is computed; shortlists, steps,
/// explanations and exports all call it.
///
/// Nothing here reads age, gender, origin, nationality or refugee status: `Client` cannot hold
/// them. Target groups are read by one rule only (`target_group`, for social return).
public struct Scorer: Sendable {
    public let dataset: Dataset
    public let policy: Policy
    public let referenceDay: Day
    /// Competence id -> group id, flat for the hot loop.
    let groupOf: [Int32]
    /// Tag id -> the condition it clashes with, or -1.
    let clashOf: [Int32]
    /// Per opening: the placeabilities it accepts.
    let accepted: [PlaceabilitySet]
    /// cos(latitude) per client and per opening, for the distance in the hot loop.
    let clientCos: [Double]
    let openingCos: [Double]

    public init(dataset: Dataset, policy: Policy, referenceDay: Day) {
        self.dataset = dataset
        self.policy = policy
        self.referenceDay = referenceDay
        groupOf = dataset.taxonomy.competences.map(\.group.index)
        clashOf = dataset.taxonomy.tags.map { $0.clashesWith?.index ?? -1 }
        accepted = dataset.openings.map { policy.acceptedPlaceability(for: $0) }
        clientCos = dataset.clients.map(\.location.cosLatitude)
        openingCos = dataset.openings.map(\.location.cosLatitude)
    }

    public func evaluate(_ client: ClientID, _ opening: OpeningID, full: Bool = false) -> PairScore {
        evaluate(dataset.clients[Int(client.index)], dataset.openings[Int(opening.index)], full: full)
    }

    /// Evaluates a pair. Components are computed when the pair fails at most one rule (so near
    /// misses have a score too), or always when `full` is set.
    /// - Complexity: O(required + wished competences x client competences + shifts).
    public func evaluate(_ c: Client, _ o: Opening, full: Bool = false) -> PairScore {
        var p = PairScore()
        let kind = policy[o.kind]
        var failures: UInt16 = 0
        func fail(_ rule: Rule) { failures |= 1 << rule.rawValue }

        if !accepted[Int(o.id.index)].contains(c.placeability) { fail(.placeability) }
        if let until = o.validUntil, until < referenceDay { fail(.validUntil) }
        if !c.licences.covers(o.requiredLicences) { fail(.licence) }
        if o.requiresCode95, (c.code95ValidUntil.map { $0 < referenceDay } ?? true) { fail(.code95) }
        if let needed = o.minDutchLevel.rank, needed > 0 {
            if let has = c.dutchLevel.rank {
                if has < needed { fail(.dutchLevel) }
            } else if !policy.unknownDutchLevelPasses {
                fail(.dutchLevel)
            }
        }
        if clashes(c, o) { fail(.restriction) }
        if o.kind == .driverSlot && !available(c.availability, for: o.schedule) { fail(.schedule) }
        if o.kind == .socialReturn && c.targetGroups.rawValue & o.targetGroups.rawValue == 0 { fail(.targetGroup) }
        if let maxUp = kind.maxStepUp, Int(o.rung.rawValue) - Int(c.rung.rawValue) > maxUp { fail(.ladderStep) }
        p.coverage = requiredCoverage(c, o)
        if p.coverage < kind.minRequiredCoverage { fail(.coverage) }
        p.distanceKm = c.location.distanceKm(to: o.location)
        if p.distanceKm > c.maxTravelKm { fail(.distance) }
        p.failures = RuleSet(rawValue: failures)
        if full || failures.nonzeroBitCount <= 1 { score(c, o, kind, &p) }
        return p
    }

    /// The score of an eligible pair, or nil. The struct path of bulk matching, used only when
    /// the taxonomy is too large for `HotScorer`'s bit masks; the rules are `evaluate`'s.
    @inline(__always)
    public func evaluateIfEligible(_ c: borrowing Client, _ o: borrowing Opening) -> PairScore? {
        let p = evaluate(copy c, copy o)
        return p.isEligible ? p : nil
    }

    /// The eight components and the score. Takes its arguments borrowed and uses plain loops:
    /// a copy of an opening or a client retains their arrays, and two threads retaining the same
    /// arrays was most of the time in the first profile (contended atomic reference counts).
    private func score(_ c: borrowing Client, _ o: borrowing Opening, _ kind: KindPolicy, _ p: inout PairScore) {
        var v = ComponentValues()
        var applicable: UInt8 = 0
        // Competences: required coverage, with a share for wished competences when there are any.
        if o.wishedCompetences.isEmpty {
            v[.competences] = p.coverage
        } else {
            var held = 0
            for w in o.wishedCompetences where c.level(of: w) > 0 { held += 1 }
            v[.competences] = (1 - policy.wishedShare) * p.coverage + policy.wishedShare * Double(held) / Double(o.wishedCompetences.count)
        }
        applicable |= 1 << ScoreComponent.competences.rawValue
        if !c.wishes.isEmpty {
            var matches = 0
            for w in c.wishes where o.sectors.contains(w) || o.activities.contains(w) { matches += 1 }
            v[.wish] = min(1, Double(matches) / Double(min(c.wishes.count, 2)))
            applicable |= 1 << ScoreComponent.wish.rawValue
        }
        v[.attitude] = Double(c.attitude.rawValue - 1) / 3
        if c.maxTravelKm > 0 {
            v[.travel] = Scorer.power(max(0, 1 - p.distanceKm / c.maxTravelKm), kind.travelDecay)
        } else {
            v[.travel] = p.distanceKm == 0 ? 1 : 0
        }
        v[.hours] = Scorer.hoursFit(client: c.hoursPerWeek, opening: o.hoursPerWeek)
        v[.step] = Scorer.stepFit(delta: Int(o.rung.rawValue) - Int(c.rung.rawValue))
        applicable |= 1 << ScoreComponent.attitude.rawValue | 1 << ScoreComponent.travel.rawValue
            | 1 << ScoreComponent.hours.rawValue | 1 << ScoreComponent.step.rawValue
        if c.placeability != .placeable {
            let offered = o.instruments.rawValue.nonzeroBitCount
            v[.support] = offered == 0 ? 0 : (offered == 1 ? 0.6 : 1)
            applicable |= 1 << ScoreComponent.support.rawValue
        }
        v[.purpose] = kind.purpose(c.placeability)
        applicable |= 1 << ScoreComponent.purpose.rawValue
        Scorer.finish(&p, v, applicable, kind.weights)
    }

    /// The score from the components: one function for every path, so that the struct path and
    /// the flat path (`HotScorer`) give bit-identical scores.
    @inline(__always)
    static func finish(_ p: inout PairScore, _ v: ComponentValues, _ applicable: UInt8, _ weights: ComponentValues) {
        p.components = v
        p.applicable = applicable
        p.score = Scorer.quantize(weightedMean(v, applicable, weights))
    }

    /// 100 x the weighted mean of the applicable components, before rounding. Monotone in every
    /// value (the same additions and multiplications in the same order), so values that are upper
    /// bounds give an upper bound of the score: the bulk path's pruning relies on that.
    @inline(__always)
    static func weightedMean(_ v: ComponentValues, _ applicable: UInt8, _ weights: ComponentValues) -> Double {
        var weighted = 0.0, total = 0.0
        for component in ScoreComponent.allCases where applicable & (1 << component.rawValue) != 0 {
            weighted += weights[component] * v[component]
            total += weights[component]
        }
        return total > 0 ? 100 * weighted / total : 0
    }

    /// Scores are rounded to 10 decimals. Scores that are equal in exact arithmetic can differ
    /// in the last bit depending on the order of operations (or the machine's math library);
    /// rounding makes them tie exactly, so the lower id wins as documented, on every machine.
    /// The rounding (at most 5e-11) keeps the contributions adding up to the score within 1e-9.
    @inlinable public static func quantize(_ score: Double) -> Double { (score * 1e10).rounded() / 1e10 }

    /// Required-competence coverage: full credit at or above the level, `belowLevelCredit` per
    /// level short, `relatedCompetenceCredit` for a missing one for which the client has a
    /// stand-in (`standIn`). 1 when nothing is required.
    public func requiredCoverage(_ c: Client, _ o: Opening) -> Double {
        guard !o.requiredCompetences.isEmpty else { return 1 }
        var total = 0.0
        for k in o.requiredCompetences.indices { total += credit(c, o, k) }
        return total / Double(o.requiredCompetences.count)
    }

    /// The credit (0-1) the opening's `k`-th required competence earns.
    public func credit(_ c: Client, _ o: Opening, _ k: Int) -> Double {
        let required = o.requiredCompetences[k]
        let level = c.level(of: required.competence)
        if level >= required.level { return 1 }
        if level > 0 { return Scorer.power(policy.belowLevelCredit, Double(required.level - level)) }
        return standIn(c, o, k) == nil ? 0 : policy.relatedCompetenceCredit
    }

    /// The competence that stands in for the opening's `k`-th required competence, which the
    /// client lacks: a competence of the same group that the client holds and the opening does
    /// not require. Each stands in for at most one required competence: within a group the
    /// missing ones (by id) take the client's other competences (by id) in turn, so one
    /// related competence never counts twice. nil when the client holds it, or none is left.
    public func standIn(_ c: Client, _ o: Opening, _ k: Int) -> CompetenceID? {
        let required = o.requiredCompetences[k]
        guard c.level(of: required.competence) == 0 else { return nil }
        let group = groupOf[Int(required.competence.index)]
        var taken = 0
        for j in 0..<k where groupOf[Int(o.requiredCompetences[j].competence.index)] == group
            && c.level(of: o.requiredCompetences[j].competence) == 0 {
            taken += 1
        }
        for held in c.competences where held.level > 0 && groupOf[Int(held.competence.index)] == group
            && !o.requiredCompetences.contains(where: { $0.competence == held.competence }) {
            if taken == 0 { return held.competence }
            taken -= 1
        }
        return nil
    }

    /// The client's restrictions that clash with the opening's conditions.
    public func clashingRestrictions(_ c: Client, _ o: Opening) -> [TagID] {
        c.restrictions.filter { r in
            let condition = clashOf[Int(r.index)]
            return condition >= 0 && o.conditions.contains(TagID(condition))
        }
    }

    func clashes(_ c: Client, _ o: Opening) -> Bool {
        for r in c.restrictions {
            let condition = clashOf[Int(r.index)]
            if condition >= 0 && o.conditions.contains(TagID(condition)) { return true }
        }
        return false
    }

    /// Every shift lies in the client's availability; a shift before 06:00 needs `always`.
    func available(_ availability: Availability, for schedule: [DriverShift]) -> Bool {
        missingSlots(availability, for: schedule).isEmpty
    }

    /// The shifts the client cannot drive, for explanations.
    public func missingSlots(_ availability: Availability, for schedule: [DriverShift]) -> [DriverShift] {
        guard availability != .always else { return [] }
        return schedule.filter { shift in
            shift.startsBeforeMorning || !shift.dayParts.allSatisfy { availability.contains(shift.day, $0) }
        }
    }

    /// 1 when the hours are equal; fewer hours than the client can work still fit half-way
    /// (0.5 + 0.5 x opening / client); more hours than the client can work fit as client / opening.
    public static func hoursFit(client: Double, opening: Double) -> Double {
        guard client > 0 else { return 0 }
        return opening <= client ? 0.5 + 0.5 * opening / client : client / opening
    }

    /// One rung up is the best step (1); the same rung 0.7; two up 0.5; three or more up 0.25;
    /// a step down 0.4.
    public static func stepFit(delta: Int) -> Double {
        switch delta {
        case 1: 1
        case 0: 0.7
        case 2: 0.5
        case 3...: 0.25
        default: 0.4
        }
    }

    /// x^y for x in [0, 1] and y > 0: repeated multiplication for whole and half y (times a
    /// square root; exact to the last bit or so, and ten times faster than exp/log, which the
    /// profile showed for the volunteer kind's decay of 1.5), exp/log otherwise.
    @inline(__always)
    static func power(_ x: Double, _ y: Double) -> Double { Power(y)(x) }

    /// `power` with the exponent taken apart once (whole part, half or not), for the bulk path,
    /// which raises millions of travel values to each kind's decay: the same operations in the
    /// same order, so the same bits.
    struct Power: Sendable {
        let exponent: Double
        /// The number of multiplications, with a square root when `half`; -1: exp and log.
        let whole: Int
        let half: Bool

        init(_ y: Double) {
            exponent = y
            let twice = 2 * y
            if y != 1, twice == twice.rounded(), y > 0, y < 16 {
                whole = Int(y)
                half = twice.truncatingRemainder(dividingBy: 2) != 0
            } else {
                whole = -1
                half = false
            }
        }

        @inline(__always) func callAsFunction(_ x: Double) -> Double {
            if exponent == 1 { return x }
            if x <= 0 { return 0 }
            if whole >= 0 {
                var r = 1.0
                for _ in 0..<whole { r *= x }
                return half ? r * x.squareRoot() : r
            }
            return exp(exponent * log(x))
        }
    }
}
