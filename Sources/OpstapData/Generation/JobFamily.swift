import Opstap

/// A job title and the competences it implies. The generator always requires `key` (a
/// "Heftruckchauffeur" without forklift driving teaches the wrong thing); other required and
/// wished competences come from `also`, never the same one twice.
struct JobTitle {
    var name: String
    /// The competence code the title names or plainly implies.
    var key: String
    /// Competence codes that go with the work, for further requirements and wishes.
    var also: [String]
    /// The licence the work needs (a driver's title); code 95 follows from the category.
    var licence: Licence?
    /// A learner's or helper's place: the key competence is asked at the basic level only.
    var learner: Bool

    init(_ name: String, key: String, also: [String], licence: Licence? = nil, learner: Bool = false) {
        precondition(!also.contains(key), "\(name): the key competence \(key) is listed in also")
        self.name = name
        self.key = key
        self.also = also
        self.licence = licence
        self.learner = learner
    }
}

/// A kind of work as the generator models it: the competence group behind it, its sector tag,
/// typical vacancy titles and employers, working conditions and how much demand there is.
struct JobFamily {
    var group: String
    var sector: String
    var titles: [JobTitle]
    var employers: [String]
    var conditions: [String]
    var activities: [String]
    /// Relative share of vacancies in this family.
    var demand: Double
    /// Relative share of clients whose experience lies here.
    var supply: Double
    var dutch: [DutchLevel]

