import Opstap

/// Lists of matches grouped per opening (a shortlist) or per client (steps).
public struct MatchList: Sendable {
    public enum Perspective: Sendable { case opening, client }
    public struct Group: Sendable {
        public var matches: [Match]
        public var nearMisses: [NearMiss]
        /// The opening (shortlist) or client (steps) index the group is about.
        public var key: Int32
        /// A line about the whole list (e.g. that no step up exists), shown under its heading.
        public var note: String?
        public init(key: Int32, matches: [Match], nearMisses: [NearMiss], note: String? = nil) {
            self.key = key
            self.matches = matches
            self.nearMisses = nearMisses
            self.note = note
        }
    }
    public var perspective: Perspective
    public var groups: [Group]
    public init(perspective: Perspective, groups: [Group]) {
        self.perspective = perspective
        self.groups = groups
    }
}

/// Writes match lists, score exports and explanations in CSV, JSON Lines, text or HTML.
/// Every output states its provenance: a header line in text and HTML; with `--provenance`, a
/// first record in JSON Lines or a sidecar file next to CSV (written by the command).
public struct MatchRenderer: Sendable {
    public let explainer: Explainer
    public let provenance: Provenance
    public let dialect: CSVDialect

    public init(explainer: Explainer, provenance: Provenance, dialect: CSVDialect) {
        self.explainer = explainer
        self.provenance = provenance
        self.dialect = dialect
    }

    var dataset: Dataset { explainer.scorer.dataset }
    var lang: Language { explainer.lang }

    static func round(_ x: Double, _ decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return (x * scale).rounded() / scale
    }

    /// One row of a list, whichever perspective.
    struct Row {
        var match: Match?
        var nearMiss: NearMiss?
        var client: ClientID { match?.client ?? nearMiss!.client }
        var opening: OpeningID { match?.opening ?? nearMiss!.opening }
        var pair: PairScore { match?.pair ?? nearMiss!.pair }
        var rank: Int
        var isNearMiss: Bool { nearMiss != nil }
    }

    func rows(_ group: MatchList.Group) -> [Row] {
        group.matches.map { Row(match: $0, rank: $0.rank) }
            + group.nearMisses.enumerated().map { Row(nearMiss: $1, rank: $0 + 1) }
    }

    /// The reasons of a row. A near miss says the rule it missed first, then what speaks for
    /// it: "Niet gehaald: ...; wel: ...".
    func reasons(_ row: Row, _ explanation: Explanation) -> String {
        guard let miss = row.nearMiss else { return explanation.reasons(lang) }
        let failed = explanation.failures.first { $0.rule == miss.rule }?.text ?? miss.rule.code
        let good = explanation.componentReasons
        return lang.pick("Niet gehaald: ", "Not met: ") + failed + (good.isEmpty ? "" : lang.pick(". Wel: ", ". In favour: ") + good)
    }

    /// The attention line of a row in text output, or nil.
    func attentionLine(_ e: Explanation) -> String? {
        e.attention.isEmpty ? nil : lang.pick("Let op: ", "Check first: ") + e.notes.joined(separator: "; ")
    }

    /// The note of a client's list of steps when none goes up the ladder.
    public var sameRungNote: String {
        lang.pick("Geen passende stap omhoog gevonden; dit zijn stappen op dezelfde trede.",
                  "No fitting step up found; these are steps on the same rung.")
    }

