import Foundation
import Opstap
import OpstapData

// opstap-bench: the benchmark suite. Setup (generating or reading the pools) is not timed.

let options: BenchOptions
do {
    options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("opstap-bench: \(error)\n".utf8))
    exit(64)
}

func say(_ text: String) { FileHandle.standardOutput.write(Data((text + "\n").utf8)) }
let suiteNames = ["load", "rules", "shortlist", "steps", "next-steps", "assign", "shortlist-capped", "segment"]
func wants(_ suite: String) -> Bool {
    guard let filter = options.filter else { return suite != "rules" }  // rules: a diagnostic, on request
    return filter.split(separator: ",").contains { part in
        suiteNames.contains(String(part)) ? suite == part : suite.contains(part)
    }
}

#if DEBUG
say("""
    ************************************************************************
    * opstap-bench was built WITHOUT optimisation: these figures mean      *
    * nothing. Run: swift run -c release opstap-bench                      *
    ************************************************************************
    """)
#endif

let day = DatasetGenerator.referenceDay
let policy = PolicyLoader.builtIn()
let taxonomy = try! DatasetLoader.load(DatasetFiles()).dataset.taxonomy
var results: [Measurement] = []
var baselineRows: [(size: String, suite: String, seconds: Double, note: String)] = []

say("opstap-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores; sizes \(options.sizes.joined(separator: ", ")); \(options.samples) samples after a warm-up")