    static let all: [JobFamily] = [
        JobFamily(group: "logistics", sector: "logistics", titles: [
                      JobTitle("Orderpicker", key: "orderpicking", also: ["scanning_goods", "pallet_truck", "reach_truck"]),
                      JobTitle("Magazijnmedewerker", key: "inbound_goods", also: ["stock_control", "scanning_goods", "pallet_truck", "loading_unloading"]),
                      JobTitle("Heftruckchauffeur", key: "forklift", also: ["reach_truck", "loading_unloading", "inbound_goods"]),
                      JobTitle("Medewerker expeditie", key: "loading_unloading", also: ["packing", "scanning_goods", "pallet_truck"]),
                      JobTitle("Inpakker webshop", key: "packing", also: ["online_orders", "scanning_goods", "orderpicking"])],
                  employers: ["Distributiecentrum Maas en Waal", "Logistiek Park Nijmegen-West", "Koel- en Vrieshuis Beuningen", "Webwinkel Depot Wijchen"],
                  conditions: ["heavy_lifting", "shift_work", "time_pressure"], activities: ["sorting", "working_with_hands"], demand: 16, supply: 12, dutch: [.none, .a2, .a2, .b1]),
        JobFamily(group: "cleaning", sector: "cleaning", titles: [
                      JobTitle("Schoonmaker kantoren", key: "office_cleaning", also: ["sanitary_cleaning", "cleaning_agents", "floor_machines"]),
                      JobTitle("Medewerker schoonmaak scholen", key: "cleaning_agents", also: ["office_cleaning", "sanitary_cleaning", "floor_machines"]),
                      JobTitle("Glazenwasser", key: "window_cleaning", also: ["cleaning_agents"]),
                      JobTitle("Schoonmaker sanitair", key: "sanitary_cleaning", also: ["hygiene_rules", "cleaning_agents"])],
                  employers: ["Schoonmaakbedrijf Rijk van Nijmegen", "Glans Facilitair", "Schoon & Fris Wijchen"],
                  conditions: ["dust_or_chemicals", "prolonged_standing"], activities: ["cleaning_work"], demand: 12, supply: 12, dutch: [.none, .a1, .a2, .a2]),
        JobFamily(group: "green", sector: "green_maintenance", titles: [
                      JobTitle("Medewerker groenonderhoud", key: "mowing", also: ["pruning", "weeding", "leaf_blower", "planting"]),
                      JobTitle("Hovenier (hulp)", key: "planting", also: ["pruning", "weeding", "paving_repair"], learner: true),
                      JobTitle("Medewerker wijkbeheer", key: "litter_picking", also: ["street_furniture", "weeding", "leaf_blower"]),
                      JobTitle("Medewerker begraafplaats", key: "grave_maintenance", also: ["mowing", "weeding", "planting"])],
                  employers: ["Groenbedrijf Het Maasland", "Wijkbeheer Druten-Wijchen", "Hoveniersbedrijf De Linde"],
                  conditions: ["outdoor_weather", "heavy_lifting", "noisy_environment"], activities: ["gardening", "working_outdoors"], demand: 8, supply: 9, dutch: [.none, .a2, .a2]),
        JobFamily(group: "hospitality", sector: "hospitality", titles: [
                      JobTitle("Medewerker bediening", key: "table_service", also: ["bar_work", "barista", "catering_setup"]),
                      JobTitle("Afwasser", key: "dishwashing", also: ["haccp", "kitchen_prep"]),
                      JobTitle("Hulpkok", key: "kitchen_prep", also: ["cooking_basic", "haccp", "dishwashing"]),
                      JobTitle("Barmedewerker", key: "bar_work", also: ["barista", "table_service"]),
                      JobTitle("Medewerker lunchroom", key: "table_service", also: ["barista", "kitchen_prep", "cooking_basic"])],
                  employers: ["Restaurant De Wijchense Molen", "Lunchroom Het Plein", "Partycentrum Maas en Waal", "Hotel Nijmegen-Zuid"],
                  conditions: ["prolonged_standing", "weekend_work", "time_pressure", "customer_contact"], activities: ["cooking", "talking_with_people"], demand: 10, supply: 9, dutch: [.a2, .a2, .b1]),
        JobFamily(group: "care", sector: "care", titles: [
                      JobTitle("Helpende zorg", key: "personal_care", also: ["meal_support", "care_reporting", "dementia_awareness"]),
                      JobTitle("Huishoudelijke hulp", key: "household_help", also: ["laundry", "companionship"]),
                      JobTitle("Medewerker dagbesteding", key: "activity_support", also: ["companionship", "dementia_awareness", "wheelchair_pushing"]),
                      JobTitle("Gastvrouw zorgcentrum", key: "reception", also: ["companionship", "meal_support", "wheelchair_pushing"]),
                      JobTitle("Medewerker maaltijden", key: "meal_support", also: ["kitchen_prep", "haccp", "food_hygiene"])],
                  employers: ["Zorgcentrum De Meent", "Thuiszorg Rijk van Nijmegen", "Dagbesteding 't Ravenhof", "Woonzorg Druten"],
                  conditions: ["prolonged_standing", "weekend_work", "shift_work"], activities: ["helping_people", "working_with_elderly"], demand: 11, supply: 8, dutch: [.a2, .b1, .b1, .b2]),
        JobFamily(group: "retail", sector: "retail", titles: [
                      JobTitle("Vakkenvuller", key: "shelf_stocking", also: ["product_presentation", "returns_handling", "fresh_produce"]),
                      JobTitle("Kassamedewerker", key: "checkout", also: ["customer_advice", "shop_opening", "returns_handling"]),
                      JobTitle("Verkoopmedewerker", key: "customer_advice", also: ["checkout", "product_presentation", "shop_opening"]),
                      JobTitle("Medewerker versafdeling", key: "fresh_produce", also: ["product_presentation", "shelf_stocking", "food_hygiene"])],
                  employers: ["Supermarkt Wijchen-Centrum", "Bouwmarkt Beuningen", "Supermarkt Druten", "Tuincentrum Maas en Waal"],
                  conditions: ["prolonged_standing", "customer_contact", "weekend_work"], activities: ["selling", "talking_with_people"], demand: 10, supply: 11, dutch: [.a2, .b1, .b1]),
        JobFamily(group: "production", sector: "production", titles: [
                      JobTitle("Productiemedewerker", key: "machine_operation", also: ["assembly", "packaging_line", "quality_check", "measuring"]),
                      JobTitle("Operator inpaklijn", key: "packaging_line", also: ["machine_operation", "line_changeover", "quality_check"]),
                      JobTitle("Assemblagemedewerker", key: "assembly", also: ["measuring", "quality_check", "soldering"]),
                      JobTitle("Medewerker kwaliteitscontrole", key: "quality_check", also: ["measuring", "machine_operation"])],
                  employers: ["Metaalwarenfabriek Wijchen", "Kunststoffen Industrieterrein Bijsterhuizen", "Verpakkingen Druten"],
                  conditions: ["shift_work", "noisy_environment", "prolonged_standing"], activities: ["working_with_hands", "sorting"], demand: 9, supply: 8, dutch: [.none, .a2, .a2]),
        JobFamily(group: "construction", sector: "construction", titles: [
                      JobTitle("Opperman", key: "bricklaying_assist", also: ["site_cleaning", "scaffolding_basic"]),
                      JobTitle("Hulp timmerman", key: "carpentry_basic", also: ["site_cleaning", "insulation"], learner: true),
                      JobTitle("Schilder (leerling)", key: "painting", also: ["site_cleaning", "scaffolding_basic"], learner: true),
                      JobTitle("Medewerker sloop", key: "demolition", also: ["site_cleaning", "insulation"])],
                  employers: ["Bouwbedrijf Maas en Waal", "Schildersbedrijf Van Hernen", "Renovatie Nijmegen"],
                  conditions: ["heavy_lifting", "working_at_height", "outdoor_weather", "noisy_environment", "dust_or_chemicals"], activities: ["working_with_hands", "working_outdoors"], demand: 6, supply: 6, dutch: [.none, .a2]),
        JobFamily(group: "transport", sector: "transport", titles: [
                      JobTitle("Bezorger bestelbus", key: "driving_van", also: ["route_planning", "loading_unloading"], licence: .b),
                      JobTitle("Chauffeur personenvervoer", key: "passenger_transport", also: ["driving_car", "route_planning"], licence: .b),
                      JobTitle("Koerier", key: "driving_car", also: ["route_planning", "loading_unloading"], licence: .b),
                      JobTitle("Vrachtwagenchauffeur", key: "driving_truck", also: ["loading_securing", "route_planning"], licence: .c)],
                 employers: ["Koeriersdienst Wijchen", "Taxi en Zorgvervoer Maas en Waal", "Transportbedrijf Druten"],
                  conditions: ["time_pressure", "shift_work"], activities: ["driving"], demand: 5, supply: 4, dutch: [.a2, .b1]),
        JobFamily(group: "administration", sector: "administration", titles: [
                      JobTitle("Administratief medewerker", key: "data_entry", also: ["filing", "office_software", "invoicing", "spreadsheet"]),
                      JobTitle("Medewerker postkamer en archief", key: "mail_handling", also: ["filing", "mailroom"]),
                      JobTitle("Medewerker data-invoer", key: "data_entry", also: ["spreadsheet", "office_software"])],
                  employers: ["Administratiekantoor Wijchen", "Woningcorporatie Maas en Waal", "Gemeentelijke Dienst Druten-Wijchen"],
                  conditions: ["time_pressure"], activities: ["office_work", "computer_work"], demand: 4, supply: 4, dutch: [.b1, .b2, .b2]),
        JobFamily(group: "customer_service", sector: "customer_service", titles: [
                      JobTitle("Receptionist", key: "reception", also: ["phone_calls", "appointment_booking"]),
                      JobTitle("Medewerker klantenservice", key: "phone_calls", also: ["complaints", "chat_email_service"]),
                      JobTitle("Medewerker informatiebalie", key: "information_desk", also: ["phone_calls", "reception"])],
                  employers: ["Klantcontactcentrum Nijmegen", "Zwembad De Meerval", "Bibliotheek Maas en Waal"],
                  conditions: ["customer_contact", "time_pressure"], activities: ["talking_with_people", "computer_work"], demand: 3, supply: 3, dutch: [.b1, .b2]),
        JobFamily(group: "security", sector: "security", titles: [
                      JobTitle("Toezichthouder", key: "surveillance", also: ["camera_monitoring", "first_aid", "emergency_response"]),
                      JobTitle("Parkeercontroleur", key: "parking_control", also: ["surveillance"]),
                      JobTitle("Steward evenementen", key: "event_stewarding", also: ["access_control", "first_aid"])],
                  employers: ["Beveiliging Oost Gelderland", "Evenementenbureau Nijmegen"],
                  conditions: ["weekend_work", "night_work", "customer_contact", "outdoor_weather"], activities: ["talking_with_people", "working_outdoors"], demand: 2, supply: 2, dutch: [.b1]),
        JobFamily(group: "technical", sector: "technical", titles: [
                      JobTitle("Fietsenmaker (hulp)", key: "bicycle_repair", also: ["tool_use"], learner: true),
                      JobTitle("Onderhoudsmonteur (hulp)", key: "maintenance_rounds", also: ["tool_use", "electrical_basic", "plumbing_basic"], learner: true),
                      JobTitle("Medewerker metaalbewerking", key: "metalwork", also: ["welding", "tool_use"])],
                  employers: ["Fietsenwerkplaats Wijchen", "Installatiebedrijf Druten", "Garagebedrijf Beuningen"],
                  conditions: ["noisy_environment", "dust_or_chemicals"], activities: ["repairing", "working_with_hands"], demand: 3, supply: 3, dutch: [.a2, .b1]),
        JobFamily(group: "ict", sector: "ict", titles: [
                      JobTitle("Medewerker computerrevisie", key: "hardware_refurbishing", also: ["computer_basic", "it_support"]),
                      JobTitle("Helpdeskmedewerker", key: "it_support", also: ["computer_basic", "phone_calls"])],
                  employers: ["Computer Herkansing Nijmegen", "ICT-Werkplaats Wijchen"],
                  conditions: [], activities: ["computer_work"], demand: 1, supply: 2, dutch: [.a2, .b1]),
        JobFamily(group: "agriculture", sector: "agriculture", titles: [
                      JobTitle("Oogstmedewerker", key: "harvesting", also: ["sorting_produce", "tractor_driving"]),
                      JobTitle("Medewerker kwekerij", key: "greenhouse_work", also: ["tree_nursery", "planting", "harvesting"]),
                      JobTitle("Fruitplukker", key: "fruit_picking", also: ["sorting_produce"]),
                      JobTitle("Medewerker melkveebedrijf", key: "animal_care", also: ["tractor_driving"])],
                  employers: ["Fruitteelt Bergharen", "Boomkwekerij Horssen", "Kwekerij Puiflijk"],
                  conditions: ["outdoor_weather", "heavy_lifting", "animals_present"], activities: ["working_outdoors", "animals", "gardening"], demand: 4, supply: 4, dutch: [.none, .a1]),
        JobFamily(group: "food_processing", sector: "food", titles: [
                      JobTitle("Medewerker voedselproductie", key: "food_hygiene", also: ["food_packing", "labeling", "cold_storage", "meat_processing"]),
                      JobTitle("Inpakker voeding", key: "food_packing", also: ["labeling", "food_hygiene"]),
                      JobTitle("Bakkerijmedewerker", key: "bakery", also: ["food_hygiene", "food_packing"])],
                  employers: ["Bakkerij Maas en Waal", "Vleeswaren Beuningen", "Voedingsbedrijf Oss"],
                  conditions: ["night_work", "shift_work", "prolonged_standing"], activities: ["cooking", "working_with_hands"], demand: 4, supply: 3, dutch: [.none, .a2]),
        JobFamily(group: "childcare", sector: "childcare_education", titles: [
                      JobTitle("Onderwijsassistent (hulp)", key: "school_support", also: ["homework_help", "reading_aloud"], learner: true),
                      JobTitle("Overblijfkracht", key: "playground_supervision", also: ["childcare_assist"]),
                      JobTitle("Medewerker kinderopvang", key: "childcare_assist", also: ["reading_aloud", "playground_supervision"])],
                  employers: ["Basisschool De Kameleon", "Kinderopvang Wijchen", "Kindcentrum Druten"],
                  conditions: [], activities: ["working_with_children", "teaching"], demand: 2, supply: 3, dutch: [.b1, .b2]),
        JobFamily(group: "facility", sector: "facility", titles: [
                      JobTitle("Conciërge", key: "caretaking", also: ["room_setup", "maintenance_rounds", "mailroom"]),
                      JobTitle("Medewerker facilitaire dienst", key: "room_setup", also: ["moving_furniture", "mailroom", "caretaking"]),
                      JobTitle("Medewerker bedrijfsrestaurant", key: "catering_facility", also: ["dishwashing", "haccp"])],
                  employers: ["Facilitair Bedrijf Nijmegen", "Sportcomplex Wijchen", "Gemeentehuis Druten"],
                  conditions: ["heavy_lifting"], activities: ["working_with_hands", "helping_people"], demand: 3, supply: 4, dutch: [.a2, .b1]),
        JobFamily(group: "recycling", sector: "recycling", titles: [
                      JobTitle("Medewerker kringloopwinkel", key: "thrift_store", also: ["textile_sorting", "repair_cafe", "waste_sorting"]),
                      JobTitle("Sorteerder textiel", key: "textile_sorting", also: ["waste_sorting"]),
                      JobTitle("Medewerker milieustraat", key: "waste_sorting", also: ["collection_rounds"])],
                  employers: ["Kringloop De Tweede Ronde", "Milieustraat Wijchen", "Textielsortering Oss"],
                  conditions: ["heavy_lifting", "dust_or_chemicals"], activities: ["sorting", "repairing"], demand: 3, supply: 5, dutch: [.none, .a1, .a2]),
    ]

    /// Competence codes of a group in the taxonomy.
    static func competences(of group: String, in taxonomy: Taxonomy) -> [CompetenceID] {
        taxonomy.competences.indices.filter { taxonomy.groups[Int(taxonomy.competences[$0].group.index)] == group }.map(CompetenceID.init)
    }
}
