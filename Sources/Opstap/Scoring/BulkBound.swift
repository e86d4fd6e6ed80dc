/// The bulk bound: stage 2b of `HotScorer`, for the pairs the filter passed, before any of them
/// is evaluated. An upper bound of the score from one record per client and one per opening,
/// without a data-dependent loop, branch or division: the wish component and the coverage from
/// bit sets, the travel from the chord, the other components exact up to a reciprocal's
/// rounding (far inside `HotScorer.boundMargin`). Most pairs that cannot reach their list stop
/// here, in a tight loop, rather than after `evaluatePassed`'s loops.
///
/// The records hold what the bound reads side by side (a pair touches two or three cache lines
/// per side instead of one per field): at 1M x 50k the bound is the largest part of the work,
/// and the opening side changes with every pair of a client's scan.

/// A set of competences, bit = competence index mod 192. Beyond 192 competences two share a
/// bit, and the bound's counts can then only grow (never undercount).
struct Bits3: Sendable, Equatable {
    var a: UInt64 = 0, b: UInt64 = 0, c: UInt64 = 0

    static let size = 192

    init() {}

    init<S: Sequence>(_ competences: S) where S.Element == CompetenceID {
        for id in competences { insert(id) }
    }

    func contains(_ id: CompetenceID) -> Bool { !(self & Bits3(CollectionOfOne(id))).isEmpty }

    mutating func insert(_ id: CompetenceID) {
        let k = Int(id.index) % Self.size
        let bit = UInt64(1) << UInt64(k & 63)
        switch k >> 6 {
        case 0: a |= bit
        case 1: b |= bit
        default: c |= bit
        }
    }

    var isEmpty: Bool { a | b | c == 0 }

    @inline(__always) var count: Int { a.nonzeroBitCount &+ b.nonzeroBitCount &+ c.nonzeroBitCount }

    @inline(__always) static func & (x: Bits3, y: Bits3) -> Bits3 {
        var r = Bits3()
        (r.a, r.b, r.c) = (x.a & y.a, x.b & y.b, x.c & y.c)
        return r
    }

    @inline(__always) static func | (x: Bits3, y: Bits3) -> Bits3 {
        var r = Bits3()
        (r.a, r.b, r.c) = (x.a | y.a, x.b | y.b, x.c | y.c)
        return r
    }
}

/// What the bulk bound reads of a client.
struct BoundClient: Sendable {
    /// Competences held at level 1 or more, 2 or more, 3 or more.
    var level1 = Bits3(), level2 = Bits3(), level3 = Bits3()
    /// Competence groups held (as `HotPool.cGroups`); wishes as bits (tag index mod 64).
    var groups: UInt64 = 0, wishBits: UInt64 = 0
    var unit: UnitVector
    /// 1 / min(wishes, 2), 0 without wishes (the wish component then does not apply).
    var wishScale = 0.0
    /// 1 when two wishes share a bit (the popcount could undercount): the wish bound is then 1.
    var wishSlack = 0.0
    /// 1 when the support component applies (the client is not placeable without it), else 0.
    var supportApplies = 0.0
    /// The attitude component itself.
    var attitude = 0.0
    var hours = 0.0
    /// 1 / hours and 1 / travel distance, 0 when those are 0.
    var hoursInverse = 0.0, travelInverse = 0.0
    var rung = 0
    /// `Placeability.rawValue`, for the purpose component.
    var placeability: UInt8 = 0

    /// - Parameter groups: the client's competence groups (`HotPool.cGroups`).
    init(_ c: Client, groups: UInt64) {
        for held in c.competences where held.level > 0 {
            level1.insert(held.competence)
            if held.level >= 2 { level2.insert(held.competence) }
            if held.level >= 3 { level3.insert(held.competence) }
        }
        self.groups = groups
        wishBits = c.wishes.reduce(UInt64(0)) { $0 | 1 << UInt64($1.index & 63) }
        unit = UnitVector(c.location)
        wishScale = c.wishes.isEmpty ? 0 : 1 / Double(min(c.wishes.count, 2))
        wishSlack = wishBits.nonzeroBitCount == c.wishes.count ? 0 : 1
        supportApplies = c.placeability == .placeable ? 0 : 1
        attitude = Double(c.attitude.rawValue - 1) / 3
        hours = c.hoursPerWeek
        hoursInverse = c.hoursPerWeek > 0 ? 1 / c.hoursPerWeek : 0
        travelInverse = c.maxTravelKm > 0 ? 1 / c.maxTravelKm : 0
        rung = Int(c.rung.rawValue)
        placeability = c.placeability.rawValue
    }
}

