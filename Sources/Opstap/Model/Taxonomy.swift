/// A competence in the taxonomy: what a person can do, at levels 1-3.
public struct Competence: Hashable, Sendable {
    public var code: String
    public var labelNL: String
    public var labelEN: String
    public var group: CompetenceGroupID
    /// The matching ESCO skill, when there is one.
    public var escoURI: String?

    public init(code: String, labelNL: String, labelEN: String, group: CompetenceGroupID, escoURI: String? = nil) {
        self.code = code
        self.labelNL = labelNL
        self.labelEN = labelEN
        self.group = group
        self.escoURI = escoURI
    }
}

/// What a tag describes.
public enum TagKind: UInt8, Coded {
    /// A sector of work (`logistics`, `care`); clients wish for sectors, openings belong to them.
    case sector = 0
    /// An activity (`driving`, `gardening`); clients wish for activities, openings involve them.
    case activity
    /// A functional restriction of a client (`no_heavy_lifting`); it clashes with a condition.
    case restriction
    /// A working condition of an opening (`heavy_lifting`, `night_work`).
    case condition

    public var code: String {
        switch self {
        case .sector: "sector"
        case .activity: "activity"
        case .restriction: "restriction"
        case .condition: "condition"
        }
    }
}

/// A tag in the taxonomy.
public struct Tag: Hashable, Sendable {
    public var code: String
    public var kind: TagKind
    public var labelNL: String
    public var labelEN: String
    /// For a restriction: the condition it clashes with.
    public var clashesWith: TagID?

    public init(code: String, kind: TagKind, labelNL: String, labelEN: String, clashesWith: TagID? = nil) {
        self.code = code
        self.kind = kind
        self.labelNL = labelNL
        self.labelEN = labelEN
        self.clashesWith = clashesWith
    }
}

/// The competences, their groups and the tags a dataset may use.
public struct Taxonomy: Sendable {
    public private(set) var competences: [Competence]
    /// Group codes, indexed by `CompetenceGroupID`.
    public private(set) var groups: [String]
    public private(set) var tags: [Tag]
    private var competenceIndex: [String: Int32]
    private var tagIndex: [String: Int32]

    /// - Precondition: codes are unique; every group id and `clashesWith` is in range.
    public init(competences: [Competence], groups: [String], tags: [Tag]) {
        self.competences = competences
        self.groups = groups
        self.tags = tags
        competenceIndex = Dictionary(uniqueKeysWithValues: competences.enumerated().map { ($1.code, Int32($0)) })
        tagIndex = Dictionary(uniqueKeysWithValues: tags.enumerated().map { ($1.code, Int32($0)) })
    }

    public func competence(code: String) -> CompetenceID? { competenceIndex[code].map(CompetenceID.init) }
    public func tag(code: String) -> TagID? { tagIndex[code].map(TagID.init) }

    public subscript(id: CompetenceID) -> Competence { competences[Int(id.index)] }
    public subscript(id: TagID) -> Tag { tags[Int(id.index)] }
}