    public func render(_ list: MatchList, format: OutputFormat, withProvenance: Bool, summary: [String] = []) -> [UInt8] {
        let byOpening = list.perspective == .opening
        let keyColumns = byOpening
            ? ["opening_id", "kind", "title", "organisation", "list", "rank", "client_id", "score"]
            : ["client_id", "list", "rank", "opening_id", "kind", "title", "organisation", "score", "step_to_rung"]
        let header = keyColumns + ScoreComponent.allCodes + ["distance_km", "failed_rule", "reasons", "attention", "attention_text"]
        switch format {
        case .csv, .jsonl:
            var table = Table(format: format, dialect: dialect, header: header)
            if format == .jsonl && withProvenance { table.raw(provenance.jsonRecord()) }
            for group in list.groups {
                for row in rows(group) {
                    let o = dataset.openings[Int(row.opening.index)]
                    let e = explainer.explain(row.client, row.opening)
                    let common: [Cell] = [.text(dataset.openingIDs[Int(row.opening.index)]), .codes(o.kind.code),
                                          .text(dataset.openingTitles[Int(row.opening.index)]), .text(dataset.organisations[Int(o.organisation.index)])]
                    let listName = Cell.codes(row.isNearMiss ? "near_miss" : (byOpening ? "shortlist" : "steps"))
                    let score = Cell.number(Self.round(row.pair.score, 2))
                    var cells: [Cell] = byOpening
                        ? common + [listName, .number(Double(row.rank)), .text(dataset.clientIDs[Int(row.client.index)]), score]
                        : [.text(dataset.clientIDs[Int(row.client.index)]), listName, .number(Double(row.rank))] + common + [score, .number(Double(o.rung.rawValue))]
                    for c in ScoreComponent.allCases { cells.append(.number(row.pair.applies(c) ? Self.round(row.pair.components[c], 4) : nil)) }
                    cells += [.number(Self.round(row.pair.distanceKm, 2)), .codes(row.nearMiss?.rule.code ?? ""), .text(reasons(row, e)),
                              .codes(e.attention.map(\.code.rawValue).joined(separator: "|")), .text(e.notes.joined(separator: "; "))]
                    table.row(cells)
                }
            }
            return table.bytes
        case .text:
            var out = provenance.headerLine(lang) + "\n"
            if !summary.isEmpty { out += "\n" + summary.joined(separator: "\n") + "\n" }
            for group in list.groups {
                out += "\n" + (byOpening ? openingHeading(OpeningID(group.key)) : clientHeading(ClientID(group.key))) + "\n"
                if let note = group.note { out += "  \(note)\n" }
                if group.matches.isEmpty && group.note == nil { out += "  " + emptyListText(byOpening, hint: group.nearMisses.isEmpty) + "\n" }
                for m in group.matches {
                    let who = byOpening ? dataset.clientIDs[Int(m.client.index)] : openingLabel(m.opening)
                    let row = Row(match: m, rank: m.rank), e = explainer.explain(m.client, m.opening)
                    out += "  \(m.rank). \(who)  score \(NumberText.format(m.pair.score, decimals: 1, lang: lang, fixed: true))\n"
                    out += "     \(reasons(row, e))\n"
                    if let line = attentionLine(e) { out += "     \(line)\n" }
                }
                if !group.nearMisses.isEmpty {
                    out += "  " + lang.pick("Bijna geschikt (één regel niet gehaald):", "Near misses (one rule failed):") + "\n"
                    for miss in group.nearMisses {
                        let who = byOpening ? dataset.clientIDs[Int(miss.client.index)] : openingLabel(miss.opening)
                        let row = Row(nearMiss: miss, rank: 0), e = explainer.explain(miss.client, miss.opening)
                        out += "   - \(who)  score \(NumberText.format(miss.pair.score, decimals: 1, lang: lang, fixed: true))  [\(miss.rule.code)]\n"
                        out += "     \(reasons(row, e))\n"
                        if let line = attentionLine(e) { out += "     \(line)\n" }
                    }
                }
            }
            return Array(out.utf8)
        case .html:
            var html = HTMLPage(title: byOpening ? lang.pick("Shortlist", "Shortlist") : lang.pick("Volgende stappen", "Next steps"), lang: lang)
            html.paragraph(provenance.headerLine(lang), cssClass: "provenance")
            for line in summary { html.paragraph(line) }
            for group in list.groups {
                html.heading(byOpening ? openingHeading(OpeningID(group.key)) : clientHeading(ClientID(group.key)))
                if let note = group.note { html.paragraph(note, cssClass: "note") }
                if group.matches.isEmpty && group.note == nil { html.paragraph(emptyListText(byOpening, hint: group.nearMisses.isEmpty)) }
                for m in group.matches {
                    let who = byOpening ? dataset.clientIDs[Int(m.client.index)] : openingLabel(m.opening)
                    html.candidate(rank: "\(m.rank).", who: who, score: NumberText.format(m.pair.score, decimals: 1, lang: lang, fixed: true),
                                   explanation: explainer.explain(m.client, m.opening), failed: nil)
                }
                if !group.nearMisses.isEmpty {
                    html.subheading(lang.pick("Bijna geschikt: één regel niet gehaald", "Near misses: one rule failed"))
                    for miss in group.nearMisses {
                        let who = byOpening ? dataset.clientIDs[Int(miss.client.index)] : openingLabel(miss.opening)
                        html.candidate(rank: "–", who: who, score: NumberText.format(miss.pair.score, decimals: 1, lang: lang, fixed: true),
                                       explanation: explainer.explain(miss.client, miss.opening), failed: miss.rule)
                    }
                }
            }
            return html.finish()
        }
    }

    /// What an empty list says; without near misses listed, where to look next.
    func emptyListText(_ byOpening: Bool, hint: Bool = true) -> String {
        guard hint || !byOpening else { return lang.pick("Geen geschikte kandidaten.", "No eligible candidates.") }
        return byOpening ? lang.pick("Geen geschikte kandidaten. Met --near-misses ziet u wie op één regel na past.",
                                     "No eligible candidates. --near-misses shows who fails just one rule.")
            : lang.pick("Geen passende stap gevonden.", "No fitting step found.")
    }

