/// What the policy says about one kind of opening.
public struct KindPolicy: Hashable, Sendable {
    /// Placeabilities an opening of this kind accepts unless the opening says otherwise.
    public var acceptedPlaceability: PlaceabilitySet
    /// Weight per component (non-negative); only their ratios matter.
    public var weights: ComponentValues
    /// Required-competence coverage (0-1) a client needs to be eligible.
    public var minRequiredCoverage: Double
    /// Eligible pairs scoring below this (0-100) are not listed in shortlists and steps.
    public var minScore: Double
    /// The travel component is (1 - distance / max travel) ^ travelDecay: 1 is linear, above 1
    /// favours nearby openings more.
    public var travelDecay: Double
    /// For participation steps: the most rungs an opening may be above the client's rung;
    /// nil when the rule does not apply to this kind.
    public var maxStepUp: Int?
    /// The `purpose` component's value (0-1) per placeability: whom an opening of this kind is
    /// meant for. Social return is for people further from work, so the default policy prefers
    /// `hard_to_place` there; other kinds have no preference (and weight 0).
    public var placeabilityPreference: PlaceabilityPreference

    public init(acceptedPlaceability: PlaceabilitySet, weights: ComponentValues, minRequiredCoverage: Double, minScore: Double,
                travelDecay: Double, maxStepUp: Int? = nil, placeabilityPreference: PlaceabilityPreference = .none) {
        self.acceptedPlaceability = acceptedPlaceability
        self.weights = weights
        self.minRequiredCoverage = minRequiredCoverage
        self.minScore = minScore
        self.travelDecay = travelDecay
        self.maxStepUp = maxStepUp
        self.placeabilityPreference = placeabilityPreference
    }

    /// The `purpose` component for a client of this placeability.
    @inline(__always) public func purpose(_ placeability: Placeability) -> Double {
        placeabilityPreference[placeability]
    }
}

/// A value (0-1) per placeability: the policy's preference of a kind of opening for clients
/// further from work (`KindPolicy.placeabilityPreference`). Three numbers inline, so that the
/// hot loop reads it without reference counting.
public struct PlaceabilityPreference: Hashable, Sendable {
    public var placeable: Double
    public var hardToPlace: Double
    public var notPlaceable: Double

    public init(placeable: Double, hardToPlace: Double, notPlaceable: Double) {
        self.placeable = placeable
        self.hardToPlace = hardToPlace
        self.notPlaceable = notPlaceable
    }

    /// No preference: 0 for everyone (with a weight of 0 the component then changes nothing).
    public static let none = PlaceabilityPreference(placeable: 0, hardToPlace: 0, notPlaceable: 0)

    public subscript(_ p: Placeability) -> Double {
        get {
            switch p {
            case .placeable: placeable
            case .hardToPlace: hardToPlace
            case .notPlaceable: notPlaceable
            }
        }
        set {
            switch p {
            case .placeable: placeable = newValue
            case .hardToPlace: hardToPlace = newValue
            case .notPlaceable: notPlaceable = newValue
            }
        }
    }

    /// By `Placeability.rawValue`, for the flat path.
    @inline(__always) public subscript(raw p: UInt8) -> Double {
        p == 0 ? placeable : (p == 1 ? hardToPlace : notPlaceable)
    }
}
