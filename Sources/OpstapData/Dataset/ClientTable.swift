import Opstap

/// Reads and writes `clients.csv` / `clients.jsonl`.
enum ClientTable {
    /// A client as read, before ids are numbered in id order.
    struct Pending {
        var id: String
        var municipality: String
        var line: Int
        var client: Client
    }

    static func read(_ reader: inout TableReader, taxonomy: Taxonomy, log: inout IssueLog) -> [Pending] {
        typealias C = ClientColumn
        let codes = TaxonomyCodes(taxonomy)
        var result: [Pending] = []
        result.reserveCapacity(reader.remainingBytes / 200)  // a typical row is longer: no regrowth
        var cells = Cells(reader: reader, log: log)
        defer { log = cells.log }
        while cells.next(&reader) {
            let id = cells.id(C.clientID.rawValue)
            let municipality = cells.requiredText(C.municipality.rawValue)
            let lat = cells.double(C.lat.rawValue, in: -90...90)
            let lon = cells.double(C.lon.rawValue, in: -180...180)
            let maxTravel = cells.double(C.maxTravelKm.rawValue, in: 0...500)
            let hours = cells.double(C.hoursPerWeek.rawValue, in: 0...60)
            let availability = Self.availability(&cells, C.availability.rawValue)
            let placeability = cells.coded(C.placeability.rawValue, Codes.placeability)
            let attitude = cells.coded(C.attitude.rawValue, Codes.attitude)
            let rung = cells.coded(C.ladderRung.rawValue, Codes.ladderRung)
            let dutch = cells.coded(C.dutchLevel.rawValue, Codes.dutchLevel, required: false) ?? .unknown
            let licences = cells.codedList(C.licences.rawValue, Codes.licence)
            let code95 = cells.day(C.code95ValidUntil.rawValue)
            let competences = cells.competences(C.competences.rawValue, codes, levels: true)
            let wishes = cells.tags(C.wishes.rawValue, codes, kinds: [.sector, .activity])
            let restrictions = cells.tags(C.restrictions.rawValue, codes, kinds: [.restriction])
            let groups = cells.codedList(C.targetGroups.rawValue, Codes.targetGroup)
            let loonwaarde = cells.int(C.loonwaardePercent.rawValue, in: 0...100, required: false)
            let confirmed = cells.day(C.confirmedOn.rawValue, required: true)
            guard !cells.failed, let id, let municipality, let lat, let lon, let maxTravel, let hours,
                  let placeability, let attitude, let rung, let confirmed else { continue }
            let client = Client(
                id: ClientID(0), municipality: MunicipalityID(0), location: GeoPoint(latitude: lat, longitude: lon),
                maxTravelKm: maxTravel, hoursPerWeek: hours, availability: availability ?? .always,
                placeability: placeability, attitude: attitude, rung: rung, dutchLevel: dutch,
                licences: LicenceSet(rawValue: licences.reduce(0) { $0 | LicenceSet($1).rawValue }),
                code95ValidUntil: code95, competences: competences, wishes: wishes, restrictions: restrictions,
                targetGroups: TargetGroupSet(rawValue: groups.reduce(0) { $0 | TargetGroupSet($1).rawValue }),
                loonwaardePercent: loonwaarde.map(UInt8.init), confirmedOn: confirmed)
            result.append(Pending(id: id, municipality: municipality, line: cells.row.line, client: client))
        }
        return result
    }

    /// `mon:morning|tue|...`: a weekday with a part of the day, or a weekday alone for the whole day.
    /// Empty means nothing recorded: no limits (`Availability.always`).
    static func availability(_ cells: inout Cells, _ column: Int) -> Availability? {
        guard cells.bytes(column) != nil else { return nil }
        var result = Availability()
        for item in cells.items(column) {
            let colon = item.firstIndex(of: UInt8(ascii: ":")) ?? item.endIndex
            guard let day = Codes.weekday(item[..<colon]) else {
                cells.fail(column, "{value} is not an availability; expected day:part such as mon:morning (days mon..sun, parts morning, afternoon, evening) or a day alone", value: item)
                continue
            }
            if colon == item.endIndex {
                for part in DayPart.allCases { result.insert(Availability(day, part)) }
            } else if let part = Codes.dayPart(item[(colon + 1)...]) {
                result.insert(Availability(day, part))
            } else {
                cells.fail(column, "{value}: the part of the day must be morning, afternoon or evening", value: item)
            }
        }
        return result
    }

    static func availabilityCode(_ availability: Availability) -> String {
        if availability == .always { return "" }
        var items: [String] = []
        for day in Weekday.allCases {
            let parts = DayPart.allCases.filter { availability.contains(day, $0) }
            if parts.count == 3 { items.append(day.code) } else { items += parts.map { "\(day.code):\($0.code)" } }
        }
        return items.joined(separator: "|")
    }

    static func competenceCodes(_ list: [CompetenceHolding], _ taxonomy: Taxonomy) -> String {
        list.map { "\(taxonomy[$0.competence].code):\($0.level)" }.joined(separator: "|")
    }

    static func tagCodes(_ list: [TagID], _ taxonomy: Taxonomy) -> String {
        list.map { taxonomy[$0].code }.joined(separator: "|")
    }

    /// Cell texts of one client, in `ClientColumn` order; nil for a number cell that is empty.
    static func cells(_ c: Client, in dataset: Dataset) -> [Cell] {
        let t = dataset.taxonomy
        return [
            .text(dataset.clientIDs[Int(c.id.index)]), .text(dataset.municipalities[Int(c.municipality.index)]),
            .number(c.location.latitude), .number(c.location.longitude), .number(c.maxTravelKm), .number(c.hoursPerWeek),
            .codes(availabilityCode(c.availability)), .codes(c.placeability.code), .number(Double(c.attitude.rawValue)),
            .number(Double(c.rung.rawValue)), .codes(c.dutchLevel == .unknown ? "" : c.dutchLevel.code),
            .codes(c.licences.members.map(\.code).joined(separator: "|")), .codes(c.code95ValidUntil?.description ?? ""),
            .codes(competenceCodes(c.competences, t)), .codes(tagCodes(c.wishes, t)), .codes(tagCodes(c.restrictions, t)),
            .codes(c.targetGroups.members.map(\.code).joined(separator: "|")),
            .number(c.loonwaardePercent.map(Double.init)), .codes(c.confirmedOn.description),
        ]
    }
}

/// A cell for the dataset writers, typed so CSV and JSON Lines write it each their own way.
enum Cell {
    case text(String)
    case number(Double?)
    /// A code or a `|`-separated list of codes; written as a JSON array when it is a list column.
    case codes(String)
    case bool(Bool)
}
