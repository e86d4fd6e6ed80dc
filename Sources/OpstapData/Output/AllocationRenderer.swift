import Opstap

/// Social return per contract: the obligation, what earlier placements already count for, what
/// this run's assignments add, and what remains or goes beyond it.
public struct ContractBalance: Sendable {
    public var contract: ContractID
    public var obligation: Double
    public var reservedValue: Double
    public var assignedValue: Double
    public var placements: Int
    public var remaining: Double { max(0, obligation - reservedValue - assignedValue) }
    /// How far placements go beyond the obligation (0 while it is not met): shown, so that a
    /// contract far over its obligation does not read as merely "done".
    public var surplus: Double { max(0, reservedValue + assignedValue - obligation) }

    /// The balance of every contract that has an opening among `openings`.
    public static func balances(_ allocation: Allocation, reservations: Reservations, dataset: Dataset, value: SocialReturnValue) -> [ContractBalance] {
        var byContract: [Int32: ContractBalance] = [:]
        for seat in allocation.seats {
            let o = dataset.openings[Int(seat.opening.index)]
            guard let contract = o.contract else { continue }
            if byContract[contract.index] == nil {
                byContract[contract.index] = ContractBalance(contract: contract, obligation: o.obligationEUR ?? 0, reservedValue: 0, assignedValue: 0, placements: 0)
            }
        }
        for r in reservations.list where r.status == .placed {
            let o = dataset.openings[Int(r.opening.index)]
            guard let contract = o.contract, byContract[contract.index] != nil else { continue }
            byContract[contract.index]!.reservedValue += value.value(of: dataset.clients[Int(r.client.index)], at: o).euros
        }
        for m in allocation.assignments {
            let o = dataset.openings[Int(m.opening.index)]
            guard let contract = o.contract else { continue }
            byContract[contract.index]!.assignedValue += value.value(of: dataset.clients[Int(m.client.index)], at: o).euros
            byContract[contract.index]!.placements += 1
        }
        return byContract.values.sorted { $0.contract < $1.contract }
    }
}

/// Writes the result of `assign` and of a capped shortlist.
extension MatchRenderer {
    public struct AllocationTables: Sendable {
        public var assignments: [UInt8]
        public var openings: [UInt8]
        public var unassigned: [UInt8]
        public var contracts: [UInt8]?
    }

