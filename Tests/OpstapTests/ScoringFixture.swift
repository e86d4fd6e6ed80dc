@testable import Opstap

/// A tiny world for rule and component tests: a few competences in two groups, tags, one client
/// and one opening that fit each other on every rule. Tests change one thing at a time.
struct ScoringFixture {
    static let taxonomy = Taxonomy(
        competences: [
            Competence(code: "forklift", labelNL: "heftruck rijden", labelEN: "forklift", group: CompetenceGroupID(0)),
            Competence(code: "orderpicking", labelNL: "orderpicken", labelEN: "order picking", group: CompetenceGroupID(0)),
            Competence(code: "office_cleaning", labelNL: "kantoren schoonmaken", labelEN: "office cleaning", group: CompetenceGroupID(1)),
            Competence(code: "teamwork", labelNL: "samenwerken", labelEN: "teamwork", group: CompetenceGroupID(2)),
        ],
        groups: ["logistics", "cleaning", "general"],
        tags: [
            Tag(code: "logistics", kind: .sector, labelNL: "logistiek", labelEN: "logistics"),
            Tag(code: "driving", kind: .activity, labelNL: "rijden", labelEN: "driving"),
            Tag(code: "heavy_lifting", kind: .condition, labelNL: "zwaar tillen", labelEN: "heavy lifting"),
            Tag(code: "no_heavy_lifting", kind: .restriction, labelNL: "niet zwaar tillen", labelEN: "no heavy lifting", clashesWith: TagID(2)),
            Tag(code: "cleaning", kind: .sector, labelNL: "schoonmaak", labelEN: "cleaning"),
        ])

    static let day = Day(year: 2026, month: 11, day: 23)!

    static func policy() -> Policy {
        let weights = ComponentValues([0.35, 0.15, 0.10, 0.15, 0.10, 0.05, 0.10, 0])
        let paid = KindPolicy(acceptedPlaceability: [PlaceabilitySet(.placeable), PlaceabilitySet(.hardToPlace)], weights: weights,
                              minRequiredCoverage: 0.5, minScore: 0, travelDecay: 1)
        var volunteer = paid
        volunteer.maxStepUp = 1
        return Policy(name: "test", kinds: [paid, paid, paid, volunteer], unknownDutchLevelPasses: true, bothTracks: true,
                      belowLevelCredit: 0.5, relatedCompetenceCredit: 0.25, wishedShare: 0.2)
    }

    /// A client in Wijchen who can do the job below.
    static func client() -> Client {
        Client(id: ClientID(0), municipality: MunicipalityID(0), location: GeoPoint(latitude: 51.8081, longitude: 5.7261),
               maxTravelKm: 20, hoursPerWeek: 32, availability: .always, placeability: .placeable, attitude: .motivated,
               rung: .paidWorkWithSupport, dutchLevel: .b1, licences: LicenceSet(.ce), code95ValidUntil: day.adding(days: 100),
               competences: [CompetenceHolding(CompetenceID(0), level: 2), CompetenceHolding(CompetenceID(3), level: 1)],
               wishes: [TagID(0)], restrictions: [], targetGroups: TargetGroupSet(.bijstand), confirmedOn: day)
    }

    /// A vacancy about 10 km away in Nijmegen.
    static func opening(_ kind: OpeningKind = .vacancy) -> Opening {
        Opening(id: OpeningID(0), kind: kind, organisation: OrganisationID(0), location: GeoPoint(latitude: 51.8426, longitude: 5.8528),
                hoursPerWeek: 32, requiredCompetences: [CompetenceHolding(CompetenceID(0), level: 2)], minDutchLevel: .a2,
                requiredLicences: LicenceSet(.c), requiresCode95: true, conditions: [TagID(2)],
                targetGroups: kind == .socialReturn ? TargetGroupSet(.bijstand) : [], validUntil: day.adding(days: 30),
                sectors: [TagID(0)], schedule: kind == .driverSlot ? [DriverShift(day: .monday, startMinute: 420, endMinute: 600)] : [])
    }

    static func evaluate(_ c: Client, _ o: Opening, policy: Policy = policy(), full: Bool = true) -> PairScore {
        let dataset = Dataset(taxonomy: taxonomy, clients: [c], clientIDs: ["K"], openings: [o], openingIDs: ["O"], openingTitles: ["T"],
                              municipalities: ["M"], organisations: ["Org"])
        return Scorer(dataset: dataset, policy: policy, referenceDay: day).evaluate(c, o, full: full)
    }
}