for sizeName in options.sizes {
    let size = BenchSize.named(sizeName)!
    // Untimed setup: the pool as `opstap generate --clients N --openings M --seed S` writes it.
    let folder = "\(options.data)/\(size.name)-seed\(size.seed)"
    if !FileManager.default.fileExists(atPath: folder + "/openings.csv") {
        say("setup: generating \(size.clients) x \(size.openings) into \(folder)")
        let (d, g) = DatasetGenerator.generate(.national(clients: size.clients, openings: size.openings), seed: size.seed, taxonomy: taxonomy)
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try! AtomicFile.write(DatasetWriter.clients(d, format: .csv(.excelNL)), to: folder + "/clients.csv")
        try! AtomicFile.write(DatasetWriter.openings(d, format: .csv(.excelNL)), to: folder + "/openings.csv")
        try! AtomicFile.write(DatasetWriter.groups(g, of: d, format: .csv(.excelNL)), to: folder + "/groups.csv")
    }
    let files = DatasetFiles(clients: folder + "/clients.csv", openings: [folder + "/openings.csv"])
    let bytes = [files.clients!, files.openings[0]].reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }

    var dataset: Dataset!
    if wants("load") {
        // Freeing the previous run's dataset is not part of loading.
        let r = Measure.run(max(1, options.samples / 2), untimed: { dataset = nil }) {
            dataset = try! DatasetLoader.load(files).dataset
            return (0, 0)
        }
        var m = Measurement(suite: "load", size: size.name, samples: r.times, peakMemoryMB: Measure.peakMemoryMB())
        m.bytes = bytes
        m.rows = dataset.clients.count + dataset.openings.count
        results.append(m)
    } else {
        dataset = try! DatasetLoader.load(files).dataset
    }
    let scorer = Scorer(dataset: dataset, policy: policy.policy, referenceDay: day)
    let pool = PoolMatcher(scorer: scorer)
    let openings = dataset.openings.map(\.id), clients = dataset.clients.map(\.id)
    // Every eligible pair within reach, counted once per size without pruning (untimed; the
    // same in both directions). Skipped at 1M, where the count alone takes minutes.
    let eligibleTotal = size.clients <= 100_000 && (wants("shortlist") || wants("steps"))
        ? pool.shortlists(for: openings, top: 1, prune: false).stats.pairsEligible : 0
    if wants("shortlist") {
        let r = Measure.run(options.samples) {
            let s = pool.shortlists(for: openings, top: 10).stats
            return (s.pairsExamined, s.pairsPruned)
        }
        var m = Measurement(suite: "shortlist", size: size.name, samples: r.times, peakMemoryMB: Measure.peakMemoryMB())
        (m.pairsExamined, m.pairsPruned, m.pairsEligible) = (r.examined, r.pruned, eligibleTotal)
        results.append(m)
    }
    if wants("rules") {
        // Not timed: which rule rejects the pairs the grid hands the shortlist (every opening).
        let r = pool.rejections(for: openings)
        var parts: [String] = []
        for rule in PoolMatcher.ruleOrder where r.first[rule.rawValue] > 0 {
            parts.append(String(format: "%@ %.1f%% (alone %.1f%%)", rule.code, 100 * Double(r.first[rule.rawValue]) / Double(r.examined),
                                100 * Double(r.only[rule.rawValue]) / Double(r.examined)))
        }
        say(String(format: "rules %@: examined %d, eligible %d (%.1f%%); first to reject: ", size.name, r.examined, r.eligible,
                   100 * Double(r.eligible) / Double(max(1, r.examined))) + parts.joined(separator: ", "))
    }
    if wants("steps") {
        let kinds = Set(OpeningKind.allCases)
        let r = Measure.run(options.samples) {
            let s = pool.steps(for: clients, kinds: kinds, top: 10).stats
            return (s.pairsExamined, s.pairsPruned)
        }
        var m = Measurement(suite: "steps", size: size.name, samples: r.times, peakMemoryMB: Measure.peakMemoryMB())
        (m.pairsExamined, m.pairsPruned, m.pairsEligible) = (r.examined, r.pruned, eligibleTotal)
        results.append(m)
    }
    if wants("next-steps") {
        // What `opstap steps` runs with its defaults: the kinds by the client's rung, one rung
        // up, then the same rung for clients without a step up (docs/scoring.md). The pairs are
        // not counted here (two passes); the time is the user's.
        let r = Measure.run(options.samples) {
            let next = pool.nextSteps(for: clients, kindsByRung: policy.policy.stepKindsByRung, top: 10)
            return (next.lists.reduce(0) { $0 + $1.count }, 0)
        }
        results.append(Measurement(suite: "next-steps", size: size.name, samples: r.times, peakMemoryMB: Measure.peakMemoryMB()))
    }
    // Global matching: candidate edges from each opening's top 50 (the issue's setting), then
    // the exact flow. Timed together; the note gives the edges and the optimum.
    if wants("assign") || wants("shortlist-capped") {
        let t0 = Measure.now()
        let candidates = pool.shortlists(for: openings, top: 50).lists
        let candidateSeconds = Measure.now() - t0
        let edges = candidates.reduce(0) { $0 + $1.count }
        let seats = openings.map { dataset.openings[Int($0.index)].capacity }
        if wants("assign") {
            var total = 0.0, searches = 0
            let r = Measure.run(options.samples) {
                let c = pool.shortlists(for: openings, top: 50).lists
                let a = Allocation.allocate(openings: openings, candidates: c, seats: seats, inScope: clients, clientCount: clients.count,
                                            perClient: 1, minScore: -.infinity, objective: .maxTotal)
                total = a.totalScore
                searches = a.searches
                return (0, 0)
            }
            var m = Measurement(suite: "assign", size: size.name, samples: r.times, peakMemoryMB: Measure.peakMemoryMB())
            m.pairsEligible = edges
            m.note = String(format: "edges %d (top 50: %.2f s), total %.4f, searches %d", edges, candidateSeconds, total, searches)
            results.append(m)
            if options.baselines && size.clients <= 100_000 {
                if let row = Baseline.assignment(folder: folder, size: size, quick: options.quick, candidates: candidates, seats: seats, clientCount: clients.count, opstapTotal: total) {
                    baselineRows.append(row)
                }
            }
        }
        if wants("shortlist-capped") {
            var before: CappedShortlist.Exposure?, after: CappedShortlist.Exposure?
            let r = Measure.run(options.samples) {
                let c = pool.shortlists(for: openings, top: 50).lists
                let capped = CappedShortlist.make(openings: openings, candidates: c, top: 10, maxPerClient: 3, clientCount: clients.count)
                after = CappedShortlist.exposure(capped.lists, candidates: c, clientCount: clients.count)
                before = CappedShortlist.exposure(c.map { Array($0.prefix(10)) }, candidates: c, clientCount: clients.count)
                return (0, 0)
            }
            var m = Measurement(suite: "shortlist-capped", size: size.name, samples: r.times, peakMemoryMB: Measure.peakMemoryMB())
            m.pairsEligible = edges
            m.note = String(format: "top 10, max 3 per client: distinct %d -> %d, Gini %.3f -> %.3f, total %.1f -> %.1f",
                            before!.distinctClients, after!.distinctClients, before!.gini, after!.gini, before!.totalScore, after!.totalScore)
            results.append(m)
        }
    }
    if options.baselines && (wants("shortlist") || wants("steps")) {
        baselineRows += Baseline.run(folder: folder, size: size, day: day, quick: options.quick,
                                     checkAgainst: size.clients <= 10_000 ? pool.shortlists(for: openings, top: 10).lists.map { $0.map { dataset.clientIDs[Int($0.client.index)] } } : nil,
                                     openingIDs: dataset.openingIDs)
    }
    dataset = nil
}
for suite in ["segment"] where wants(suite) && options.filter != nil {
    say("\(suite): skipped; there is no segment command yet")
}
for m in results where !m.note.isEmpty { say("\(m.suite) \(m.size): \(m.note)") }
Report.print(results, baselines: baselineRows, say: say)
Report.writeJSON(results, baselines: baselineRows, to: options.json)
say("results written to \(options.json)")
