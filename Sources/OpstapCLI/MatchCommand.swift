import Opstap
import OpstapData

/// `opstap shortlist`, `steps`, `explain` and `scores`: load, score, render, write.
enum MatchCommand {
    /// `scores` refuses to evaluate more pairs than this without `--force`.
    static let scoresPairLimit = 5_000_000

    static func run(_ command: String, _ options: MatchOptions, today: Day, output: inout Runner.Output) throws {
        let files = options.data.files()
        let loaded = try DatasetLoader.load(files, options: options.data.readOptions)
        for notice in loaded.notices { output.err("opstap: note: \(notice)\n") }
        let policy = try PolicyLoader.load(path: files.policy)
        let day = options.date ?? today
        let dataset = loaded.dataset
        let scorer = Scorer(dataset: dataset, policy: policy.policy, referenceDay: day)
        let matcher = Matcher(scorer: scorer)
        let provenance = Provenance(command: command, policy: policy, referenceDay: day,
                                    inputs: loaded.files + (files.policy.map { [$0] } ?? []), version: HelpText.version)
        let renderer = MatchRenderer(explainer: Explainer(scorer: scorer, lang: options.lang), provenance: provenance, dialect: options.dialect)
        let format = options.resolvedFormat(command)
        let nearMisses = options.nearMisses ? options.top : 0
        let bytes: [UInt8]
        switch command {
        case "shortlist":
            let openings = try openingIDs(options.openings, dataset, command)
            var chosen: [OpeningID]
            if !openings.isEmpty {
                chosen = openings
            } else {
                // Openings past their date have no eligible candidates: leave them out of a full list.
                chosen = dataset.openings.filter { (options.kinds.isEmpty || options.kinds.contains($0.kind)) && ($0.validUntil.map { $0 >= day } ?? true) }.map(\.id)
                let expired = dataset.openings.count { (options.kinds.isEmpty || options.kinds.contains($0.kind)) && ($0.validUntil.map { $0 < day } ?? false) }
                if expired > 0 { output.err("opstap: note: \(expired) openings past their date on \(day) are left out\n") }
            }
            // Near misses need every pair (the one rule missed may be the distance): the full
            // scan. Otherwise the indexed, parallel matcher, which gives the same lists.
            let groups: [MatchList.Group]
            if nearMisses > 0 {
                groups = chosen.map { id in
                    let (matches, misses) = matcher.shortlist(for: id, top: options.top, nearMisses: nearMisses)
                    return MatchList.Group(key: id.index, matches: matches, nearMisses: misses)
                }
            } else {
                let lists = PoolMatcher(scorer: scorer).shortlists(for: chosen, top: options.top).lists
                groups = zip(chosen, lists).map { MatchList.Group(key: $0.index, matches: $1, nearMisses: []) }
            }
            bytes = renderer.render(MatchList(perspective: .opening, groups: groups), format: format, withProvenance: options.provenance)
        case "steps":
            let clients = try clientIDs(options.clients, dataset, command)
            let kinds = Set(options.kinds.isEmpty ? [.volunteer] : options.kinds)
            let chosen = clients.isEmpty ? dataset.clients.map(\.id) : clients
            let groups: [MatchList.Group]
            if nearMisses > 0 {
                groups = chosen.map { id in
                    let (matches, misses) = matcher.steps(for: id, kinds: kinds, top: options.top, nearMisses: nearMisses)
                    return MatchList.Group(key: id.index, matches: matches, nearMisses: misses)
                }
            } else {
                let lists = PoolMatcher(scorer: scorer).steps(for: chosen, kinds: kinds, top: options.top).lists
                groups = zip(chosen, lists).map { MatchList.Group(key: $0.index, matches: $1, nearMisses: []) }
            }
            bytes = renderer.render(MatchList(perspective: .client, groups: groups), format: format, withProvenance: options.provenance)
        case "explain":
            let client = try clientIDs(options.clients, dataset, command)[0]
            let opening = try openingIDs(options.openings, dataset, command)[0]
            bytes = renderer.renderExplanation(Explainer(scorer: scorer, lang: options.lang).explain(client, opening), format: format,
                                               withProvenance: options.provenance)
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
        if let out = options.out {
            try AtomicFile.write(bytes, to: out)
            if options.provenance && format == .csv { try AtomicFile.write(provenance.jsonRecord(), to: out + ".provenance.jsonl") }
        } else {
            output.stdout += bytes
        }
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
