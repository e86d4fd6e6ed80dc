import Testing
@testable import Opstap

/// Each rule failing alone: the base pair is eligible, and one change makes exactly one rule fail.
@Suite struct RuleTests {
    typealias F = ScoringFixture

    @Test func theBasePairIsEligibleForEveryKind() {
        for kind in OpeningKind.allCases {
            var o = F.opening(kind)
            if kind == .volunteer { o.rung = .paidWork }
            #expect(F.evaluate(F.client(), o).failures.isEmpty, "\(kind)")
        }
    }

    func failures(client: (inout Client) -> Void = { _ in }, opening: (inout Opening) -> Void = { _ in }, kind: OpeningKind = .vacancy,
                  policy: Policy = F.policy()) -> [Rule] {
        var c = F.client(), o = F.opening(kind)
        client(&c)
        opening(&o)
        return F.evaluate(c, o, policy: policy).failures.members
    }

    @Test func placeability() {
        #expect(failures(client: { $0.placeability = .notPlaceable }) == [.placeability])
        #expect(failures(client: { $0.placeability = .hardToPlace }) == [])
        #expect(failures(client: { $0.placeability = .hardToPlace }, opening: { $0.acceptedPlaceability = PlaceabilitySet(.placeable) }) == [.placeability])
    }

    @Test func bothTracksLetsNotPlaceableClientsTakeVolunteerSteps() {
        var o = F.opening(.volunteer)
        o.rung = .paidWork
        var c = F.client()
        c.placeability = .notPlaceable
        #expect(F.evaluate(c, o).failures.isEmpty)
        var strict = F.policy()
        strict.bothTracks = false
        #expect(F.evaluate(c, o, policy: strict).failures.members == [.placeability])
    }

    @Test func distanceIsTheClientsOwnMaximum() {
        #expect(failures(client: { $0.maxTravelKm = 9 }) == [.distance])
        #expect(failures(client: { $0.maxTravelKm = 10 }) == [])  // Wijchen-Nijmegen is about 9.5 km
    }

    @Test func licencesFollowTheHierarchy() {
        #expect(failures(client: { $0.licences = LicenceSet(.b) }) == [.licence])
        #expect(failures(client: { $0.licences = LicenceSet(.c) }) == [])
        #expect(failures(client: { $0.licences = LicenceSet(.d) }) == [.licence])
    }

    @Test func code95MustBeValidOnTheReferenceDate() {
        #expect(failures(client: { $0.code95ValidUntil = nil }) == [.code95])
        #expect(failures(client: { $0.code95ValidUntil = F.day.adding(days: -1) }) == [.code95])
        #expect(failures(client: { $0.code95ValidUntil = F.day }) == [])
    }

    @Test func dutchLevelUnknownIsForThePolicyToDecide() {
        #expect(failures(client: { $0.dutchLevel = .a1 }) == [.dutchLevel])
        #expect(failures(client: { $0.dutchLevel = .none }) == [.dutchLevel])
        #expect(failures(client: { $0.dutchLevel = .a2 }) == [])
        #expect(failures(client: { $0.dutchLevel = .unknown }) == [])
        var strict = F.policy()
        strict.unknownDutchLevelPasses = false
        #expect(failures(client: { $0.dutchLevel = .unknown }, policy: strict) == [.dutchLevel])
        #expect(failures(client: { $0.dutchLevel = .a1 }, opening: { $0.minDutchLevel = .none }) == [])
    }

    @Test func restrictionsClashWithConditions() {
        #expect(failures(client: { $0.restrictions = [TagID(3)] }) == [.restriction])
        #expect(failures(client: { $0.restrictions = [TagID(3)] }, opening: { $0.conditions = [] }) == [])
    }

    @Test func driverSlotsNeedTheClientAtTheShiftsTimes() {
        #expect(failures(client: { $0.availability = Availability(.monday, .morning) }, kind: .driverSlot) == [])
        #expect(failures(client: { $0.availability = Availability(.tuesday, .morning) }, kind: .driverSlot) == [.schedule])
        // 07:00-13:00 needs the morning and the afternoon.
        #expect(failures(client: { $0.availability = Availability(.monday, .morning) },
                         opening: { $0.schedule = [DriverShift(day: .monday, startMinute: 420, endMinute: 780)] }, kind: .driverSlot) == [.schedule])
        // Vacancies have no schedule rule.
        #expect(failures(client: { $0.availability = Availability(.tuesday, .morning) }) == [])
    }

    @Test func socialReturnNeedsOneOfTheContractsTargetGroups() {
        #expect(failures(client: { $0.targetGroups = TargetGroupSet(.ww) }, kind: .socialReturn) == [.targetGroup])
        #expect(failures(client: { $0.targetGroups = [TargetGroupSet(.ww), TargetGroupSet(.bijstand)] }, kind: .socialReturn) == [])
        #expect(failures(client: { $0.targetGroups = TargetGroupSet(.ww) }) == [])
    }

    @Test func volunteerStepsAreAtMostThePolicysStepUp() {
        #expect(failures(client: { $0.rung = .organisedActivities }, opening: { $0.rung = .unpaidWork }, kind: .volunteer) == [])
        #expect(failures(client: { $0.rung = .socialContacts }, opening: { $0.rung = .unpaidWork }, kind: .volunteer) == [.ladderStep])
        // Vacancies have no step rule.
        #expect(failures(client: { $0.rung = .isolated }) == [])
    }

    @Test func openingsMustBeValidOnTheReferenceDate() {
        #expect(failures(opening: { $0.validUntil = F.day.adding(days: -1) }) == [.validUntil])
        #expect(failures(opening: { $0.validUntil = F.day }) == [])
        #expect(failures(opening: { $0.validUntil = nil }) == [])
    }

    @Test func coverageMustReachTheThreshold() {
        // Forklift at level 1 of 2 gives 0.5 credit: exactly the threshold.
        #expect(failures(client: { $0.competences = [CompetenceHolding(CompetenceID(0), level: 1)] }) == [])
        #expect(failures(client: { $0.competences = [CompetenceHolding(CompetenceID(1), level: 3)] }) == [.coverage])  // related only: 0.25
        #expect(failures(client: { $0.competences = [] }) == [.coverage])
    }

    @Test func everyFailedRuleIsReported() {
        let rules = failures(client: {
            $0.placeability = .notPlaceable
            $0.maxTravelKm = 1
            $0.licences = []
            $0.dutchLevel = .a1
            $0.competences = []
        })
        #expect(rules == [.placeability, .distance, .licence, .dutchLevel, .coverage])
    }
}