    /// The note of an opening's list when it is past its date (asked for by id).
    public func expiredNote(_ id: OpeningID) -> String? {
        let o = dataset.openings[Int(id.index)]
        guard let until = o.validUntil, until < explainer.scorer.referenceDay else { return nil }
        return lang.pick("Deze opening is verlopen op \(until): er worden geen kandidaten voorgesteld.",
                         "This opening expired on \(until): no candidates are proposed.")
    }

    /// The note of an opening's list when placed clients fill every seat.
    public func filledNote(_ id: OpeningID) -> String? {
        let o = dataset.openings[Int(id.index)]
        let taken = explainer.reservations.seatsTaken(at: id)
        guard taken > 0, taken >= o.capacity else { return nil }
        return o.capacity == 1
            ? lang.pick("De plaats is al bezet door een geplaatste klant: er worden geen kandidaten voorgesteld.",
                        "The place is taken by a placed client: no candidates are proposed.")
            : lang.pick("Alle \(o.capacity) plaatsen zijn bezet door geplaatste klanten: er worden geen kandidaten voorgesteld.",
                        "All \(o.capacity) places are taken by placed clients: no candidates are proposed.")
    }

    func openingLabel(_ id: OpeningID) -> String {
        let o = dataset.openings[Int(id.index)]
        return "\(dataset.openingIDs[Int(id.index)]) \(dataset.openingTitles[Int(id.index)]) (\(dataset.organisations[Int(o.organisation.index)]))"
    }

    func openingHeading(_ id: OpeningID) -> String {
        let o = dataset.openings[Int(id.index)]
        var parts = ["\(dataset.openingIDs[Int(id.index)]): \(dataset.openingTitles[Int(id.index)])", dataset.organisations[Int(o.organisation.index)], o.kind.name(lang)]
        if let m = o.municipality { parts.append(dataset.municipalities[Int(m.index)]) }
        parts.append(lang.pick("\(o.capacity) plaats\(o.capacity == 1 ? "" : "en")", "\(o.capacity) place\(o.capacity == 1 ? "" : "s")"))
        let taken = explainer.reservations.seatsTaken(at: id)
        if taken > 0 {
            let free = max(0, o.capacity - taken)
            parts[parts.count - 1] += lang.pick(", waarvan \(free) vrij", ", \(free) free")
        }
        return parts.joined(separator: " · ")
    }

    func clientHeading(_ id: ClientID) -> String {
        let c = dataset.clients[Int(id.index)]
        return lang.pick("Klant \(dataset.clientIDs[Int(id.index)]) · \(dataset.municipalities[Int(c.municipality.index)]) · trede \(c.rung.rawValue) · \(c.placeability.dutchName)",
                         "Client \(dataset.clientIDs[Int(id.index)]) · \(dataset.municipalities[Int(c.municipality.index)]) · rung \(c.rung.rawValue) · \(c.placeability.code)")
    }

    /// Every eligible pair with its score and components, for export and audit.
    public func renderScores(_ pairs: [(ClientID, OpeningID, PairScore)], format: OutputFormat, withProvenance: Bool) -> [UInt8] {
        let header = ["client_id", "opening_id", "kind", "score"] + ScoreComponent.allCodes + ["distance_km"]
        var table = Table(format: format == .jsonl ? .jsonl : .csv, dialect: dialect, header: header)
        if format == .jsonl && withProvenance { table.raw(provenance.jsonRecord()) }
        for (c, o, p) in pairs {
            var cells: [Cell] = [.text(dataset.clientIDs[Int(c.index)]), .text(dataset.openingIDs[Int(o.index)]),
                                 .codes(dataset.openings[Int(o.index)].kind.code), .number(Self.round(p.score, 2))]
            for component in ScoreComponent.allCases { cells.append(.number(p.applies(component) ? Self.round(p.components[component], 4) : nil)) }
            cells.append(.number(Self.round(p.distanceKm, 2)))
            table.row(cells)
        }
        return table.bytes
    }