    /// Whole euros with thousands separators: € 48.000 (nl), € 48,000 (en).
    func euros(_ x: Double) -> String {
        let digits = String(Int(x.rounded()))
        var out = ""
        for (k, ch) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 && ch != "-" { out += lang.pick(".", ",") }
            out.append(ch)
        }
        return "€ " + out
    }

    func valuation(_ m: Match, _ value: SocialReturnValue) -> SocialReturnValue.Valuation? {
        let o = dataset.openings[Int(m.opening.index)]
        guard o.kind == .socialReturn else { return nil }
        return value.value(of: dataset.clients[Int(m.client.index)], at: o)
    }

    /// CSV or JSON Lines: the assignments, the openings' seats, the clients left without, and
    /// (social return) the contracts.
    public func allocationTables(_ a: Allocation, contracts: [ContractBalance], value: SocialReturnValue, format: OutputFormat,
                                 withProvenance: Bool) -> AllocationTables {
        func table(_ header: [String]) -> Table {
            var t = Table(format: format, dialect: dialect, header: header)
            if format == .jsonl && withProvenance { t.raw(provenance.jsonRecord()) }
            return t
        }
        var assignments = table(["opening_id", "kind", "title", "organisation", "rank", "client_id", "score", "contract_id", "value_eur", "value_basis", "reasons", "attention", "attention_text"])
        for m in a.assignments {
            let o = dataset.openings[Int(m.opening.index)]
            let v = valuation(m, value)
            let e = explainer.explain(m.client, m.opening)
            assignments.row([.text(dataset.openingIDs[Int(m.opening.index)]), .codes(o.kind.code), .text(dataset.openingTitles[Int(m.opening.index)]),
                             .text(dataset.organisations[Int(o.organisation.index)]), .number(Double(m.rank)), .text(dataset.clientIDs[Int(m.client.index)]),
                             .number(Self.round(m.pair.score, 2)), .text(o.contract.map { dataset.contracts[Int($0.index)] } ?? ""),
                             .number(v?.euros), .codes(v.map { $0.fromContract ? "contract" : ($0.group?.code ?? "") } ?? ""),
                             .text(reasons(Row(match: m, rank: m.rank), e)), .codes(e.attention.map(\.code.rawValue).joined(separator: "|")),
                             .text(e.notes.joined(separator: "; "))])
        }
        var openings = table(["opening_id", "kind", "capacity", "reserved", "assigned", "left"])
        for s in a.seats {
            openings.row([.text(dataset.openingIDs[Int(s.opening.index)]), .codes(dataset.openings[Int(s.opening.index)].kind.code),
                          .number(Double(s.capacity)), .number(Double(s.reserved)), .number(Double(s.assigned)), .number(Double(s.left))])
        }
        var unassigned = table(["client_id", "reason", "best_opening_id", "best_score"])
        for u in a.unassigned {
            unassigned.row([.text(dataset.clientIDs[Int(u.client.index)]), .codes(u.reason.rawValue),
                            .text(u.bestAlternative.map { dataset.openingIDs[Int($0.opening.index)] } ?? ""),
                            .number(u.bestAlternative.map { Self.round($0.pair.score, 2) })])
        }
        var contractTable: Table?
        if !contracts.isEmpty {
            var t = table(["contract_id", "obligation_eur", "reserved_value_eur", "assigned_value_eur", "placements", "remaining_eur", "surplus_eur"])
            for c in contracts {
                t.row([.text(dataset.contracts[Int(c.contract.index)]), .number(c.obligation), .number(Self.round(c.reservedValue, 2)),
                       .number(Self.round(c.assignedValue, 2)), .number(Double(c.placements)), .number(Self.round(c.remaining, 2)),
                       .number(Self.round(c.surplus, 2))])
            }
            contractTable = t
        }
        return AllocationTables(assignments: assignments.bytes, openings: openings.bytes, unassigned: unassigned.bytes, contracts: contractTable?.bytes)
    }

    /// The summary lines both the text and the HTML report start with.
    public func allocationSummary(_ a: Allocation, objective: AllocationObjective, perClient: Int) -> [String] {
        let seats = a.seats.reduce(0) { $0 + Int($1.capacity) }, left = a.seats.reduce(0) { $0 + Int($1.left) }
        let outcompeted = a.unassigned.count { $0.reason == .outcompeted }
        let below = a.unassigned.count { $0.reason == .belowMinScore }
        let none = a.unassigned.count { $0.reason == .noneEligible }
        let method = objective == .stable
            ? lang.pick("stabiele toewijzing (klanten kiezen om de beurt, Gale-Shapley)", "stable matching (client-proposing Gale-Shapley)")
            : lang.pick("hoogste totaalscore (exact, min-cost flow)", "maximum total score (exact, min-cost flow)")
        return [
            lang.pick("Methode: \(method); hoogstens \(perClient) per klant.", "Method: \(method); at most \(perClient) per client."),
            lang.pick("\(a.assignments.count) toewijzingen, totaalscore \(NumberText.format(a.totalScore, decimals: 1, lang: lang, fixed: true)).",
                      "\(a.assignments.count) assignments, total score \(NumberText.format(a.totalScore, decimals: 1, lang: lang, fixed: true))."),
            lang.pick("\(a.seats.count) plekken met samen \(seats) plaatsen; \(left) plaatsen over.",
                      "\(a.seats.count) openings with \(seats) seats in all; \(left) seats left."),
            lang.pick("Zonder plek: \(outcompeted) klanten door anderen verdrongen, \(below) alleen onder de minimumscore, \(none) nergens geschikt.",
                      "Without an opening: \(outcompeted) clients outcompeted, \(below) only below the minimum score, \(none) eligible nowhere."),
        ]
    }

    /// The text or HTML report: summary, assignments per opening, seats left, who got nothing and
    /// why, and the contracts.
    public func allocationReport(_ a: Allocation, contracts: [ContractBalance], value: SocialReturnValue, objective: AllocationObjective,
                                 perClient: Int, format: OutputFormat) -> [UInt8] {
        let summary = allocationSummary(a, objective: objective, perClient: perClient)
        var byOpening: [[Match]] = []
        var k = 0
        for s in a.seats {
            var list: [Match] = []
            while k < a.assignments.count && a.assignments[k].opening == s.opening { list.append(a.assignments[k]); k += 1 }
            byOpening.append(list)
        }
        let outcompeted = a.unassigned.filter { $0.reason != .noneEligible }
        func unassignedLine(_ u: Allocation.Unassigned) -> String {
            let who = dataset.clientIDs[Int(u.client.index)]
            guard let best = u.bestAlternative else { return who }
            let score = NumberText.format(best.pair.score, decimals: 1, lang: lang, fixed: true)
            return u.reason == .belowMinScore
                ? lang.pick("\(who): beste plek \(openingLabel(best.opening)), score \(score), onder de minimumscore",
                            "\(who): best opening \(openingLabel(best.opening)), score \(score), below the minimum score")
                : lang.pick("\(who): beste alternatief \(openingLabel(best.opening)), score \(score); die plaats ging naar anderen",
                            "\(who): best alternative \(openingLabel(best.opening)), score \(score); that seat went to others")
        }
        func contractLine(_ c: ContractBalance) -> String {
            // Over the obligation: say by how much ("nog te doen € 0" hid € 119,722 on the sample).
            let balance = c.surplus > 0 && c.remaining == 0
                ? lang.pick("\(euros(c.surplus)) meer dan de verplichting", "\(euros(c.surplus)) more than the obligation")
                : lang.pick("nog te doen \(euros(c.remaining))", "remaining \(euros(c.remaining))")
            return lang.pick("\(dataset.contracts[Int(c.contract.index)]): verplichting \(euros(c.obligation)), al geplaatst \(euros(c.reservedValue)), nu toegewezen \(euros(c.assignedValue)) (\(c.placements) plaatsingen), \(balance)",
                             "\(dataset.contracts[Int(c.contract.index)]): obligation \(euros(c.obligation)), placed before \(euros(c.reservedValue)), assigned now \(euros(c.assignedValue)) (\(c.placements) placements), \(balance)")
        }
        func valueNote(_ m: Match) -> String? {
            guard let v = valuation(m, value) else { return nil }
            let basis = v.fromContract ? lang.pick("waarde uit het contract", "value set by the contract")
                : v.group.map { lang.pick("bouwblok \($0.code)", "building block \($0.code)") } ?? lang.pick("telt niet mee", "does not count")
            return lang.pick("Telt mee voor social return: \(euros(v.euros)) (\(basis)).", "Counts towards social return: \(euros(v.euros)) (\(basis)).")
        }
        let title = lang.pick("Toewijzing", "Assignment")
        if format == .html {
            var html = HTMLPage(title: title, lang: lang)
            html.paragraph(provenance.headerLine(lang), cssClass: "provenance")
            for line in summary { html.paragraph(line) }
            if !contracts.isEmpty {
                html.heading(lang.pick("Social return per contract", "Social return per contract"))
                for c in contracts { html.paragraph(contractLine(c)) }
            }
            for (s, list) in zip(a.seats, byOpening) where !list.isEmpty {
                html.heading(openingHeading(s.opening))
                for m in list {
                    html.candidate(rank: "\(m.rank).", who: dataset.clientIDs[Int(m.client.index)],
                                   score: NumberText.format(m.pair.score, decimals: 1, lang: lang, fixed: true),
                                   explanation: explainer.explain(m.client, m.opening), failed: nil)
                    if let note = valueNote(m) { html.paragraph(note, cssClass: "note") }
                }
            }
            let open = a.seats.filter { $0.left > 0 }
            if !open.isEmpty {
                html.heading(lang.pick("Plaatsen over", "Seats left"))
                for s in open { html.paragraph("\(openingLabel(s.opening)): \(s.left)") }
            }
            if !outcompeted.isEmpty {
                html.heading(lang.pick("Geschikt, maar zonder plek", "Eligible, but without an opening"))
                for u in outcompeted { html.paragraph(unassignedLine(u)) }
            }
            return html.finish()
        }
        var out = provenance.headerLine(lang) + "\n\n" + summary.joined(separator: "\n") + "\n"
        if !contracts.isEmpty {
            out += "\n" + lang.pick("Social return per contract:", "Social return per contract:") + "\n"
            for c in contracts { out += "  " + contractLine(c) + "\n" }
        }
        for (s, list) in zip(a.seats, byOpening) where !list.isEmpty {
            out += "\n" + openingHeading(s.opening) + "\n"
            for m in list {
                out += "  \(m.rank). \(dataset.clientIDs[Int(m.client.index)])  score \(NumberText.format(m.pair.score, decimals: 1, lang: lang, fixed: true))\n"
                let e = explainer.explain(m.client, m.opening)
                out += "     \(reasons(Row(match: m, rank: m.rank), e))\n"
                if let line = attentionLine(e) { out += "     \(line)\n" }
                if let note = valueNote(m) { out += "     \(note)\n" }
            }
        }
        let open = a.seats.filter { $0.left > 0 }
        if !open.isEmpty {
            out += "\n" + lang.pick("Plaatsen over:", "Seats left:") + "\n"
            for s in open { out += "  \(openingLabel(s.opening)): \(s.left)\n" }
        }
        if !outcompeted.isEmpty {
            out += "\n" + lang.pick("Geschikt, maar zonder plek:", "Eligible, but without an opening:") + "\n"
            for u in outcompeted { out += "  " + unassignedLine(u) + "\n" }
        }
        return Array(out.utf8)
    }
}
