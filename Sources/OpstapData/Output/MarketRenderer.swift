import Opstap

/// The files of `opstap market`: invitations, route cards, the stand report and the summary.
extension MatchRenderer {
    /// One row per stop: whom to invite, in which order to visit which stand, for which opening.
    /// `outcomes` reads this file back (`client_id` and `stand_id`).
    public func invitations(_ plan: MarketPlan, stands: [Stand]) -> [UInt8] {
        var table = Table(format: .csv, dialect: dialect,
                          header: ["client_id", "stop", "stand_id", "organisation", "opening_id", "kind", "score"])
        for (client, stops) in plan.routes {
            for (k, stop) in stops.enumerated() {
                let o = dataset.openings[Int(stop.match.opening.index)]
                table.row([.text(dataset.clientIDs[Int(client.index)]), .number(Double(k + 1)), .text(stands[stop.stand].id),
                           .text(stands[stop.stand].organisation), .text(dataset.openingIDs[Int(stop.match.opening.index)]),
                           .codes(o.kind.code), .number(Self.round(stop.match.pair.score, 2))])
            }
        }
        return table.bytes
    }

    /// What to bring to the market, from what the route's openings ask: plain and short.
    func whatToBring(_ openings: [Opening]) -> [String] {
        var items: [String] = []
        if openings.contains(where: { !$0.requiredLicences.isEmpty }) { items.append(lang.pick("uw rijbewijs", "your driving licence")) }
        if openings.contains(where: \.requiresCode95) { items.append(lang.pick("uw chauffeurskaart (code 95)", "your driver card (code 95)")) }
        if openings.allSatisfy({ $0.kind == .volunteer }) {
            items.append(lang.pick("alleen uzelf: een cv is niet nodig", "just yourself: no CV needed"))
        } else {
            items.append(lang.pick("een cv, als u dat heeft", "a CV, if you have one"))
        }
        return items
    }

    /// When and where, for the top of a card; what is missing is left to the klantmanager.
    func marketLines(_ event: MarketEvent) -> [(label: String, text: String)] {
        let fromKM = lang.pick("Dat hoort u van uw klantmanager.", "Your klantmanager will tell you.")
        var when = fromKM
        if let date = event.date {
            when = MarketEvent.longDate(date, lang)
            if let hours = event.hours {
                when += lang.pick(", van \(MarketEvent.clock(hours.lowerBound)) tot \(MarketEvent.clock(hours.upperBound)) uur",
                                  ", from \(MarketEvent.clock(hours.lowerBound)) to \(MarketEvent.clock(hours.upperBound))")
            }
            when += "."
        }
        return [(lang.pick("Wanneer", "When"), when), (lang.pick("Waar", "Where"), event.place.map { $0 + "." } ?? fromKM)]
    }

    /// Printable route cards, one per invitee on its own A4 page, written to the client in plain
    /// language (B1): when and where, the stands in order with why each suits (`ClientText`, only
    /// facts in the client's favour, at most three), what to bring, whom to ask. No ratings,
    /// rungs or scores. Each card carries the provenance line, so it survives printing.
    public func routeCards(_ plan: MarketPlan, stands: [Stand], title: String, event: MarketEvent) -> [UInt8] {
        var html = HTMLPage(title: title, lang: lang, bodyClass: "cards")
        let text = clientText
        let heading = event.name.map { lang.pick("Uw route op de \($0)", "Your route at the \($0)") } ?? lang.pick("Uw route op de markt", "Your route at the market")
        for (client, stops) in plan.routes {
            html.raw("<section class=\"card\">\n")
            html.paragraph(lang.pick("Uw nummer: ", "Your number: ") + dataset.clientIDs[Int(client.index)], cssClass: "who")
            html.heading(heading)
            html.raw("<div class=\"when\">\n")
            for line in marketLines(event) { html.raw("<p><strong>\(HTMLPage.escape(line.label)):</strong> \(HTMLPage.escape(line.text))</p>\n") }
            html.raw("</div>\n")
            html.paragraph(stops.count == 1 ? lang.pick("U gaat langs 1 stand. Hieronder staat waarom die bij u past.", "You visit 1 stand. Below it says why it suits you.")
                                            : lang.pick("U gaat langs \(stops.count) stands. Hieronder staat waarom ze bij u passen.",
                                                        "You visit \(stops.count) stands. Below it says why they suit you."))
            for (k, stop) in stops.enumerated() {
                let stand = stands[stop.stand]
                let o = dataset.openings[Int(stop.match.opening.index)]
                html.raw("<div class=\"stop\">\n")
                html.subheading("\(k + 1). \(stand.organisation) (stand \(stand.id))")
                html.paragraph(dataset.openingTitles[Int(stop.match.opening.index)] + ": " + text.kindName(o.kind) + ".")
                var why = Array(text.strengths(stop.match.client, stop.match.opening).prefix(3))
                if why.isEmpty { why = [lang.pick("Deze plek staat open voor u.", "This place is open to you.")] }
                html.list(why, heading: nil)
                html.raw("</div>\n")
            }
            html.raw("<div class=\"bring\">\n")
            html.subheading(lang.pick("Neem mee:", "Bring:"))
            html.list(whatToBring(stops.map { dataset.openings[Int($0.match.opening.index)] }), heading: nil)
            html.raw("</div>\n")
            html.paragraph(stops.count == 1 ? lang.pick("Een computer heeft deze stand voor u uitgezocht.", "A computer picked this stand for you.")
                                            : lang.pick("Een computer heeft deze stands voor u uitgezocht.", "A computer picked these stands for you."))
            html.paragraph(lang.pick("Heeft u een vraag? Of kunt u niet komen? Zeg het tegen uw klantmanager.",
                                     "Do you have a question? Or can you not come? Tell your klantmanager."))
            html.paragraph(provenance.headerLine(lang), cssClass: "provenance")
            html.raw("</section>\n")
        }
        return html.finish()
    }

