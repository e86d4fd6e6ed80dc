import Opstap

extension DatasetGenerator {
    /// Accumulates clients and openings with string names, then numbers them in id order.
    struct Builder {
        let taxonomy: Taxonomy
        var random: SeededRandom
        var clients: [(id: String, municipality: String, client: Client)] = []
        var groups: [AuditGroups.Record] = []
        var openings: [(id: String, title: String, organisation: String, municipality: String?, contract: String?, opening: Opening)] = []
        let day = DatasetGenerator.referenceDay

        init(taxonomy: Taxonomy, random: SeededRandom) {
            self.taxonomy = taxonomy
            self.random = random
        }

        func tag(_ code: String) -> TagID {
            guard let id = taxonomy.tag(code: code) else { preconditionFailure("generator uses unknown tag \(code)") }
            return id
        }

        func competence(_ code: String) -> CompetenceID {
            guard let id = taxonomy.competence(code: code) else { preconditionFailure("generator uses unknown competence \(code)") }
            return id
        }

        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }

        // MARK: Clients

        mutating func addClients(_ count: Int, municipality: String?, places: [Place], prefix: String, statushouderShare: Double) {
            let weights = places.map(\.weight)
            let width = max(5, String(count).count)
            for k in 1...max(1, count) where count > 0 {
                let place = places[random.weighted(weights)]
                let (lat, lon) = Places.scatter(place, &random)
                let (client, record) = makeClient(location: GeoPoint(latitude: lat, longitude: lon), statushouderShare: statushouderShare)
                groups.append(record)
                clients.append((prefix + pad(k, width), municipality ?? place.name, client))
            }
        }

