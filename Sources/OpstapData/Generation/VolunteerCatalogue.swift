import Opstap

/// Volunteer posts and participation steps as the generator models them (seed 001, appendix 2).
struct VolunteerPostType {
    var title: String
    var sector: String
    var activities: [String]
    var rung: LadderRung
    var hours: ClosedRange<Int>
    var conditions: [String] = []
    var competences: [String] = []
    var dutch: DutchLevel = .none
    var licence: Licence? = nil
}

/// A volunteer organisation: where it is and which post types it offers.
struct VolunteerOrganisation {
    var name: String
    var place: String
    var posts: [Int]
}

enum VolunteerCatalogue {
    static let postTypes: [VolunteerPostType] = [
        VolunteerPostType(title: "Gastvrouw of gastheer koffie-ochtend", sector: "community", activities: ["talking_with_people", "cooking"], rung: .unpaidWork, hours: 2...4, conditions: ["customer_contact"], dutch: .a2),
        VolunteerPostType(title: "Meedoen aan de koffie-ochtend en activiteiten", sector: "community", activities: ["talking_with_people"], rung: .organisedActivities, hours: 2...3),
        VolunteerPostType(title: "Helper voedselbank: sorteren en uitdelen", sector: "community", activities: ["sorting", "helping_people"], rung: .unpaidWork, hours: 3...6, conditions: ["heavy_lifting"]),
        VolunteerPostType(title: "Medewerker kringloopwinkel", sector: "recycling", activities: ["sorting", "selling"], rung: .unpaidWork, hours: 4...12, conditions: ["customer_contact"]),
        VolunteerPostType(title: "Reparateur repaircafé", sector: "recycling", activities: ["repairing", "working_with_hands"], rung: .unpaidWork, hours: 3...4, competences: ["tool_use:1"]),
        VolunteerPostType(title: "Helper op de zorgboerderij", sector: "nature", activities: ["animals", "working_outdoors"], rung: .unpaidWork, hours: 4...8, conditions: ["animals_present", "outdoor_weather"]),
        VolunteerPostType(title: "Taalmaatje", sector: "community", activities: ["talking_with_people", "teaching"], rung: .unpaidWork, hours: 2...3, competences: ["dutch_conversation:2"], dutch: .b2),
        VolunteerPostType(title: "Meedoen aan het taalcafé", sector: "culture", activities: ["talking_with_people"], rung: .organisedActivities, hours: 2...2),
        VolunteerPostType(title: "Voorlezer voor kinderen", sector: "childcare_education", activities: ["working_with_children", "teaching"], rung: .unpaidWork, hours: 2...3, competences: ["reading_aloud:1"], dutch: .b1),
        VolunteerPostType(title: "Begeleider jeugdsport", sector: "sport", activities: ["working_with_children", "teaching"], rung: .unpaidWork, hours: 3...5, conditions: ["weekend_work"], competences: ["sports_coaching:1"], dutch: .a2),
        VolunteerPostType(title: "Kantinemedewerker sportclub", sector: "sport", activities: ["cooking", "talking_with_people"], rung: .unpaidWork, hours: 3...6, conditions: ["weekend_work", "customer_contact"], dutch: .a2),
        VolunteerPostType(title: "Vrijwilliger natuurwerkdagen", sector: "nature", activities: ["working_outdoors", "gardening"], rung: .unpaidWork, hours: 4...6, conditions: ["outdoor_weather", "heavy_lifting"]),
        VolunteerPostType(title: "Dierenverzorger (vrijwillig)", sector: "nature", activities: ["animals"], rung: .unpaidWork, hours: 3...6, conditions: ["animals_present"]),
        VolunteerPostType(title: "Activiteitenbegeleider ouderen", sector: "care", activities: ["working_with_elderly", "organising_events"], rung: .unpaidWork, hours: 3...6, dutch: .a2),
        VolunteerPostType(title: "Chauffeur buurtbus", sector: "transport", activities: ["driving"], rung: .unpaidWork, hours: 4...8, competences: ["driving_car:2"], dutch: .b1, licence: .b),
        VolunteerPostType(title: "Maatje burenhulp: boodschappen en klusjes", sector: "community", activities: ["helping_people"], rung: .unpaidWork, hours: 2...4, dutch: .a2),
        VolunteerPostType(title: "Meelopen met de wandelgroep", sector: "community", activities: ["working_outdoors", "talking_with_people"], rung: .socialContacts, hours: 2...2),
        VolunteerPostType(title: "Maaltijdbezorger", sector: "care", activities: ["driving", "helping_people"], rung: .unpaidWork, hours: 3...5, competences: ["driving_car:1"], dutch: .a2, licence: .b),
        VolunteerPostType(title: "Hulp bij thuisadministratie", sector: "community", activities: ["office_work", "helping_people"], rung: .unpaidWork, hours: 2...4, competences: ["filing:2"], dutch: .b2),
        VolunteerPostType(title: "Meedoen in de buurtmoestuin", sector: "nature", activities: ["gardening", "working_outdoors"], rung: .organisedActivities, hours: 2...4, conditions: ["outdoor_weather"]),
        VolunteerPostType(title: "Opbouwhulp evenementen", sector: "culture", activities: ["organising_events", "working_with_hands"], rung: .unpaidWork, hours: 4...8, conditions: ["heavy_lifting", "weekend_work"]),
        VolunteerPostType(title: "Gastvrouw of gastheer museum", sector: "culture", activities: ["talking_with_people"], rung: .unpaidWork, hours: 3...4, conditions: ["customer_contact"], dutch: .b1),
        VolunteerPostType(title: "Fietsenmaker (vrijwillig)", sector: "recycling", activities: ["repairing", "working_with_hands"], rung: .unpaidWork, hours: 3...6, competences: ["bicycle_repair:1"]),
        VolunteerPostType(title: "Vrijwilliger in het hospice", sector: "care", activities: ["helping_people", "working_with_elderly"], rung: .unpaidWork, hours: 3...4, dutch: .b1),
        VolunteerPostType(title: "Hulp in de speel-o-theek", sector: "childcare_education", activities: ["working_with_children"], rung: .unpaidWork, hours: 2...3, dutch: .a2),
    ]

