/// Writes explanations in plain language (Dutch at B1 level by default, or English).
public struct Explainer: Sendable {
    public let scorer: Scorer
    public let lang: Language

    public init(scorer: Scorer, lang: Language) {
        self.scorer = scorer
        self.lang = lang
    }

    var taxonomy: Taxonomy { scorer.dataset.taxonomy }

    public func explain(_ client: ClientID, _ opening: OpeningID) -> Explanation {
        let c = scorer.dataset.clients[Int(client.index)]
        let o = scorer.dataset.openings[Int(opening.index)]
        let p = scorer.evaluate(c, o, full: true)
        let weights = scorer.policy[o.kind].weights
        let lines = ScoreComponent.allCases.map { component in
            Explanation.ComponentLine(
                component: component, applies: p.applies(component), value: p.components[component], weight: weights[component],
                contribution: p.contribution(component, weights: weights), text: sentence(component, c, o, p))
        }
        let failures = p.failures.members.map { Explanation.RuleLine(rule: $0, text: failure($0, c, o, p)) }
        var notes: [String] = []
        if let needed = o.minDutchLevel.rank, needed > 0, c.dutchLevel == .unknown, scorer.policy.unknownDutchLevelPasses {
            notes.append(lang.pick("Niveau Nederlands onbekend; telt volgens het beleid als voldoende (gevraagd: \(o.minDutchLevel.code))",
                                   "Dutch level unknown; the policy lets it pass (asked: \(o.minDutchLevel.code))"))
        }
        return Explanation(client: client, opening: opening, eligible: p.isEligible, score: p.score, components: lines,
                           failures: failures, notes: notes)
    }

