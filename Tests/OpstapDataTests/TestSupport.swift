import Foundation
import Opstap
@testable import OpstapData

/// The repository root, found from this file's path (tests run from a clean clone).
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

let builtInTaxonomy: Taxonomy = try! DatasetLoader.load(DatasetFiles()).dataset.taxonomy

/// Loads a dataset from in-memory files named by path.
func load(_ files: [String: [UInt8]], options: ReadOptions = ReadOptions()) throws -> LoadedDataset {
    let names = files.keys.sorted()
    let spec = DatasetFiles(
        clients: names.first { $0.hasPrefix("clients") },
        openings: names.filter { $0.hasPrefix("openings") },
        groups: names.first { $0.hasPrefix("groups") })
    return try DatasetLoader.load(spec, options: options) { (path: String) throws(InputFileError) -> [UInt8] in
        guard let bytes = files[path] else { throw InputFileError(path: path, reason: "no such file") }
        return bytes
    }
}

/// A dataset reduced to values that do not depend on numbering: names resolved, ids zeroed,
/// sorted by id. Two datasets with the same content give equal snapshots.
struct Snapshot: Equatable {
    struct ClientRow: Equatable { var id: String; var municipality: String; var client: Client }
    struct OpeningRow: Equatable {
        var id: String; var title: String; var organisation: String; var municipality: String?; var contract: String?; var opening: Opening
    }
    struct GroupRow: Equatable { var id: String; var record: AuditGroups.Record }
    var clients: [ClientRow]
    var openings: [OpeningRow]
    var groups: [GroupRow]

    init(_ d: Dataset, _ g: AuditGroups?) {
        clients = d.clients.map { c in
            var copy = c
            copy.id = ClientID(0)
            copy.municipality = MunicipalityID(0)
            return ClientRow(id: d.clientIDs[Int(c.id.index)], municipality: d.municipalities[Int(c.municipality.index)], client: copy)
        }.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        openings = d.openings.map { o in
            var copy = o
            copy.id = OpeningID(0)
            copy.organisation = OrganisationID(0)
            copy.municipality = nil
            copy.contract = nil
            return OpeningRow(
                id: d.openingIDs[Int(o.id.index)], title: d.openingTitles[Int(o.id.index)], organisation: d.organisations[Int(o.organisation.index)],
                municipality: o.municipality.map { d.municipalities[Int($0.index)] }, contract: o.contract.map { d.contracts[Int($0.index)] }, opening: copy)
        }.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        groups = (g?.records ?? []).map { r in
            var copy = r
            copy.client = ClientID(0)
            return GroupRow(id: d.clientIDs[Int(r.client.index)], record: copy)
        }.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    }
}
