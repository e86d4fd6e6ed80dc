import Opstap

/// What `opstap generate` makes.
public enum GeneratorProfile: Sendable, Equatable {
    /// The bundled sample region: 1,026 clients in Wijchen (724) and Druten (302), 262 openings.
    case sample
    /// A national pool of the given size, clustered on Dutch towns by population.
    case national(clients: Int, openings: Int)
}

/// Generates fictional but realistic datasets from a seed; the same seed gives the same bytes.
///
/// Proportions come from the source documents: about 30% not placeable because care comes first;
/// statushouders about 20% of the caseload in Wijchen and 30% in Druten; over 40% aged 50+ (in the
/// groups file only); a spread over ladder rungs and attitudes that follows placeability.
public enum DatasetGenerator {
    /// The day generated data is "as of": profiles confirmed and openings valid relative to it.
    public static let referenceDay = Day(year: 2026, month: 11, day: 1)!

    public static func generate(_ profile: GeneratorProfile, seed: UInt64, taxonomy: Taxonomy) -> (Dataset, AuditGroups) {
        var builder = Builder(taxonomy: taxonomy, random: SeededRandom(seed: seed))
        switch profile {
        case .sample:
            builder.addClients(724, municipality: "Wijchen", places: Places.wijchen, prefix: "WCH-", statushouderShare: 0.20)
            builder.addClients(302, municipality: "Druten", places: Places.druten, prefix: "DRU-", statushouderShare: 0.30)
            builder.addVacancies(150, places: Places.region, national: false)
            builder.addDriverSlots(40, depots: [("Chauffeurspoule Wijchen", 51.8013, 5.7402, "Wijchen"), ("Chauffeurspoule Druten", 51.8842, 5.6125, "Druten")])
            builder.addSocialReturn()
            builder.addVolunteerPosts(national: false, count: 60, places: Places.region)
        case .national(let clients, let openings):
            builder.addClients(clients, municipality: nil, places: Places.national, prefix: "NL-", statushouderShare: 0.15)
            let drivers = openings * 15 / 100, social = openings * 5 / 100, volunteer = openings * 23 / 100
            builder.addVacancies(openings - drivers - social - volunteer, places: Places.national, national: true)
            let depots = Places.national.prefix(max(1, min(40, drivers / 5 + 1))).map { ("Chauffeurspoule \($0.name)", $0.latitude, $0.longitude, $0.name) }
            builder.addDriverSlots(drivers, depots: Array(depots))
            builder.addSocialReturn(count: social, places: Places.national)
            builder.addVolunteerPosts(national: true, count: volunteer, places: Places.national)
        }
        return builder.finish()
    }
}
