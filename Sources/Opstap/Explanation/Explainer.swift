/// Writes explanations in plain language (Dutch at B1 level by default, or English). The
/// sentence rules are in docs/scoring.md ("Reasons" and "Attention points"): a reason speaks for
/// the pair; what the professional must check is an attention point, apart.
public struct Explainer: Sendable {
    public let scorer: Scorer
    public let lang: Language
    /// Reservations of the run: a client in mediation for the opening gets an attention point.
    public let reservations: Reservations

    public init(scorer: Scorer, lang: Language, reservations: Reservations = Reservations()) {
        self.scorer = scorer
        self.lang = lang
        self.reservations = reservations
    }

    var taxonomy: Taxonomy { scorer.dataset.taxonomy }

    public func explain(_ client: ClientID, _ opening: OpeningID) -> Explanation {
        let c = scorer.dataset.clients[Int(client.index)]
        let o = scorer.dataset.openings[Int(opening.index)]
        let p = scorer.evaluate(c, o, full: true)
        let weights = scorer.policy[o.kind].weights
        let lines = ScoreComponent.allCases.map { component in
            let applies = p.applies(component)
            return Explanation.ComponentLine(
                component: component, applies: applies, value: p.components[component], weight: weights[component],
                contribution: p.contribution(component, weights: weights), text: sentence(component, c, o, p),
                reason: applies ? reason(component, c, o, p) : nil)
        }
        let failures = p.failures.members.map { Explanation.RuleLine(rule: $0, text: failure($0, c, o, p)) }
        return Explanation(client: client, opening: opening, eligible: p.isEligible, score: p.score, components: lines,
                           failures: failures, attention: attention(c, o, p))
    }

    /// The attention points of a pair, in the order of `AttentionPoint.Code`.
    public func attention(_ c: Client, _ o: Opening, _ p: PairScore) -> [AttentionPoint] {
        var points: [AttentionPoint] = []
        if c.attitude.rawValue <= 2 {
            points.append(.init(.lowAttitude, lang.pick("Houding \(c.attitude.rawValue) van 4 (\(attitudeName(c.attitude))): bespreek eerst de motivatie",
                                                        "Attitude \(c.attitude.rawValue) of 4 (\(attitudeName(c.attitude))): discuss motivation first")))
        }
        if c.confirmedOn < scorer.referenceDay.adding(days: -Explainer.staleAfterDays) {
            points.append(.init(.staleProfile, lang.pick("Profiel niet bevestigd sinds \(c.confirmedOn): controleer het eerst met de klant",
                                                         "Profile not confirmed since \(c.confirmedOn): check it with the client first")))
        }
        if let needed = o.minDutchLevel.rank, needed > 0, c.dutchLevel == .unknown {
            points.append(.init(.dutchLevelUnknown, lang.pick("Niveau Nederlands onbekend (gevraagd: \(o.minDutchLevel.code))",
                                                              "Dutch level unknown (asked: \(o.minDutchLevel.code))")))
        }
        for r in o.requiredCompetences {
            let level = c.level(of: r.competence)
            if level > 0 && level < r.level {
                points.append(.init(.belowLevel, lang.pick("\(label(r.competence)) op niveau \(level) (gevraagd: \(r.level))",
                                                           "\(label(r.competence)) at level \(level) (asked: \(r.level))")))
            }
        }
        // Only where the policy counts support (paid work); on a volunteer post it would be noise.
        if c.placeability != .placeable && scorer.policy[o.kind].weights[.support] > 0 {
            let offered = o.instruments.members.map(\.code)
            points.append(.init(.supportNeeded, offered.isEmpty
                ? lang.pick("\(placeabilityName(c.placeability).capitalizedFirst); deze opening biedt geen ondersteuning",
                            "\(placeabilityName(c.placeability).capitalizedFirst); this opening offers no support")
                : lang.pick("\(placeabilityName(c.placeability).capitalizedFirst): regel vooraf de ondersteuning (\(list(offered)))",
                            "\(placeabilityName(c.placeability).capitalizedFirst): arrange the support first (\(list(offered)))")))
        }
        let clashing = Set(scorer.clashingRestrictions(c, o))
        let other = c.restrictions.filter { !clashing.contains($0) }
        if !other.isEmpty && clashing.isEmpty {
            points.append(.init(.restriction, lang.pick("Beperking: \(list(other.map(label))); vraag de werkgever of het werk daarbij past",
                                                        "Restriction: \(list(other.map(label))); ask the employer whether the work fits it")))
        }
        if c.hoursPerWeek < o.hoursPerWeek {
            points.append(.init(.hours, lang.pick("Vraagt \(hours(o.hoursPerWeek)) uur per week; de klant kan \(hours(c.hoursPerWeek)) uur",
                                                  "Asks \(hours(o.hoursPerWeek)) hours a week; the client can work \(hours(c.hoursPerWeek))")))
        }
        if reservations.inMediation(c.id, o.id) {
            points.append(.init(.inMediation, lang.pick("Al in bemiddeling voor deze opening", "Already in mediation for this opening")))
        }
        return points
    }

