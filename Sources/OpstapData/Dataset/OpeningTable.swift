import Opstap

/// Reads and writes `openings.csv` / `openings.jsonl`: all four kinds, with kind-specific checks.
enum OpeningTable {
    struct Pending {
        var id: String
        var title: String
        var organisation: String
        var municipality: String?
        var contract: String?
        var file: String
        var line: Int
        var opening: Opening
    }

    static func read(_ reader: inout TableReader, taxonomy: Taxonomy, log: inout IssueLog) -> [Pending] {
        typealias C = OpeningColumn
        let codes = TaxonomyCodes(taxonomy)
        var result: [Pending] = []
        result.reserveCapacity(reader.remainingBytes / 200)  // a typical row is longer: no regrowth
        var cells = Cells(reader: reader, log: log)
        defer { log = cells.log }
        while cells.next(&reader) {
            let id = cells.id(C.openingID.rawValue)
            let kind = cells.coded(C.kind.rawValue, Codes.openingKind)
            let organisation = cells.requiredText(C.organisation.rawValue)
            let title = cells.requiredText(C.title.rawValue)
            let municipality = cells.text(C.municipality.rawValue)
            let lat = cells.double(C.lat.rawValue, in: -90...90)
            let lon = cells.double(C.lon.rawValue, in: -180...180)
            let hours = cells.double(C.hoursPerWeek.rawValue, in: 0.5...60)
            let capacity = cells.int(C.capacity.rawValue, in: 1...100_000, required: false) ?? 1
            let required = cells.competences(C.requiredCompetences.rawValue, codes, levels: true)
            let wished = cells.competences(C.wishedCompetences.rawValue, codes, levels: false).map(\.competence)
            let dutch = cells.coded(C.minDutchLevel.rawValue, Codes.dutchLevel, required: false) ?? .none
            let licences = cells.codedList(C.requiredLicences.rawValue, Codes.licence)
            let code95 = cells.bool(C.requiresCode95.rawValue) ?? false
            let accepted = cells.codedList(C.acceptedPlaceability.rawValue, Codes.placeability)
            let rung = cells.coded(C.ladderRung.rawValue, Codes.ladderRung, required: false)
            let conditions = cells.tags(C.conditions.rawValue, codes, kinds: [.condition])
            let groups = cells.codedList(C.targetGroups.rawValue, Codes.targetGroup)
            let instruments = cells.codedList(C.instruments.rawValue, Codes.supportInstrument)
            let validUntil = cells.day(C.validUntil.rawValue)
            let sectors = cells.tags(C.sectors.rawValue, codes, kinds: [.sector])
            let activities = cells.tags(C.activities.rawValue, codes, kinds: [.activity])
            let schedule = Self.schedule(&cells, C.schedule.rawValue)
            let contract = cells.text(C.contractID.rawValue)
            let obligation = cells.double(C.obligationEUR.rawValue, in: 0...1e12, required: false)
            let value = cells.double(C.valuePerPlacementEUR.rawValue, in: 0...1e9, required: false)
            if dutch == .unknown { cells.fail(C.minDutchLevel.rawValue, "'unknown' is not a requirement; leave the cell empty or write none when no Dutch is asked") }
            let licenceSet = LicenceSet(rawValue: licences.reduce(0) { $0 | LicenceSet($1).rawValue })
            if code95 && !licences.contains(where: \.needsCode95) {
                cells.fail(C.requiresCode95.rawValue, "code 95 is only for professional driving; the opening must also require a C or D category")
            }
            if let kind {
                Self.checkKind(kind, &cells, schedule: schedule, licences: licenceSet, groups: groups, contract: contract, obligation: obligation, value: value)
            }
            guard !cells.failed, let id, let kind, let organisation, let title, let lat, let lon, let hours else { continue }
            let opening = Opening(
                id: OpeningID(0), kind: kind, organisation: OrganisationID(0), municipality: nil,
                location: GeoPoint(latitude: lat, longitude: lon), hoursPerWeek: hours, capacity: Int32(capacity),
                requiredCompetences: required, wishedCompetences: wished, minDutchLevel: dutch,
                requiredLicences: licenceSet, requiresCode95: code95,
                acceptedPlaceability: accepted.isEmpty ? nil : PlaceabilitySet(rawValue: accepted.reduce(0) { $0 | PlaceabilitySet($1).rawValue }),
                rung: rung, conditions: conditions,
                targetGroups: TargetGroupSet(rawValue: groups.reduce(0) { $0 | TargetGroupSet($1).rawValue }),
                instruments: SupportInstrumentSet(rawValue: instruments.reduce(0) { $0 | SupportInstrumentSet($1).rawValue }),
                validUntil: validUntil, sectors: sectors, activities: activities, schedule: schedule,
                obligationEUR: obligation, valuePerPlacementEUR: value)
            result.append(Pending(
                id: id, title: title, organisation: organisation, municipality: municipality, contract: contract,
                file: reader.file, line: cells.row.line, opening: opening))
        }
        return result
    }

