/// The municipality's matching policy: which kinds accept whom, how the score is weighed, and the
/// thresholds. Loaded from `policy.json` (see docs/policy.md); its name and SHA-256 are stated in
/// every output so that a result can be traced to the rules that made it.
public struct Policy: Hashable, Sendable {
    public var name: String
    /// Per kind, indexed by `OpeningKind.rawValue`.
    public var kinds: [KindPolicy]
    /// Whether a client whose Dutch level was never assessed passes a minimum-level rule.
    /// Either way the explanation says the level is unknown.
    public var unknownDutchLevelPasses: Bool
    /// "Both tracks at once" (seed 001): clients who are temporarily not placeable may take
    /// participation steps (volunteer posts) while care goes on.
    public var bothTracks: Bool
    /// Credit for a required competence held one level too low; two levels too low gets its
    /// square, and so on.
    public var belowLevelCredit: Double
    /// Credit for a missing required competence when the client holds another one in its group.
    public var relatedCompetenceCredit: Double
    /// The part of the competences component that counts wished (not required) competences.
    public var wishedShare: Double
    /// The bouwblokken table that values social-return placements (`assign --kind social_return`).
    public var socialReturnValue: SocialReturnValue
    /// Which kinds of openings `steps` looks at for a client, by the client's rung (index
    /// `rung - 1`): participation and volunteer steps low on the ladder, paid work higher up.
    public var stepKindsByRung: [Set<OpeningKind>]

    /// The table used when a policy file has none (docs/scoring.md, "Steps up the ladder").
    public static let defaultStepKindsByRung: [Set<OpeningKind>] = [
        [.volunteer], [.volunteer], [.volunteer],
        [.volunteer, .vacancy, .socialReturn],
        [.vacancy, .socialReturn, .driverSlot], [.vacancy, .socialReturn, .driverSlot],
    ]

    /// The regional table used when a policy file has none: Participatiewet 35,000 and
    /// doelgroepregister 45,000 euros per full-time year, mid-range of the regional tables.
    public static let defaultSocialReturnValue = SocialReturnValue(
        perYear: [35_000, 35_000, 35_000, 45_000, 30_000, 25_000, nil], bonus: [0, 0, 0, 2_500])

    public init(name: String, kinds: [KindPolicy], unknownDutchLevelPasses: Bool, bothTracks: Bool,
                belowLevelCredit: Double, relatedCompetenceCredit: Double, wishedShare: Double,
                socialReturnValue: SocialReturnValue = Policy.defaultSocialReturnValue,
                stepKindsByRung: [Set<OpeningKind>] = Policy.defaultStepKindsByRung) {
        precondition(kinds.count == OpeningKind.allCases.count)
        precondition(stepKindsByRung.count == LadderRung.allCases.count)
        self.stepKindsByRung = stepKindsByRung
        self.name = name
        self.kinds = kinds
        self.unknownDutchLevelPasses = unknownDutchLevelPasses
        self.bothTracks = bothTracks
        self.belowLevelCredit = belowLevelCredit
        self.relatedCompetenceCredit = relatedCompetenceCredit
        self.wishedShare = wishedShare
        self.socialReturnValue = socialReturnValue
    }

    /// The kinds `steps` looks at for a client on `rung`.
    public func stepKinds(for rung: LadderRung) -> Set<OpeningKind> { stepKindsByRung[Int(rung.rawValue) - 1] }

    public subscript(kind: OpeningKind) -> KindPolicy {
        get { kinds[Int(kind.rawValue)] }
        set { kinds[Int(kind.rawValue)] = newValue }
    }

    /// The placeabilities an opening accepts: its own list, else the kind's default, to which
    /// "both tracks" adds `not_placeable` for volunteer posts.
    public func acceptedPlaceability(for opening: Opening) -> PlaceabilitySet {
        if let own = opening.acceptedPlaceability { return own }
        var accepted = self[opening.kind].acceptedPlaceability
        if opening.kind == .volunteer && bothTracks { accepted.insert(PlaceabilitySet(.notPlaceable)) }
        return accepted
    }
}