    /// A profile older than this many days is stale (as `validate` counts them).
    public static let staleAfterDays = 365

    func km(_ x: Double) -> String { NumberText.format(x, decimals: 1, lang: lang) }
    func label(_ id: CompetenceID) -> String { lang.pick(taxonomy[id].labelNL, taxonomy[id].labelEN) }
    func label(_ id: TagID) -> String { lang.pick(taxonomy[id].labelNL, taxonomy[id].labelEN) }
    /// "a, b en c"; "a en b, c" when an item has "en" in it itself, so the list stays readable.
    func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        let and = lang.pick(" en ", " and ")
        if items.contains(where: { $0.contains(and) }) { return items.joined(separator: ", ") }
        return items.dropLast().joined(separator: ", ") + and + items.last!
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

    func hours(_ x: Double) -> String { NumberText.format(x, decimals: 1, lang: lang) }

    func placeabilityName(_ p: Placeability) -> String { lang.pick(p.dutchName, p.code.replacingUnderscores) }

    /// The competences the client holds at the asked level, and the stand-ins for those he lacks.
    func competenceFacts(_ c: Client, _ o: Opening) -> (full: [CompetenceID], standIns: [(CompetenceID, CompetenceID)]) {
        var full: [CompetenceID] = [], standIns: [(CompetenceID, CompetenceID)] = []
        for (k, r) in o.requiredCompetences.enumerated() {
            if c.level(of: r.competence) >= r.level { full.append(r.competence) }
            else if let s = scorer.standIn(c, o, k) { standIns.append((r.competence, s)) }
        }
        return (full, standIns)
    }

    /// "Heeft de gevraagde vaardigheid (X)", "Heeft beide ...", "Heeft alle 3 ...", "Heeft 2 van
    /// de 3 ... (X en Y)"; nil when none is held at the asked level.
    func heldSentence(_ full: [CompetenceID], of n: Int) -> String? {
        let names = list(full.map(label))
        switch (full.count, n) {
        case (0, _): return nil
        case (1, 1): return lang.pick("Heeft de gevraagde vaardigheid (\(names))", "Has the required competence (\(names))")
        case (2, 2): return lang.pick("Heeft beide gevraagde vaardigheden (\(names))", "Has both required competences (\(names))")
        case let (k, n) where k == n: return lang.pick("Heeft alle \(n) gevraagde vaardigheden", "Has all \(n) required competences")
        case let (k, n): return lang.pick("Heeft \(k) van de \(n) gevraagde vaardigheden (\(names))", "Has \(k) of the \(n) required competences (\(names))")
        }
    }

