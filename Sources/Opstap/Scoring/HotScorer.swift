#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `Scorer.evaluateIfEligible` on the flat arrays of `HotPool`, by position in the pool's order:
/// the bulk path. The same rules in the same sense and the same arithmetic, so an eligible pair
/// gets exactly the score and the full result the struct path gives (PoolMatcherTests compare
/// them on every pair of seeded pools, and the lists with the plain matcher's).
///
/// It works in stages, cheapest first: a branch-free filter (rules on bit masks, a chord lower
/// bound of the distance, an upper bound of the required coverage from competence groups); then,
/// when the caller gives a floor (the score a pair must beat to change its list), the bulk bound
/// over the filter's survivors (BulkBound.swift: bit sets and one record per side, no loop);
/// then, per pair, bounds as the wishes and the exact competences become known; only pairs that
/// can still matter pay for the haversine.
struct HotScorer: Sendable {
    let scorer: Scorer
    let hot: HotPool
    let kinds: [KindPolicy]
    let belowLevelCredit: Double, relatedCredit: Double, wishedShare: Double
    /// Each kind's travel decay as a `Scorer.Power`, taken apart once.
    let decays: [Scorer.Power]
    /// What the bulk bound reads of each kind's policy.
    let kindBounds: [KindBound]

    /// `evaluate`'s answer for a pair that breaks a rule.
    static let ineligible = -1.0
    /// `evaluate`'s answer for a pair whose score cannot reach the floor (eligibility not decided).
    static let belowFloor = -2.0
    /// Margin on the score bound: rounding in the bound or the score cannot cross it.
    static let boundMargin = 1e-7

    init(scorer: Scorer, clientOrder: [Int32], openingOrder: [Int32]) {
        self.scorer = scorer
        hot = HotPool(dataset: scorer.dataset, accepted: scorer.accepted, cosClients: scorer.clientCos, cosOpenings: scorer.openingCos,
                      clientOrder: clientOrder, openingOrder: openingOrder, policy: scorer.policy, day: scorer.referenceDay)
        kinds = scorer.policy.kinds
        belowLevelCredit = scorer.policy.belowLevelCredit
        relatedCredit = scorer.policy.relatedCompetenceCredit
        wishedShare = scorer.policy.wishedShare
        decays = scorer.policy.kinds.map { Scorer.Power($0.travelDecay) }
        kindBounds = scorer.policy.kinds.map(KindBound.init)
    }

    /// The score (0-100) of client `ci` and opening `oi` (positions in the pool's order) when
    /// the pair is eligible; `ineligible` when it breaks a rule; `belowFloor` when its score is
    /// certainly below `floor` (pass `-infinity` to decide every pair).
    @inline(__always)
    func evaluate(_ ci: Int, _ oi: Int, floor: Double) -> Double {
        passes(ci, oi) ? evaluatePassed(ci, oi, floor: floor) : Self.ineligible
    }

    /// Stages 1 and 2 without a branch: the rules on bit masks (one word decides placeability,
    /// validity, licences, code 95, Dutch level, target group and ladder step; see `Word`),
    /// restrictions, the driver schedule, the squared chord against the travel distance and the
    /// coverage bound as a popcount. False means the pair breaks a rule; true means it may not.
    @inline(__always)
    func passes(_ ci: Int, _ oi: Int) -> Bool { verdict(ci, oi, shareSquared: 1).bad == 0 }

    /// `passes` as bits: `bad` is nonzero when the pair breaks a rule; `far` is nonzero when
    /// the chord alone puts it beyond `share x` the client's travel distance (with
    /// `shareSquared = share²`), where `travelShare` says it cannot reach the list.
    @inline(__always)
    func verdict(_ ci: Int, _ oi: Int, shareSquared: Double) -> (bad: UInt64, far: UInt64) {
        let h = hot
        let word = h.cWord[ci], targets = h.oTargetAny[oi]
        var bad = (word & h.oRequire[oi]) ^ h.oRequire[oi]
        bad |= bit(word & h.oPlaceAny[oi] == 0)
        bad |= bit(targets != 0) & bit(word & targets == 0)
        bad |= h.cClash[ci] & h.oConditions[oi]
        let avail = h.cAvail[ci], needs = h.oShiftNeeds[oi]
        let scheduleOK = bit(avail == Availability.always.rawValue) | (bit(!h.oShiftNight[oi]) & bit(avail & needs == needs))
        bad |= scheduleOK ^ 1
        let a = h.cUnit[ci], b = h.oUnit[oi]
        let dx = a.x - b.x, dy = a.y - b.y, dz = a.z - b.z
        let chordSquared = dx * dx + dy * dy + dz * dz, reachSquared = h.cReachSquared[ci]
        bad |= bit(chordSquared > reachSquared)
        bad |= bit((h.cGroups[ci] & h.oGroupMask[oi]).nonzeroBitCount < h.oGroupsNeeded[oi])
        return (bad, bit(chordSquared > shareSquared * reachSquared))
    }