/// What the bulk bound reads of an opening.
struct BoundOpening: Sendable {
    /// Required competences by the level asked (1, 2, 3 or more), and the wished ones.
    var required1 = Bits3(), required2 = Bits3(), required3 = Bits3(), wished = Bits3()
    /// Groups of the required competences; sector and activity tags as bits (mod 64).
    var groupMask: UInt64 = 0, tagBits: UInt64 = 0
    var unit: UnitVector
    var requiredCount = 0.0
    /// 1 / required count (0 when none) and 1 / wished count (0 when none).
    var requiredScale = 0.0, wishedScale = 0.0
    /// 1 when the popcounts could undercount (a competence listed twice, credits outside
    /// 0...1) or nothing is required: the coverage bound is then 1. Likewise for the wished.
    var requiredSlack = 0.0, wishedSlack = 0.0
    /// 1 when a required competence that is not held earns the related credit only if its
    /// group is held and no other required one shares that group; 0: every required one not
    /// held is counted at the related credit.
    var relatedByGroup = 0.0
    /// The wished share when the opening wishes competences, else 0.
    var wishedShare = 0.0
    var hours = 0.0, hoursInverse = 0.0
    /// The support component for a client it applies to: 0, 0.6 or 1.
    var support = 0.0
    var kind = 0, rung = 0

    /// - Parameters:
    ///   - groupMask: the required competences' groups (`HotPool.oGroupMask`).
    ///   - groupsDistinct: no two required competences share a group (`HotPool.oGroupsDistinct`).
    init(_ o: Opening, groupMask: UInt64, groupsDistinct: Bool, taxonomy t: Taxonomy, policy: Policy) {
        let creditsInRange = (0...1).contains(policy.belowLevelCredit) && (0...1).contains(policy.relatedCompetenceCredit)
        var listed = Bits3()
        for r in o.requiredCompetences {
            if listed.contains(r.competence) || !creditsInRange { requiredSlack = 1 }
            listed.insert(r.competence)
            switch r.level {
            case ...1: required1.insert(r.competence)
            case 2: required2.insert(r.competence)
            default: required3.insert(r.competence)
            }
        }
        if o.requiredCompetences.isEmpty { requiredSlack = 1 }
        for w in o.wishedCompetences {
            if wished.contains(w) { wishedSlack = 1 }
            wished.insert(w)
        }
        self.groupMask = groupMask
        relatedByGroup = groupsDistinct && t.competences.count <= Bits3.size ? 1 : 0
        tagBits = (o.sectors + o.activities).reduce(UInt64(0)) { $0 | 1 << UInt64($1.index & 63) }
        unit = UnitVector(o.location)
        requiredCount = Double(o.requiredCompetences.count)
        requiredScale = o.requiredCompetences.isEmpty ? 0 : 1 / requiredCount
        wishedScale = o.wishedCompetences.isEmpty ? 0 : 1 / Double(o.wishedCompetences.count)
        wishedShare = o.wishedCompetences.isEmpty ? 0 : policy.wishedShare
        hours = o.hoursPerWeek
        hoursInverse = o.hoursPerWeek > 0 ? 1 / o.hoursPerWeek : 0
        let offered = o.instruments.rawValue.nonzeroBitCount
        support = offered == 0 ? 0 : (offered == 1 ? 0.6 : 1)
        kind = Int(o.kind.rawValue)
        rung = Int(o.rung.rawValue)
    }
}

