import Foundation
import Opstap
import OpstapData

/// What every matching command sets up: the dataset, the policy, the scorer for the reference
/// day, the renderer with its provenance, and the reservations.
struct RunContext {
    let dataset: Dataset
    let policy: LoadedPolicy
    let day: Day
    let scorer: Scorer
    let renderer: MatchRenderer
    let provenance: Provenance
    let reservations: Reservations
    let options: MatchOptions

    init(_ command: String, _ options: MatchOptions, today: Day, output: inout Runner.Output) throws {
        let files = options.data.files()
        let loaded = try DatasetLoader.load(files, options: options.data.readOptions)
        for notice in loaded.notices { output.err("opstap: note: \(notice)\n") }
        policy = try PolicyLoader.load(path: files.policy)
        day = options.date ?? today
        dataset = loaded.dataset
        scorer = Scorer(dataset: dataset, policy: policy.policy, referenceDay: day)
        var inputs = loaded.files + (files.policy.map { [$0] } ?? [])
        if let path = options.reserved {
            reservations = try SideTables.reservations(path, dataset: dataset, options: options.data.readOptions)
            inputs.append(path)
            let counts = reservations.counts
            output.err("opstap: note: \(counts.placed) clients placed and \(counts.inBemiddeling) in mediation are held out (\(path))\n")
        } else {
            reservations = Reservations()
        }
        for path in [options.stands, options.invitations, options.outcomes].compactMap({ $0 }) { inputs.append(path) }
        if command == "market", let stands = options.stands, FileManager.default.fileExists(atPath: MarketEventLoader.besideStands(stands)) {
            inputs.append(MarketEventLoader.besideStands(stands))
        }
        provenance = Provenance(command: command, policy: policy, referenceDay: day, inputs: inputs, version: HelpText.version)
        renderer = MatchRenderer(explainer: Explainer(scorer: scorer, lang: options.lang, reservations: reservations), provenance: provenance, dialect: options.dialect)
        self.options = options
    }

    /// Openings of the given kinds (all when none given) that are still valid on the reference day.
    func currentOpenings(_ kinds: [OpeningKind], output: inout Runner.Output) -> [OpeningID] {
        let inKinds = dataset.openings.filter { kinds.isEmpty || kinds.contains($0.kind) }
        noteExpired(Set(kinds.isEmpty ? OpeningKind.allCases : kinds), output: &output)
        return inKinds.filter { $0.validUntil.map { $0 >= day } ?? true }.map(\.id)
    }

    /// Notes on stderr how many openings of `kinds` are past their date and so left out.
    func noteExpired(_ kinds: Set<OpeningKind>, output: inout Runner.Output) {
        let expired = dataset.openings.count { kinds.contains($0.kind) && ($0.validUntil.map { $0 < day } ?? false) }
        if expired > 0 { output.err("opstap: note: \(expired) openings past their date on \(day) are left out\n") }
    }

    /// A list without the pairs the reservations hold out, cut to `top` and ranked again.
    func allowed(_ matches: [Match], top: Int) -> [Match] { reservations.allowed(matches, top: top) }

    /// Writes to `--out` (atomically) or stdout, with the CSV provenance sidecar.
    func write(_ bytes: [UInt8], format: OutputFormat, output: inout Runner.Output) throws {
        if let out = options.out {
            try AtomicFile.write(bytes, to: out)
            if options.provenance && format == .csv { try AtomicFile.write(provenance.jsonRecord(), to: out + ".provenance.jsonl") }
        } else {
            output.stdout += bytes
        }
    }
}