    func standInSentence(_ pairs: [(CompetenceID, CompetenceID)]) -> String? {
        guard !pairs.isEmpty else { return nil }
        return lang.pick("verwante ervaring: " + list(pairs.map { "\(label($0.1)) (voor \(label($0.0)))" }),
                         "related experience: " + list(pairs.map { "\(label($0.1)) (for \(label($0.0)))" }))
    }

    func wishedSentence(_ held: [CompetenceID]) -> String? {
        guard !held.isEmpty else { return nil }
        return lang.pick("ook gewenst: \(list(held.map(label)))", "also wished: \(list(held.map(label)))")
    }

    /// A sentence in the pair's favour, or nil (docs/scoring.md, "Reasons"): never a count of
    /// nothing, never a property of the opening as the client's merit, one wording per fact.
    func reason(_ component: ScoreComponent, _ c: Client, _ o: Opening, _ p: PairScore) -> String? {
        switch component {
        case .competences:
            let (full, standIns) = competenceFacts(c, o)
            let wished = o.wishedCompetences.filter { c.level(of: $0) > 0 }
            let parts = [heldSentence(full, of: o.requiredCompetences.count), standInSentence(standIns), wishedSentence(wished)].compactMap { $0 }
            guard !parts.isEmpty else { return nil }
            return parts.joined(separator: "; ").capitalizedFirst
        case .wish:
            let matched = c.wishes.filter { o.sectors.contains($0) || o.activities.contains($0) }
            return matched.isEmpty ? nil : lang.pick("Wil graag: \(list(matched.map(label)))", "Wishes for: \(list(matched.map(label)))")
        case .attitude:
            switch c.attitude {
            case .motivated: return lang.pick("Gemotiveerd", "Motivated")
            case .willing: return lang.pick("Staat ervoor open", "Willing")
            default: return nil
            }
        case .travel:
            // Within half of the client's own travel distance: close enough to speak for the pair.
            return p.distanceKm <= c.maxTravelKm / 2 ? sentence(.travel, c, o, p) : nil
        case .hours:
            return o.hoursPerWeek <= c.hoursPerWeek ? sentence(.hours, c, o, p) : nil
        case .step:
            return Int(o.rung.rawValue) - Int(c.rung.rawValue) == 1 ? sentence(.step, c, o, p) : nil
        case .support:
            // What the opening offers is not the client's merit; it is an attention point.
            return nil
        case .purpose:
            return p.components[.purpose] >= 0.5 && p.contribution(.purpose, weights: scorer.policy[o.kind].weights) > 0
                ? lang.pick("Staat verder van werk (\(c.placeability.dutchName)): daarvoor is \(o.kind.name(.nl)) bedoeld",
                            "Further from work (\(c.placeability.code.replacingUnderscores)): what \(o.kind.name(.en)) is meant for")
                : nil
        }
    }