        mutating func makeClient(location: GeoPoint, statushouderShare: Double) -> (Client, AuditGroups.Record) {
            let r = random.unit()
            let placeability: Placeability = r < 0.30 ? .notPlaceable : (r < 0.65 ? .hardToPlace : .placeable)
            let ageBand: AuditGroups.AgeBand = [.under27, .from27To49, .from50][random.weighted([0.15, 0.42, 0.43])]
            let statushouder = random.chance(statushouderShare)
            let attitudeWeights: [Double] = switch placeability {
            case .placeable: [0.05, 0.15, 0.40, 0.40]
            case .hardToPlace: [0.10, 0.30, 0.40, 0.20]
            case .notPlaceable: [0.20, 0.35, 0.30, 0.15]
            }
            let attitude = Attitude(rawValue: UInt8(random.weighted(attitudeWeights) + 1))!
            let rungWeights: [Double] = switch placeability {
            case .placeable: [0.0, 0.05, 0.25, 0.35, 0.25, 0.10]
            case .hardToPlace: [0.05, 0.25, 0.35, 0.30, 0.05, 0.0]
            case .notPlaceable: [0.35, 0.40, 0.20, 0.05, 0.0, 0.0]
            }
            let rung = LadderRung(rawValue: UInt8(random.weighted(rungWeights) + 1))!
            let hours: Double = switch placeability {
            case .placeable: Double(2 * random.int(10...18))
            case .hardToPlace: Double(2 * random.int(6...16))
            case .notPlaceable: Double(2 * random.int(2...8))
            }
            var licences = LicenceSet()
            let bChance = placeability == .placeable ? 0.55 : (placeability == .hardToPlace ? 0.40 : 0.20)
            var code95: Day?
            if random.chance(bChance) {
                licences.insert(LicenceSet(.b))
                if random.chance(0.10) { licences.insert(LicenceSet(.be)) }
                if random.chance(0.06) { licences.insert(LicenceSet(random.chance(0.5) ? .ce : .c)) }
                if random.chance(0.03) { licences.insert(LicenceSet(.d)) }
                if licences.members.contains(where: \.needsCode95) && random.chance(0.8) { code95 = day.adding(days: random.int(-240...1400)) }
            }
            if random.chance(0.05) { licences.insert(LicenceSet(.am)) }
            if random.chance(0.02) { licences.insert(LicenceSet(.a)) }
            if random.chance(0.01) { licences.insert(LicenceSet(.t)) }
            let maxTravel: Double = switch placeability {
            case .placeable: Double(random.int(8...25) + (licences.contains(.b) ? 10 : 0))
            case .hardToPlace: Double(random.int(5...15) + (licences.contains(.b) ? 6 : 0))
            case .notPlaceable: Double(random.int(2...8))
            }
            let dutch: DutchLevel = statushouder
                ? [.a1, .a2, .b1, .b2, .unknown][random.weighted([0.25, 0.33, 0.25, 0.07, 0.10])]
                : [.b1, .b2, .c1, .c2, .unknown][random.weighted([0.05, 0.10, 0.28, 0.42, 0.15])]

            // Experience: one to three job families, more for people closer to work.
            let familyWeights = JobFamily.all.map(\.supply)
            let familyCount = placeability == .notPlaceable ? random.weighted([0.7, 0.3]) + 1 : random.weighted([0.55, 0.38, 0.07]) + 1
            var families: [Int] = []
            while families.count < familyCount {
                let f = random.weighted(familyWeights)
                if !families.contains(f) { families.append(f) }
            }
            var holdings: [CompetenceHolding] = []
            func hold(_ id: CompetenceID, _ level: UInt8) {
                if !holdings.contains(where: { $0.competence == id }) { holdings.append(CompetenceHolding(id, level: level)) }
            }
            for f in families {
                let pool = JobFamily.competences(of: JobFamily.all[f].group, in: taxonomy)
                let n = placeability == .notPlaceable ? random.int(1...2) : random.int(1...4)
                for id in random.sample(pool, n) { hold(id, UInt8(random.weighted([0.40, 0.45, 0.15]) + 1)) }
            }
            for id in random.sample(JobFamily.competences(of: "general", in: taxonomy), random.int(0...3)) {
                hold(id, UInt8(random.weighted([0.3, 0.5, 0.2]) + 1))
            }
            if licences.contains(.b) && random.chance(0.5) { hold(competence("driving_car"), UInt8(random.int(1...3))) }
            if licences.contains(.c) || licences.contains(.ce) { hold(competence("driving_truck"), UInt8(random.int(1...3))) }
            if licences.contains(.d) { hold(competence("driving_bus"), UInt8(random.int(1...3))) }

            var wishes: [TagID] = []
            for f in families where random.chance(0.7) { wishes.append(tag(JobFamily.all[f].sector)) }
            if random.chance(0.3) { wishes.append(tag(random.pick(JobFamily.all).sector)) }
            let volunteerSectors = ["sport", "culture", "nature", "community"]
            if placeability != .placeable && random.chance(0.5) { wishes.append(tag(random.pick(volunteerSectors))) }
            let activities = taxonomy.tags.indices.filter { taxonomy.tags[$0].kind == .activity }.map(TagID.init)
            wishes += random.sample(activities, random.int(0...2))

            var restrictions: [TagID] = []
            let restrictionCodes = ["no_heavy_lifting", "no_prolonged_standing", "no_night_work", "no_shift_work", "no_outdoor_weather",
                                    "no_customer_contact", "no_working_at_height", "no_noise", "no_dust_or_chemicals", "no_time_pressure",
                                    "no_weekend_work", "no_animals"]
            let restrictionWeights: [Double] = [4, 2, 3, 2, 1, 1, 1, 1, 1, 2, 2, 1]
            let restrictionChance = 0.15 + (ageBand == .from50 ? 0.15 : 0) + (placeability == .notPlaceable ? 0.1 : 0)
            if random.chance(restrictionChance) {
                for _ in 0..<random.int(1...2) { restrictions.append(tag(restrictionCodes[random.weighted(restrictionWeights)])) }
            }

            var target = TargetGroupSet()
            let benefit = random.unit()
            if ageBand == .from50 && benefit < 0.10 {
                target.insert(TargetGroupSet(benefit < 0.08 ? .ioaw : .ioaz))
            } else if benefit < 0.90 {
                target.insert(TargetGroupSet(.bijstand))
            } else if benefit < 0.96 {
                target.insert(TargetGroupSet(.nug))
            } else {
                target.insert(TargetGroupSet(.ww))
            }
            let register = random.chance(placeability == .hardToPlace ? 0.22 : 0.07)
            if register { target.insert(TargetGroupSet(.doelgroepregister)) }
            if statushouder { target.insert(TargetGroupSet(.statushouder)) }

            let client = Client(
                id: ClientID(0), municipality: MunicipalityID(0), location: location, maxTravelKm: maxTravel, hoursPerWeek: hours,
                availability: makeAvailability(placeability), placeability: placeability, attitude: attitude, rung: rung,
                dutchLevel: dutch, licences: licences, code95ValidUntil: code95,
                competences: holdings.sorted { $0.competence < $1.competence },
                wishes: Array(Set(wishes)).sorted(), restrictions: Array(Set(restrictions)).sorted(), targetGroups: target,
                loonwaardePercent: register ? UInt8(5 * random.int(7...18)) : nil,
                confirmedOn: day.adding(days: -random.int(0...480)))
            let gender: AuditGroups.Gender = [.female, .male, .x, .unknown][random.weighted([0.49, 0.49, 0.01, 0.01])]
            let migration: AuditGroups.MigrationBackground = statushouder ? .nonWestern : [.none, .western, .nonWestern, .unknown][random.weighted([0.55, 0.1, 0.25, 0.1])]
            return (client, AuditGroups.Record(client: ClientID(0), ageBand: ageBand, gender: gender, statushouder: statushouder, migrationBackground: migration))
        }

