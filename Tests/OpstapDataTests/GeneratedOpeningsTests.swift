import Opstap
import Testing
@testable import OpstapData

/// The generated data teaches what openings look like, so it must not teach the wrong thing: a
/// "Heftruckchauffeur" that does not ask for forklift driving, or a competence asked both as a
/// requirement and as a wish.
@Suite struct GeneratedOpeningsTests {
    /// Every title the generator gives a vacancy, driver slot or social-return opening, and the
    /// competence it implies. Written out here, apart from the generator, so that a title that
    /// loses its competence (or a new title without one) fails this test.
    static let keyCompetence: [String: String] = [
        // logistics
        "Orderpicker": "orderpicking", "Magazijnmedewerker": "inbound_goods", "Heftruckchauffeur": "forklift",
        "Medewerker expeditie": "loading_unloading", "Inpakker webshop": "packing",
        // cleaning
        "Schoonmaker kantoren": "office_cleaning", "Medewerker schoonmaak scholen": "cleaning_agents",
        "Glazenwasser": "window_cleaning", "Schoonmaker sanitair": "sanitary_cleaning",
        "Schoonmaker gemeentehuis": "office_cleaning", "Schoonmaker sporthal": "floor_machines",
        // green
        "Medewerker groenonderhoud": "mowing", "Hovenier (hulp)": "planting", "Medewerker wijkbeheer": "litter_picking",
        "Medewerker begraafplaats": "grave_maintenance", "Medewerker groen (social return)": "mowing",
        "Medewerker zwerfvuil en wijkbeheer": "litter_picking", "Leerwerkplek bestrating": "paving_repair",
        // hospitality
        "Medewerker bediening": "table_service", "Afwasser": "dishwashing", "Hulpkok": "kitchen_prep",
        "Barmedewerker": "bar_work", "Medewerker lunchroom": "table_service",
        // care
        "Helpende zorg": "personal_care", "Huishoudelijke hulp": "household_help", "Medewerker dagbesteding": "activity_support",
        "Gastvrouw zorgcentrum": "reception", "Medewerker maaltijden": "meal_support",
        // retail
        "Vakkenvuller": "shelf_stocking", "Kassamedewerker": "checkout", "Verkoopmedewerker": "customer_advice",
        "Medewerker versafdeling": "fresh_produce",
        // production
        "Productiemedewerker": "machine_operation", "Operator inpaklijn": "packaging_line", "Assemblagemedewerker": "assembly",
        "Medewerker kwaliteitscontrole": "quality_check",
        // construction
        "Opperman": "bricklaying_assist", "Hulp timmerman": "carpentry_basic", "Schilder (leerling)": "painting",
        "Medewerker sloop": "demolition", "Opperman nieuwbouw kindcentrum": "bricklaying_assist",
        "Leerling timmerman": "carpentry_basic", "Medewerker bouwplaats": "site_cleaning",
        // transport, vacancies and social return
        "Bezorger bestelbus": "driving_van", "Chauffeur personenvervoer": "passenger_transport", "Koerier": "driving_car",
        "Vrachtwagenchauffeur": "driving_truck", "Planner leerlingenvervoer (leerwerkplek)": "route_planning",
        "Bijrijder leerlingenvervoer": "wmo_transport", "Wagenparkmedewerker": "car_maintenance",
        // transport, driver-pool slots
        "Leerlingenvervoer ochtend en middag": "wmo_transport", "WMO-vervoer dinsdag en donderdag": "wmo_transport",
        "Bezorgen met de bestelbus op zaterdag": "driving_van", "Avondritten zorgvervoer": "passenger_transport",
        "Vrachtwagen: vroege dienst": "driving_truck", "Bus: vervoer dagbesteding": "driving_bus",
        // administration, customer service, security
        "Administratief medewerker": "data_entry", "Medewerker postkamer en archief": "mail_handling",
        "Medewerker data-invoer": "data_entry", "Receptionist": "reception", "Medewerker klantenservice": "phone_calls",
        "Medewerker informatiebalie": "information_desk", "Toezichthouder": "surveillance", "Parkeercontroleur": "parking_control",
        "Steward evenementen": "event_stewarding",
        // technical, ict
        "Fietsenmaker (hulp)": "bicycle_repair", "Onderhoudsmonteur (hulp)": "maintenance_rounds",
        "Medewerker metaalbewerking": "metalwork", "Medewerker computerrevisie": "hardware_refurbishing",
        "Helpdeskmedewerker": "it_support",
        // agriculture, food
        "Oogstmedewerker": "harvesting", "Medewerker kwekerij": "greenhouse_work", "Fruitplukker": "fruit_picking",
        "Medewerker melkveebedrijf": "animal_care", "Medewerker voedselproductie": "food_hygiene",
        "Inpakker voeding": "food_packing", "Bakkerijmedewerker": "bakery",
        // childcare, facility, recycling
        "Onderwijsassistent (hulp)": "school_support", "Overblijfkracht": "playground_supervision",
        "Medewerker kinderopvang": "childcare_assist", "Conciërge": "caretaking", "Medewerker facilitaire dienst": "room_setup",
        "Medewerker bedrijfsrestaurant": "catering_facility", "Medewerker kringloopwinkel": "thrift_store",
        "Sorteerder textiel": "textile_sorting", "Medewerker milieustraat": "waste_sorting",
    ]

