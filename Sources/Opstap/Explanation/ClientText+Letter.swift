/// The parts of the client's own explanation letter (`opstap explain --letter`): the facts that
/// were used, and what does not fit. Only facts; the fixed texts (who decides, how to react) are
/// in the renderer.
extension ClientText {
    /// The facts about the client the engine used for this pair, in plain words, with their values.
    ///
    /// Houding (attitude) and plaatsbaarheid (placeability) are named in words, never as a number
    /// or a category name: they change the outcome, so the client must be able to see and correct
    /// them (docs/commands.md, "The letter").
    public func factsUsed(_ client: ClientID, _ opening: OpeningID) -> [String] {
        let c = dataset.clients[Int(client.index)], o = dataset.openings[Int(opening.index)]
        var out: [String] = []
        out.append(lang.pick("Hoe ver u wilt reizen: tot \(km(c.maxTravelKm)) km van uw huis.", "How far you want to travel: up to \(km(c.maxTravelKm)) km from home."))
        out.append(lang.pick("Hoeveel uur u per week kunt werken: \(hours(c.hoursPerWeek)) uur.", "How many hours a week you can work: \(hours(c.hoursPerWeek))."))
        out.append(c.wishes.isEmpty ? lang.pick("Wat u graag doet: dat weten we nog niet.", "What you like to do: we do not know that yet.")
                                    : lang.pick("Wat u graag doet: \(all(c.wishes.map(label))).", "What you like to do: \(all(c.wishes.map(label)))."))
        let asked = o.requiredCompetences.map(\.competence) + o.wishedCompetences
        let relevant = asked.filter { c.level(of: $0) > 0 }
        if !asked.isEmpty {
            out.append(relevant.isEmpty ? lang.pick("Wat u kunt van wat deze plek vraagt: nog niets, volgens onze gegevens.",
                                                    "What you can do of what this place asks: nothing yet, in our records.")
                                        : lang.pick("Wat u kunt van wat deze plek vraagt: \(all(relevant.map(label))).",
                                                    "What you can do of what this place asks: \(all(relevant.map(label)))."))
        }
        out.append(lang.pick("Wat u nu doet: \(now(c.rung)).", "What you do now: \(now(c.rung))."))
        out.append(lang.pick("Hoe graag u zelf aan de slag wilt: \(motivation(c.attitude)).", "How much you want to get started: \(motivation(c.attitude))."))
        out.append(lang.pick("Welke hulp u krijgt: \(help(c.placeability)).", "What help you get: \(help(c.placeability))."))
        if !o.requiredLicences.isEmpty {
            let held = c.licences.members.map(\.code)
            out.append(held.isEmpty ? lang.pick("Uw rijbewijs: u heeft geen rijbewijs.", "Your driving licence: you have none.")
                                    : lang.pick("Uw rijbewijs: \(all(held)).", "Your driving licence: \(all(held))."))
        }
        if o.requiresCode95 {
            out.append(c.code95ValidUntil.map { lang.pick("Uw chauffeurskaart (code 95): geldig tot \(MarketEvent.longDate($0, lang)).",
                                                          "Your driver card (code 95): valid until \(MarketEvent.longDate($0, lang)).") }
                       ?? lang.pick("Uw chauffeurskaart (code 95): die heeft u niet.", "Your driver card (code 95): you have none."))
        }
        if o.minDutchLevel != .none {
            out.append(c.dutchLevel == .unknown ? lang.pick("Hoe goed u Nederlands spreekt: dat weten we niet.", "How well you speak Dutch: we do not know.")
                                                : lang.pick("Hoe goed u Nederlands spreekt: \(dutch(c.dutchLevel)).", "How well you speak Dutch: \(dutch(c.dutchLevel))."))
        }
        if !c.restrictions.isEmpty {
            out.append(lang.pick("Waar we rekening mee houden: \(all(c.restrictions.map(label))).", "What we take into account: \(all(c.restrictions.map(label)))."))
        }
        if !o.schedule.isEmpty { out.append(lang.pick("Op welke dagen en tijden u kunt werken.", "On which days and at which times you can work.")) }
        if !o.targetGroups.isEmpty {
            out.append(lang.pick("Of u hoort bij de groepen waar deze plek voor is.", "Whether you belong to the groups this place is for."))
        }
        return out
    }

