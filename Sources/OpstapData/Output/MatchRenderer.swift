import Opstap

/// Lists of matches grouped per opening (a shortlist) or per client (steps).
public struct MatchList: Sendable {
    public enum Perspective: Sendable { case opening, client }
    public struct Group: Sendable {
        public var matches: [Match]
        public var nearMisses: [NearMiss]
        /// The opening (shortlist) or client (steps) index the group is about.
        public var key: Int32
        public init(key: Int32, matches: [Match], nearMisses: [NearMiss]) {
            self.key = key
            self.matches = matches
            self.nearMisses = nearMisses
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

    func reasons(_ row: Row) -> String {
        let explanation = explainer.explain(row.client, row.opening)
        if let miss = row.nearMiss {
            let failed = explanation.failures.first { $0.rule == miss.rule }?.text ?? miss.rule.code
            return failed + "; " + explanation.componentReasons
        }
        return explanation.reasons
    }

    public func render(_ list: MatchList, format: OutputFormat, withProvenance: Bool, summary: [String] = []) -> [UInt8] {
        let byOpening = list.perspective == .opening
        let keyColumns = byOpening
            ? ["opening_id", "kind", "title", "organisation", "list", "rank", "client_id", "score"]
            : ["client_id", "list", "rank", "opening_id", "kind", "title", "organisation", "score", "step_to_rung"]
        let header = keyColumns + ScoreComponent.allCodes + ["distance_km", "failed_rule", "reasons"]
        switch format {
        case .csv, .jsonl:
            var table = Table(format: format, dialect: dialect, header: header)
            if format == .jsonl && withProvenance { table.raw(provenance.jsonRecord()) }
            for group in list.groups {
                for row in rows(group) {
                    let o = dataset.openings[Int(row.opening.index)]
                    let common: [Cell] = [.text(dataset.openingIDs[Int(row.opening.index)]), .codes(o.kind.code),
                                          .text(dataset.openingTitles[Int(row.opening.index)]), .text(dataset.organisations[Int(o.organisation.index)])]
                    let listName = Cell.codes(row.isNearMiss ? "near_miss" : (byOpening ? "shortlist" : "steps"))
                    let score = Cell.number(Self.round(row.pair.score, 2))
                    var cells: [Cell] = byOpening
                        ? common + [listName, .number(Double(row.rank)), .text(dataset.clientIDs[Int(row.client.index)]), score]
                        : [.text(dataset.clientIDs[Int(row.client.index)]), listName, .number(Double(row.rank))] + common + [score, .number(Double(o.rung.rawValue))]
                    for c in ScoreComponent.allCases { cells.append(.number(row.pair.applies(c) ? Self.round(row.pair.components[c], 4) : nil)) }
                    cells += [.number(Self.round(row.pair.distanceKm, 2)), .codes(row.nearMiss?.rule.code ?? ""), .text(reasons(row))]
                    table.row(cells)
                }
            }
            return table.bytes
        case .text:
            var out = provenance.headerLine(lang) + "\n"
            if !summary.isEmpty { out += "\n" + summary.joined(separator: "\n") + "\n" }
            for group in list.groups {
                out += "\n" + (byOpening ? openingHeading(OpeningID(group.key)) : clientHeading(ClientID(group.key))) + "\n"
                if group.matches.isEmpty { out += "  " + lang.pick("Geen geschikte kandidaten.", "No eligible candidates.") + "\n" }
                for m in group.matches {
                    let who = byOpening ? dataset.clientIDs[Int(m.client.index)] : openingLabel(m.opening)
                    out += "  \(m.rank). \(who)  score \(NumberText.format(m.pair.score, decimals: 1, lang: lang, fixed: true))\n"
                    out += "     \(reasons(Row(match: m, rank: m.rank)))\n"
                }
                if !group.nearMisses.isEmpty {
                    out += "  " + lang.pick("Bijna geschikt (één regel niet gehaald):", "Near misses (one rule failed):") + "\n"
                    for miss in group.nearMisses {
                        let who = byOpening ? dataset.clientIDs[Int(miss.client.index)] : openingLabel(miss.opening)
                        out += "   - \(who)  score \(NumberText.format(miss.pair.score, decimals: 1, lang: lang, fixed: true))  [\(miss.rule.code)]\n"
                        out += "     \(reasons(Row(nearMiss: miss, rank: 0)))\n"
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
                if group.matches.isEmpty { html.paragraph(lang.pick("Geen geschikte kandidaten.", "No eligible candidates.")) }
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

    func openingLabel(_ id: OpeningID) -> String {
        let o = dataset.openings[Int(id.index)]
        return "\(dataset.openingIDs[Int(id.index)]) \(dataset.openingTitles[Int(id.index)]) (\(dataset.organisations[Int(o.organisation.index)]))"
    }

    func openingHeading(_ id: OpeningID) -> String {
        let o = dataset.openings[Int(id.index)]
        var parts = ["\(dataset.openingIDs[Int(id.index)]): \(dataset.openingTitles[Int(id.index)])", dataset.organisations[Int(o.organisation.index)], o.kind.name(lang)]
        if let m = o.municipality { parts.append(dataset.municipalities[Int(m.index)]) }
        parts.append(lang.pick("\(o.capacity) plaats\(o.capacity == 1 ? "" : "en")", "\(o.capacity) place\(o.capacity == 1 ? "" : "s")"))
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
            for f in e.failures { table.row(head + [.codes("rule"), .codes(f.rule.code), .bool(true), .number(nil), .number(nil), .number(nil), .text(f.text)]) }
            for line in e.components {
                table.row(head + [.codes("component"), .codes(line.component.code), .bool(line.applies), .number(line.applies ? Self.round(line.value, 4) : nil),
                                  .number(line.weight), .number(Self.round(line.contribution, 4)), .text(line.text)])
            }
            for note in e.notes { table.row(head + [.codes("note"), .codes(""), .bool(true), .number(nil), .number(nil), .number(nil), .text(note)]) }
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
                out += "\n" + lang.pick("Zo zou de score zijn opgebouwd:", "How the score would be made up:") + "\n"
            }
            var rows = [[lang.pick("onderdeel", "component"), lang.pick("waarde", "value"), lang.pick("gewicht", "weight"), lang.pick("punten", "points"), ""]]
            for line in e.components {
                rows.append([line.component.code, line.applies ? NumberText.format(line.value, decimals: 2, lang: lang, fixed: true) : "n.v.t.",
                             NumberText.format(line.weight, decimals: 2, lang: lang, fixed: true),
                             NumberText.format(line.contribution, decimals: 1, lang: lang, fixed: true), line.text])
            }
            rows.append([lang.pick("totaal", "total"), "", "", NumberText.format(e.score, decimals: 1, lang: lang, fixed: true), ""])
            out += ValidationReport.align(rows, indent: "  ", left: [4])
            if !e.notes.isEmpty { out += "\n" + e.notes.map { "  ! " + $0 }.joined(separator: "\n") + "\n" }
            return Array(out.utf8)
        case .html:
            var html = HTMLPage(title: lang.pick("Uitleg", "Explanation"), lang: lang)
            html.paragraph(provenance.headerLine(lang), cssClass: "provenance")
            html.heading(lang.pick("Klant \(clientID) en \(openingLabel(e.opening))", "Client \(clientID) and \(openingLabel(e.opening))"))
            html.candidate(rank: "", who: clientID, score: NumberText.format(e.score, decimals: 1, lang: lang, fixed: true), explanation: e, failed: e.failures.first?.rule)
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
