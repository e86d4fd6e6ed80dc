/// The columns of `clients.csv`, in the order `opstap generate` writes them.
enum ClientColumn: Int, CaseIterable {
    case clientID, municipality, lat, lon, maxTravelKm, hoursPerWeek, availability, placeability, attitude
    case ladderRung, dutchLevel, licences, code95ValidUntil, competences, wishes, restrictions, targetGroups
    case loonwaardePercent, confirmedOn

    var name: String {
        switch self {
        case .clientID: "client_id"
        case .municipality: "municipality"
        case .lat: "lat"
        case .lon: "lon"
        case .maxTravelKm: "max_travel_km"
        case .hoursPerWeek: "hours_per_week"
        case .availability: "availability"
        case .placeability: "placeability"
        case .attitude: "attitude"
        case .ladderRung: "ladder_rung"
        case .dutchLevel: "dutch_level"
        case .licences: "licences"
        case .code95ValidUntil: "code95_valid_until"
        case .competences: "competences"
        case .wishes: "wishes"
        case .restrictions: "restrictions"
        case .targetGroups: "target_groups"
        case .loonwaardePercent: "loonwaarde_percent"
        case .confirmedOn: "confirmed_on"
        }
    }

    var required: Bool {
        switch self {
        case .clientID, .municipality, .lat, .lon, .maxTravelKm, .hoursPerWeek, .placeability, .attitude,
             .ladderRung, .confirmedOn: true
        default: false
        }
    }

    /// Identifying fields: their values never appear in a message.
    var personal: Bool { self == .clientID || self == .lat || self == .lon }

    static let schema = Schema(
        name: "clients",
        columns: allCases.map { Schema.Column(name: $0.name, required: $0.required, personal: $0.personal) })
}

/// The columns of `openings.csv` (all four kinds in one file), in the order `opstap generate` writes them.
enum OpeningColumn: Int, CaseIterable {
    case openingID, kind, organisation, title, municipality, lat, lon, hoursPerWeek, capacity
    case requiredCompetences, wishedCompetences, minDutchLevel, requiredLicences, requiresCode95
    case acceptedPlaceability, ladderRung, conditions, targetGroups, instruments, validUntil, sectors
    case activities, schedule, contractID, obligationEUR, valuePerPlacementEUR

    var name: String {
        switch self {
        case .openingID: "opening_id"
        case .kind: "kind"
        case .organisation: "organisation"
        case .title: "title"
        case .municipality: "municipality"
        case .lat: "lat"
        case .lon: "lon"
        case .hoursPerWeek: "hours_per_week"
        case .capacity: "capacity"
        case .requiredCompetences: "required_competences"
        case .wishedCompetences: "wished_competences"
        case .minDutchLevel: "min_dutch_level"
        case .requiredLicences: "required_licences"
        case .requiresCode95: "requires_code95"
        case .acceptedPlaceability: "accepted_placeability"
        case .ladderRung: "ladder_rung"
        case .conditions: "conditions"
        case .targetGroups: "target_groups"
        case .instruments: "instruments"
        case .validUntil: "valid_until"
        case .sectors: "sectors"
        case .activities: "activities"
        case .schedule: "schedule"
        case .contractID: "contract_id"
        case .obligationEUR: "obligation_eur"
        case .valuePerPlacementEUR: "value_per_placement_eur"
        }
    }

    var required: Bool {
        switch self {
        case .openingID, .kind, .organisation, .title, .lat, .lon, .hoursPerWeek: true
        default: false
        }
    }

    static let schema = Schema(
        name: "openings", columns: allCases.map { Schema.Column(name: $0.name, required: $0.required) })
}
