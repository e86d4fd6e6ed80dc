/// Everything a matching run reads: the taxonomy, the clients and the openings, interned.
///
/// Clients and openings are sorted by their id strings (byte order) and numbered in that order,
/// so the same rows in any order give the same dataset, and "ties broken by id" is a comparison
/// of integers.
public struct Dataset: Sendable {
    public var taxonomy: Taxonomy
    public var clients: [Client]
    /// Pseudonymous client ids, indexed by `ClientID`.
    public var clientIDs: [String]
    public var openings: [Opening]
    /// Opening ids, indexed by `OpeningID`.
    public var openingIDs: [String]
    /// Opening titles, indexed by `OpeningID`.
    public var openingTitles: [String]
    /// Municipality names, indexed by `MunicipalityID`, in byte order.
    public var municipalities: [String]
    /// Organisation names, indexed by `OrganisationID`, in byte order.
    public var organisations: [String]
    /// Social-return contract ids, indexed by `ContractID`, in byte order.
    public var contracts: [String]

    public init(
        taxonomy: Taxonomy, clients: [Client] = [], clientIDs: [String] = [], openings: [Opening] = [],
        openingIDs: [String] = [], openingTitles: [String] = [], municipalities: [String] = [],
        organisations: [String] = [], contracts: [String] = []
    ) {
        self.taxonomy = taxonomy
        self.clients = clients
        self.clientIDs = clientIDs
        self.openings = openings
        self.openingIDs = openingIDs
        self.openingTitles = openingTitles
        self.municipalities = municipalities
        self.organisations = organisations
        self.contracts = contracts
    }
}
