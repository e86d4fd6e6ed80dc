/// An opening a client can be matched to: a paid vacancy, a chauffeurspoule slot, a social-return
/// place or a volunteer post. Strings (id, title) live in `Dataset`; this struct holds numbers.
public struct Opening: Hashable, Sendable {
    /// Position in `Dataset.openings`, equal to the id's rank in byte order.
    public var id: OpeningID
    public var kind: OpeningKind
    public var organisation: OrganisationID
    public var municipality: MunicipalityID?
    public var location: GeoPoint
    public var hoursPerWeek: Double
    /// How many people the opening can take.
    public var capacity: Int32
    /// Sorted by competence id; `level` is the minimum level asked.
    public var requiredCompetences: [CompetenceHolding]
    /// Nice to have, sorted.
    public var wishedCompetences: [CompetenceID]
    /// `.none` when no Dutch is asked.
    public var minDutchLevel: DutchLevel
    public var requiredLicences: LicenceSet
    public var requiresCode95: Bool
    /// nil: the policy's default for the kind.
    public var acceptedPlaceability: PlaceabilitySet?
    /// The participatieladder rung the opening stands for.
    public var rung: LadderRung
    /// Working conditions that clash with restrictions (`heavy_lifting`, `night_work`), sorted.
    public var conditions: [TagID]
    /// For social return: the target groups the contract names.
    public var targetGroups: TargetGroupSet
    public var instruments: SupportInstrumentSet
    /// Last day the opening is valid; nil when open-ended.
    public var validUntil: Day?
    /// Sector tags, sorted.
    public var sectors: [TagID]
    /// Activity tags, sorted (what one does: volunteer posts always have some).
    public var activities: [TagID]
    /// Driver slots: the shifts, in file order.
    public var schedule: [DriverShift]
    /// Social return: the contract this place counts towards.
    public var contract: ContractID?
    /// Social return: the contract's obligation in euros.
    public var obligationEUR: Double?
    /// Social return: what one placement adds to the obligation, in euros.
    public var valuePerPlacementEUR: Double?

    public init(
        id: OpeningID, kind: OpeningKind, organisation: OrganisationID, municipality: MunicipalityID? = nil,
        location: GeoPoint, hoursPerWeek: Double, capacity: Int32 = 1,
        requiredCompetences: [CompetenceHolding] = [], wishedCompetences: [CompetenceID] = [],
        minDutchLevel: DutchLevel = .none, requiredLicences: LicenceSet = [], requiresCode95: Bool = false,
        acceptedPlaceability: PlaceabilitySet? = nil, rung: LadderRung? = nil, conditions: [TagID] = [],
        targetGroups: TargetGroupSet = [], instruments: SupportInstrumentSet = [], validUntil: Day? = nil,
        sectors: [TagID] = [], activities: [TagID] = [], schedule: [DriverShift] = [],
        contract: ContractID? = nil, obligationEUR: Double? = nil, valuePerPlacementEUR: Double? = nil
    ) {
        self.id = id
        self.kind = kind
        self.organisation = organisation
        self.municipality = municipality
        self.location = location
        self.hoursPerWeek = hoursPerWeek
        self.capacity = capacity
        self.requiredCompetences = requiredCompetences
        self.wishedCompetences = wishedCompetences
        self.minDutchLevel = minDutchLevel
        self.requiredLicences = requiredLicences
        self.requiresCode95 = requiresCode95
        self.acceptedPlaceability = acceptedPlaceability
        self.rung = rung ?? kind.defaultRung
        self.conditions = conditions
        self.targetGroups = targetGroups
        self.instruments = instruments
        self.validUntil = validUntil
        self.sectors = sectors
        self.activities = activities
        self.schedule = schedule
        self.contract = contract
        self.obligationEUR = obligationEUR
        self.valuePerPlacementEUR = valuePerPlacementEUR
    }
}
