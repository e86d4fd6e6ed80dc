import Opstap
import OpstapData

/// `opstap shortlist`, `steps`, `explain` and `scores`: load, score, render, write.
enum MatchCommand {
    /// `scores` refuses to evaluate more pairs than this without `--force`.
    static let scoresPairLimit = 5_000_000

    static func run(_ command: String, _ options: MatchOptions, today: Day, output: inout Runner.Output) throws {
        let run = try RunContext(command, options, today: today, output: &output)
        let dataset = run.dataset, scorer = run.scorer, renderer = run.renderer
        let matcher = Matcher(scorer: scorer)
        let reservations = run.reservations
        let format = options.resolvedFormat(command)
        let nearMisses = options.nearMisses ? options.top : 0
        let bytes: [UInt8]
        switch command {
        case "shortlist":
            let openings = try openingIDs(options.openings, dataset, command)
            // Openings past their date have no eligible candidates: leave them out of a full list.
            let chosen = openings.isEmpty ? run.currentOpenings(options.kinds, output: &output) : openings
            // Near misses need every pair (the one rule missed may be the distance): the full
            // scan. Otherwise the indexed, parallel matcher, which gives the same lists.
            let groups: [MatchList.Group]
            var exposure: [String] = []
            if nearMisses > 0 {
                groups = chosen.map { id in
                    let (matches, misses) = matcher.shortlist(for: id, top: options.top + reservations.list.count, nearMisses: nearMisses)
                    return MatchList.Group(key: id.index, matches: run.allowed(matches, top: options.top),
                                           nearMisses: misses.filter { reservations.allows($0.client, $0.opening) })
                }
            } else {
                let pool = PoolMatcher(scorer: scorer)
                if let cap = options.maxPerClient {
                    // Every eligible candidate is an edge, so the capped lists are exactly optimal;
                    // the uncapped lists to compare with are the heads of the same lists.
                    let all = pool.shortlists(for: chosen, top: dataset.clients.count).lists
                    let lists = all.map { run.allowed($0, top: options.top) }
                    let capped = CappedShortlist.make(openings: chosen, candidates: all, top: options.top, maxPerClient: cap,
                                                      clientCount: dataset.clients.count, reservations: reservations)
                    exposure = CappedShortlist.compare(uncapped: lists, capped: capped.lists, candidates: all, lang: options.lang,
                                                       maxPerClient: cap, clientCount: dataset.clients.count)
                    groups = zip(chosen, capped.lists).map { MatchList.Group(key: $0.index, matches: $1, nearMisses: []) }
                } else {
                    let lists = pool.shortlists(for: chosen, top: options.top + reservations.list.count).lists.map { run.allowed($0, top: options.top) }
                    groups = zip(chosen, lists).map { MatchList.Group(key: $0.index, matches: $1, nearMisses: []) }
                }
            }
            for line in exposure { output.err("opstap: note: \(line)\n") }
            bytes = renderer.render(MatchList(perspective: .opening, groups: groups), format: format, withProvenance: options.provenance,
                                    summary: exposure)
        case "steps":
            let clients = try clientIDs(options.clients, dataset, command)
            let kinds = Set(options.kinds.isEmpty ? [.volunteer] : options.kinds)
            let chosen = clients.isEmpty ? dataset.clients.map(\.id) : clients
            let groups: [MatchList.Group]
            // A placed client gets no steps and a client in mediation only his own opening, which
            // may lie below his top N: only these few clients' lists need the whole search.
            let fullSearch = dataset.openings.count
            if nearMisses > 0 {
                groups = chosen.map { id in
                    let top = reservations.holds(id) ? fullSearch : options.top
                    let (matches, misses) = matcher.steps(for: id, kinds: kinds, top: top, nearMisses: nearMisses)
                    return MatchList.Group(key: id.index, matches: run.allowed(matches, top: options.top),
                                           nearMisses: misses.filter { reservations.allows($0.client, $0.opening) })
                }
            } else {
                let lists = PoolMatcher(scorer: scorer).steps(for: chosen, kinds: kinds, top: options.top).lists
                groups = zip(chosen, lists).map { id, list in
                    let full = reservations.holds(id) ? matcher.steps(for: id, kinds: kinds, top: fullSearch).matches : list
                    return MatchList.Group(key: id.index, matches: run.allowed(full, top: options.top), nearMisses: [])
                }
            }
            bytes = renderer.render(MatchList(perspective: .client, groups: groups), format: format, withProvenance: options.provenance)
        case "explain":
            let client = try clientIDs(options.clients, dataset, command)[0]
            let opening = try openingIDs(options.openings, dataset, command)[0]
            bytes = options.letter ? renderer.renderLetter(client: client, opening: opening, format: format)
                : renderer.renderExplanation(renderer.explainer.explain(client, opening), format: format, withProvenance: options.provenance)
        default:
            let openings = dataset.openings.filter { options.kinds.isEmpty || options.kinds.contains($0.kind) }
            let work = dataset.clients.count * openings.count
            if work > scoresPairLimit && !options.force {
                throw UsageError("scores would evaluate \(work) pairs (limit \(scoresPairLimit)); narrow it with --kind or add --force", command: command)
            }
            var pairs: [(ClientID, OpeningID, PairScore)] = []
            for c in dataset.clients {
                for o in openings {
                    let p = scorer.evaluate(c, o)
                    if p.isEligible { pairs.append((c.id, o.id, p)) }
                }
            }
            bytes = renderer.renderScores(pairs, format: format, withProvenance: options.provenance)
        }
        try run.write(bytes, format: format, output: &output)
    }

