import Opstap

/// The files that go with a dataset for one run: reservations (`--reserved`), the stands of a
/// market (`stands.csv`) and the outcomes recorded after it. Read as strictly as the dataset:
/// every problem with file, line and column, all-or-nothing; client ids are never quoted back.
public enum SideTables {
    static let reservationSchema = Schema(name: "reserved", columns: [
        .init(name: "client_id", required: true, personal: true), .init(name: "opening_id", required: true),
        .init(name: "status", required: true),
    ])
    static let standSchema = Schema(name: "stands", columns: [
        .init(name: "stand_id", required: true), .init(name: "organisation", required: true),
        .init(name: "opening_ids", required: true), .init(name: "conversations", required: true),
    ])
    static let outcomeSchema = Schema(name: "outcomes", columns: [
        .init(name: "client_id", required: true, personal: true), .init(name: "stand_id", required: false), .init(name: "opening_id", required: false),
        .init(name: "outcome", required: true),
    ])

    static let invitationSchema = Schema(name: "invitations", columns: [
        .init(name: "client_id", required: true, personal: true), .init(name: "stop", required: false),
        .init(name: "stand_id", required: true), .init(name: "organisation", required: false),
        .init(name: "opening_id", required: false), .init(name: "kind", required: false), .init(name: "score", required: false),
    ])

    /// The `invitations.csv` that `market` wrote (staff may have removed or added rows).
    public static func invitations(_ path: String, dataset: Dataset, stands: [Stand], options: ReadOptions = ReadOptions()) throws -> [Invitation] {
        let clients = index(dataset.clientIDs), openings = index(dataset.openingIDs)
        let standIndex = index(stands.map(\.id))
        var list: [Invitation] = []
        var seen: [String: Int] = [:]
        try read(path, invitationSchema, options: options) { cells, line in
            let client = cells.id(0), stand = cells.id(2), opening = cells.text(4)
            guard let client, let stand else { return }
            guard let c = clients[client] else { cells.fail(0, "this client_id is not in the clients file"); return }
            guard let s = standIndex[stand] else { cells.fail(2, "no stand with id '\(stand)' in the stands file"); return }
            var o: OpeningID?
            if let opening {
                guard let k = openings[opening] else { cells.fail(4, "no opening with id '\(opening)'"); return }
                guard stands[Int(s)].openings.contains(OpeningID(k)) else { cells.fail(4, "opening '\(opening)' is not one of stand '\(stand)''s openings"); return }
                o = OpeningID(k)
            }
            let key = "\(c) \(s)"
            if let first = seen[key] { cells.failRow("this client and stand are already on line \(first)"); return }
            seen[key] = line
            list.append(Invitation(client: ClientID(c), stand: Int(s), opening: o))
        }
        return list.sorted { ($0.client.index, $0.stand) < ($1.client.index, $1.stand) }
    }

    /// Reads a file and hands each row's cells to `row`; throws every problem together.
    static func read(_ path: String, _ schema: Schema, options: ReadOptions,
                     _ row: (inout Cells, Int) -> Void) throws {
        let bytes = try InputFileError.read(path)
        var log = IssueLog()
        if var reader = TableReader(file: path, contents: bytes, schema: schema, options: options, log: &log), reader.headerIsValid {
            var cells = Cells(reader: reader, log: log)
            while cells.next(&reader) { row(&cells, cells.row.line) }
            log = cells.log
        }
        try log.throwIfAny()
    }

    static func index(_ ids: [String]) -> [String: Int32] {
        var index: [String: Int32] = [:]
        for (k, id) in ids.enumerated() { index[id] = Int32(k) }
        return index
    }

