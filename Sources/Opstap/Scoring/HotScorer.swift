/// `Scorer.evaluateIfEligible` on the flat arrays of `HotPool`, by index: the bulk path.
/// The same rules in the same sense and the same arithmetic, so it returns exactly what the
/// struct path returns (PoolMatcherTests compare them on every pair of seeded pools).
struct HotScorer: Sendable {
    let scorer: Scorer
    let hot: HotPool
    let day: Int32
    let kinds: [KindPolicy]
    let unknownDutchPasses: Bool

    init(scorer: Scorer) {
        self.scorer = scorer
        hot = HotPool(dataset: scorer.dataset, accepted: scorer.accepted, cosClients: scorer.clientCos, cosOpenings: scorer.openingCos)
        day = scorer.referenceDay.daysSince1970
        kinds = scorer.policy.kinds
        unknownDutchPasses = scorer.policy.unknownDutchLevelPasses
    }

    @inline(__always)
    func evaluateIfEligible(_ ci: Int, _ oi: Int) -> PairScore? {
        let h = hot
        guard h.oAccepted[oi] & (1 << h.cPlace[ci]) != 0, h.oValidUntil[oi] >= day else { return nil }
        let licences = h.oLicences[oi]
        guard h.cImplied[ci] & licences == licences else { return nil }
        if h.oCode95[oi] && h.cCode95[ci] < day { return nil }
        let need = h.oDutch[oi]
        if need > 0 {
            let has = h.cDutch[ci]
            if has < 0 { if !unknownDutchPasses { return nil } } else if has < need { return nil }
        }
        if h.oIsSocial[oi] && h.cTargets[ci] & h.oTargets[oi] == 0 { return nil }
        let kind = kinds[Int(h.oKind[oi])]
        if let maxUp = kind.maxStepUp, Int(h.oRung[oi]) - Int(h.cRung[ci]) > maxUp { return nil }
        var p = PairScore()
        p.distanceKm = GeoPoint.haversineKm(h.cLocation[ci], h.cCos[ci], h.oLocation[oi], h.oCos[oi])
        guard p.distanceKm <= h.cMaxTravel[ci] else { return nil }
        if h.cClash[ci] & h.oConditions[oi] != 0 { return nil }
        if h.oIsDriver[oi] {
            let avail = h.cAvail[ci]
            if avail != Availability.always.rawValue {
                if h.oShiftNight[oi] || avail & h.oShiftNeeds[oi] != h.oShiftNeeds[oi] { return nil }
            }
        }
        // Coverage, exactly as Scorer.requiredCoverage / credit.
        let r0 = Int(h.oReqStart[oi]), r1 = Int(h.oReqStart[oi + 1])
        if r0 == r1 {
            p.coverage = 1
        } else {
            var total = 0.0
            for r in r0..<r1 {
                let level = h.level(ci, h.oReqID[r])
                let asked = h.oReqLevel[r]
                if level >= asked {
                    total += 1
                } else if level > 0 {
                    total += Scorer.power(scorer.policy.belowLevelCredit, Double(asked - level))
                } else if h.cGroups[ci] & (1 << UInt64(h.oReqGroup[r] & 63)) != 0 {
                    total += scorer.policy.relatedCompetenceCredit
                }
            }
            p.coverage = total / Double(r1 - r0)
        }
        guard p.coverage >= kind.minRequiredCoverage else { return nil }

        // The components, exactly as Scorer.score.
        var v = ComponentValues()
        var applicable: UInt8 = 0
        let w0 = Int(h.oWishedStart[oi]), w1 = Int(h.oWishedStart[oi + 1])
        if w0 == w1 {
            v[.competences] = p.coverage
        } else {
            var held = 0
            for w in w0..<w1 where h.level(ci, h.oWished[w]) > 0 { held += 1 }
            let share = scorer.policy.wishedShare
            v[.competences] = (1 - share) * p.coverage + share * Double(held) / Double(w1 - w0)
        }
        applicable |= 1 << ScoreComponent.competences.rawValue
        let c0 = Int(h.cWishStart[ci]), c1 = Int(h.cWishStart[ci + 1])
        if c0 < c1 {
            let t0 = Int(h.oTagStart[oi]), t1 = Int(h.oTagStart[oi + 1])
            var matches = 0
            for w in c0..<c1 {
                let tag = h.cWish[w]
                for t in t0..<t1 where h.oTag[t] == tag { matches += 1; break }
            }
            v[.wish] = min(1, Double(matches) / Double(min(c1 - c0, 2)))
            applicable |= 1 << ScoreComponent.wish.rawValue
        }
        v[.attitude] = Double(h.cAttitude[ci] - 1) / 3
        let maxTravel = h.cMaxTravel[ci]
        if maxTravel > 0 {
            v[.travel] = Scorer.power(max(0, 1 - p.distanceKm / maxTravel), kind.travelDecay)
        } else {
            v[.travel] = p.distanceKm == 0 ? 1 : 0
        }
        v[.hours] = Scorer.hoursFit(client: h.cHours[ci], opening: h.oHours[oi])
        v[.step] = Scorer.stepFit(delta: Int(h.oRung[oi]) - Int(h.cRung[ci]))
        applicable |= 1 << ScoreComponent.attitude.rawValue | 1 << ScoreComponent.travel.rawValue
            | 1 << ScoreComponent.hours.rawValue | 1 << ScoreComponent.step.rawValue
        if h.cPlace[ci] != Placeability.placeable.rawValue {
            let offered = h.oInstruments[oi]
            v[.support] = offered == 0 ? 0 : (offered == 1 ? 0.6 : 1)
            applicable |= 1 << ScoreComponent.support.rawValue
        }
        Scorer.finish(&p, v, applicable, kind.weights)
        return p
    }
}