    static let datasets: [(String, Dataset)] =
        [2019, 1, 7, 12_345].map { ("sample seed \($0)", DatasetGenerator.generate(.sample, seed: $0, taxonomy: builtInTaxonomy).0) }
        + [3, 11].map { ("national seed \($0)", DatasetGenerator.generate(.national(clients: 200, openings: 1_500), seed: $0, taxonomy: builtInTaxonomy).0) }

    @Test func everyTitleRequiresTheCompetenceItImplies() throws {
        var titlesSeen = Set<String>()
        for (name, d) in Self.datasets {
            for (k, o) in d.openings.enumerated() where o.kind != .volunteer {
                let title = d.openingTitles[k]
                titlesSeen.insert(title)
                let code = try #require(Self.keyCompetence[title], "\(name): \(d.openingIDs[k]) '\(title)' is not in the table")
                let key = try #require(d.taxonomy.competence(code: code))
                #expect(o.requiredCompetences.contains { $0.competence == key },
                        "\(name): \(d.openingIDs[k]) '\(title)' does not require \(code)")
            }
        }
        // The seeds reach every title in the table, so the table has no dead rows.
        #expect(titlesSeen == Set(Self.keyCompetence.keys))
    }

    @Test func noOpeningListsACompetenceAsRequiredAndWished() {
        for (name, d) in Self.datasets {
            for (k, o) in d.openings.enumerated() {
                let both = o.wishedCompetences.filter { w in o.requiredCompetences.contains { $0.competence == w } }
                #expect(both.isEmpty, "\(name): \(d.openingIDs[k]) lists \(both.map { d.taxonomy[$0].code }) both ways")
                #expect(Set(o.wishedCompetences).count == o.wishedCompetences.count)
                #expect(Set(o.requiredCompetences.map(\.competence)).count == o.requiredCompetences.count)
            }
        }
    }

    @Test func driversNeedTheLicenceTheirTitleImplies() {
        let licence: [String: Licence] = ["Vrachtwagenchauffeur": .c, "Bezorger bestelbus": .b, "Chauffeur personenvervoer": .b, "Koerier": .b]
        for (_, d) in Self.datasets {
            for (k, o) in d.openings.enumerated() {
                guard let l = licence[d.openingTitles[k]] else { continue }
                #expect(o.requiredLicences.contains(l), "\(d.openingIDs[k]) '\(d.openingTitles[k])'")
                #expect(o.requiresCode95 == l.needsCode95)
            }
        }
    }
}