    /// `client_id;opening_id;status` with status `in_bemiddeling` or `placed`. A client placed
    /// twice, or the same pair twice, is an error.
    public static func reservations(_ path: String, dataset: Dataset, options: ReadOptions = ReadOptions()) throws -> Reservations {
        let clients = index(dataset.clientIDs), openings = index(dataset.openingIDs)
        var list: [Reservation] = []
        var seen: [String: Int] = [:]
        var placedOn: [Int32: Int] = [:]
        try read(path, reservationSchema, options: options) { cells, line in
            let client = cells.id(0), opening = cells.id(1)
            let status = cells.coded(2, Codes.reservationStatus)
            guard let client, let opening, let status else { return }
            guard let c = clients[client] else { cells.fail(0, "this client_id is not in the clients file"); return }
            guard let o = openings[opening] else {
                let hint = nearestName(to: opening, among: dataset.openingIDs).map { "; did you mean '\($0)'?" } ?? ""
                cells.fail(1, "no opening with id '\(opening)'\(hint)")
                return
            }
            let key = "\(c) \(o)"
            if let first = seen[key] { cells.failRow("this client and opening are already on line \(first)"); return }
            seen[key] = line
            if status == .placed {
                if let first = placedOn[c] { cells.fail(0, "this client is already placed on line \(first); one placement per client"); return }
                placedOn[c] = line
            }
            list.append(Reservation(client: ClientID(c), opening: OpeningID(o), status: status))
        }
        return Reservations(list.sorted { ($0.client.index, $0.opening.index) < ($1.client.index, $1.opening.index) })
    }

    /// `stand_id;organisation;opening_ids;conversations`: the openings `|`-separated, at least
    /// one conversation. Sorted by stand id.
    public static func stands(_ path: String, dataset: Dataset, options: ReadOptions = ReadOptions()) throws -> [Stand] {
        let openings = index(dataset.openingIDs)
        var stands: [Stand] = []
        var seen: [String: Int] = [:]
        try read(path, standSchema, options: options) { cells, line in
            let id = cells.id(0), organisation = cells.requiredText(1)
            var chosen: [OpeningID] = []
            for item in cells.items(2) {
                let name = String(decoding: item, as: UTF8.self)
                if let o = openings[name] {
                    if chosen.contains(OpeningID(o)) { cells.fail(2, "{value} appears twice in the list", value: item) }
                    chosen.append(OpeningID(o))
                } else {
                    let hint = nearestName(to: name, among: dataset.openingIDs).map { "; did you mean '\($0)'?" } ?? ""
                    cells.fail(2, "no opening with id {value}\(hint)", value: item)
                }
            }
            if cells.bytes(2) == nil { cells.fail(2, "empty value; a stand brings at least one opening") }
            let conversations = cells.int(3, in: 1...10_000)
            guard let id, let organisation, let conversations, !cells.failed else { return }
            if let first = seen[id] { cells.fail(0, "duplicate stand_id '\(id)' (first on line \(first))"); return }
            seen[id] = line
            stands.append(Stand(id: id, organisation: organisation, openings: chosen.sorted(), conversations: Int32(conversations)))
        }
        return stands.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    }

    /// `client_id;stand_id;opening_id;outcome`: a stand or an opening (or both), the outcome one
    /// of `none`, `interested`, `appointment`, `started`.
    public static func outcomes(_ path: String, dataset: Dataset, stands: [Stand], options: ReadOptions = ReadOptions()) throws -> [OutcomeRecord] {
        let clients = index(dataset.clientIDs), openings = index(dataset.openingIDs)
        let standIndex = index(stands.map(\.id))
        var records: [OutcomeRecord] = []
        try read(path, outcomeSchema, options: options) { cells, _ in
            let client = cells.id(0)
            let stand = cells.text(1), opening = cells.text(2)
            let outcome = cells.coded(3, Codes.outcome)
            var s: Int?, o: OpeningID?
            if let stand {
                if let k = standIndex[stand] { s = Int(k) } else { cells.fail(1, "no stand with id '\(stand)' in the stands file") }
            }
            if let opening {
                if let k = openings[opening] { o = OpeningID(k) } else { cells.fail(2, "no opening with id '\(opening)'") }
            }
            if stand == nil && opening == nil { cells.failRow("give a stand_id or an opening_id (or both)") }
            if let s, let o, !stands[s].openings.contains(o) { cells.fail(2, "opening '\(opening!)' is not one of stand '\(stand!)''s openings") }
            guard let client, let outcome, !cells.failed else { return }
            guard let c = clients[client] else { cells.fail(0, "this client_id is not in the clients file"); return }
            records.append(OutcomeRecord(client: ClientID(c), stand: s, opening: o, outcome: outcome))
        }
        return records
    }
}
