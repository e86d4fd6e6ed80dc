/// Sentences written to the client, in the second person ("u"), plain Dutch at B1 level (or
/// English): for route cards and the client's own explanation letter.
///
/// Where `Explainer` writes for the professional (components, weights, rungs, levels), this type
/// writes from the same pair facts for the person they are about: no ratings, no rung numbers,
/// no scores, no "0 of N" counts. The rules it keeps (checked by tests on every card of the
/// sample): a sentence has at most 15 words, lists name at most two things, and none of the
/// words in `ClientText.avoidedWords` appears.
public struct ClientText: Sendable {
    public let scorer: Scorer
    public let lang: Language

    public init(scorer: Scorer, lang: Language) {
        self.scorer = scorer
        self.lang = lang
    }

    /// Staff words a client should not have to know; tests check that no card or letter uses them.
    public static let avoidedWords = ["trede", "houding", "score", "competentie", "plaatsbaar", "participatieladder", "doelgroep",
                                      "component", "rung", "attitude", "placeab", "competence", "weight", "gewicht"]

    var dataset: Dataset { scorer.dataset }

    func label(_ id: TagID) -> String { lang.pick(dataset.taxonomy[id].labelNL, dataset.taxonomy[id].labelEN) }
    func label(_ id: CompetenceID) -> String { lang.pick(dataset.taxonomy[id].labelNL, dataset.taxonomy[id].labelEN) }

    /// At most two names: "a", "a en b"; more are cut to the first two (a card has little room).
    func two(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default:
            // "a en b" reads wrong when a name holds "en" itself ("personenvervoer en taxi").
            items[0] + (items[0...1].contains { $0.contains(lang.pick(" en ", " and ")) } ? "; " : lang.pick(" en ", " and ")) + items[1]
        }
    }

    /// Every name: "a, b en c" (for the letter's facts, where leaving one out would hide it).
    func all(_ items: [String]) -> String {
        guard items.count > 2 else { return two(items) }
        return items.dropLast().joined(separator: ", ") + lang.pick(" en ", " and ") + items.last!
    }

    func km(_ x: Double) -> String { NumberText.format(x.rounded(), decimals: 0, lang: lang) }
    func hours(_ x: Double) -> String { NumberText.format(x, decimals: 1, lang: lang) }

    /// What kind of place it is, in plain words.
    public func kindName(_ kind: OpeningKind) -> String {
        switch kind {
        case .vacancy: lang.pick("betaald werk", "paid work")
        case .driverSlot: lang.pick("betaald werk als chauffeur", "paid work as a driver")
        case .socialReturn: lang.pick("betaald werk bij een bedrijf dat voor de overheid werkt", "paid work at a firm that works for the government")
        case .volunteer: lang.pick("vrijwilligerswerk", "volunteer work")
        }
    }

    /// Why the opening suits the client: only facts that are true and in the client's favour,
    /// most telling first (wishes, the step up, what the client can already do, distance, hours).
    public func strengths(_ client: ClientID, _ opening: OpeningID) -> [String] {
        let c = dataset.clients[Int(client.index)], o = dataset.openings[Int(opening.index)]
        let p = scorer.evaluate(c, o, full: true)
        var out: [String] = []
        let activities = c.wishes.filter { o.activities.contains($0) }.map(label)
        let sectors = c.wishes.filter { o.sectors.contains($0) }.map(label)
        if !activities.isEmpty { out.append(lang.pick("Dit past bij wat u graag doet: \(two(activities)).", "This fits what you like to do: \(two(activities)).")) }
        if !sectors.isEmpty { out.append(lang.pick("Dit past bij het werk dat u zoekt: \(two(sectors)).", "This fits the work you are looking for: \(two(sectors)).")) }
        let delta = Int(o.rung.rawValue) - Int(c.rung.rawValue)
        if delta > 0 {
            out.append(lang.pick("Dit is een stap verder dan wat u nu doet.", "This is a step further than what you do now."))
        } else if delta == 0 {
            out.append(lang.pick("Dit sluit aan bij wat u nu al doet.", "This builds on what you already do."))
        }
        let held = o.requiredCompetences.filter { c.level(of: $0.competence) >= $0.level }.map(\.competence)
            + o.wishedCompetences.filter { c.level(of: $0) > 0 }
        if !held.isEmpty {
            out.append(lang.pick("Dit kunt u al: \(two(held.map(label))).", "You can already do this: \(two(held.map(label)))."))
        } else if o.requiredCompetences.isEmpty {
            out.append(lang.pick("Hiervoor is geen ervaring nodig.", "No experience is needed for this."))
        }
        if p.distanceKm <= max(3, c.maxTravelKm / 2) {
            out.append(p.distanceKm < 1 ? lang.pick("Het is minder dan 1 km van uw huis.", "It is less than 1 km from your home.")
                                        : lang.pick("Het is ongeveer \(km(p.distanceKm)) km van uw huis.", "It is about \(km(p.distanceKm)) km from your home."))
        }
        if o.hoursPerWeek > 0 && o.hoursPerWeek <= c.hoursPerWeek {
            out.append(lang.pick("Het is \(hours(o.hoursPerWeek)) uur per week. Dat past bij de tijd die u heeft.",
                                 "It is \(hours(o.hoursPerWeek)) hours a week. That fits the time you have."))
        }
        if c.placeability != .placeable {
            for instrument in o.instruments.members {
                switch instrument {
                case .jobcoach: out.append(lang.pick("Een jobcoach helpt u op het werk.", "A job coach helps you at work."))
                case .proefplaatsing: out.append(lang.pick("U mag het eerst een tijd proberen.", "You may try it out first for a while."))
                case .leerwerkplek: out.append(lang.pick("U leert hier terwijl u werkt.", "You learn here while you work."))
                case .loonkostensubsidie: break  // money for the employer: nothing the client needs to weigh
                }
            }
        }
        if !o.requiredLicences.isEmpty && c.licences.withImplied.isSuperset(of: o.requiredLicences) {
            out.append(lang.pick("U heeft het rijbewijs dat hier nodig is.", "You have the driving licence that is needed here."))
        }
        if !o.schedule.isEmpty && scorer.missingSlots(c.availability, for: o.schedule).isEmpty {
            out.append(lang.pick("De werktijden passen bij de tijden dat u kunt.", "The working hours fit the times you are free."))
        }
        return out
    }

    /// A day of the week, written out.
    func dayName(_ day: Weekday) -> String {
        let nl = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
        let en = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        return lang.pick(nl[Int(day.rawValue)], en[Int(day.rawValue)])
    }

    /// "maandag van 06:00 tot 14:00".
    func shift(_ s: DriverShift) -> String {
        let from = MarketEvent.clock(Int(s.startMinute)), to = MarketEvent.clock(Int(s.endMinute))
        return lang.pick("\(dayName(s.day)) van \(from) tot \(to)", "\(dayName(s.day)) from \(from) to \(to)")
    }

    /// How well someone speaks Dutch, in words, with the level in brackets.
    func dutch(_ level: DutchLevel) -> String {
        switch level {
        case .none, .unknown: lang.pick("geen", "no")
        case .a1, .a2: lang.pick("een beetje (\(level.code))", "a little (\(level.code))")
        case .b1: lang.pick("redelijk goed (\(level.code))", "fairly well (\(level.code))")
        case .b2, .c1, .c2: lang.pick("goed (\(level.code))", "well (\(level.code))")
        }
    }
}