    /// The full result of an eligible pair (nil when it is not eligible), as `Scorer.evaluate`
    /// gives it, without copying a `Client` or an `Opening`.
    func pairScore(_ ci: Int, _ oi: Int) -> PairScore? {
        guard passes(ci, oi) else { return nil }
        var p = PairScore()
        return evaluatePassed(ci, oi, floor: -Double.infinity, detail: &p) >= 0 ? p : nil
    }

    @inline(__always) private func bit(_ b: Bool) -> UInt64 { b ? 1 : 0 }

    /// The positions among `rows` (in order) of the clients that pass the filter with opening
    /// `oi` and are within `share` of their travel distance (`shareSquared = share²`), written
    /// to `into`; returns how many passed and how many entries were skipped. Pairs that pass but
    /// lie beyond the share are counted in `pruned`. Entries of a client that shares one of
    /// `lowerGroups` with the opening are skipped: an earlier list of `GroupLists` has them.
    /// Branch-free, so the many pairs that fail cost no mispredicted jumps.
    @inline(__always)
    func filterClients(rows: UnsafeBufferPointer<Int32>, opening oi: Int, shareSquared: Double, lowerGroups: UInt64,
                       into out: UnsafeMutablePointer<Int32>, pruned: inout Int) -> (passed: Int, skipped: Int) {
        var n = 0, far = 0, skipped = 0
        let lower = hot.oGroupMask[oi] & lowerGroups
        for r in rows {
            let k = Int(r)
            out[n] = r
            let v = verdict(k, oi, shareSquared: shareSquared)
            let counted = lower & hot.cGroups[k] == 0
            n &+= counted && (v.bad | v.far) == 0 ? 1 : 0
            far &+= counted && v.bad == 0 && v.far != 0 ? 1 : 0
            skipped &+= counted ? 0 : 1
        }
        pruned &+= far
        return (n, skipped)
    }

    /// The same for client `ci` against the openings at the positions `rows`, of the kinds in
    /// `kindMask` and on the ladder rungs `rungs`; entries of an opening that shares one of
    /// `lowerGroups` with the client are skipped.
    @inline(__always)
    func filterOpenings(rows: UnsafeBufferPointer<Int32>, client ci: Int, kindMask: UInt8, rungs: ClosedRange<Int>, shareSquared: Double,
                        lowerGroups: UInt64, into out: UnsafeMutablePointer<Int32>, pruned: inout Int) -> (passed: Int, skipped: Int) {
        var n = 0, far = 0, skipped = 0
        let lower = hot.cGroups[ci] & lowerGroups
        let low = UInt8(clamping: rungs.lowerBound), high = UInt8(clamping: rungs.upperBound)
        for r in rows {
            let k = Int(r)
            out[n] = r
            let v = verdict(ci, k, shareSquared: shareSquared)
            let counted = lower & hot.oGroupMask[k] == 0
            let rung = hot.oRung[k]
            let asked = counted && kindMask & (1 << hot.oKind[k]) != 0 && rung >= low && rung <= high
            n &+= asked && (v.bad | v.far) == 0 ? 1 : 0
            far &+= asked && v.bad == 0 && v.far != 0 ? 1 : 0
            skipped &+= counted ? 0 : 1
        }
        pruned &+= far
        return (n, skipped)
    }

