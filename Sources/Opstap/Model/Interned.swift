/// A dense integer standing for a string code or id, assigned once at load time.
///
/// The engine sees only these: an array indexed by an interned id is about 20 times faster than a
/// `[String: T]` lookup, and structs without `String`s filter without ARC traffic. The phantom
/// `Kind` keeps a competence id from being used as a client id.
public struct Interned<Kind>: Hashable, Comparable, Sendable {
    /// The position of the code in its table (for clients and openings: in id order).
    public let index: Int32

    @inlinable public init(_ index: Int32) { self.index = index }
    @inlinable public init(_ index: Int) { self.index = Int32(index) }

    @inlinable public static func < (a: Self, b: Self) -> Bool { a.index < b.index }
}

/// Kinds of interned ids (never instantiated).
public enum ClientKind {}
public enum OpeningRef {}
public enum CompetenceKind {}
public enum CompetenceGroupKind {}
public enum TagKindMarker {}
public enum MunicipalityKind {}
public enum OrganisationKind {}
public enum ContractKind {}

public typealias ClientID = Interned<ClientKind>
public typealias OpeningID = Interned<OpeningRef>
public typealias CompetenceID = Interned<CompetenceKind>
public typealias CompetenceGroupID = Interned<CompetenceGroupKind>
public typealias TagID = Interned<TagKindMarker>
public typealias MunicipalityID = Interned<MunicipalityKind>
public typealias OrganisationID = Interned<OrganisationKind>
public typealias ContractID = Interned<ContractKind>
