import Opstap

/// What `opstap validate` finds in a dataset that loaded without errors: counts that let staff
/// check the data is what they think it is, and warnings about things that are not errors but
/// will make matching worse.
public struct ValidationReport: Sendable {
    public struct Warning: Sendable, Equatable {
        /// Stable code, e.g. `stale_profiles`.
        public var code: String
        public var count: Int
        /// Ids or codes as examples (at most `ValidationReport.exampleLimit`).
        public var examples: [String]
    }

    public static let exampleLimit = 10
    /// A profile older than this many days is stale.
    public static let staleAfterDays = 365

    public var referenceDay: Day
    public var clientCount: Int
    public var openingCount: Int
    /// Per municipality (in name order): clients by placeability, attitude and ladder rung.
    public var municipalities: [(name: String, total: Int, placeability: [Int], attitude: [Int], rung: [Int])]
    public var openingsPerKind: [Int]
    public var warnings: [Warning]

    public init(_ loaded: LoadedDataset, referenceDay: Day) {
        let d = loaded.dataset
        self.referenceDay = referenceDay
        clientCount = d.clients.count
        openingCount = d.openings.count
        var rows: [(String, Int, [Int], [Int], [Int])] = d.municipalities.map { ($0, 0, [0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0, 0, 0]) }
        for c in d.clients {
            let m = Int(c.municipality.index)
            rows[m].1 += 1
            rows[m].2[Int(c.placeability.rawValue)] += 1
            rows[m].3[Int(c.attitude.rawValue) - 1] += 1
            rows[m].4[Int(c.rung.rawValue) - 1] += 1
        }
        municipalities = rows.filter { $0.1 > 0 }.map { (name: $0.0, total: $0.1, placeability: $0.2, attitude: $0.3, rung: $0.4) }
        openingsPerKind = OpeningKind.allCases.map { kind in d.openings.count { $0.kind == kind } }

        var warnings: [Warning] = []
        func warn(_ code: String, _ items: [String]) {
            if !items.isEmpty { warnings.append(Warning(code: code, count: items.count, examples: Array(items.prefix(Self.exampleLimit)))) }
        }
        let staleBefore = referenceDay.adding(days: -Self.staleAfterDays)
        warn("stale_profiles", d.clients.filter { $0.confirmedOn < staleBefore }.map { d.clientIDs[Int($0.id.index)] })
        warn("confirmed_in_future", d.clients.filter { $0.confirmedOn > referenceDay }.map { d.clientIDs[Int($0.id.index)] })
        warn("code95_expired", d.clients.filter { c in c.code95ValidUntil.map { $0 < referenceDay } ?? false }.map { d.clientIDs[Int($0.id.index)] })
        let current = d.openings.filter { o in o.validUntil.map { $0 >= referenceDay } ?? true }
        warn("openings_expired", d.openings.filter { o in o.validUntil.map { $0 < referenceDay } ?? false }.map { d.openingIDs[Int($0.id.index)] })

        var held = [Bool](repeating: false, count: d.taxonomy.competences.count)
        for c in d.clients { for h in c.competences { held[Int(h.competence.index)] = true } }
        var missing: [String] = []
        var seen = Set<Int32>()
        for o in current {
            for r in o.requiredCompetences where !held[Int(r.competence.index)] && seen.insert(r.competence.index).inserted {
                missing.append(d.taxonomy[r.competence].code)
            }
        }
        warn("required_competences_nobody_has", missing.sorted())
        // A competence both required and wished counts twice in the score (coverage and wish).
        warn("competence_required_and_wished", d.openings.compactMap { o in
            let both = o.wishedCompetences.filter { w in o.requiredCompetences.contains { $0.competence == w } }
            return both.isEmpty ? nil : "\(d.openingIDs[Int(o.id.index)]) (\(both.map { d.taxonomy[$0].code }.joined(separator: ", ")))"
        })

        let index = ReachIndex(points: d.clients.map(\.location), reachKm: d.clients.map(\.maxTravelKm))
        warn("openings_out_of_reach", current.filter { !index.isReachable($0.location) }.map { d.openingIDs[Int($0.id.index)] })
        self.warnings = warnings
    }

    public func warning(_ code: String) -> Warning? { warnings.first { $0.code == code } }