    /// Stages 2 to 5 for a pair that `passes`: the coverage bound for openings whose required
    /// competences share a group, the score bound against `floor`, the exact distance and
    /// coverage, the score.
    /// With `detail`, an eligible pair's full result (distance, coverage, components) is written
    /// there too: exactly what `Scorer.evaluate` gives (the lists' matches are built from it).
    @inline(__always)
    func evaluatePassed(_ ci: Int, _ oi: Int, floor: Double, detail: UnsafeMutablePointer<PairScore>? = nil) -> Double {
        let h = hot
        let kind = kinds[Int(h.oKind[oi])]
        let decay = decays[Int(h.oKind[oi])]
        let delta = Int(h.oRung[oi]) - Int(h.cRung[ci])
        let maxTravel = h.cMaxTravel[ci]
        let r0 = Int(h.oReqStart[oi]), r1 = Int(h.oReqStart[oi + 1])
        let groups = h.cGroups[ci]
        var coverageBound = 1.0
        if r0 < r1 {
            var reachable = 0.0
            if h.oGroupsDistinct[oi] {
                reachable = Double((groups & h.oGroupMask[oi]).nonzeroBitCount)
            } else {
                for r in r0..<r1 where groups & (1 << UInt64(h.oReqGroup[r] & 63)) != 0 { reachable += 1 }
            }
            coverageBound = reachable / Double(r1 - r0)
            if coverageBound < kind.minRequiredCoverage { return Self.ineligible }
        }

        // The components that cost little, exactly as Scorer.score.
        var v = ComponentValues()
        var applicable: UInt8 = 1 << ScoreComponent.competences.rawValue | 1 << ScoreComponent.attitude.rawValue
            | 1 << ScoreComponent.travel.rawValue | 1 << ScoreComponent.hours.rawValue | 1 << ScoreComponent.step.rawValue
            | 1 << ScoreComponent.purpose.rawValue
        v[.purpose] = kind.placeabilityPreference[raw: h.cPlace[ci]]
        let c0 = Int(h.cWishStart[ci]), c1 = Int(h.cWishStart[ci + 1])
        if c0 < c1 { applicable |= 1 << ScoreComponent.wish.rawValue }
        v[.attitude] = Double(h.cAttitude[ci] - 1) / 3
        v[.hours] = Scorer.hoursFit(client: h.cHours[ci], opening: h.oHours[oi])
        v[.step] = Scorer.stepFit(delta: delta)
        if h.cPlace[ci] != Placeability.placeable.rawValue {
            let offered = h.oInstruments[oi]
            v[.support] = offered == 0 ? 0 : (offered == 1 ? 0.6 : 1)
            applicable |= 1 << ScoreComponent.support.rawValue
        }
        let w0 = Int(h.oWishedStart[oi]), w1 = Int(h.oWishedStart[oi + 1])

        // Stage 3: the score's upper bound against the floor, with the competences and the
        // travel at their bounds (coverage bound, all wished competences held, the chord): first
        // with the client's wishes counted as met, then (after their loop) as they are. The
        // bound is the weighted mean written out (`bound`), the same sum in another order.
        let pruning = floor > -Double.infinity
        var nearest = 0.0
        let competencesBound = w0 == w1 ? coverageBound : (1 - wishedShare) * coverageBound + wishedShare
        if pruning {
            nearest = UnitVector.distanceLowerBoundKm(h.cUnit[ci], h.oUnit[oi])
            v[.wish] = 1
            v[.competences] = competencesBound
            v[.travel] = travelValue(nearest, maxTravel, decay)
            if Self.bound(v, applicable, kind.weights) < floor - Self.boundMargin { return Self.belowFloor }
        }
        if c0 < c1 {
            let t0 = Int(h.oTagStart[oi]), t1 = Int(h.oTagStart[oi + 1])
            var matches = 0
            for w in c0..<c1 {
                let tag = h.cWish[w]
                for t in t0..<t1 where h.oTag[t] == tag { matches += 1; break }
            }
            v[.wish] = min(1, Double(matches) / Double(min(c1 - c0, 2)))
            if pruning && v[.wish] < 1 && Self.bound(v, applicable, kind.weights) < floor - Self.boundMargin { return Self.belowFloor }
        } else {
            v[.wish] = 0
        }

        // Stage 4: the exact coverage and competences; the bound again with only the travel
        // bounded (the chord is within a millionth of the distance at these ranges), so the
        // haversine is paid only by pairs that can still make the list.
        var coverage = 1.0
        if r0 < r1 {
            var total = 0.0
            for r in r0..<r1 {
                let level = h.level(ci, h.oReqID[r])
                let asked = h.oReqLevel[r]
                if level >= asked {
                    total += 1
                } else if level > 0 {
                    total += Scorer.power(belowLevelCredit, Double(asked - level))
                } else if groups & (1 << UInt64(h.oReqGroup[r] & 63)) != 0 && hasStandIn(ci, r, r0..<r1) {
                    total += relatedCredit
                }
            }
            coverage = total / Double(r1 - r0)
        }
        guard coverage >= kind.minRequiredCoverage else { return Self.ineligible }
        if w0 == w1 {
            v[.competences] = coverage
        } else {
            var held = 0
            for w in w0..<w1 where h.level(ci, h.oWished[w]) > 0 { held += 1 }
            v[.competences] = (1 - wishedShare) * coverage + wishedShare * Double(held) / Double(w1 - w0)
        }
        // (The travel component still holds its bound from stage 3.)
        if pruning && Self.bound(v, applicable, kind.weights) < floor - Self.boundMargin { return Self.belowFloor }

        // Stage 5: the exact distance, then the score.
        let distance = GeoPoint.haversineKm(h.cLocation[ci], h.cCos[ci], h.oLocation[oi], h.oCos[oi])
        guard distance <= maxTravel else { return Self.ineligible }
        v[.travel] = travelValue(distance, maxTravel, decay)
        if let detail {
            var p = PairScore()
            p.distanceKm = distance
            p.coverage = coverage
            Scorer.finish(&p, v, applicable, kind.weights)
            detail.pointee = p
        }
        return Scorer.quantize(Scorer.weightedMean(v, applicable, kind.weights))
    }

