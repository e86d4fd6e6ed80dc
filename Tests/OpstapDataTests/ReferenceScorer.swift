#if canImport(Glibc)
import Glibc
#endif
import Opstap

/// A deliberately simple scorer written from docs/scoring.md, not from `Scorer`: plain loops,
/// dictionaries and sets, every pair evaluated, no shortcuts. The engine must agree with it.
struct ReferenceScorer {
    let dataset: Dataset
    let policy: Policy
    let day: Day

    func distance(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        let r = 6371.0088, rad = Double.pi / 180
        let dlat = (b.latitude - a.latitude) * rad, dlon = (b.longitude - a.longitude) * rad
        let h = sin(dlat / 2) * sin(dlat / 2) + cos(a.latitude * rad) * cos(b.latitude * rad) * sin(dlon / 2) * sin(dlon / 2)
        return 2 * r * asin(min(1, h.squareRoot()))
    }

    /// nil when the pair is not eligible; else the score and the components that apply.
    func score(_ c: Client, _ o: Opening) -> (score: Double, components: [ScoreComponent: Double])? {
        let k = policy[o.kind]
        let levels = Dictionary(uniqueKeysWithValues: c.competences.map { ($0.competence, Int($0.level)) })
        let groupOf = { (id: CompetenceID) in self.dataset.taxonomy[id].group }
        // Rules.
        var accepted = o.acceptedPlaceability ?? k.acceptedPlaceability
        if o.acceptedPlaceability == nil && o.kind == .volunteer && policy.bothTracks { accepted.insert(PlaceabilitySet(.notPlaceable)) }
        guard accepted.contains(c.placeability) else { return nil }
        let d = distance(c.location, o.location)
        guard d <= c.maxTravelKm else { return nil }
        guard c.licences.covers(o.requiredLicences) else { return nil }
        if o.requiresCode95 { guard let until = c.code95ValidUntil, until >= day else { return nil } }
        if o.minDutchLevel != .none {
            if c.dutchLevel == .unknown { guard policy.unknownDutchLevelPasses else { return nil } }
            else { guard c.dutchLevel.rawValue >= o.minDutchLevel.rawValue else { return nil } }
        }
        let conditions = Set(o.conditions)
        for r in c.restrictions { if let clash = dataset.taxonomy[r].clashesWith, conditions.contains(clash) { return nil } }
        if o.kind == .driverSlot && c.availability != .always {
            for shift in o.schedule {
                if shift.startMinute < 360 { return nil }
                for part in DayPart.allCases where part.minutes.overlaps(Int(shift.startMinute)..<Int(shift.endMinute)) {
                    if !c.availability.contains(shift.day, part) { return nil }
                }
            }
        }
        if o.kind == .socialReturn && Set(c.targetGroups.members).isDisjoint(with: o.targetGroups.members) { return nil }
        if let up = k.maxStepUp, Int(o.rung.rawValue) - Int(c.rung.rawValue) > up { return nil }
        if let until = o.validUntil, until < day { return nil }
        var credits: [Double] = []
        // Stand-ins: the client's competences the opening does not require, counted per group.
        let required = Set(o.requiredCompetences.map(\.competence))
        var standIns: [CompetenceGroupID: Int] = [:]
        for held in c.competences where held.level > 0 && !required.contains(held.competence) { standIns[groupOf(held.competence), default: 0] += 1 }
        for r in o.requiredCompetences {
            let has = levels[r.competence] ?? 0
            if has >= Int(r.level) { credits.append(1) }
            else if has > 0 { credits.append(pow(policy.belowLevelCredit, Double(Int(r.level) - has))) }
            else if standIns[groupOf(r.competence), default: 0] > 0 {
                // One stand-in per missing competence: a related competence counts once.
                standIns[groupOf(r.competence), default: 0] -= 1
                credits.append(policy.relatedCompetenceCredit)
            } else { credits.append(0) }
        }
        let coverage = credits.isEmpty ? 1 : credits.reduce(0, +) / Double(credits.count)
        guard coverage >= k.minRequiredCoverage else { return nil }
        // Components.
        var v: [ScoreComponent: Double] = [:]
        if o.wishedCompetences.isEmpty {
            v[.competences] = coverage
        } else {
            let held = Double(o.wishedCompetences.filter { levels[$0] != nil }.count)
            v[.competences] = (1 - policy.wishedShare) * coverage + policy.wishedShare * held / Double(o.wishedCompetences.count)
        }
        if !c.wishes.isEmpty {
            let offered = Set(o.sectors + o.activities)
            let matches = Double(c.wishes.filter { offered.contains($0) }.count)
            v[.wish] = min(1, matches / Double(min(2, c.wishes.count)))
        }
        v[.attitude] = Double(Int(c.attitude.rawValue) - 1) / 3
        v[.travel] = c.maxTravelKm > 0 ? pow(max(0, 1 - d / c.maxTravelKm), k.travelDecay) : (d == 0 ? 1 : 0)
        if c.hoursPerWeek <= 0 { v[.hours] = 0 }
        else if o.hoursPerWeek <= c.hoursPerWeek { v[.hours] = 0.5 + 0.5 * o.hoursPerWeek / c.hoursPerWeek }
        else { v[.hours] = c.hoursPerWeek / o.hoursPerWeek }
        let delta = Int(o.rung.rawValue) - Int(c.rung.rawValue)
        v[.step] = delta == 1 ? 1 : delta == 0 ? 0.7 : delta == 2 ? 0.5 : delta >= 3 ? 0.25 : 0.4
        if c.placeability != .placeable {
            let n = o.instruments.members.count
            v[.support] = n == 0 ? 0 : n == 1 ? 0.6 : 1
        }
        v[.purpose] = [k.placeabilityPreference.placeable, k.placeabilityPreference.hardToPlace, k.placeabilityPreference.notPlaceable][Int(c.placeability.rawValue)]
        var num = 0.0, den = 0.0
        for component in ScoreComponent.allCases {
            guard let value = v[component] else { continue }
            num += k.weights[component] * value
            den += k.weights[component]
        }
        // Rounded to 10 decimals, as docs/scoring.md says, so that exact ties stay ties.
        return (den > 0 ? (100 * num / den * 1e10).rounded() / 1e10 : 0, v)
    }

    /// Every opening's top `n` clients (score at least the kind's minimum), by sorting everything.
    func shortlist(_ o: Opening, top n: Int) -> [(Int32, Double)] {
        var all: [(Int32, Double)] = []
        for c in dataset.clients { if let s = score(c, o), s.score >= policy[o.kind].minScore { all.append((c.id.index, s.score)) } }
        return Array(all.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }.prefix(n))
    }

    func steps(_ c: Client, kinds: Set<OpeningKind>, top n: Int) -> [(Int32, Double)] {
        var all: [(Int32, Double)] = []
        for o in dataset.openings where kinds.contains(o.kind) {
            if let s = score(c, o), s.score >= policy[o.kind].minScore { all.append((o.id.index, s.score)) }
        }
        return Array(all.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }.prefix(n))
    }
}
