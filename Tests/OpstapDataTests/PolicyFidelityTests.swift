import Foundation
import Opstap
import Testing
@testable import OpstapData

/// Scenario tests written from docs/scoring.md and shared/domain.md, not from the code: each a
/// small pool built here, with the proposal a professional would make stated in the test's name.
/// Then properties over seeded random pools. All with the built-in default policy.
@Suite struct PolicyFidelityTests {
    static let policy = PolicyLoader.builtIn().policy
    static let day = Day(year: 2026, month: 11, day: 23)!
    static let taxonomy = builtInTaxonomy
    static func competence(_ code: String) -> CompetenceID { CompetenceID(Int32(taxonomy.competences.firstIndex { $0.code == code }!)) }
    static func tag(_ code: String) -> TagID { TagID(Int32(taxonomy.tags.firstIndex { $0.code == code }!)) }
    /// Two competences of one group and one of another (looked up, so the test follows the taxonomy).
    static let (groupMates, other): ((CompetenceID, CompetenceID, CompetenceID), CompetenceID) = {
        let byGroup = Dictionary(grouping: taxonomy.competences.indices) { taxonomy.competences[$0].group.index }
        let big = byGroup.values.filter { $0.count >= 3 }.sorted { $0[0] < $1[0] }[0]
        let otherGroup = byGroup.values.first { !$0.contains(big[0]) }![0]
        return ((CompetenceID(Int32(big[0])), CompetenceID(Int32(big[1])), CompetenceID(Int32(big[2]))), CompetenceID(Int32(otherGroup)))
    }()

    static let wijchen = GeoPoint(latitude: 51.8081, longitude: 5.7261)

    static func client(_ k: Int, rung: LadderRung, placeability: Placeability = .placeable, attitude: Attitude = .motivated,
                       competences: [CompetenceHolding] = [], confirmedOn: Day = day) -> Client {
        Client(id: ClientID(Int32(k)), municipality: MunicipalityID(0), location: wijchen, maxTravelKm: 25, hoursPerWeek: 24,
               placeability: placeability, attitude: attitude, rung: rung, dutchLevel: .b1, licences: LicenceSet(.b),
               competences: competences, wishes: [tag("hospitality")], targetGroups: TargetGroupSet(.bijstand), confirmedOn: confirmedOn)
    }

    static func opening(_ k: Int, _ kind: OpeningKind, rung: LadderRung, km: Double = 3, required: [CompetenceHolding] = [],
                        wished: [CompetenceID] = []) -> Opening {
        Opening(id: OpeningID(Int32(k)), kind: kind, organisation: OrganisationID(0),
                location: GeoPoint(latitude: wijchen.latitude + km / 111.2, longitude: wijchen.longitude), hoursPerWeek: 20,
                capacity: 1, requiredCompetences: required, wishedCompetences: wished, rung: rung,
                targetGroups: kind == .socialReturn ? TargetGroupSet(.bijstand) : [], validUntil: day.adding(days: 60),
                sectors: [tag("hospitality")], activities: kind == .volunteer ? [tag("cooking")] : [])
    }

    struct World {
        let scorer: Scorer
        var explainer: Explainer { Explainer(scorer: scorer, lang: .nl) }
        var pool: PoolMatcher { PoolMatcher(scorer: scorer) }

        init(_ clients: [Client], _ openings: [Opening]) {
            let dataset = Dataset(taxonomy: PolicyFidelityTests.taxonomy, clients: clients,
                                  clientIDs: clients.indices.map { String(format: "K-%03d", $0) }, openings: openings,
                                  openingIDs: openings.indices.map { String(format: "O-%03d", $0) },
                                  openingTitles: openings.map { _ in "T" }, municipalities: ["Wijchen"], organisations: ["Org"])
            scorer = Scorer(dataset: dataset, policy: PolicyFidelityTests.policy, referenceDay: PolicyFidelityTests.day)
        }

        func steps(_ client: Int) -> (openings: [Int32], sameRung: Bool) {
            let next = pool.nextSteps(for: [ClientID(Int32(client))], kindsByRung: PolicyFidelityTests.policy.stepKindsByRung, top: 10)
            return (next.lists[0].map(\.opening.index), next.sameRung[0])
        }
    }

    // MARK: Steps up the ladder

    @Test func aRungFiveClientsFirstStepIsPaidWorkNeverVolunteeringTwoRungsDown() {
        let world = World([Self.client(0, rung: .paidWorkWithSupport)],
                          [Self.opening(0, .volunteer, rung: .unpaidWork, km: 1), Self.opening(1, .vacancy, rung: .paidWork, km: 8)])
        let (openings, sameRung) = world.steps(0)
        #expect(openings == [1])
        #expect(!sameRung)
    }