    /// `Scorer.standIn` on the flat arrays: whether the client at `ci` has a stand-in for the
    /// required competence at `r` (which he lacks) among the opening's requirements `reqs`.
    /// Only pairs that lack a competence of a group they hold get here.
    @inline(never)
    func hasStandIn(_ ci: Int, _ r: Int, _ reqs: Range<Int>) -> Bool {
        let h = hot
        let group = h.oReqGroup[r]
        var taken = 0
        for j in reqs.lowerBound..<r where h.oReqGroup[j] == group && h.level(ci, h.oReqID[j]) == 0 { taken += 1 }
        for j in Int(h.cCompStart[ci])..<Int(h.cCompStart[ci + 1]) where h.cCompLevel[j] > 0 {
            let id = h.cCompID[j]
            guard scorer.groupOf[Int(id)] == group, !reqs.contains(where: { h.oReqID[$0] == id }) else { continue }
            if taken == 0 { return true }
            taken -= 1
        }
        return false
    }

    /// `Scorer.weightedMean` written out for the bounds: no loop over the components, no
    /// branch per component (an applicable bit is a 0 or 1 factor).
    @inline(__always)
    static func bound(_ v: ComponentValues, _ applicable: UInt8, _ w: ComponentValues) -> Double {
        let (weighted, total) = weightedParts(v, wish: Double(applicable >> ScoreComponent.wish.rawValue & 1),
                                              support: Double(applicable >> ScoreComponent.support.rawValue & 1), w)
        return total > 0 ? 100 * weighted / total : 0
    }

    /// The weighted sum and the total weight of the mean, the wish and support components
    /// counted with the factor `wish` and `support` (1 when they apply, 0 when not).
    @inline(__always)
    static func weightedParts(_ v: ComponentValues, wish: Double, support: Double, _ w: ComponentValues) -> (weighted: Double, total: Double) {
        let total = w[.competences] + w[.attitude] + w[.travel] + w[.hours] + w[.step] + wish * w[.wish] + support * w[.support]
            + w[.purpose]
        let weighted = w[.competences] * v[.competences] + w[.attitude] * v[.attitude] + w[.travel] * v[.travel]
            + w[.hours] * v[.hours] + w[.step] * v[.step] + wish * w[.wish] * v[.wish] + support * w[.support] * v[.support]
            + w[.purpose] * v[.purpose]
        return (weighted, total)
    }

    /// How far, as a share of the client's travel distance, a pair of kind `kind` can be and
    /// still score `floor` or more: with every other component at its best, a pair farther away
    /// than `share x max travel` scores below the floor. Lets the matcher skip the rest of a
    /// grid cell (clients sorted by travel distance) or every farther cell without touching
    /// their pairs. 1 or more means no limit. Conservative: rounded up.
    func travelShare(floor: Double, kind: Int) -> Double {
        let k = kinds[kind]
        let travel = k.weights[.travel]
        var all = 0.0
        for component in ScoreComponent.allCases { all += k.weights[component] }
        guard floor > -Double.infinity, travel > 0, all > 0 else { return 1 }
        // Score <= 100 x (1 - travel weight x (1 - travel value) / all weights), for every
        // set of applicable components (fewer applicable weights only lower it).
        let needed = 1 - (1 - (floor - Self.boundMargin) / 100) * all / travel
        if needed <= 0 { return 1 }
        // (1 - d / max)^decay >= needed  <=>  d <= max x (1 - needed^(1 / decay)).
        let root = needed >= 1 ? 1 : (k.travelDecay == 1 ? needed : exp(log(needed) / k.travelDecay))
        return min(1, (1 - root) * (1 + 1e-9) + 1e-12)
    }

    /// The travel component, exactly as Scorer.score computes it (decreasing in the distance).
    @inline(__always) func travelValue(_ distance: Double, _ maxTravel: Double, _ decay: Scorer.Power) -> Double {
        if maxTravel > 0 { return decay(max(0, 1 - distance / maxTravel)) }
        return distance == 0 ? 1 : 0
    }
}
