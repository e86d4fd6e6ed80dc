import Opstap

/// A dataset as loaded, with the audit-only groups and what the reader noticed.
public struct LoadedDataset: Sendable {
    public var dataset: Dataset
    /// Only present when a groups file was read; never passed to the engine.
    public var groups: AuditGroups?
    /// Things the user should know that are not errors: encodings guessed, columns dropped.
    public var notices: [String]
    /// The files read, in order, for provenance.
    public var files: [String]
}

/// Reads every file of a dataset, strictly and all-or-nothing.
public enum DatasetLoader {
    /// Reads the dataset. Every problem in every file is collected (up to `IssueLog.limit`, then
    /// counted) and thrown together as `DataErrors`; a missing file throws `InputFileError`.
    /// - Complexity: O(rows log rows): one pass per file, then a sort by id.
    public static func load(
        _ files: DatasetFiles, options: ReadOptions = ReadOptions(),
        read: (String) throws(InputFileError) -> [UInt8] = InputFileError.read
    ) throws -> LoadedDataset {
        var log = IssueLog()
        var notices: [String] = []
        var read_: [String] = []
        func open(_ path: String, _ schema: Schema, builtIn: String? = nil) throws(InputFileError) -> TableReader? {
            let bytes: [UInt8]
            if let builtIn { bytes = Array(builtIn.utf8) } else { bytes = try read(path); read_.append(path) }
            // The built-in taxonomy has its own separator: a forced --delimiter is for the user's files.
            var fileOptions = options
            if builtIn != nil { fileOptions.delimiter = nil }
            guard let reader = TableReader(file: path, contents: bytes, schema: schema, options: fileOptions, log: &log) else { return nil }
            if reader.encoding == .windows1252 {
                notices.append("\(path): not UTF-8; read as Windows-1252. Check that names with accents look right.")
            }
            return reader
        }
        func noteDropped(_ reader: TableReader) {
            if !reader.droppedColumns.isEmpty {
                notices.append("\(reader.file): ignored unknown columns (--drop-unknown): \(reader.droppedColumns.joined(separator: ", "))")
            }
        }

        // The taxonomy first: every other file is checked against its codes.
        var competences = try open(files.competences ?? "<built-in>/taxonomy/competences.csv", TaxonomyTables.competenceSchema,
                                   builtIn: files.competences == nil ? DefaultTaxonomy.competencesCSV : nil)
        var tags = try open(files.tags ?? "<built-in>/taxonomy/tags.csv", TaxonomyTables.tagSchema,
                            builtIn: files.tags == nil ? DefaultTaxonomy.tagsCSV : nil)
        guard var c = competences, var t = tags, c.headerIsValid, t.headerIsValid else { try log.throwIfAny(); fatalError() }
        let taxonomy = TaxonomyTables.read(competences: &c, tags: &t, log: &log)
        competences = nil
        tags = nil
        try log.throwIfAny()

        var pendingClients: [ClientTable.Pending] = []
        var clientsFile = ""
        if let path = files.clients, var reader = try open(path, ClientColumn.schema) {
            clientsFile = path
            if reader.headerIsValid {
                pendingClients = reader.readInParts(log: &log) { ClientTable.read(&$0, taxonomy: taxonomy, log: &$1) }
            }
            noteDropped(reader)
        }
        var pendingOpenings: [OpeningTable.Pending] = []
        for path in files.openings {
            if var reader = try open(path, OpeningColumn.schema) {
                if reader.headerIsValid {
                    pendingOpenings += reader.readInParts(log: &log) { OpeningTable.read(&$0, taxonomy: taxonomy, log: &$1) }
                }
                noteDropped(reader)
            }
        }

        // Number everything in byte order of the ids and names: any row order gives the same dataset.
        pendingClients.sort { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        pendingOpenings.sort { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        for k in pendingClients.indices.dropFirst() where pendingClients[k].id == pendingClients[k - 1].id {
            let (a, b) = ordered(pendingClients[k - 1].line, pendingClients[k].line)
            log.add(DataIssue(file: clientsFile, line: b, column: 1, field: "client_id", message: "duplicate client_id; the same id is on line \(a)"))
        }
        for k in pendingOpenings.indices.dropFirst() where pendingOpenings[k].id == pendingOpenings[k - 1].id {
            var pair = [pendingOpenings[k - 1], pendingOpenings[k]]
            pair.sort { ($0.file, $0.line) < ($1.file, $1.line) }
            log.add(DataIssue(file: pair[1].file, line: pair[1].line, column: 1, field: "opening_id",
                              message: "duplicate opening_id '\(pair[1].id)'; the same id is at \(pair[0].file):\(pair[0].line)"))
        }
        checkContracts(pendingOpenings, log: &log)

        // Each name is hashed once (bytes, FNV): ids in order of appearance, then renumbered in byte order.
        var towns = CodeLookup<Int32>([])
        let clientTowns = pendingClients.map { towns.intern($0.municipality) }
        let openingTowns = pendingOpenings.map { p in p.municipality.map { towns.intern($0) } }
        let (municipalities, townID) = Interner(towns.codes).sortedByCode()
        var organisations = Interner(pendingOpenings.map(\.organisation)).sortedByCode().interner
        var contracts = Interner(pendingOpenings.compactMap(\.contract)).sortedByCode().interner
        var clients: [Client] = []
        clients.reserveCapacity(pendingClients.count)
        for k in pendingClients.indices {
            pendingClients[k].client.id = ClientID(k)
            pendingClients[k].client.municipality = MunicipalityID(townID[Int(clientTowns[k])])
            clients.append(pendingClients[k].client)
        }
        var openings: [Opening] = []
        for (k, p) in pendingOpenings.enumerated() {
            var opening = p.opening
            opening.id = OpeningID(k)
            opening.organisation = OrganisationID(organisations.intern(p.organisation))
            opening.municipality = openingTowns[k].map { MunicipalityID(townID[Int($0)]) }
            opening.contract = p.contract.map { ContractID(contracts.intern($0)) }
            openings.append(opening)
        }
        let dataset = Dataset(
            taxonomy: taxonomy, clients: clients, clientIDs: pendingClients.map { $0.id }, openings: openings,
            openingIDs: pendingOpenings.map { $0.id }, openingTitles: pendingOpenings.map { $0.title },
            municipalities: municipalities.codes, organisations: organisations.codes, contracts: contracts.codes)

        var groups: AuditGroups?
        if let path = files.groups, var reader = try open(path, AuditGroups.schema) {
            if reader.headerIsValid && log.isEmpty {
                var index: [String: Int32] = [:]
                for (k, id) in dataset.clientIDs.enumerated() { index[id] = Int32(k) }
                groups = AuditGroups.read(&reader, clientIndex: index, log: &log)
            }
            noteDropped(reader)
        }
        try log.throwIfAny()
        return LoadedDataset(dataset: dataset, groups: groups, notices: notices, files: read_)
    }

    /// Openings of one social-return contract must state the same obligation.
    private static func checkContracts(_ openings: [OpeningTable.Pending], log: inout IssueLog) {
        var first: [String: OpeningTable.Pending] = [:]
        for p in openings.sorted(by: { ($0.file, $0.line) < ($1.file, $1.line) }) {
            guard let contract = p.contract, let obligation = p.opening.obligationEUR else { continue }
            if let earlier = first[contract] {
                if earlier.opening.obligationEUR != obligation {
                    log.add(DataIssue(file: p.file, line: p.line, column: 1, field: "obligation_eur",
                                      message: "contract '\(contract)' has obligation \(Cells.format(earlier.opening.obligationEUR ?? 0)) at \(earlier.file):\(earlier.line) and \(Cells.format(obligation)) here; one contract has one obligation"))
                }
            } else {
                first[contract] = p
            }
        }
    }

    private static func ordered(_ a: Int, _ b: Int) -> (Int, Int) { a < b ? (a, b) : (b, a) }
}
