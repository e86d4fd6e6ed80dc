import Foundation
import Opstap
import OpstapData

/// `opstap market` (plan a vacaturemarkt or vrijwilligersmarkt) and `opstap outcomes` (what
/// followed it).
enum MarketCommand {
    static func run(_ options: MatchOptions, today: Day, output: inout Runner.Output) throws {
        let run = try RunContext("market", options, today: today, output: &output)
        let dataset = run.dataset
        let stands = try SideTables.stands(options.stands!, dataset: dataset, options: options.data.readOptions)
        let event = try marketEvent(options, output: &output)
        // Every eligible client per stand opening; openings past their date have none.
        let openings = Array(Set(stands.flatMap(\.openings))).sorted()
        let lists = PoolMatcher(scorer: run.scorer).shortlists(for: openings, top: dataset.clients.count + run.reservations.list.count).lists
        var byOpening: [OpeningID: [Match]] = [:]
        for (o, list) in zip(openings, lists) { byOpening[o] = run.allowed(list, top: dataset.clients.count) }
        let candidates = stands.map { $0.openings.flatMap { byOpening[$0] ?? [] } }
        let plan = MarketPlan.plan(stands: stands, candidates: candidates, clientCount: dataset.clients.count, invite: options.invite, route: options.route)
        let renderer = run.renderer
        let summary = renderer.marketSummary(plan, stands: stands, invite: options.invite, route: options.route)
        let folder = options.out!
        try AssignCommand.makeFolder(folder)
        let title = options.lang.pick("Routekaarten", "Route cards")
        let files: [(String, [UInt8])] = [
            ("invitations.csv", renderer.invitations(plan, stands: stands)),
            ("route_cards.html", renderer.routeCards(plan, stands: stands, title: title, event: event)),
            ("stands.html", renderer.standReport(plan, stands: stands, format: .html)),
            ("stands.txt", renderer.standReport(plan, stands: stands, format: .text)),
            ("summary.txt", Array((run.provenance.headerLine(options.lang) + "\n\n" + summary.joined(separator: "\n") + "\n").utf8)),
        ]
        for (name, bytes) in files { try AtomicFile.write(bytes, to: "\(folder)/\(name)") }
        output.stdout += Array((summary.joined(separator: "\n") + "\n").utf8)
        output.err("opstap: wrote \(files.map(\.0).joined(separator: ", ")) to \(folder)\n")
    }

    /// When and where: `market.json` beside the stands file, if there is one, with the
    /// `--market-*` options over it. Read before anything is written, so a bad file writes nothing.
    static func marketEvent(_ options: MatchOptions, output: inout Runner.Output) throws -> MarketEvent {
        let path = MarketEventLoader.besideStands(options.stands!)
        let file = FileManager.default.fileExists(atPath: path) ? try MarketEventLoader.load(path: path) : MarketEvent()
        let event = file.overridden(by: options.marketEvent)
        if !event.isComplete {
            let missing = [event.date == nil ? "date" : nil, event.place == nil ? "place" : nil].compactMap { $0 }.joined(separator: " and ")
            output.err("opstap: note: no market \(missing) (\(path) or --market-date/--market-place); the cards say the klantmanager gives it\n")
        }
        return event
    }

    static func runOutcomes(_ options: MatchOptions, today: Day, output: inout Runner.Output) throws {
        let run = try RunContext("outcomes", options, today: today, output: &output)
        let dataset = run.dataset
        let stands = try SideTables.stands(options.stands!, dataset: dataset, options: options.data.readOptions)
        let invitations = try SideTables.invitations(options.invitations!, dataset: dataset, stands: stands, options: options.data.readOptions)
        let outcomes = try SideTables.outcomes(options.outcomes!, dataset: dataset, stands: stands, options: options.data.readOptions)
        let report = OutcomeReport(invitations: invitations, outcomes: outcomes, stands: stands, dataset: dataset)
        let format = options.resolvedFormat("outcomes")
        let bytes = run.renderer.outcomeReport(report, stands: stands, format: format == .html ? .html : .text)
        try run.write(bytes, format: format, output: &output)
    }
}