    /// Per stand: how many visitors are planned against its conversations, for which openings,
    /// and what the visitors would like to do (their most common wishes).
    public func standReport(_ plan: MarketPlan, stands: [Stand], format: OutputFormat) -> [UInt8] {
        var lines: [(heading: String, items: [String])] = []
        var visitors = [[MarketPlan.Stop]](repeating: [], count: stands.count)
        for (_, stops) in plan.routes { for stop in stops { visitors[stop.stand].append(stop) } }
        for (s, stand) in stands.enumerated() {
            var items = [lang.pick("\(plan.visitors[s]) bezoekers gepland, \(stand.conversations) gesprekken mogelijk",
                                   "\(plan.visitors[s]) visitors planned, \(stand.conversations) conversations possible")]
            var perOpening: [Int32: Int] = [:]
            var wishes: [Int32: Int] = [:]
            var placeability = [Int](repeating: 0, count: Placeability.allCases.count)
            for stop in visitors[s] {
                perOpening[stop.match.opening.index, default: 0] += 1
                let c = dataset.clients[Int(stop.match.client.index)]
                for w in c.wishes { wishes[w.index, default: 0] += 1 }
                placeability[Int(c.placeability.rawValue)] += 1
            }
            for (o, n) in perOpening.sorted(by: { $0.key < $1.key }) {
                items.append(lang.pick("\(n) voor \(dataset.openingIDs[Int(o)]) \(dataset.openingTitles[Int(o)])",
                                       "\(n) for \(dataset.openingIDs[Int(o)]) \(dataset.openingTitles[Int(o)])"))
            }
            let top = wishes.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.prefix(3)
            if !top.isEmpty {
                let names = top.map { "\(lang.pick(dataset.taxonomy[TagID($0.key)].labelNL, dataset.taxonomy[TagID($0.key)].labelEN)) (\($0.value))" }
                items.append(lang.pick("Wensen van de bezoekers: ", "Visitors' wishes: ") + names.joined(separator: ", "))
            }
            let mix = Placeability.allCases.filter { placeability[Int($0.rawValue)] > 0 }
                .map { "\(lang == .nl ? $0.dutchName : $0.code) \(placeability[Int($0.rawValue)])" }
            if !mix.isEmpty { items.append(lang.pick("Plaatsbaarheid: ", "Placeability: ") + mix.joined(separator: ", ")) }
            lines.append(("\(stand.id) · \(stand.organisation)", items))
        }
        return Self.report(title: lang.pick("Stands", "Stands"), header: provenance.headerLine(lang), sections: lines, format: format, lang: lang)
    }