    @Test func aRungThreeClientsNextStepIsVolunteeringOneRungUpNotAPaidJobThreeRungsUp() {
        let world = World([Self.client(0, rung: .organisedActivities)],
                          [Self.opening(0, .vacancy, rung: .paidWork, km: 1), Self.opening(1, .volunteer, rung: .unpaidWork, km: 8)])
        #expect(world.steps(0).openings == [1])
    }

    @Test func aRungFourClientsNextStepIsPaidWorkWithSupportNotVolunteeringOnHisOwnRung() {
        let world = World([Self.client(0, rung: .unpaidWork)],
                          [Self.opening(0, .volunteer, rung: .unpaidWork, km: 1), Self.opening(1, .socialReturn, rung: .paidWorkWithSupport, km: 8),
                           Self.opening(2, .vacancy, rung: .paidWork, km: 2)])
        #expect(world.steps(0).openings == [1])
    }

    @Test func aClientWithoutAStepUpGetsSameRungStepsAndTheListSaysSo() {
        let world = World([Self.client(0, rung: .paidWork)],
                          [Self.opening(0, .vacancy, rung: .paidWork), Self.opening(1, .socialReturn, rung: .paidWorkWithSupport)])
        let (openings, sameRung) = world.steps(0)
        #expect(openings == [0])
        #expect(sameRung)
    }

    @Test func aPlacedClientGetsNoSteps() {
        let world = World([Self.client(0, rung: .organisedActivities)], [Self.opening(0, .volunteer, rung: .unpaidWork)])
        let reservations = Reservations([Reservation(client: ClientID(0), opening: OpeningID(0), status: .placed)])
        let next = world.pool.nextSteps(for: [ClientID(0)], kindsByRung: Self.policy.stepKindsByRung, top: 10, reservations: reservations)
        #expect(next.lists[0].isEmpty)
    }

    // MARK: Social return

    @Test func forSocialReturnOfTwoClientsEqualButForPlaceabilityTheHardToPlaceOneRanksFirst() {
        let hard = Self.client(1, rung: .unpaidWork, placeability: .hardToPlace)
        let world = World([Self.client(0, rung: .unpaidWork), hard], [Self.opening(0, .socialReturn, rung: .paidWorkWithSupport)])
        let list = world.pool.shortlists(for: [OpeningID(0)], top: 2).lists[0]
        #expect(list.map(\.client.index) == [1, 0])
        // And it is said why, in the client's favour.
        #expect(world.explainer.explain(ClientID(1), OpeningID(0)).reasons.contains("daarvoor is social return bedoeld"))
    }

    @Test func forAPaidVacancyPlaceabilityChangesNothing() {
        let world = World([Self.client(0, rung: .unpaidWork), Self.client(1, rung: .unpaidWork, placeability: .hardToPlace)],
                          [Self.opening(0, .vacancy, rung: .paidWork)])
        let p0 = world.scorer.evaluate(ClientID(0), OpeningID(0)), p1 = world.scorer.evaluate(ClientID(1), OpeningID(0))
        #expect(p0.components[.purpose] == 0 && p1.components[.purpose] == 0)
        #expect(p0.contribution(.purpose, weights: Self.policy[.vacancy].weights) == 0)
    }

    // MARK: Competences

    @Test func oneRelatedCompetenceStandsInForOneMissingRequiredCompetenceOnly() {
        let (a, b, c) = Self.groupMates
        let holder = Self.client(0, rung: .unpaidWork, competences: [CompetenceHolding(c, level: 2)])
        let job = Self.opening(0, .socialReturn, rung: .paidWorkWithSupport, required: [CompetenceHolding(a, level: 1), CompetenceHolding(b, level: 1)])
        let world = World([holder], [job])
        // Not 0.25 + 0.25: the one competence of the group counts for one of the two.
        #expect(world.scorer.requiredCoverage(holder, job) == 0.125)
        let reasons = world.explainer.explain(ClientID(0), OpeningID(0)).reasons
        #expect(reasons.components(separatedBy: "verwante ervaring").count - 1 <= 1)
    }

    @Test func aRequiredCompetenceTheClientHasIsNoStandInForAnother() {
        let (a, b, _) = Self.groupMates
        let holder = Self.client(0, rung: .unpaidWork, competences: [CompetenceHolding(a, level: 2)])
        let job = Self.opening(0, .socialReturn, rung: .paidWorkWithSupport, required: [CompetenceHolding(a, level: 1), CompetenceHolding(b, level: 1)])
        #expect(World([holder], [job]).scorer.requiredCoverage(holder, job) == 0.5)
    }

    // MARK: Reasons and attention points