    func km(_ x: Double) -> String { NumberText.format(x, decimals: 1, lang: lang) }
    func label(_ id: CompetenceID) -> String { lang.pick(taxonomy[id].labelNL, taxonomy[id].labelEN) }
    func label(_ id: TagID) -> String { lang.pick(taxonomy[id].labelNL, taxonomy[id].labelEN) }
    func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + lang.pick(" en ", " and ") + items.last!
    }

    func attitudeName(_ a: Attitude) -> String {
        switch a {
        case .refuses: lang.pick("weigert", "refuses")
        case .hesitant: lang.pick("twijfelt", "hesitant")
        case .willing: lang.pick("wil", "willing")
        case .motivated: lang.pick("gemotiveerd", "motivated")
        }
    }

    func rungName(_ r: LadderRung) -> String {
        lang == .nl ? r.dutchName : ["isolated", "social contacts outside the home", "organised activities", "unpaid work",
                                     "paid work with support", "paid work"][Int(r.rawValue) - 1]
    }

    func shift(_ s: DriverShift) -> String {
        guard lang == .nl else { return s.code }
        let days = ["ma", "di", "wo", "do", "vr", "za", "zo"]
        return days[Int(s.day.rawValue)] + String(s.code.dropFirst(3))
    }

    func sentence(_ component: ScoreComponent, _ c: Client, _ o: Opening, _ p: PairScore) -> String {
        switch component {
        case .competences:
            if o.requiredCompetences.isEmpty && o.wishedCompetences.isEmpty {
                return lang.pick("Er worden geen vaardigheden gevraagd", "No competences are asked for")
            }
            var parts: [String] = []
            if o.requiredCompetences.isEmpty {
                parts.append(lang.pick("Geen vaardigheden vereist", "No competences required"))
            } else {
                let full = o.requiredCompetences.count { c.level(of: $0.competence) >= $0.level }
                let n = o.requiredCompetences.count
                if full == n && n == 1 {
                    parts.append(lang.pick("Heeft de gevraagde vaardigheid (\(label(o.requiredCompetences[0].competence)))",
                                           "Has the required competence (\(label(o.requiredCompetences[0].competence)))"))
                } else if full == n && n == 2 {
                    parts.append(lang.pick("Heeft beide gevraagde vaardigheden", "Has both required competences"))
                } else if full == n {
                    parts.append(lang.pick("Heeft alle \(n) gevraagde vaardigheden", "Has all \(n) required competences"))
                } else {
                    parts.append(lang.pick("Heeft \(full) van de \(n) gevraagde vaardigheden", "Has \(full) of the \(n) required competences"))
                }
                for r in o.requiredCompetences {
                    let level = c.level(of: r.competence)
                    if level >= r.level { continue }
                    if level > 0 {
                        parts.append(lang.pick("\(label(r.competence)) op niveau \(level) (gevraagd: \(r.level))",
                                               "\(label(r.competence)) at level \(level) (asked: \(r.level))"))
                    } else if let related = scorer.relatedCompetence(c, to: r.competence) {
                        parts.append(lang.pick("\(label(r.competence)) ontbreekt, wel verwant: \(label(related))",
                                               "\(label(r.competence)) missing, related: \(label(related))"))
                    } else {
                        parts.append(lang.pick("\(label(r.competence)) ontbreekt", "\(label(r.competence)) missing"))
                    }
                }
            }
            if !o.wishedCompetences.isEmpty {
                let held = o.wishedCompetences.filter { c.level(of: $0) > 0 }
                parts.append(lang.pick("\(held.count) van de \(o.wishedCompetences.count) gewenste vaardigheden",
                                       "\(held.count) of the \(o.wishedCompetences.count) wished competences")
                             + (held.isEmpty ? "" : " (\(list(held.map(label))))"))
            }
            return parts.joined(separator: "; ")
        case .wish:
            guard p.applies(.wish) else { return lang.pick("Geen wensen vastgelegd", "No wishes recorded") }
            let matched = c.wishes.filter { o.sectors.contains($0) || o.activities.contains($0) }
            if matched.isEmpty {
                return lang.pick("Past niet bij de wensen (\(list(c.wishes.map(label))))", "Does not match the wishes (\(list(c.wishes.map(label))))")
            }
            return lang.pick("Wil graag: \(list(matched.map(label)))", "Wishes for: \(list(matched.map(label)))")
        case .attitude:
            return lang.pick("Houding: \(attitudeName(c.attitude)) (\(c.attitude.rawValue) van 4)", "Attitude: \(attitudeName(c.attitude)) (\(c.attitude.rawValue) of 4)")
        case .travel:
            return lang.pick("\(km(p.distanceKm)) km van huis (wil tot \(km(c.maxTravelKm)) km reizen)",
                             "\(km(p.distanceKm)) km from home (travels up to \(km(c.maxTravelKm)) km)")
        case .hours:
            let oh = NumberText.format(o.hoursPerWeek, decimals: 1, lang: lang), ch = NumberText.format(c.hoursPerWeek, decimals: 1, lang: lang)
            return lang.pick("\(oh) uur per week; klant kan \(ch) uur", "\(oh) hours a week; the client can work \(ch)")
        case .step:
            let delta = Int(o.rung.rawValue) - Int(c.rung.rawValue)
            if delta == 0 {
                return lang.pick("Zelfde trede op de participatieladder (\(o.rung.rawValue): \(rungName(o.rung)))",
                                 "Same rung on the participation ladder (\(o.rung.rawValue): \(rungName(o.rung)))")
            }
            return lang.pick("Van trede \(c.rung.rawValue) naar trede \(o.rung.rawValue): \(rungName(o.rung))",
                             "From rung \(c.rung.rawValue) to rung \(o.rung.rawValue): \(rungName(o.rung))")
        case .support:
            guard p.applies(.support) else {
                return lang.pick("Niet van toepassing: de klant is wel plaatsbaar", "Does not apply: the client is placeable")
            }
            if o.instruments.members.isEmpty { return lang.pick("Geen ondersteuning aangeboden", "No support on offer") }
            return lang.pick("Biedt \(list(o.instruments.members.map(\.code)))", "Offers \(list(o.instruments.members.map(\.code)))")
        }
    }

    func failure(_ rule: Rule, _ c: Client, _ o: Opening, _ p: PairScore) -> String {
        switch rule {
        case .placeability:
            let accepted = scorer.policy.acceptedPlaceability(for: o).members
            return lang.pick("Plaatsbaarheid \(c.placeability.dutchName) past niet bij deze opening (staat open voor: \(list(accepted.map(\.dutchName))))",
                             "Placeability \(c.placeability.code) is not accepted here (accepts: \(list(accepted.map(\.code))))")
        case .distance:
            return lang.pick("Woont \(km(p.distanceKm)) km weg; wil maximaal \(km(c.maxTravelKm)) km reizen",
                             "Lives \(km(p.distanceKm)) km away; travels at most \(km(c.maxTravelKm)) km")
        case .licence:
            let held = c.licences.withImplied
            let missing = o.requiredLicences.members.filter { !held.contains($0) }.map(\.code)
            return lang.pick("Heeft geen rijbewijs \(list(missing))", "Does not hold licence \(list(missing))")
        case .code95:
            if let until = c.code95ValidUntil {
                return lang.pick("Code 95 verlopen op \(until)", "Code 95 expired on \(until)")
            }
            return lang.pick("Heeft geen code 95 (nodig voor beroepsvervoer)", "Holds no code 95 (needed for professional driving)")
        case .dutchLevel:
            if c.dutchLevel == .unknown {
                return lang.pick("Niveau Nederlands onbekend; gevraagd: \(o.minDutchLevel.code)", "Dutch level unknown; asked: \(o.minDutchLevel.code)")
            }
            return lang.pick("Nederlands op niveau \(c.dutchLevel.code); gevraagd: \(o.minDutchLevel.code)",
                             "Dutch at level \(c.dutchLevel.code); asked: \(o.minDutchLevel.code)")
        case .restriction:
            let clashes = scorer.clashingRestrictions(c, o).map { r in
                lang.pick("\(label(r)) past niet bij: \(label(taxonomy[r].clashesWith!))", "\(label(r)) clashes with: \(label(taxonomy[r].clashesWith!))")
            }
            return clashes.joined(separator: "; ")
        case .schedule:
            let missing = scorer.missingSlots(c.availability, for: o.schedule).map(shift)
            return lang.pick("Niet beschikbaar voor de dienst \(list(missing))", "Not available for the shift \(list(missing))")
        case .targetGroup:
            let groups = o.targetGroups.members.map(\.code)
            return lang.pick("Hoort niet bij de doelgroepen van dit contract (\(list(groups))); dit is een wettelijke voorwaarde, geen weging",
                             "Not in the contract's target groups (\(list(groups))); a legal condition, not a weight")
        case .ladderStep:
            let delta = Int(o.rung.rawValue) - Int(c.rung.rawValue)
            let maxUp = scorer.policy[o.kind].maxStepUp ?? 0
            return lang.pick("Trede \(o.rung.rawValue) is \(delta) treden boven trede \(c.rung.rawValue); hoogstens \(maxUp)",
                             "Rung \(o.rung.rawValue) is \(delta) rungs above rung \(c.rung.rawValue); at most \(maxUp)")
        case .validUntil:
            return lang.pick("Opening verlopen op \(o.validUntil!)", "Opening expired on \(o.validUntil!)")
        case .coverage:
            let pct = NumberText.format(100 * p.coverage, decimals: 0, lang: lang)
            let needed = NumberText.format(100 * scorer.policy[o.kind].minRequiredCoverage, decimals: 0, lang: lang)
            return lang.pick("Heeft \(pct)% van de gevraagde vaardigheden; nodig: \(needed)%",
                             "Has \(pct)% of the required competences; needed: \(needed)%")
        }
    }
}
