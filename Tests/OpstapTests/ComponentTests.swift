import Testing
@testable import Opstap

/// Each component at its bounds, and the score as their weighted mean.
@Suite struct ComponentTests {
    typealias F = ScoringFixture

    func pair(client: (inout Client) -> Void = { _ in }, opening: (inout Opening) -> Void = { _ in }) -> PairScore {
        var c = F.client(), o = F.opening()
        client(&c)
        opening(&o)
        return F.evaluate(c, o)
    }

    @Test func competencesCountLevelsRelatedOnesAndWishedOnes() {
        #expect(pair().components[.competences] == 1)
        #expect(pair(client: { $0.competences = [CompetenceHolding(CompetenceID(0), level: 1)] }).components[.competences] == 0.5)
        #expect(pair(opening: { $0.requiredCompetences = [CompetenceHolding(CompetenceID(0), level: 3)] }).components[.competences] == 0.5)
        #expect(pair(client: { $0.competences = [CompetenceHolding(CompetenceID(1), level: 1)] }).components[.competences] == 0.25)
        #expect(pair(client: { $0.competences = [] }).components[.competences] == 0)
        // Wished: 80% required coverage + 20% share of wished ones held.
        #expect(pair(opening: { $0.wishedCompetences = [CompetenceID(3), CompetenceID(2)] }).components[.competences] == 0.8 + 0.2 * 0.5)
        #expect(pair(opening: { $0.requiredCompetences = [] }).components[.competences] == 1)
    }

    @Test func wishCountsOverlapAndDoesNotApplyWithoutWishes() {
        #expect(pair().components[.wish] == 1)
        #expect(pair(client: { $0.wishes = [TagID(4)] }).components[.wish] == 0)
        #expect(pair(client: { $0.wishes = [TagID(0), TagID(4)] }).components[.wish] == 0.5)
        #expect(pair(client: { $0.wishes = [TagID(0), TagID(1), TagID(4)] }, opening: { $0.activities = [TagID(1)] }).components[.wish] == 1)
        #expect(!pair(client: { $0.wishes = [] }).applies(.wish))
    }

    @Test func attitudeRunsFromRefusesToMotivated() {
        #expect(pair(client: { $0.attitude = .refuses }).components[.attitude] == 0)
        #expect(pair(client: { $0.attitude = .motivated }).components[.attitude] == 1)
        #expect(abs(pair(client: { $0.attitude = .willing }).components[.attitude] - 2.0 / 3) < 1e-12)
    }

    @Test func travelDecaysToZeroAtTheClientsMaximum() {
        let p = pair(client: { $0.maxTravelKm = 20 })
        #expect(abs(p.components[.travel] - (1 - p.distanceKm / 20)) < 1e-12)
        #expect(pair(client: { $0.location = GeoPoint(latitude: 51.8426, longitude: 5.8528) }).components[.travel] == 1)
        let atMax = pair(client: { $0.maxTravelKm = F.client().location.distanceKm(to: F.opening().location) })
        #expect(abs(atMax.components[.travel]) < 1e-9)
        var steep = F.policy()
        steep[.vacancy].travelDecay = 2
        let c = F.client(), o = F.opening()
        #expect(abs(F.evaluate(c, o, policy: steep).components[.travel] - (1 - p.distanceKm / 20) * (1 - p.distanceKm / 20)) < 1e-12)
    }

    @Test func hoursFitIsBestWhenEqual() {
        #expect(Scorer.hoursFit(client: 32, opening: 32) == 1)
        #expect(Scorer.hoursFit(client: 32, opening: 16) == 0.75)
        #expect(Scorer.hoursFit(client: 16, opening: 32) == 0.5)
        #expect(Scorer.hoursFit(client: 0, opening: 8) == 0)
        #expect(Scorer.hoursFit(client: 32, opening: 0.5) > 0.5)
    }

    @Test func stepFitPrefersOneRungUp() {
        #expect(Scorer.stepFit(delta: 1) == 1)
        #expect(Scorer.stepFit(delta: 0) == 0.7)
        #expect(Scorer.stepFit(delta: 2) == 0.5)
        #expect(Scorer.stepFit(delta: 5) == 0.25)
        #expect(Scorer.stepFit(delta: -1) == 0.4)
        #expect(pair().components[.step] == 1)  // rung 5 to a rung-6 vacancy
    }

    @Test func supportAppliesOnlyToClientsWhoNeedHelp() {
        #expect(!pair().applies(.support))
        #expect(pair(client: { $0.placeability = .hardToPlace }).components[.support] == 0)
        #expect(pair(client: { $0.placeability = .hardToPlace }, opening: { $0.instruments = SupportInstrumentSet(.jobcoach) }).components[.support] == 0.6)
        #expect(pair(client: { $0.placeability = .hardToPlace },
                     opening: { $0.instruments = [SupportInstrumentSet(.jobcoach), SupportInstrumentSet(.proefplaatsing)] }).components[.support] == 1)
    }

    @Test func theScoreIsTheWeightedMeanOfTheComponentsThatApply() {
        let weights = F.policy()[.vacancy].weights
        for change in [{ (c: inout Client) in c.placeability = .hardToPlace }, { $0.wishes = [] }, { $0.attitude = .hesitant }, { $0.maxTravelKm = 40 }] {
            let p = pair(client: change)
            var num = 0.0, den = 0.0
            for component in ScoreComponent.allCases where p.applies(component) {
                num += weights[component] * p.components[component]
                den += weights[component]
            }
            #expect(abs(p.score - 100 * num / den) < 1e-9)
            let sum = ScoreComponent.allCases.reduce(0.0) { $0 + p.contribution($1, weights: weights) }
            #expect(abs(sum - p.score) < 1e-9)
            #expect((0...100).contains(p.score))
        }
        // The best possible pair scores 100, a pair with every applicable component at 0 scores 0.
        #expect(abs(pair(client: { $0.location = F.opening().location; $0.hoursPerWeek = 32 }).score - 100) < 1e-9)
    }

    @Test func topNKeepsTheBestWithTiesToTheLowerId() {
        var random = ReachIndexTests.LCG(state: 99)
        for k in [1, 3, 10] {
            var top = TopN(k)
            var all: [(Double, Int32)] = []
            for id in 0..<200 {
                let score = (random.unit() * 20).rounded() / 2  // many ties
                top.offer(score, Int32(id))
                all.append((score, Int32(id)))
            }
            let expected = all.sorted { $0.0 > $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }.prefix(k)
            #expect(top.sorted().map(\.id) == expected.map(\.1))
        }
    }
}