    /// The summary as plain text in the chosen language.
    public func render(_ lang: Language, files: [String], notices: [String]) -> String {
        var out = ""
        func line(_ s: String = "") { out += s + "\n" }
        line(lang.pick("Opstap validate: geen fouten gevonden.", "Opstap validate: no errors found."))
        line(lang.pick("Referentiedatum: ", "Reference date: ") + referenceDay.description)
        line(lang.pick("Gelezen: ", "Read: ") + (files.isEmpty ? "-" : files.joined(separator: ", ")))
        line()
        line(lang.pick("Klanten: \(clientCount)", "Clients: \(clientCount)"))
        let header = [lang.pick("gemeente", "municipality"), lang.pick("klanten", "clients"),
                      lang.pick("wel", "placeable"), lang.pick("moeilijk", "hard"), lang.pick("tijdelijk niet", "not now"),
                      lang.pick("houding 1", "attitude 1"), "2", "3", "4",
                      lang.pick("trede 1", "rung 1"), "2", "3", "4", "5", "6"]
        var table = [header]
        var total = (0, [0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0, 0, 0])
        for m in municipalities {
            table.append([m.name, String(m.total)] + (m.placeability + m.attitude + m.rung).map(String.init))
            total.0 += m.total
            for k in 0..<3 { total.1[k] += m.placeability[k] }
            for k in 0..<4 { total.2[k] += m.attitude[k] }
            for k in 0..<6 { total.3[k] += m.rung[k] }
        }
        if municipalities.count > 1 {
            table.append([lang.pick("totaal", "total"), String(total.0)] + (total.1 + total.2 + total.3).map(String.init))
        }
        out += Self.align(table, indent: "  ")
        line(lang.pick("  (plaatsbaarheid: wel / moeilijk / tijdelijk niet; houding 1 weigert ... 4 gemotiveerd; trede op de participatieladder)",
                       "  (placeability; attitude 1 refuses ... 4 motivated; rung on the participation ladder)"))
        line()
        line(lang.pick("Openingen: \(openingCount)", "Openings: \(openingCount)"))
        for (kind, count) in zip(OpeningKind.allCases, openingsPerKind) { line("  \(kind.name(lang)) (\(kind.code)): \(count)") }
        line()
        let allNotices = notices
        if warnings.isEmpty && allNotices.isEmpty {
            line(lang.pick("Geen waarschuwingen.", "No warnings."))
        } else {
            line(lang.pick("Waarschuwingen:", "Warnings:"))
            for notice in allNotices { line("  - " + notice) }
            for w in warnings {
                let more = w.count > w.examples.count ? lang.pick(", ...", ", ...") : ""
                line("  - [\(w.code)] " + Self.sentence(w, lang) + ": " + w.examples.joined(separator: ", ") + more)
            }
        }
        return out
    }

    static func sentence(_ w: Warning, _ lang: Language) -> String {
        let n = w.count
        switch w.code {
        case "stale_profiles":
            return lang.pick("\(n) klantprofielen zijn langer dan een jaar niet bevestigd", "\(n) client profiles not confirmed for over a year")
        case "confirmed_in_future":
            return lang.pick("\(n) klantprofielen hebben een bevestigingsdatum na de referentiedatum", "\(n) client profiles confirmed after the reference date")
        case "code95_expired":
            return lang.pick("\(n) klanten hebben een verlopen code 95", "\(n) clients hold an expired code 95")
        case "openings_expired":
            return lang.pick("\(n) openingen zijn verlopen (geldig tot vóór de referentiedatum)", "\(n) openings are past their date")
        case "required_competences_nobody_has":
            return lang.pick("\(n) gevraagde vaardigheden heeft geen enkele klant", "\(n) required competences no client has")
        case "competence_required_and_wished":
            return lang.pick("\(n) openingen noemen een vaardigheid zowel als eis als als wens (telt dubbel in de score; laat de wens weg)",
                             "\(n) openings list a competence as both required and wished (it counts twice in the score; drop the wish)")
        case "openings_out_of_reach":
            return lang.pick("\(n) openingen liggen buiten de reisafstand van alle klanten", "\(n) openings are beyond every client's travel distance")
        default:
            return "\(n) \(w.code)"
        }
    }

    /// Left-aligns the first column and those in `left`, right-aligns the rest (numbers).
    static func align(_ rows: [[String]], indent: String, left: Set<Int> = []) -> String {
        guard let width = rows.map(\.count).max() else { return "" }
        var widths = [Int](repeating: 0, count: width)
        for row in rows { for (k, cell) in row.enumerated() { widths[k] = max(widths[k], cell.count) } }
        var out = ""
        for row in rows {
            var cells: [String] = []
            for (k, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[k] - cell.count)
                cells.append(k == 0 || left.contains(k) ? cell + pad : pad + cell)
            }
            out += indent + cells.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }
        return out
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