/// What the bulk bound reads of a kind's policy.
struct KindBound: Sendable {
    let weights: ComponentValues
    let minScore: Double, minCoverage: Double
    /// The travel decay as x^(whole + half / 2) with whole 0...3: `powers` selects x^whole by
    /// multiplication with 0s and one 1 (no branch), `half` is 0 or 1. Rounded down to half
    /// steps (and to at most 3.5), so for x in 0...1 it is never below x^decay.
    let powers: (Double, Double, Double, Double)
    let half: Double
    /// The purpose component per placeability.
    let purpose: PlaceabilityPreference

    init(_ k: KindPolicy) {
        purpose = k.placeabilityPreference
        weights = k.weights
        minScore = k.minScore
        minCoverage = k.minRequiredCoverage
        let steps = max(0, min(7, Int((2 * k.travelDecay).rounded(.down))))
        let whole = steps / 2
        powers = (whole == 0 ? 1 : 0, whole == 1 ? 1 : 0, whole == 2 ? 1 : 0, whole == 3 ? 1 : 0)
        half = Double(steps % 2)
    }

    /// At least the travel component for travel value x (x in 0...1).
    @inline(__always) func travel(_ x: Double) -> Double {
        let x2 = x * x
        let whole = powers.0 + powers.1 * x + powers.2 * x2 + powers.3 * x2 * x
        return whole * ((1 - half) + half * x.squareRoot())
    }
}

extension HotScorer {
    /// The bulk bound of client `c` and opening `o` as the weighted sum and the total weight:
    /// the bound is `100 x weighted / total`, compared without the division. A pair whose
    /// coverage bound is below the kind's minimum breaks a rule: its weighted sum is -1.
    @inline(__always)
    func bound(_ c: BoundClient, _ o: BoundOpening) -> (weighted: Double, total: Double) {
        let k = kindBounds[o.kind]
        let w = k.weights
        // Coverage: per required competence 1 when held at the level asked, the below-level
        // credit (at most) when held lower, the related credit when not held (only if its
        // group is held, where that is certain).
        let full = Double((o.required1 & c.level1).count &+ (o.required2 & c.level2).count &+ (o.required3 & c.level3).count)
        let held = Double(((o.required1 | o.required2 | o.required3) & c.level1).count)
        let groupsHeld = Double((c.groups & o.groupMask).nonzeroBitCount)
        let related = o.relatedByGroup * max(0, groupsHeld - held) + (1 - o.relatedByGroup) * (o.requiredCount - held)
        let credit = full + belowLevelCredit * (held - full) + relatedCredit * related
        let coverage = min(1, credit * o.requiredScale + o.requiredSlack)
        let wishedHeld = Double((o.wished & c.level1).count)
        let competences = (1 - o.wishedShare) * coverage + o.wishedShare * min(1, wishedHeld * o.wishedScale + o.wishedSlack)
        let eligible = coverage >= k.minCoverage - Self.boundMargin ? 1.0 : 0
        let wishApplies = c.wishScale > 0 ? 1.0 : 0
        let wish = min(1, Double((c.wishBits & o.tagBits).nonzeroBitCount) * c.wishScale + c.wishSlack)
        let shorter = o.hours <= c.hours ? 1.0 : 0
        let hours = max(0, shorter * (0.5 + 0.5 * o.hours * c.hoursInverse) + (1 - shorter) * c.hours * o.hoursInverse)
        let step = Scorer.stepFit(delta: o.rung - c.rung)
        let near = UnitVector.distanceLowerBoundKm(c.unit, o.unit)
        let travel = k.travel(max(0, 1 - near * c.travelInverse))
        let v = ComponentValues(competences: competences, wish: wish, attitude: c.attitude, travel: travel, hours: hours, step: step,
                                support: o.support, purpose: k.purpose[raw: c.placeability])
        let (weighted, total) = Self.weightedParts(v, wish: wishApplies, support: c.supportApplies, w)
        return (eligible * weighted - (1 - eligible), total)
    }

    /// `bound` by positions in the pool's order.
    func boundParts(_ ci: Int, _ oi: Int) -> (weighted: Double, total: Double) {
        bound(hot.boundClients[ci], hot.boundOpenings[oi])
    }

