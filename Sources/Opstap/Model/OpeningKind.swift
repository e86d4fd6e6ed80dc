/// The four kinds of openings Opstap matches clients against.
public enum OpeningKind: UInt8, Coded {
    /// Betaalde vacature: a paid vacancy from an employer.
    case vacancy = 0
    /// A shift in the chauffeurspoule (driver pool).
    case driverSlot
    /// A social-return (SROI) place a supplier offers under a public contract.
    case socialReturn
    /// Vrijwilligersvacature: a volunteer post.
    case volunteer

    public var code: String {
        switch self {
        case .vacancy: "vacancy"
        case .driverSlot: "driver_slot"
        case .socialReturn: "social_return"
        case .volunteer: "volunteer"
        }
    }

    /// A plain name for people, in the chosen language.
    public func name(_ lang: Language) -> String {
        switch self {
        case .vacancy: lang.pick("betaalde vacature", "paid vacancy")
        case .driverSlot: lang.pick("chauffeurspoule", "driver pool slot")
        case .socialReturn: lang.pick("social return", "social return")
        case .volunteer: lang.pick("vrijwilligerswerk", "volunteer post")
        }
    }

    /// The ladder rung an opening of this kind stands for when the file leaves it empty.
    public var defaultRung: LadderRung {
        switch self {
        case .vacancy, .driverSlot: .paidWork
        case .socialReturn: .paidWorkWithSupport
        case .volunteer: .unpaidWork
        }
    }
}