    /// What a component looked at, for the whole explanation.
    func sentence(_ component: ScoreComponent, _ c: Client, _ o: Opening, _ p: PairScore) -> String {
        switch component {
        case .competences:
            if o.requiredCompetences.isEmpty && o.wishedCompetences.isEmpty {
                return lang.pick("Er worden geen vaardigheden gevraagd", "No competences are asked for")
            }
            var parts: [String] = []
            let (full, _) = competenceFacts(c, o)
            if o.requiredCompetences.isEmpty {
                parts.append(lang.pick("Er worden geen vaardigheden vereist", "No competences are required"))
            } else if let held = heldSentence(full, of: o.requiredCompetences.count) {
                parts.append(held)
            } else {
                parts.append(lang.pick("Heeft geen van de gevraagde vaardigheden op het gevraagde niveau",
                                       "Has none of the required competences at the level asked"))
            }
            for (k, r) in o.requiredCompetences.enumerated() {
                let level = c.level(of: r.competence)
                if level >= r.level { continue }
                if level > 0 {
                    parts.append(lang.pick("\(label(r.competence)) op niveau \(level) (gevraagd: \(r.level))",
                                           "\(label(r.competence)) at level \(level) (asked: \(r.level))"))
                } else if let related = scorer.standIn(c, o, k) {
                    parts.append(lang.pick("\(label(r.competence)) ontbreekt, wel verwant: \(label(related))",
                                           "\(label(r.competence)) missing, related: \(label(related))"))
                } else {
                    parts.append(lang.pick("\(label(r.competence)) ontbreekt", "\(label(r.competence)) missing"))
                }
            }
            if !o.wishedCompetences.isEmpty {
                let held = o.wishedCompetences.filter { c.level(of: $0) > 0 }
                if held.isEmpty {
                    parts.append(lang.pick("geen van de gewenste vaardigheden (\(list(o.wishedCompetences.map(label))))",
                                           "none of the wished competences (\(list(o.wishedCompetences.map(label))))"))
                } else {
                    parts.append(wishedSentence(held)!)
                }
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
            return lang.pick("\(hours(o.hoursPerWeek)) uur per week (klant kan \(hours(c.hoursPerWeek)) uur)",
                             "\(hours(o.hoursPerWeek)) hours a week (the client can work \(hours(c.hoursPerWeek)))")
        case .step:
            let delta = Int(o.rung.rawValue) - Int(c.rung.rawValue)
            switch delta {
            case 1:
                return lang.pick("Een stap omhoog: van trede \(c.rung.rawValue) naar trede \(o.rung.rawValue) (\(rungName(o.rung)))",
                                 "One step up: from rung \(c.rung.rawValue) to rung \(o.rung.rawValue) (\(rungName(o.rung)))")
            case 0:
                return lang.pick("Zelfde trede op de participatieladder (\(o.rung.rawValue): \(rungName(o.rung)))",
                                 "Same rung on the participation ladder (\(o.rung.rawValue): \(rungName(o.rung)))")
            case 2...:
                return lang.pick("\(delta) treden omhoog: van trede \(c.rung.rawValue) naar trede \(o.rung.rawValue) (\(rungName(o.rung)))",
                                 "\(delta) rungs up: from rung \(c.rung.rawValue) to rung \(o.rung.rawValue) (\(rungName(o.rung)))")
            default:
                return lang.pick("Lager op de ladder: van trede \(c.rung.rawValue) naar trede \(o.rung.rawValue) (\(rungName(o.rung)))",
                                 "Lower on the ladder: from rung \(c.rung.rawValue) to rung \(o.rung.rawValue) (\(rungName(o.rung)))")
            }
        case .support:
            guard p.applies(.support) else {
                return lang.pick("Niet van toepassing: de klant is wel plaatsbaar", "Does not apply: the client is placeable")
            }
            if o.instruments.members.isEmpty { return lang.pick("Geen ondersteuning aangeboden", "No support on offer") }
            return lang.pick("Ondersteuning mogelijk: \(list(o.instruments.members.map(\.code)))", "Support on offer: \(list(o.instruments.members.map(\.code)))")
        case .purpose:
            let weight = scorer.policy[o.kind].weights[.purpose]
            guard weight > 0 else {
                return lang.pick("Geen voorkeur naar plaatsbaarheid bij \(o.kind.name(.nl))", "No preference by placeability for \(o.kind.name(.en))")
            }
            return lang.pick("\(o.kind.name(.nl).capitalizedFirst) is bedoeld voor wie verder van werk staat; klant is \(c.placeability.dutchName)",
                             "\(o.kind.name(.en).capitalizedFirst) is meant for people further from work; the client is \(c.placeability.code.replacingUnderscores)")
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
            return lang.pick("Dekt \(pct)% van de gevraagde vaardigheden (verwante ervaring telt deels mee); nodig: \(needed)%",
                             "Covers \(pct)% of the required competences (related experience counts in part); needed: \(needed)%")
        }
    }
}

extension String {
    /// The text with its first letter in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
    /// `hard_to_place` as `hard to place`.
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