    static func openingIDs(_ ids: [String], _ dataset: Dataset, _ command: String) throws(UsageError) -> [OpeningID] {
        try ids.map { (id) throws(UsageError) in
            guard let k = dataset.openingIDs.firstIndex(of: id) else {
                let hint = nearestName(to: id, among: dataset.openingIDs).map { "; did you mean '\($0)'?" } ?? ""
                throw UsageError("no opening with id '\(id)'\(hint)", command: command)
            }
            return OpeningID(k)
        }
    }

    /// Client ids given on the command line. An unknown id is named (the user typed it) but no
    /// other client's id is suggested: that would show someone else's id.
    static func clientIDs(_ ids: [String], _ dataset: Dataset, _ command: String) throws(UsageError) -> [ClientID] {
        try ids.map { (id) throws(UsageError) in
            guard let k = dataset.clientIDs.firstIndex(of: id) else { throw UsageError("no client with id '\(id)'", command: command) }
            return ClientID(k)
        }
    }
}

extension CappedShortlist {
    /// The lines that show what the cap did: distinct clients and Gini, capped and uncapped.
    static func compare(uncapped: [[Match]], capped: [[Match]], candidates: [[Match]], lang: Language, maxPerClient: Int, clientCount: Int) -> [String] {
        let before = exposure(uncapped, candidates: candidates, clientCount: clientCount)
        let after = exposure(capped, candidates: candidates, clientCount: clientCount)
        func line(_ e: Exposure, _ name: String) -> String {
            let gini = NumberText.format(e.gini, decimals: 3, lang: lang, fixed: true)
            let total = NumberText.format(e.totalScore, decimals: 1, lang: lang, fixed: true)
            return lang.pick("\(name): \(e.distinctClients) verschillende klanten op een lijst (van \(e.eligibleClients) geschikte), Gini \(gini), vaakst op \(e.maxAppearances) lijsten, totaalscore \(total)",
                             "\(name): \(e.distinctClients) distinct clients on a list (of \(e.eligibleClients) eligible), Gini \(gini), most lists per client \(e.maxAppearances), total score \(total)")
        }
        return [line(before, lang.pick("Zonder plafond", "Uncapped")),
                line(after, lang.pick("Met plafond \(maxPerClient) per klant", "Capped at \(maxPerClient) per client"))]
    }
}
