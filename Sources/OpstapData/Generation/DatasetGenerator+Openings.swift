import Opstap

extension DatasetGenerator.Builder {
    private mutating func validUntil(pastShare: Double = 0.06) -> Day {
        random.chance(pastShare) ? day.adding(days: -random.int(1...60)) : day.adding(days: random.int(14...200))
    }

    private func sectorLabel(_ code: String) -> String { taxonomy[tag(code)].labelNL }

    mutating func addVacancies(_ count: Int, places: [Place], national: Bool) {
        guard count > 0 else { return }
        let weights = places.map(\.weight)
        let width = max(3, String(count).count)
        for k in 1...count {
            let family = JobFamily.all[random.weighted(JobFamily.all.map(\.demand))]
            let place = places[random.weighted(weights)]
            let (lat, lon) = Places.scatter(place, &random)
            let job = random.pick(family.titles)
            let title = job.name
            let organisation = national
                ? "\(place.name) \(sectorLabel(family.sector).capitalisedFirst) \(["A", "B", "C", "D", "E"][random.below(5)])"
                : random.pick(family.employers)
            // The title's own competence first (a driver's at level 2, a learner's at 1), then up to
            // two that go with the work.
            let keyLevel: UInt8 = job.learner ? 1 : (job.licence != nil ? 2 : UInt8(random.weighted([0.5, 0.4, 0.1]) + 1))
            var required = [CompetenceHolding(competence(job.key), level: keyLevel)]
            for code in random.sample(job.also, random.int(0...2)) {
                required.append(CompetenceHolding(competence(code), level: job.learner ? 1 : UInt8(random.weighted([0.6, 0.35, 0.05]) + 1)))
            }
            var licences = LicenceSet()
            var code95 = false
            if let licence = job.licence {
                licences = LicenceSet(licence)
                code95 = licence.needsCode95
            } else if random.chance(0.08) {
                licences = LicenceSet(.b)
            }
            let wished = wishes(from: job.also.map(competence) + JobFamily.competences(of: "general", in: taxonomy),
                                count: random.int(0...2), notIn: required)
            var instruments = SupportInstrumentSet()
            if random.chance(0.45) {
                for _ in 0..<random.int(1...2) {
                    instruments.insert(SupportInstrumentSet([SupportInstrument.proefplaatsing, .jobcoach, .loonkostensubsidie, .leerwerkplek][random.weighted([3, 2, 2, 2])]))
                }
            }
            let supported = instruments.contains(.jobcoach) || instruments.contains(.loonkostensubsidie)
            let short = ["cleaning", "hospitality", "retail"].contains(family.group)
            let opening = Opening(
                id: OpeningID(0), kind: .vacancy, organisation: OrganisationID(0), location: GeoPoint(latitude: lat, longitude: lon),
                hoursPerWeek: Double(2 * (short ? random.int(6...14) : random.int(8...19))),
                capacity: Int32([1, 2, 3, 4, 5][random.weighted([0.6, 0.25, 0.08, 0.04, 0.03])]),
                requiredCompetences: required.sorted { $0.competence < $1.competence }, wishedCompetences: wished,
                minDutchLevel: random.pick(family.dutch), requiredLicences: licences, requiresCode95: code95,
                acceptedPlaceability: random.chance(0.15) ? [PlaceabilitySet(.placeable), PlaceabilitySet(.hardToPlace)] : nil,
                rung: supported ? .paidWorkWithSupport : nil,
                conditions: random.sample(family.conditions, random.int(0...2)).map(tag).sorted(), instruments: instruments,
                validUntil: validUntil(), sectors: [tag(family.sector)],
                activities: random.sample(family.activities, random.int(0...2)).map(tag).sorted())
            openings.append(("VAC-" + pad(k, width), title, organisation, national ? nil : place.name, nil, opening))
        }
    }