    /// What each kind must have, and what only one kind may have.
    private static func checkKind(
        _ kind: OpeningKind, _ cells: inout Cells, schedule: [DriverShift], licences: LicenceSet,
        groups: [TargetGroup], contract: String?, obligation: Double?, value: Double?
    ) {
        typealias C = OpeningColumn
        if kind == .driverSlot {
            if schedule.isEmpty && cells.bytes(C.schedule.rawValue) == nil {
                cells.fail(C.schedule.rawValue, "a driver_slot needs a schedule such as mon 06:00-14:00")
            }
            if licences.isEmpty { cells.fail(C.requiredLicences.rawValue, "a driver_slot needs at least one licence category") }
        } else if cells.bytes(C.schedule.rawValue) != nil {
            cells.fail(C.schedule.rawValue, "only driver_slot openings have a schedule; this one is \(kind.code)")
        }
        if kind == .socialReturn {
            if contract == nil { cells.fail(C.contractID.rawValue, "a social_return opening needs the contract_id it counts towards") }
            if obligation == nil && cells.bytes(C.obligationEUR.rawValue) == nil {
                cells.fail(C.obligationEUR.rawValue, "a social_return opening needs the contract's obligation in euros")
            }
            if groups.isEmpty && cells.bytes(C.targetGroups.rawValue) == nil {
                cells.fail(C.targetGroups.rawValue, "a social_return opening needs the target groups its contract names")
            }
        } else {
            for column in [C.contractID, C.obligationEUR, C.valuePerPlacementEUR] where cells.bytes(column.rawValue) != nil {
                cells.fail(column.rawValue, "only social_return openings have \(column.name); this one is \(kind.code)")
            }
        }
    }

    /// `mon 06:00-14:00|wed 18:00-22:00`: weekday, start and end within one day.
    static func schedule(_ cells: inout Cells, _ column: Int) -> [DriverShift] {
        var result: [DriverShift] = []
        for item in cells.items(column) {
            let text = String(decoding: item, as: UTF8.self)
            let parts = text.split(separator: " ")
            func minutes(_ clock: Substring) -> Int16? {
                let hm = clock.split(separator: ":")
                guard hm.count == 2, hm[0].count == 2, hm[1].count == 2, let h = Int(hm[0]), let m = Int(hm[1]),
                      (0...24).contains(h), (0...59).contains(m), h * 60 + m <= 1440 else { return nil }
                return Int16(h * 60 + m)
            }
            let window = parts.count == 2 ? parts[1].split(separator: "-") : []
            guard parts.count == 2, let day = Weekday(code: String(parts[0])), window.count == 2,
                  let start = minutes(window[0]), let end = minutes(window[1]) else {
                cells.fail(column, "{value} is not a shift; expected day HH:MM-HH:MM such as mon 06:00-14:00", value: item)
                continue
            }
            guard start < end else {
                cells.fail(column, "{value}: the end must be after the start; split a shift past midnight over two days", value: item)
                continue
            }
            result.append(DriverShift(day: day, startMinute: start, endMinute: end))
        }
        return result
    }

    static func cells(_ o: Opening, in dataset: Dataset) -> [Cell] {
        let t = dataset.taxonomy
        return [
            .text(dataset.openingIDs[Int(o.id.index)]), .codes(o.kind.code), .text(dataset.organisations[Int(o.organisation.index)]),
            .text(dataset.openingTitles[Int(o.id.index)]), .text(o.municipality.map { dataset.municipalities[Int($0.index)] } ?? ""),
            .number(o.location.latitude), .number(o.location.longitude), .number(o.hoursPerWeek), .number(Double(o.capacity)),
            .codes(ClientTable.competenceCodes(o.requiredCompetences, t)),
            .codes(o.wishedCompetences.map { t[$0].code }.joined(separator: "|")),
            .codes(o.minDutchLevel == .none ? "" : o.minDutchLevel.code),
            .codes(o.requiredLicences.members.map(\.code).joined(separator: "|")), .bool(o.requiresCode95),
            .codes(o.acceptedPlaceability?.members.map(\.code).joined(separator: "|") ?? ""),
            .number(Double(o.rung.rawValue)), .codes(ClientTable.tagCodes(o.conditions, t)),
            .codes(o.targetGroups.members.map(\.code).joined(separator: "|")),
            .codes(o.instruments.members.map(\.code).joined(separator: "|")), .codes(o.validUntil?.description ?? ""),
            .codes(ClientTable.tagCodes(o.sectors, t)), .codes(ClientTable.tagCodes(o.activities, t)),
            .codes(o.schedule.map(\.code).joined(separator: "|")),
            .text(o.contract.map { dataset.contracts[Int($0.index)] } ?? ""), .number(o.obligationEUR), .number(o.valuePerPlacementEUR),
        ]
    }
}