    /// The whole explanation of one pair.
    public func renderExplanation(_ e: Explanation, format: OutputFormat, withProvenance: Bool) -> [UInt8] {
        let clientID = dataset.clientIDs[Int(e.client.index)], openingID = dataset.openingIDs[Int(e.opening.index)]
        switch format {
        case .csv, .jsonl:
            var table = Table(format: format, dialect: dialect, header: ["client_id", "opening_id", "eligible", "score", "part", "code", "applies", "value", "weight", "contribution", "text"])
            if format == .jsonl && withProvenance { table.raw(provenance.jsonRecord()) }
            let head: [Cell] = [.text(clientID), .text(openingID), .bool(e.eligible), .number(Self.round(e.score, 4))]
            table.row(head + [.codes("verdict"), .codes(e.eligible ? "eligible" : "not_eligible"), .bool(true), .number(nil), .number(nil), .number(nil),
                              .text(e.eligible ? lang.pick("Geschikt", "Eligible") : lang.pick("Niet geschikt", "Not eligible"))])
            for f in e.failures { table.row(head + [.codes("rule"), .codes(f.rule.code), .bool(true), .number(nil), .number(nil), .number(nil), .text(f.text)]) }
            for line in e.components {
                table.row(head + [.codes("component"), .codes(line.component.code), .bool(line.applies), .number(line.applies ? Self.round(line.value, 4) : nil),
                                  .number(line.weight), .number(Self.round(line.contribution, 4)), .text(line.text)])
            }
            for point in e.attention {
                table.row(head + [.codes("attention"), .codes(point.code.rawValue), .bool(true), .number(nil), .number(nil), .number(nil), .text(point.text)])
            }
            return table.bytes
        case .text:
            var out = provenance.headerLine(lang) + "\n\n"
            out += lang.pick("Klant \(clientID) en \(openingLabel(e.opening))", "Client \(clientID) and \(openingLabel(e.opening))") + "\n"
            if e.eligible {
                out += lang.pick("Geschikt. Score \(NumberText.format(e.score, decimals: 1, lang: lang, fixed: true)) van 100.",
                                 "Eligible. Score \(NumberText.format(e.score, decimals: 1, lang: lang, fixed: true)) of 100.") + "\n\n"
            } else {
                out += lang.pick("Niet geschikt. Niet gehaalde regels:", "Not eligible. Rules not met:") + "\n"
                for f in e.failures { out += "  ✗ [\(f.rule.code)] \(f.text)\n" }
                out += "\n" + lang.pick("Zo zou de score zijn opgebouwd (hij telt niet):", "How the score would be made up (it does not count):") + "\n"
            }
            var rows = [[lang.pick("onderdeel", "component"), lang.pick("waarde", "value"), lang.pick("gewicht", "weight"), lang.pick("punten", "points"), ""]]
            for line in e.components where line.weight > 0 {
                rows.append([line.component.name(lang), line.applies ? NumberText.format(line.value, decimals: 2, lang: lang, fixed: true) : lang.pick("n.v.t.", "n/a"),
                             NumberText.format(line.weight, decimals: 2, lang: lang, fixed: true),
                             NumberText.format(line.contribution, decimals: 1, lang: lang, fixed: true), line.text])
            }
            rows.append([lang.pick("totaal", "total"), "", "", NumberText.format(e.score, decimals: 1, lang: lang, fixed: true), ""])
            out += ValidationReport.align(rows, indent: "  ", left: [4])
            if !e.attention.isEmpty {
                out += "\n" + lang.pick("Let op (telt niet mee in de score):", "Check first (not part of the score):") + "\n"
                out += e.attention.map { "  ! \($0.text) [\($0.code.rawValue)]" }.joined(separator: "\n") + "\n"
            }
            return Array(out.utf8)
        case .html:
            var html = HTMLPage(title: lang.pick("Uitleg", "Explanation"), lang: lang)
            html.paragraph(provenance.headerLine(lang), cssClass: "provenance")
            html.heading(lang.pick("Klant \(clientID) en \(openingLabel(e.opening))", "Client \(clientID) and \(openingLabel(e.opening))"))
            if e.eligible {
                html.paragraph(lang.pick("Geschikt. Score \(NumberText.format(e.score, decimals: 1, lang: lang, fixed: true)) van 100.",
                                         "Eligible. Score \(NumberText.format(e.score, decimals: 1, lang: lang, fixed: true)) of 100."), cssClass: "verdict")
            }
            html.candidate(rank: "", who: clientID, score: NumberText.format(e.score, decimals: 1, lang: lang, fixed: true), explanation: e, failed: nil)
            return html.finish()
        }
    }
}

/// A CSV or JSON Lines table written row by row.
struct Table {
    let format: OutputFormat
    let header: [String]
    var csv: CSVWriter
    var bytes: [UInt8] { format == .csv ? csv.bytes : jsonBytes }
    private var jsonBytes: [UInt8] = []

    init(format: OutputFormat, dialect: CSVDialect, header: [String]) {
        self.format = format
        self.header = header
        csv = CSVWriter(dialect: dialect)
        if format == .csv {
            for name in header { csv.code(name) }
            csv.endRow()
        }
    }

    mutating func raw(_ bytes: [UInt8]) { jsonBytes += bytes }

    mutating func row(_ cells: [Cell]) {
        if format == .csv {
            for cell in cells { csv.cell(cell) }
            csv.endRow()
        } else {
            jsonBytes += DatasetWriter.table(header, [cells], .jsonLines)
        }
    }
}