    func now(_ rung: LadderRung) -> String {
        switch rung {
        case .isolated: lang.pick("u heeft nog weinig contact met anderen", "you have little contact with others yet")
        case .socialContacts: lang.pick("u heeft contact met mensen buiten uw huis", "you have contact with people outside your home")
        case .organisedActivities: lang.pick("u doet mee aan activiteiten in een groep", "you take part in group activities")
        case .unpaidWork: lang.pick("u doet vrijwilligerswerk of werkt zonder loon", "you do volunteer work or work without pay")
        case .paidWorkWithSupport: lang.pick("u heeft betaald werk met hulp", "you have paid work with support")
        case .paidWork: lang.pick("u heeft betaald werk", "you have paid work")
        }
    }

    func motivation(_ attitude: Attitude) -> String {
        switch attitude {
        case .refuses: lang.pick("u wilt nu liever niet", "you would rather not now")
        case .hesitant: lang.pick("u twijfelt nog", "you are not sure yet")
        case .willing: lang.pick("u wilt het graag", "you would like to")
        case .motivated: lang.pick("u wilt het heel graag", "you very much want to")
        }
    }

    func help(_ placeability: Placeability) -> String {
        switch placeability {
        case .placeable: lang.pick("u kunt nu aan het werk", "you can start work now")
        case .hardToPlace: lang.pick("u krijgt extra hulp om werk te vinden", "you get extra help to find work")
        case .notPlaceable: lang.pick("u krijgt nu eerst andere hulp", "you get other help first")
        }
    }

