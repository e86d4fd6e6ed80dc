/// A client (klant): a person on welfare or another benefit whom the municipality supports.
///
/// Fairness by construction: this type has no field for age, birth date, gender, nationality,
/// origin or health diagnosis, so the engine cannot read them. Such attributes live only in the
/// separate groups file that an audit reads (`OpstapData.AuditGroups`). Every code is interned:
/// the struct holds numbers only. The pseudonymous id string lives in `Dataset.clientIDs`.
public struct Client: Hashable, Sendable {
    /// Position in `Dataset.clients`, equal to the id's rank in byte order.
    public var id: ClientID
    public var municipality: MunicipalityID
    /// Where the client lives.
    public var location: GeoPoint
    /// How far the client can travel to work, in km.
    public var maxTravelKm: Double
    /// Hours per week the client can work.
    public var hoursPerWeek: Double
    public var availability: Availability
    /// Plaatsbaarheid.
    public var placeability: Placeability
    /// Houding.
    public var attitude: Attitude
    /// Current rung on the participatieladder.
    public var rung: LadderRung
    public var dutchLevel: DutchLevel
    public var licences: LicenceSet
    /// Code 95 (vakbekwaamheid for professional drivers) valid until this day, if held.
    public var code95ValidUntil: Day?
    /// Sorted by competence id, one entry per competence.
    public var competences: [CompetenceHolding]
    /// Sector and activity tags the client wishes for, sorted.
    public var wishes: [TagID]
    /// Functional restrictions (tags such as `no_heavy_lifting`), sorted.
    public var restrictions: [TagID]
    /// Legal target groups: eligibility facts, never weights.
    public var targetGroups: TargetGroupSet
    /// Loonwaarde (wage value) in percent of the minimum wage, when assessed.
    public var loonwaardePercent: UInt8?
    /// The day the profile was last confirmed with the client.
    public var confirmedOn: Day

    public init(
        id: ClientID, municipality: MunicipalityID, location: GeoPoint, maxTravelKm: Double,
        hoursPerWeek: Double, availability: Availability = .always, placeability: Placeability,
        attitude: Attitude, rung: LadderRung, dutchLevel: DutchLevel = .unknown,
        licences: LicenceSet = [], code95ValidUntil: Day? = nil, competences: [CompetenceHolding] = [],
        wishes: [TagID] = [], restrictions: [TagID] = [], targetGroups: TargetGroupSet = [],
        loonwaardePercent: UInt8? = nil, confirmedOn: Day
    ) {
        self.id = id
        self.municipality = municipality
        self.location = location
        self.maxTravelKm = maxTravelKm
        self.hoursPerWeek = hoursPerWeek
        self.availability = availability
        self.placeability = placeability
        self.attitude = attitude
        self.rung = rung
        self.dutchLevel = dutchLevel
        self.licences = licences
        self.code95ValidUntil = code95ValidUntil
        self.competences = competences
        self.wishes = wishes
        self.restrictions = restrictions
        self.targetGroups = targetGroups
        self.loonwaardePercent = loonwaardePercent
        self.confirmedOn = confirmedOn
    }

    /// The level at which the client holds `competence`, or 0.
    public func level(of competence: CompetenceID) -> UInt8 {
        var low = 0, high = competences.count
        while low < high {
            let mid = (low + high) / 2
            if competences[mid].competence < competence { low = mid + 1 } else { high = mid }
        }
        return low < competences.count && competences[low].competence == competence ? competences[low].level : 0
    }
}