    /// The market summary lines.
    public func marketSummary(_ plan: MarketPlan, stands: [Stand], invite: Int, route: Int) -> [String] {
        let conversations = stands.reduce(0) { $0 + Int($1.conversations) }
        let planned = plan.visitors.reduce(0, +)
        let gap = NumberText.format(plan.gap * 100, decimals: 2, lang: lang, fixed: true)
        let fmt = { (x: Double) in NumberText.format(x, decimals: 1, lang: lang, fixed: true) }
        return [
            lang.pick("\(plan.routes.count) klanten uitgenodigd (gevraagd: \(invite); \(plan.eligibleClients) klanten passen bij minstens één stand).",
                      "\(plan.routes.count) clients invited (asked: \(invite); \(plan.eligibleClients) clients suit at least one stand)."),
            lang.pick("\(planned) gesprekken gepland van \(conversations) mogelijk bij \(stands.count) stands; route van hoogstens \(route) stands.",
                      "\(planned) conversations planned of \(conversations) possible at \(stands.count) stands; routes of at most \(route) stands."),
            lang.pick("Totaalscore \(fmt(plan.totalScore)); bovengrens \(fmt(plan.upperBound)); hoogstens \(gap)% onder het optimum.",
                      "Total score \(fmt(plan.totalScore)); upper bound \(fmt(plan.upperBound)); at most \(gap)% below the optimum."),
        ]
    }

    /// A titled report of sections with items, as text or HTML.
    static func report(title: String, header: String, sections: [(heading: String, items: [String])], format: OutputFormat, lang: Language,
                       summary: [String] = []) -> [UInt8] {
        if format == .html {
            var html = HTMLPage(title: title, lang: lang)
            html.paragraph(header, cssClass: "provenance")
            for line in summary { html.paragraph(line) }
            for s in sections {
                html.heading(s.heading)
                html.list(s.items, heading: nil)
            }
            return html.finish()
        }
        var out = header + "\n"
        if !summary.isEmpty { out += "\n" + summary.joined(separator: "\n") + "\n" }
        for s in sections {
            out += "\n" + s.heading + "\n"
            for item in s.items { out += "  " + item + "\n" }
        }
        return Array(out.utf8)
    }
}

extension MatchRenderer {
    /// Conversion per stand, per kind of opening and per placeability; unknown apart.
    public func outcomeReport(_ r: OutcomeReport, stands: [Stand], format: OutputFormat) -> [UInt8] {
        func percent(_ n: Int, _ of: Int) -> String { of == 0 ? "–" : NumberText.format(100 * Double(n) / Double(of), decimals: 0, lang: lang) + "%" }
        // People and stand visits apart: 150 clients with up to 3 stops each are not "323 invited".
        func line(_ name: String, _ t: OutcomeReport.Tally, total: Bool = false) -> String {
            let known = t.recordedTotal
            let who = total ? lang.pick("\(t.clients) klanten uitgenodigd voor \(t.visits) standbezoeken", "\(t.clients) clients invited to \(t.visits) stand visits")
                            : lang.pick("\(t.clients) klanten, \(t.visits) bezoeken", "\(t.clients) clients, \(t.visits) visits")
            return lang.pick(
                "\(name): \(who) · \(known) bekend, \(t.unknown) onbekend · interesse \(percent(t.reached(.interested), known)), afspraak \(percent(t.reached(.appointment), known)), gestart \(percent(t.reached(.started), known)) (van de bekende bezoeken)",
                "\(name): \(who) · \(known) recorded, \(t.unknown) unknown · interested \(percent(t.reached(.interested), known)), appointment \(percent(t.reached(.appointment), known)), started \(percent(t.reached(.started), known)) (of recorded visits)")
        }
        var sections: [(heading: String, items: [String])] = []
        sections.append((lang.pick("Per stand", "Per stand"), stands.indices.map { line("\(stands[$0].id) \(stands[$0].organisation)", r.perStand[$0]) }))
        sections.append((lang.pick("Per soort plek", "Per kind of opening"),
                         OpeningKind.allCases.filter { r.perKind[Int($0.rawValue)].visits > 0 }.map { line($0.name(lang), r.perKind[Int($0.rawValue)]) }))
        sections.append((lang.pick("Per plaatsbaarheid", "Per placeability"),
                         Placeability.allCases.filter { r.perPlaceability[Int($0.rawValue)].visits > 0 }
                            .map { line(lang == .nl ? $0.dutchName : $0.code, r.perPlaceability[Int($0.rawValue)]) }))
        var summary = [line(lang.pick("Totaal", "Total"), r.total, total: true),
                       lang.pick("Zonder vastgelegde uitkomst telt een bezoek als onbekend, niet als mislukt.",
                                 "A visit without a recorded outcome counts as unknown, not as a failure.")]
        if r.notInvited > 0 {
            summary.append(lang.pick("\(r.notInvited) uitkomsten horen bij geen uitnodiging (inloop); die tellen hier niet mee.",
                                     "\(r.notInvited) outcomes belong to no invitation (walk-ins); they are not counted here."))
        }
        return Self.report(title: lang.pick("Resultaten van de markt", "Market outcomes"), header: provenance.headerLine(lang), sections: sections,
                           format: format, lang: lang, summary: summary)
    }
}
