import Opstap

/// A kind of work as the generator models it: the competence group behind it, its sector tag,
/// typical vacancy titles and employers, working conditions and how much demand there is.
struct JobFamily {
    var group: String
    var sector: String
    var titles: [String]
    var employers: [String]
    var conditions: [String]
    var activities: [String]
    /// Relative share of vacancies in this family.
    var demand: Double
    /// Relative share of clients whose experience lies here.
    var supply: Double
    var dutch: [DutchLevel]

    static let all: [JobFamily] = [
        JobFamily(group: "logistics", sector: "logistics", titles: ["Orderpicker", "Magazijnmedewerker", "Heftruckchauffeur", "Medewerker expeditie", "Inpakker webshop"],
                  employers: ["Distributiecentrum Maas en Waal", "Logistiek Park Nijmegen-West", "Koel- en Vrieshuis Beuningen", "Webwinkel Depot Wijchen"],
                  conditions: ["heavy_lifting", "shift_work", "time_pressure"], activities: ["sorting", "working_with_hands"], demand: 16, supply: 12, dutch: [.none, .a2, .a2, .b1]),
        JobFamily(group: "cleaning", sector: "cleaning", titles: ["Schoonmaker kantoren", "Medewerker schoonmaak scholen", "Glazenwasser", "Schoonmaker sanitair"],
                  employers: ["Schoonmaakbedrijf Rijk van Nijmegen", "Glans Facilitair", "Schoon & Fris Wijchen"],
                  conditions: ["dust_or_chemicals", "prolonged_standing"], activities: ["cleaning_work"], demand: 12, supply: 12, dutch: [.none, .a1, .a2, .a2]),
        JobFamily(group: "green", sector: "green_maintenance", titles: ["Medewerker groenonderhoud", "Hovenier (hulp)", "Medewerker wijkbeheer", "Medewerker begraafplaats"],
                  employers: ["Groenbedrijf Het Maasland", "Wijkbeheer Druten-Wijchen", "Hoveniersbedrijf De Linde"],
                  conditions: ["outdoor_weather", "heavy_lifting", "noisy_environment"], activities: ["gardening", "working_outdoors"], demand: 8, supply: 9, dutch: [.none, .a2, .a2]),
        JobFamily(group: "hospitality", sector: "hospitality", titles: ["Medewerker bediening", "Afwasser", "Hulpkok", "Barmedewerker", "Medewerker lunchroom"],
                  employers: ["Restaurant De Wijchense Molen", "Lunchroom Het Plein", "Partycentrum Maas en Waal", "Hotel Nijmegen-Zuid"],
                  conditions: ["prolonged_standing", "weekend_work", "time_pressure", "customer_contact"], activities: ["cooking", "talking_with_people"], demand: 10, supply: 9, dutch: [.a2, .a2, .b1]),
        JobFamily(group: "care", sector: "care", titles: ["Helpende zorg", "Huishoudelijke hulp", "Medewerker dagbesteding", "Gastvrouw zorgcentrum", "Medewerker maaltijden"],
                  employers: ["Zorgcentrum De Meent", "Thuiszorg Rijk van Nijmegen", "Dagbesteding 't Ravenhof", "Woonzorg Druten"],
                  conditions: ["prolonged_standing", "weekend_work", "shift_work"], activities: ["helping_people", "working_with_elderly"], demand: 11, supply: 8, dutch: [.a2, .b1, .b1, .b2]),
        JobFamily(group: "retail", sector: "retail", titles: ["Vakkenvuller", "Kassamedewerker", "Verkoopmedewerker", "Medewerker versafdeling"],
                  employers: ["Supermarkt Wijchen-Centrum", "Bouwmarkt Beuningen", "Supermarkt Druten", "Tuincentrum Maas en Waal"],
                  conditions: ["prolonged_standing", "customer_contact", "weekend_work"], activities: ["selling", "talking_with_people"], demand: 10, supply: 11, dutch: [.a2, .b1, .b1]),
        JobFamily(group: "production", sector: "production", titles: ["Productiemedewerker", "Operator inpaklijn", "Assemblagemedewerker", "Medewerker kwaliteitscontrole"],
                  employers: ["Metaalwarenfabriek Wijchen", "Kunststoffen Industrieterrein Bijsterhuizen", "Verpakkingen Druten"],
                  conditions: ["shift_work", "noisy_environment", "prolonged_standing"], activities: ["working_with_hands", "sorting"], demand: 9, supply: 8, dutch: [.none, .a2, .a2]),
        JobFamily(group: "construction", sector: "construction", titles: ["Opperman", "Hulp timmerman", "Schilder (leerling)", "Medewerker sloop"],
                  employers: ["Bouwbedrijf Maas en Waal", "Schildersbedrijf Van Hernen", "Renovatie Nijmegen"],
                  conditions: ["heavy_lifting", "working_at_height", "outdoor_weather", "noisy_environment", "dust_or_chemicals"], activities: ["working_with_hands", "working_outdoors"], demand: 6, supply: 6, dutch: [.none, .a2]),
        JobFamily(group: "transport", sector: "transport", titles: ["Bezorger bestelbus", "Chauffeur personenvervoer", "Koerier", "Vrachtwagenchauffeur"],
                  employers: ["Koeriersdienst Wijchen", "Taxi en Zorgvervoer Maas en Waal", "Transportbedrijf Druten"],
                  conditions: ["time_pressure", "shift_work"], activities: ["driving"], demand: 5, supply: 4, dutch: [.a2, .b1]),
        JobFamily(group: "administration", sector: "administration", titles: ["Administratief medewerker", "Medewerker postkamer en archief", "Medewerker data-invoer"],
                  employers: ["Administratiekantoor Wijchen", "Woningcorporatie Maas en Waal", "Gemeentelijke Dienst Druten-Wijchen"],
                  conditions: ["time_pressure"], activities: ["office_work", "computer_work"], demand: 4, supply: 4, dutch: [.b1, .b2, .b2]),
        JobFamily(group: "customer_service", sector: "customer_service", titles: ["Receptionist", "Medewerker klantenservice", "Medewerker informatiebalie"],
                  employers: ["Klantcontactcentrum Nijmegen", "Zwembad De Meerval", "Bibliotheek Maas en Waal"],
                  conditions: ["customer_contact", "time_pressure"], activities: ["talking_with_people", "computer_work"], demand: 3, supply: 3, dutch: [.b1, .b2]),
        JobFamily(group: "security", sector: "security", titles: ["Toezichthouder", "Parkeercontroleur", "Steward evenementen"],
                  employers: ["Beveiliging Oost Gelderland", "Evenementenbureau Nijmegen"],
                  conditions: ["weekend_work", "night_work", "customer_contact", "outdoor_weather"], activities: ["talking_with_people", "working_outdoors"], demand: 2, supply: 2, dutch: [.b1]),
        JobFamily(group: "technical", sector: "technical", titles: ["Fietsenmaker (hulp)", "Onderhoudsmonteur (hulp)", "Medewerker metaalbewerking"],
                  employers: ["Fietsenwerkplaats Wijchen", "Installatiebedrijf Druten", "Garagebedrijf Beuningen"],
                  conditions: ["noisy_environment", "dust_or_chemicals"], activities: ["repairing", "working_with_hands"], demand: 3, supply: 3, dutch: [.a2, .b1]),
        JobFamily(group: "ict", sector: "ict", titles: ["Medewerker computerrevisie", "Helpdeskmedewerker"],
                  employers: ["Computer Herkansing Nijmegen", "ICT-Werkplaats Wijchen"],
                  conditions: [], activities: ["computer_work"], demand: 1, supply: 2, dutch: [.a2, .b1]),
        JobFamily(group: "agriculture", sector: "agriculture", titles: ["Oogstmedewerker", "Medewerker kwekerij", "Fruitplukker", "Medewerker melkveebedrijf"],
                  employers: ["Fruitteelt Bergharen", "Boomkwekerij Horssen", "Kwekerij Puiflijk"],
                  conditions: ["outdoor_weather", "heavy_lifting", "animals_present"], activities: ["working_outdoors", "animals", "gardening"], demand: 4, supply: 4, dutch: [.none, .a1]),
        JobFamily(group: "food_processing", sector: "food", titles: ["Medewerker voedselproductie", "Inpakker voeding", "Bakkerijmedewerker"],
                  employers: ["Bakkerij Maas en Waal", "Vleeswaren Beuningen", "Voedingsbedrijf Oss"],
                  conditions: ["night_work", "shift_work", "prolonged_standing"], activities: ["cooking", "working_with_hands"], demand: 4, supply: 3, dutch: [.none, .a2]),
        JobFamily(group: "childcare", sector: "childcare_education", titles: ["Onderwijsassistent (hulp)", "Overblijfkracht", "Medewerker kinderopvang"],
                  employers: ["Basisschool De Kameleon", "Kinderopvang Wijchen", "Kindcentrum Druten"],
                  conditions: [], activities: ["working_with_children", "teaching"], demand: 2, supply: 3, dutch: [.b1, .b2]),
        JobFamily(group: "facility", sector: "facility", titles: ["Conciërge", "Medewerker facilitaire dienst", "Medewerker bedrijfsrestaurant"],
                  employers: ["Facilitair Bedrijf Nijmegen", "Sportcomplex Wijchen", "Gemeentehuis Druten"],
                  conditions: ["heavy_lifting"], activities: ["working_with_hands", "helping_people"], demand: 3, supply: 4, dutch: [.a2, .b1]),
        JobFamily(group: "recycling", sector: "recycling", titles: ["Medewerker kringloopwinkel", "Sorteerder textiel", "Medewerker milieustraat"],
                  employers: ["Kringloop De Tweede Ronde", "Milieustraat Wijchen", "Textielsortering Oss"],
                  conditions: ["heavy_lifting", "dust_or_chemicals"], activities: ["sorting", "repairing"], demand: 3, supply: 5, dutch: [.none, .a1, .a2]),
    ]

    /// Competence codes of a group in the taxonomy.
    static func competences(of group: String, in taxonomy: Taxonomy) -> [CompetenceID] {
        taxonomy.competences.indices.filter { taxonomy.groups[Int(taxonomy.competences[$0].group.index)] == group }.map(CompetenceID.init)
    }
}