    /// What does not fit: for a pair that misses a rule, each rule missed; then the weaker
    /// points of the fit. Plain, true, and never a number other than km, hours or a date.
    public func concerns(_ client: ClientID, _ opening: OpeningID) -> [String] {
        let c = dataset.clients[Int(client.index)], o = dataset.openings[Int(opening.index)]
        let p = scorer.evaluate(c, o, full: true)
        let records = lang.pick("volgens onze gegevens", "in our records")
        var out: [String] = []
        for rule in p.failures.members {
            switch rule {
            case .placeability:
                switch c.placeability {
                case .placeable: out.append(lang.pick("Deze plek is voor mensen die meer hulp nodig hebben.", "This place is for people who need more help."))
                case .hardToPlace: out.append(lang.pick("Deze plek is voor mensen die zonder extra hulp kunnen werken.", "This place is for people who can work without extra help."))
                case .notPlaceable: out.append(lang.pick("U krijgt nu eerst andere hulp. Deze plek past daar nu niet bij.", "You get other help first. This place does not fit with that now."))
                }
            case .distance:
                out.append(lang.pick("Het is ongeveer \(km(p.distanceKm)) km van uw huis. Dat is verder dan u wilt reizen.",
                                     "It is about \(km(p.distanceKm)) km from your home. That is further than you want to travel."))
            case .licence:
                let missing = o.requiredLicences.members.filter { !c.licences.withImplied.contains($0) }.map(\.code)
                out.append(lang.pick("Hier is rijbewijs \(two(missing)) nodig. Dat heeft u niet, \(records).",
                                     "Driving licence \(two(missing)) is needed here. You do not have it, \(records)."))
            case .code95:
                out.append(c.code95ValidUntil.map { lang.pick("Hier is een chauffeurskaart (code 95) nodig. Die van u is verlopen op \(MarketEvent.longDate($0, lang)).",
                                                              "A driver card (code 95) is needed here. Yours ran out on \(MarketEvent.longDate($0, lang)).") }
                           ?? lang.pick("Hier is een chauffeurskaart (code 95) nodig. Die heeft u niet, \(records).",
                                        "A driver card (code 95) is needed here. You do not have one, \(records)."))
            case .dutchLevel:
                out.append(lang.pick("Hier moet u \(dutch(o.minDutchLevel)) Nederlands spreken.", "Here you must speak Dutch \(dutch(o.minDutchLevel)).")
                           + " " + (c.dutchLevel == .unknown ? lang.pick("We weten niet hoe goed u het spreekt.", "We do not know how well you speak it.")
                                                             : lang.pick("U spreekt het nu \(dutch(c.dutchLevel)).", "You speak it \(dutch(c.dutchLevel)) now.")))
            case .restriction:
                for r in scorer.clashingRestrictions(c, o) {
                    let condition = dataset.taxonomy[r].clashesWith.map(label) ?? label(r)
                    out.append(lang.pick("Bij deze plek hoort: \(condition). Dat past niet bij u.", "This place involves: \(condition). That does not suit you."))
                }
            case .schedule:
                let missing = scorer.missingSlots(c.availability, for: o.schedule).map(shift)
                out.append(lang.pick("U kunt niet werken op \(two(missing)), \(records).", "You cannot work on \(two(missing)), \(records)."))
            case .targetGroup:
                out.append(lang.pick("Deze plek is door de wet alleen voor bepaalde groepen. U hoort daar niet bij.",
                                     "By law this place is only for certain groups. You do not belong to them."))
            case .ladderStep:
                out.append(lang.pick("Dit is nu een te grote stap vanaf wat u nu doet.", "This is too big a step from what you do now."))
            case .validUntil:
                out.append(lang.pick("Deze plek is niet meer open. Hij was open tot \(MarketEvent.longDate(o.validUntil!, lang)).",
                                     "This place is no longer open. It was open until \(MarketEvent.longDate(o.validUntil!, lang))."))
            case .coverage:
                out.append(lang.pick("Hier is meer ervaring nodig dan u nu heeft, \(records).", "More experience is needed here than you have now, \(records)."))
            }
        }
        for (k, r) in o.requiredCompetences.enumerated() where c.level(of: r.competence) < r.level {
            let name = label(r.competence)
            if c.level(of: r.competence) > 0 {
                out.append(lang.pick("Hier vragen ze meer ervaring met \(name).", "They ask for more experience with \(name) here."))
            } else if let related = scorer.standIn(c, o, k) {
                out.append(lang.pick("Hier vragen ze: \(name). U kunt iets wat erop lijkt: \(label(related)).",
                                     "They ask for: \(name). You can do something like it: \(label(related))."))
            } else {
                out.append(lang.pick("Hier vragen ze: \(name). Dat kunt u nog niet, \(records).", "They ask for: \(name). You cannot do that yet, \(records)."))
            }
        }
        let wishedMissing = o.wishedCompetences.filter { c.level(of: $0) == 0 }.map(label)
        if !wishedMissing.isEmpty {
            out.append(lang.pick("Fijn maar niet nodig: \(two(wishedMissing)).", "Nice to have but not needed: \(two(wishedMissing))."))
        }
        if !c.wishes.isEmpty && !c.wishes.contains(where: { o.sectors.contains($0) || o.activities.contains($0) }) {
            out.append(lang.pick("Dit is niet wat u graag doet: \(two(c.wishes.map(label))).", "This is not what you like to do: \(two(c.wishes.map(label)))."))
        }
        let delta = Int(o.rung.rawValue) - Int(c.rung.rawValue)
        if delta < 0 { out.append(lang.pick("Dit is minder dan wat u nu al doet.", "This is less than what you already do.")) }
        if !p.failures.contains(.distance) && p.distanceKm > max(3, c.maxTravelKm / 2) {
            out.append(lang.pick("Het is ongeveer \(km(p.distanceKm)) km van uw huis. Dat is vrij ver.", "It is about \(km(p.distanceKm)) km from your home. That is quite far."))
        }
        if o.hoursPerWeek > c.hoursPerWeek {
            out.append(lang.pick("Het is \(hours(o.hoursPerWeek)) uur per week. U kunt nu \(hours(c.hoursPerWeek)) uur.",
                                 "It is \(hours(o.hoursPerWeek)) hours a week. You can work \(hours(c.hoursPerWeek)) now."))
        }
        return out
    }
}