        mutating func makeAvailability(_ placeability: Placeability) -> Availability {
            if random.chance(0.08) { return .always }
            var result = Availability()
            let weekdays: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]
            let dayChance = placeability == .notPlaceable ? 0.45 : 0.85
            for day in weekdays where random.chance(dayChance) {
                result.insert(Availability(day, .morning))
                if placeability != .notPlaceable || random.chance(0.3) { result.insert(Availability(day, .afternoon)) }
                if random.chance(0.2) { result.insert(Availability(day, .evening)) }
            }
            if random.chance(0.3) { result.insert(Availability(.saturday, .morning)); result.insert(Availability(.saturday, .afternoon)) }
            if random.chance(0.1) { result.insert(Availability(.sunday, .afternoon)) }
            if result.rawValue == 0 { result.insert(Availability(weekdays[random.below(5)], .morning)) }
            return result
        }

        // MARK: Finish

        mutating func finish() -> (Dataset, AuditGroups) {
            let clientOrder = clients.indices.sorted { clients[$0].id.utf8.lexicographicallyPrecedes(clients[$1].id.utf8) }
            let openingOrder = openings.indices.sorted { openings[$0].id.utf8.lexicographicallyPrecedes(openings[$1].id.utf8) }
            var municipalities = Interner(clients.map(\.municipality) + openings.compactMap(\.municipality)).sortedByCode().interner
            var organisations = Interner(openings.map(\.organisation)).sortedByCode().interner
            var contracts = Interner(openings.compactMap(\.contract)).sortedByCode().interner
            var outClients: [Client] = []
            var records: [AuditGroups.Record] = []
            for (k, old) in clientOrder.enumerated() {
                var c = clients[old].client
                c.id = ClientID(k)
                c.municipality = MunicipalityID(municipalities.intern(clients[old].municipality))
                outClients.append(c)
                var record = groups[old]
                record.client = ClientID(k)
                records.append(record)
            }
            var outOpenings: [Opening] = []
            for (k, old) in openingOrder.enumerated() {
                var o = openings[old].opening
                o.id = OpeningID(k)
                o.organisation = OrganisationID(organisations.intern(openings[old].organisation))
                o.municipality = openings[old].municipality.map { MunicipalityID(municipalities.intern($0)) }
                o.contract = openings[old].contract.map { ContractID(contracts.intern($0)) }
                outOpenings.append(o)
            }
            let dataset = Dataset(
                taxonomy: taxonomy, clients: outClients, clientIDs: clientOrder.map { clients[$0].id }, openings: outOpenings,
                openingIDs: openingOrder.map { openings[$0].id }, openingTitles: openingOrder.map { openings[$0].title },
                municipalities: municipalities.codes, organisations: organisations.codes, contracts: contracts.codes)
            return (dataset, AuditGroups(records: records))
        }
    }
}
