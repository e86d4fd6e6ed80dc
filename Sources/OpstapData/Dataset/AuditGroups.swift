import Opstap

/// Sensitive attributes from `groups.csv`, for a fairness audit only.
///
/// This type lives in `OpstapData`, not in the `Opstap` engine, and nothing in the engine takes
/// it: age band, gender, statushouder status and migration background cannot reach a score.
public struct AuditGroups: Sendable {
    public enum AgeBand: String, Coded {
        case under27 = "under_27", from27To49 = "27_to_49", from50 = "50_plus"
        public var code: String { rawValue }
    }

    public enum Gender: String, Coded {
        case female, male, x, unknown
        public var code: String { rawValue }
    }

    public enum MigrationBackground: String, Coded {
        case none, western, nonWestern = "non_western", unknown
        public var code: String { rawValue }
    }

    public struct Record: Hashable, Sendable {
        public var client: ClientID
        public var ageBand: AgeBand?
        public var gender: Gender?
        public var statushouder: Bool?
        public var migrationBackground: MigrationBackground?

        public init(client: ClientID, ageBand: AgeBand? = nil, gender: Gender? = nil, statushouder: Bool? = nil, migrationBackground: MigrationBackground? = nil) {
            self.client = client
            self.ageBand = ageBand
            self.gender = gender
            self.statushouder = statushouder
            self.migrationBackground = migrationBackground
        }
    }

    /// One record per client that has one, sorted by client id.
    public var records: [Record]

    public init(records: [Record]) { self.records = records }

    enum Column: Int, CaseIterable {
        case clientID, ageBand, gender, statushouder, migrationBackground
        var name: String { ["client_id", "age_band", "gender", "statushouder", "migration_background"][rawValue] }
    }

    static let schema = Schema(
        name: "groups",
        columns: Column.allCases.map { Schema.Column(name: $0.name, required: $0 == .clientID, personal: $0 == .clientID) },
        refusesSensitiveColumns: false)

    static func read(_ reader: inout TableReader, clientIndex: [String: Int32], log: inout IssueLog) -> AuditGroups {
        var records: [Record] = []
        var seen: [Int32: Int] = [:]
        var cells = Cells(reader: reader, log: log)
        defer { log = cells.log }
        while cells.next(&reader) {
            let id = cells.id(Column.clientID.rawValue)
            let age = cells.coded(Column.ageBand.rawValue, Codes.ageBand, required: false)
            let gender = cells.coded(Column.gender.rawValue, Codes.gender, required: false)
            let status = cells.bool(Column.statushouder.rawValue)
            let migration = cells.coded(Column.migrationBackground.rawValue, Codes.migrationBackground, required: false)
            guard let id else { continue }
            guard let client = clientIndex[id] else {
                cells.fail(Column.clientID.rawValue, "this client_id is not in the clients file")
                continue
            }
            if let first = seen[client] {
                cells.fail(Column.clientID.rawValue, "duplicate client_id (first on line \(first))")
                continue
            }
            seen[client] = cells.row.line
            guard !cells.failed else { continue }
            records.append(Record(client: ClientID(client), ageBand: age, gender: gender, statushouder: status, migrationBackground: migration))
        }
        return AuditGroups(records: records.sorted { $0.client < $1.client })
    }

    func rows(_ dataset: Dataset) -> [[Cell]] {
        records.map {
            [.text(dataset.clientIDs[Int($0.client.index)]), .codes($0.ageBand?.code ?? ""), .codes($0.gender?.code ?? ""),
             .codes($0.statushouder.map { $0 ? "true" : "false" } ?? ""), .codes($0.migrationBackground?.code ?? "")]
        }
    }
}