    mutating func addDriverSlots(_ count: Int, depots: [(String, Double, Double, String)]) {
        guard count > 0 else { return }
        struct SlotType { var title: String; var licence: Licence; var competence: String; var shifts: [(Weekday, String)] }
        let weekdays: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]
        let types: [SlotType] = [
            SlotType(title: "Leerlingenvervoer ochtend en middag", licence: .b, competence: "wmo_transport",
                     shifts: weekdays.flatMap { [($0, "07:15-09:00"), ($0, "14:30-16:30")] }),
            SlotType(title: "WMO-vervoer dinsdag en donderdag", licence: .b, competence: "wmo_transport",
                     shifts: [(.tuesday, "09:00-13:00"), (.thursday, "09:00-13:00")]),
            SlotType(title: "Bezorgen met de bestelbus op zaterdag", licence: .b, competence: "driving_van", shifts: [(.saturday, "08:00-14:00")]),
            SlotType(title: "Avondritten zorgvervoer", licence: .b, competence: "passenger_transport",
                     shifts: [(.monday, "18:00-22:00"), (.thursday, "18:00-22:00")]),
            SlotType(title: "Vrachtwagen: vroege dienst", licence: .c, competence: "driving_truck",
                     shifts: [(.monday, "06:00-14:00"), (.wednesday, "06:00-14:00")]),
            SlotType(title: "Bus: vervoer dagbesteding", licence: .d, competence: "driving_bus",
                     shifts: [(.monday, "08:00-10:00"), (.monday, "15:00-17:00"), (.friday, "08:00-10:00"), (.friday, "15:00-17:00")]),
        ]
        let width = max(3, String(count).count)
        for k in 1...count {
            let type = types[random.weighted([0.35, 0.2, 0.15, 0.1, 0.12, 0.08])]
            let depot = depots[random.below(depots.count)]
            var shifts: [DriverShift] = []
            var minutes = 0
            for (weekday, window) in type.shifts {
                let parts = window.split(separator: "-").map { $0.split(separator: ":").map { Int($0)! } }
                let start = parts[0][0] * 60 + parts[0][1], end = parts[1][0] * 60 + parts[1][1]
                shifts.append(DriverShift(day: weekday, startMinute: Int16(start), endMinute: Int16(end)))
                minutes += end - start
            }
            let professional = type.licence.needsCode95
            let required = [CompetenceHolding(competence(type.competence), level: professional ? 2 : 1)]
            let opening = Opening(
                id: OpeningID(0), kind: .driverSlot, organisation: OrganisationID(0), location: GeoPoint(latitude: depot.1, longitude: depot.2),
                hoursPerWeek: Double(minutes) / 60, capacity: Int32(random.int(1...2)),
                requiredCompetences: required,
                wishedCompetences: random.chance(0.4) ? wishes(from: [competence("route_planning")], count: 1, notIn: required) : [],
                minDutchLevel: .a2, requiredLicences: LicenceSet(type.licence), requiresCode95: professional,
                conditions: random.chance(0.3) ? [tag("time_pressure")] : [], instruments: random.chance(0.3) ? SupportInstrumentSet(.proefplaatsing) : [],
                validUntil: validUntil(pastShare: 0.03), sectors: [tag("transport")], activities: [tag("driving")], schedule: shifts)
            openings.append(("CHP-" + pad(k, width), type.title, depot.0, depot.3, nil, opening))
        }
    }

    mutating func addSocialReturn(count: Int = 12, places: [Place] = Places.region) {
        guard count > 0 else { return }
        struct Contract { var id: String; var supplier: String; var place: String; var obligation: Double; var value: Double?; var groups: [TargetGroup]; var family: String; var titles: [JobTitle] }
        var contracts: [Contract] = [
            Contract(id: "SROI-2025-017", supplier: "Groenbedrijf Het Maasland", place: "Wijchen", obligation: 150_000, value: nil,
                     groups: [.bijstand, .doelgroepregister, .ioaw, .nug], family: "green", titles: [
                        JobTitle("Medewerker groen (social return)", key: "mowing", also: ["weeding", "litter_picking", "planting"]),
                        JobTitle("Medewerker zwerfvuil en wijkbeheer", key: "litter_picking", also: ["street_furniture", "weeding"]),
                        JobTitle("Leerwerkplek bestrating", key: "paving_repair", also: ["site_cleaning", "street_furniture"], learner: true)]),
            Contract(id: "SROI-2025-022", supplier: "Glans Facilitair", place: "Druten", obligation: 90_000, value: nil,
                     groups: [.bijstand, .doelgroepregister], family: "cleaning", titles: [
                        JobTitle("Schoonmaker gemeentehuis", key: "office_cleaning", also: ["sanitary_cleaning", "cleaning_agents", "floor_machines"]),
                        JobTitle("Schoonmaker sporthal", key: "floor_machines", also: ["sanitary_cleaning", "cleaning_agents"]),
                        JobTitle("Medewerker schoonmaak scholen", key: "cleaning_agents", also: ["office_cleaning", "sanitary_cleaning", "floor_machines"])]),
            Contract(id: "SROI-2026-003", supplier: "Bouwbedrijf Maas en Waal", place: "Druten", obligation: 400_000, value: nil,
                     groups: [.bijstand, .ww, .doelgroepregister, .ioaw], family: "construction", titles: [
                        JobTitle("Opperman nieuwbouw kindcentrum", key: "bricklaying_assist", also: ["site_cleaning", "scaffolding_basic"]),
                        JobTitle("Leerling timmerman", key: "carpentry_basic", also: ["site_cleaning", "scaffolding_basic"], learner: true),
                        JobTitle("Medewerker bouwplaats", key: "site_cleaning", also: ["scaffolding_basic", "bricklaying_assist"])]),
            Contract(id: "SROI-2026-009", supplier: "Taxi en Zorgvervoer Maas en Waal", place: "Wijchen", obligation: 200_000, value: 30_000,
                     groups: [.bijstand, .doelgroepregister, .nug], family: "transport", titles: [
                        JobTitle("Planner leerlingenvervoer (leerwerkplek)", key: "route_planning", also: ["scheduling", "wmo_transport"], learner: true),
                        JobTitle("Bijrijder leerlingenvervoer", key: "wmo_transport", also: ["patient_transport_assist", "first_aid"]),
                        JobTitle("Wagenparkmedewerker", key: "car_maintenance", also: ["tool_use", "driving_car"])]),
        ]
        if count != 12 || places.count != Places.region.count {
            // National pools: contracts of three places each, spread over the towns.
            contracts = (0..<max(1, count / 3)).map { n in
                let template = contracts[n % 4]
                let place = places[random.weighted(places.map(\.weight))]
                return Contract(id: "SROI-\(pad(n + 1, 5))", supplier: "\(template.supplier) \(place.name)", place: place.name,
                                obligation: template.obligation, value: template.value, groups: template.groups, family: template.family, titles: template.titles)
            }
        }
        let width = max(3, String(count).count)
        for k in 0..<count {
            let contract = contracts[(k / 3) % contracts.count]
            let place = places.first { $0.name == contract.place } ?? places[0]
            let (lat, lon) = Places.scatter(place, &random)
            let family = JobFamily.all.first { $0.group == contract.family }!
            let job = contract.titles[k % 3]
            // The title's competence at the basic level: social return is for people further from
            // work, and the policy asks no minimum coverage here, so it ranks rather than excludes.
            let required = [CompetenceHolding(competence(job.key), level: 1)]
            let opening = Opening(
                id: OpeningID(0), kind: .socialReturn, organisation: OrganisationID(0), location: GeoPoint(latitude: lat, longitude: lon),
                hoursPerWeek: Double(4 * random.int(5...9)), capacity: Int32(random.int(1...3)),
                requiredCompetences: required,
                wishedCompetences: wishes(from: job.also.map(competence), count: random.int(1...2), notIn: required), minDutchLevel: [.none, .a1, .a2][random.below(3)],
                conditions: random.sample(family.conditions, random.int(0...1)).map(tag),
                targetGroups: TargetGroupSet(rawValue: contract.groups.reduce(0) { $0 | TargetGroupSet($1).rawValue }),
                instruments: [SupportInstrumentSet(.jobcoach), SupportInstrumentSet(.proefplaatsing), SupportInstrumentSet(.leerwerkplek)][random.below(3)],
                validUntil: validUntil(pastShare: 0), sectors: [tag(family.sector)], activities: random.sample(family.activities, 1).map(tag),
                obligationEUR: contract.obligation, valuePerPlacementEUR: contract.value)
            openings.append(("SRO-" + pad(k + 1, width), job.name, contract.supplier, contract.place, contract.id, opening))
        }
    }

    /// `count` wished competences drawn from `pool` leaving out the required ones, sorted: an
    /// opening never lists a competence both as required and as wished.
    mutating func wishes(from pool: [CompetenceID], count: Int, notIn required: [CompetenceHolding]) -> [CompetenceID] {
        random.sample(pool.filter { id in !required.contains { $0.competence == id } }, count).sorted()
    }

    mutating func addVolunteerPosts(national: Bool, count: Int, places: [Place]) {
        guard count > 0 else { return }
        var posts: [(organisation: String, place: Place, type: VolunteerPostType)] = []
        if national {
            for _ in 0..<count {
                let place = places[random.weighted(places.map(\.weight))]
                let type = random.pick(VolunteerCatalogue.postTypes)
                posts.append(("Vrijwilligerscentrale \(place.name) \(random.int(1...9))", place, type))
            }
        } else {
            for organisation in VolunteerCatalogue.organisations {
                let place = places.first { $0.name == organisation.place }!
                for p in organisation.posts { posts.append((organisation.name, place, VolunteerCatalogue.postTypes[p])) }
            }
        }
        let width = max(3, String(count).count)
        for (k, post) in posts.prefix(count).enumerated() {
            let (lat, lon) = Places.scatter(Place(name: post.place.name, latitude: post.place.latitude, longitude: post.place.longitude, weight: 1, radiusKm: post.place.radiusKm / 2), &random)
            let required = post.type.competences.map { code -> CompetenceHolding in
                let parts = code.split(separator: ":")
                return CompetenceHolding(competence(String(parts[0])), level: UInt8(parts[1])!)
            }
            let opening = Opening(
                id: OpeningID(0), kind: .volunteer, organisation: OrganisationID(0), location: GeoPoint(latitude: lat, longitude: lon),
                hoursPerWeek: Double(random.int(post.type.hours)), capacity: Int32(random.int(1...4)),
                requiredCompetences: required, minDutchLevel: post.type.dutch,
                requiredLicences: post.type.licence.map { LicenceSet($0) } ?? [], rung: post.type.rung,
                conditions: post.type.conditions.map(tag).sorted(), instruments: random.chance(0.2) ? SupportInstrumentSet(.jobcoach) : [],
                validUntil: random.chance(0.3) ? nil : validUntil(pastShare: 0.04), sectors: [tag(post.type.sector)],
                activities: post.type.activities.map(tag).sorted())
            openings.append(("VRW-" + pad(k + 1, width), post.type.title, post.organisation, national ? nil : post.place.name, nil, opening))
        }
    }
}

extension String {
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