    /// Keeps, in order, the clients among the `count` at `rows` whose bound with opening `oi`
    /// reaches `floor`; the others are counted in `pruned`. Returns how many were kept.
    @inline(__always)
    func keepClients(_ rows: UnsafeMutablePointer<Int32>, count: Int, opening oi: Int, floor: Double, pruned: inout Int) -> Int {
        let o = hot.boundOpenings[oi]
        let cut = floor - Self.boundMargin
        return hot.boundClients.withUnsafeBufferPointer { clients in
            var n = 0
            for x in 0..<count {
                let r = rows[x]
                rows[n] = r
                let b = bound(clients[Int(r)], o)
                n &+= 100 * b.weighted < cut * b.total ? 0 : 1
            }
            pruned &+= count - n
            return n
        }
    }

    /// The same for client `ci` and the openings at `rows`, each against the higher of its
    /// kind's minimum score and `threshold`.
    @inline(__always)
    func keepOpenings(_ rows: UnsafeMutablePointer<Int32>, count: Int, client ci: Int, threshold: Double, pruned: inout Int) -> Int {
        let c = hot.boundClients[ci]
        return hot.boundOpenings.withUnsafeBufferPointer { openings in
            var n = 0
            for x in 0..<count {
                let r = rows[x]
                rows[n] = r
                let o = openings[Int(r)]
                let cut = max(kindBounds[o.kind].minScore, threshold) - Self.boundMargin
                let b = bound(c, o)
                n &+= 100 * b.weighted < cut * b.total ? 0 : 1
            }
            pruned &+= count - n
            return n
        }
    }
}

/// What the block bound reads of a block of openings of one kind (`GroupLists.Blocking`): the
/// union of their tags and the ranges of their hours and rungs, the best support offered.
struct BoundBlock: Sendable {
    var tagBits: UInt64 = 0
    var minHours = Double.infinity, maxHours = -Double.infinity
    var minRung = Int.max, maxRung = Int.min
    var support = 0.0
    var kind = 0

    init<S: Sequence>(_ members: S) where S.Element == BoundOpening {
        for o in members {
            kind = o.kind
            tagBits |= o.tagBits
            minHours = min(minHours, o.hours)
            maxHours = max(maxHours, o.hours)
            minRung = min(minRung, o.rung)
            maxRung = max(maxRung, o.rung)
            support = max(support, o.support)
        }
    }
}

extension HotScorer {
    /// True when no opening of `block` can reach `threshold` (nor its kind's minimum score) with
    /// client `c`, whose distance to each of them is at least `nearKm`: the bulk bound with the
    /// competences at 1 and every other component at its best over the block (the wish against
    /// the union of the tags, the hours and the step at their best within the ranges).
    @inline(__always)
    func blockBelow(_ c: BoundClient, _ block: BoundBlock, nearKm: Double, threshold: Double) -> Bool {
        let k = kindBounds[block.kind]
        let wishApplies = c.wishScale > 0 ? 1.0 : 0
        let wish = min(1, Double((c.wishBits & block.tagBits).nonzeroBitCount) * c.wishScale + c.wishSlack)
        let hours = Scorer.hoursFit(client: c.hours, opening: min(max(c.hours, block.minHours), block.maxHours))
        let step = Self.bestStep(low: block.minRung - c.rung, high: block.maxRung - c.rung)
        let travel = k.travel(max(0, 1 - nearKm * c.travelInverse))
        let v = ComponentValues(competences: 1, wish: wish, attitude: c.attitude, travel: travel, hours: hours, step: step,
                                support: block.support, purpose: k.purpose[raw: c.placeability])
        let (weighted, total) = Self.weightedParts(v, wish: wishApplies, support: c.supportApplies, k.weights)
        return 100 * weighted < (max(k.minScore, threshold) - Self.boundMargin) * total
    }

    /// The best `Scorer.stepFit` for a rung difference in `low...high`.
    @inline(__always)
    static func bestStep(low: Int, high: Int) -> Double {
        if high < 0 { return Scorer.stepFit(delta: high) }
        if low >= 3 { return Scorer.stepFit(delta: low) }
        if low <= 1 && high >= 1 { return Scorer.stepFit(delta: 1) }
        return Scorer.stepFit(delta: high == 0 ? 0 : 2)
    }
}