    @Test func noReasonCountsNothingOrPraisesTheOpening() {
        let (a, _, c) = Self.groupMates
        // Wished competences the client lacks, nothing required, support on offer.
        var job = Self.opening(0, .vacancy, rung: .paidWork, wished: [a, Self.other])
        job.instruments = SupportInstrumentSet(.proefplaatsing)
        let world = World([Self.client(0, rung: .paidWorkWithSupport, placeability: .hardToPlace, competences: [CompetenceHolding(c, level: 1)])], [job])
        let reasons = world.explainer.explain(ClientID(0), OpeningID(0)).reasons
        #expect(!reasons.isEmpty)
        for banned in ["0 van de", "geen vaardigheden", "proefplaatsing", "Biedt", "Ondersteuning"] {
            #expect(!reasons.contains(banned), "\(banned) in: \(reasons)")
        }
    }

    @Test func anAttitudeOneClientsRowCarriesTheAttentionPointAndNoMotivationReason() {
        let world = World([Self.client(0, rung: .organisedActivities, attitude: .refuses)], [Self.opening(0, .volunteer, rung: .unpaidWork)])
        let e = world.explainer.explain(ClientID(0), OpeningID(0))
        #expect(e.eligible)
        #expect(e.attention.map(\.code) .contains(.lowAttitude))
        #expect(!e.reasons.contains("Gemotiveerd") && !e.reasons.contains("Houding"))
    }

    @Test func aProfileNotConfirmedForOverAYearCarriesTheAttentionPoint() {
        let world = World([Self.client(0, rung: .organisedActivities, confirmedOn: Self.day.adding(days: -400)),
                           Self.client(1, rung: .organisedActivities, confirmedOn: Self.day.adding(days: -300))],
                          [Self.opening(0, .volunteer, rung: .unpaidWork)])
        #expect(world.explainer.explain(ClientID(0), OpeningID(0)).attention.map(\.code) == [.staleProfile])
        #expect(world.explainer.explain(ClientID(1), OpeningID(0)).attention.isEmpty)
    }

    @Test func attentionPointsNeverChangeTheScore() {
        let fresh = Self.client(0, rung: .organisedActivities), stale = Self.client(1, rung: .organisedActivities, confirmedOn: Self.day.adding(days: -900))
        let world = World([fresh, stale], [Self.opening(0, .volunteer, rung: .unpaidWork)])
        #expect(world.scorer.evaluate(ClientID(0), OpeningID(0)).score == world.scorer.evaluate(ClientID(1), OpeningID(0)).score)
    }

    // MARK: Properties over seeded random pools

    /// The documented reason sentences (docs/scoring.md, "Reasons"), as the start of each part.
    static let reasonForms = [
        #"^Heeft de gevraagde vaardigheid \("#, #"^Heeft beide gevraagde vaardigheden \("#, #"^Heeft alle \d+ gevraagde vaardigheden$"#,
        #"^Heeft [1-9]\d* van de \d+ gevraagde vaardigheden \("#, #"^[Vv]erwante ervaring: "#, #"^[Oo]ok gewenst: "#,
        #"^Wil graag: "#, #"^Gemotiveerd$"#, #"^Staat ervoor open$"#, #"^\d+(,\d)? km van huis \(wil tot \d+(,\d)? km reizen\)$"#,
        #"^\d+(,\d)? uur per week \(klant kan \d+(,\d)? uur\)$"#, #"^Een stap omhoog: van trede \d naar trede \d \("#,
        #"^Staat verder van werk \("#, #"^Geen sterke punten gevonden, zie de uitleg$"#,
    ]

    @Test(arguments: [3, 11, 29])
    func stepsNeverGoDownAndEveryReasonFollowsTheSentenceRules(seed: UInt64) throws {
        let (dataset, _) = DatasetGenerator.generate(.national(clients: 1500, openings: 300), seed: seed, taxonomy: builtInTaxonomy)
        let scorer = Scorer(dataset: dataset, policy: Self.policy, referenceDay: Self.day)
        let explainer = Explainer(scorer: scorer, lang: .nl)
        let clients = dataset.clients.map(\.id)
        let next = PoolMatcher(scorer: scorer).nextSteps(for: clients, kindsByRung: Self.policy.stepKindsByRung, top: 5)
        var rows = 0
        for (k, list) in next.lists.enumerated() {
            let c = dataset.clients[k]
            for m in list {
                let o = dataset.openings[Int(m.opening.index)]
                #expect(o.rung.rawValue == c.rung.rawValue + (next.sameRung[k] ? 0 : 1))
                #expect(Self.policy.stepKinds(for: c.rung).contains(o.kind))
                rows += 1
            }
        }
        #expect(rows > 1000)
        let forms = Self.reasonForms.map { try! Regex($0) }
        // Reasons of every shortlist row.
        let lists = PoolMatcher(scorer: scorer).shortlists(for: dataset.openings.map(\.id), top: 5).lists
        for m in lists.joined() {
            let reasons = explainer.explain(m.client, m.opening).reasons(.nl)
            for part in reasons.components(separatedBy: "; ") {
                #expect(forms.contains { part.firstMatch(of: $0) != nil }, "undocumented reason: \(part)")
            }
        }
    }
}