    /// 35 fictional organisations in the region: 20 at the market and 15 sending posts by mail, as in 2016.
    static let organisations: [VolunteerOrganisation] = [
        VolunteerOrganisation(name: "Buurthuis De Schakel", place: "Wijchen", posts: [0, 1]),
        VolunteerOrganisation(name: "Voedselhulp Maas en Waal", place: "Wijchen", posts: [2, 2]),
        VolunteerOrganisation(name: "Kringloop De Tweede Ronde", place: "Druten", posts: [3, 3]),
        VolunteerOrganisation(name: "Repaircafé Wijchen", place: "Wijchen", posts: [4, 22]),
        VolunteerOrganisation(name: "Zorgboerderij De Hooiberg", place: "Bergharen", posts: [5, 19]),
        VolunteerOrganisation(name: "Taalhuis Wijchen", place: "Wijchen", posts: [6, 7]),
        VolunteerOrganisation(name: "Bibliotheek Druten", place: "Druten", posts: [8, 7]),
        VolunteerOrganisation(name: "Sportvereniging Wijchen-Oost", place: "Wijchen", posts: [9, 10]),
        VolunteerOrganisation(name: "Voetbalvereniging Deest-Afferden", place: "Deest", posts: [10, 9]),
        VolunteerOrganisation(name: "Stichting Maasheggen", place: "Batenburg", posts: [11]),
        VolunteerOrganisation(name: "Dierenopvang Rijk van Nijmegen", place: "Beuningen", posts: [12, 12]),
        VolunteerOrganisation(name: "Zorgcentrum De Meent", place: "Wijchen", posts: [13, 1]),
        VolunteerOrganisation(name: "Woonzorg Druten", place: "Druten", posts: [13, 23]),
        VolunteerOrganisation(name: "Buurtbus Druten-Wijchen", place: "Druten", posts: [14]),
        VolunteerOrganisation(name: "Scouting Alverna", place: "Alverna", posts: [9, 20]),
        VolunteerOrganisation(name: "Welzijn Druten", place: "Druten", posts: [15, 16]),
        VolunteerOrganisation(name: "Vrijwilligerspunt Wijchen", place: "Wijchen", posts: [15, 16]),
        VolunteerOrganisation(name: "Harmonie Niftrik", place: "Niftrik", posts: [20]),
        VolunteerOrganisation(name: "Toneelvereniging Hernen", place: "Hernen", posts: [20, 21]),
        VolunteerOrganisation(name: "Kinderboerderij De Wijchense Hof", place: "Wijchen", posts: [12, 1]),
        VolunteerOrganisation(name: "Speeltuinvereniging Puiflijk", place: "Puiflijk", posts: [24]),
        VolunteerOrganisation(name: "Dorpshuis Horssen", place: "Horssen", posts: [0, 1]),
        VolunteerOrganisation(name: "Dorpshuis Deest", place: "Deest", posts: [0, 16]),
        VolunteerOrganisation(name: "Historische Kring Batenburg", place: "Batenburg", posts: [21]),
        VolunteerOrganisation(name: "Hospice De Rozenhof", place: "Nijmegen", posts: [23]),
        VolunteerOrganisation(name: "Tafeltje Dek Je Maas en Waal", place: "Druten", posts: [17, 17]),
        VolunteerOrganisation(name: "Thuisadministratie Wijchen", place: "Wijchen", posts: [18]),
        VolunteerOrganisation(name: "Moestuin De Groene Vingers", place: "Afferden", posts: [19, 11]),
        VolunteerOrganisation(name: "Zwem- en Sportcentrum Wijchen", place: "Wijchen", posts: [10]),
        VolunteerOrganisation(name: "Stichting Wijchen Zomert", place: "Wijchen", posts: [20, 20]),
        VolunteerOrganisation(name: "Taalmaatjes Welkom in Druten", place: "Druten", posts: [6, 7]),
        VolunteerOrganisation(name: "Fietswerkplaats De Spaak", place: "Beuningen", posts: [22]),
        VolunteerOrganisation(name: "Wandelclub Maas en Waal", place: "Druten", posts: [16]),
        VolunteerOrganisation(name: "Speel-o-theek Ewijk", place: "Ewijk", posts: [24]),
        VolunteerOrganisation(name: "Ontmoetingscentrum Dukenburg", place: "Nijmegen", posts: [1, 0, 15]),
    ]
}
