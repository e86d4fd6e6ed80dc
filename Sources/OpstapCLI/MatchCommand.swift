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
            // An opening past its date (asked for by id) or whose seats placed clients fill
            // says so instead of listing candidates.
            let noted = groups.map { group in
                let id = OpeningID(group.key)
                guard let note = renderer.expiredNote(id) ?? renderer.filledNote(id) else { return group }
                return MatchList.Group(key: group.key, matches: [], nearMisses: [], note: note)
            }
            for line in exposure { output.err("opstap: note: \(line)\n") }
            bytes = renderer.render(MatchList(perspective: .opening, groups: noted), format: format, withProvenance: options.provenance,
                                    summary: exposure)
        case "steps":
            let clients = try clientIDs(options.clients, dataset, command)
            let chosen = clients.isEmpty ? dataset.clients.map(\.id) : clients
            // The kinds by the client's rung (the policy's table) unless --kind says otherwise;
            // one rung up first, the same rung only for clients without a step up; never down.
            let byRung = options.kinds.isEmpty ? scorer.policy.stepKindsByRung
                : Array(repeating: Set(options.kinds), count: LadderRung.allCases.count)
            run.noteExpired(Set(byRung.joined()), output: &output)
            let groups: [MatchList.Group]
            if nearMisses > 0 {
                // Near misses need every pair: the full scan, in the same two passes as nextSteps.
                let up = StepFilter(kindsByRung: byRung, rungDelta: 1...1), same = StepFilter(kindsByRung: byRung, rungDelta: 0...0)
                let fullSearch = dataset.openings.count
                func top(_ id: ClientID) -> Int { reservations.holds(id) ? fullSearch : options.top }
                groups = chosen.map { id in
                    var (matches, misses) = matcher.steps(for: id, filter: up, top: top(id), nearMisses: nearMisses)
                    var sameRung = false
                    if run.allowed(matches, top: options.top).isEmpty {
                        (matches, misses) = matcher.steps(for: id, filter: same, top: top(id), nearMisses: nearMisses)
                        sameRung = !matches.isEmpty
                    }
                    return MatchList.Group(key: id.index, matches: run.allowed(matches, top: options.top),
                                           nearMisses: misses.filter { reservations.allows($0.client, $0.opening) },
                                           note: sameRung ? renderer.sameRungNote : nil)
                }
            } else {
                let next = PoolMatcher(scorer: scorer).nextSteps(for: chosen, kindsByRung: byRung, top: options.top, reservations: reservations)
                groups = chosen.indices.map { k in
                    MatchList.Group(key: chosen[k].index, matches: next.lists[k], nearMisses: [],
                                    note: next.sameRung[k] ? renderer.sameRungNote : nil)
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
