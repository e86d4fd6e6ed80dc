import Opstap
import Testing
@testable import OpstapData

/// The engine's shortlists, steps and scores against the reference scorer on seeded random pools.
@Suite struct ScoringPropertyTests {
    static let day = Day(year: 2026, month: 11, day: 23)!

    /// Rankings must be the same; scores may differ in the last bits (a different order of
    /// floating-point operations), so a near-tie may swap only when the scores are that close.
    func expectSameRanking(_ engine: [(Int32, Double)], _ reference: [(Int32, Double)], _ context: String) {
        #expect(engine.count == reference.count, "\(context)")
        for (e, r) in zip(engine, reference) {
            #expect(abs(e.1 - r.1) < 1e-9, "\(context)")
            if e.0 != r.0 { #expect(abs(e.1 - r.1) < 1e-9, "\(context): \(e.0) vs \(r.0)") }
        }
        #expect(engine.map(\.0) == reference.map(\.0), "\(context)")
    }

    @Test(arguments: [UInt64(1), 2, 3, 4])
    func shortlistsAndStepsEqualTheReference(seed: UInt64) {
        let (dataset, _) = DatasetGenerator.generate(.national(clients: 1500, openings: 150), seed: seed, taxonomy: builtInTaxonomy)
        // Shrink the country to two regions so that many pairs are within reach.
        var d = dataset
        for k in d.clients.indices where k % 2 == 0 { d.clients[k].location = GeoPoint(latitude: 51.84 + Double(k % 7) * 0.01, longitude: 5.85) }
        for k in d.openings.indices where k % 2 == 0 { d.openings[k].location = GeoPoint(latitude: 51.84, longitude: 5.86 + Double(k % 5) * 0.01) }
        var policy = PolicyLoader.builtIn().policy
        if seed % 2 == 0 {
            policy.unknownDutchLevelPasses = false
            policy.bothTracks = false
            policy[.vacancy].travelDecay = 1.7
        }
        let scorer = Scorer(dataset: d, policy: policy, referenceDay: Self.day)
        let matcher = Matcher(scorer: scorer)
        let reference = ReferenceScorer(dataset: d, policy: policy, day: Self.day)
        var nonEmpty = 0
        for o in d.openings {
            let engine = matcher.shortlist(for: o.id, top: 10).matches.map { ($0.client.index, $0.pair.score) }
            if !engine.isEmpty { nonEmpty += 1 }
            expectSameRanking(engine, reference.shortlist(o, top: 10), "shortlist \(d.openingIDs[Int(o.id.index)])")
        }
        #expect(nonEmpty > d.openings.count / 3)  // the test exercises real lists
        for c in d.clients.prefix(300) {
            let kinds: Set<OpeningKind> = c.id.index % 2 == 0 ? [.volunteer] : Set(OpeningKind.allCases)
            let engine = matcher.steps(for: c.id, kinds: kinds, top: 10).matches.map { ($0.opening.index, $0.pair.score) }
            expectSameRanking(engine, reference.steps(c, kinds: kinds, top: 10), "steps \(d.clientIDs[Int(c.id.index)])")
        }
    }

    @Test func everyPairAgreesOnEligibilityAndComponents() {
        let (d, _) = DatasetGenerator.generate(.sample, seed: 2019, taxonomy: builtInTaxonomy)
        let policy = PolicyLoader.builtIn().policy
        let scorer = Scorer(dataset: d, policy: policy, referenceDay: Self.day)
        let reference = ReferenceScorer(dataset: d, policy: policy, day: Self.day)
        var eligible = 0
        for c in d.clients where c.id.index % 3 == 0 {
            for o in d.openings {
                let p = scorer.evaluate(c, o)
                let r = reference.score(c, o)
                #expect(p.isEligible == (r != nil))
                guard let r, p.isEligible else { continue }
                eligible += 1
                #expect(abs(p.score - r.score) < 1e-9)
                for component in ScoreComponent.allCases {
                    #expect(p.applies(component) == (r.components[component] != nil))
                    if let value = r.components[component] { #expect(abs(p.components[component] - value) < 1e-12) }
                }
                let weights = policy[o.kind].weights
                let sum = ScoreComponent.allCases.reduce(0.0) { $0 + p.contribution($1, weights: weights) }
                #expect(abs(sum - p.score) < 1e-9)
            }
        }
        #expect(eligible > 1000)
    }

    @Test func nearMissesFailExactlyOneRuleAndAreNotOnTheShortlist() {
        let (d, _) = DatasetGenerator.generate(.sample, seed: 2019, taxonomy: builtInTaxonomy)
        let scorer = Scorer(dataset: d, policy: PolicyLoader.builtIn().policy, referenceDay: Self.day)
        var seen = 0
        for o in d.openings.prefix(60) {
            let (matches, misses) = Matcher(scorer: scorer).shortlist(for: o.id, top: 10, nearMisses: 10)
            let listed = Set(matches.map(\.client))
            for miss in misses {
                seen += 1
                let p = scorer.evaluate(miss.client, o.id)
                #expect(p.failures.members == [miss.rule])
                #expect(!listed.contains(miss.client))
            }
            #expect(misses.map(\.pair.score) == misses.map(\.pair.score).sorted(by: >))
        }
        #expect(seen > 50)
    }
}
