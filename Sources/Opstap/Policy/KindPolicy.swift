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

    public init(acceptedPlaceability: PlaceabilitySet, weights: ComponentValues, minRequiredCoverage: Double, minScore: Double,
                travelDecay: Double, maxStepUp: Int? = nil) {
        self.acceptedPlaceability = acceptedPlaceability
        self.weights = weights
        self.minRequiredCoverage = minRequiredCoverage
        self.minScore = minScore
        self.travelDecay = travelDecay
        self.maxStepUp = maxStepUp
    }
}
