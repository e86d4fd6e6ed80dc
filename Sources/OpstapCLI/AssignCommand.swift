import Foundation
import Opstap
import OpstapData

/// `opstap assign`: fill openings' seats from the caseload, exactly optimal or stable.
enum AssignCommand {
    static func run(_ options: MatchOptions, today: Day, output: inout Runner.Output) throws {
        let run = try RunContext("assign", options, today: today, output: &output)
        let dataset = run.dataset
        let openings = run.currentOpenings(options.kinds, output: &output)
        // Candidate edges: every eligible pair (listed pairs: at or above the kind's minimum
        // score), or each opening's best M with --candidates.
        let top = options.candidates ?? dataset.clients.count
        let candidates = PoolMatcher(scorer: run.scorer).shortlists(for: openings, top: top + run.reservations.list.count).lists
            .map { run.allowed($0, top: top) }
        let allocation = Allocation.allocate(
            openings: openings, candidates: candidates, seats: openings.map { dataset.openings[Int($0.index)].capacity },
            inScope: dataset.clients.map(\.id), clientCount: dataset.clients.count, perClient: options.perClient,
            minScore: options.minScore ?? -.infinity, objective: options.objective, reservations: run.reservations)
        let value = run.policy.policy.socialReturnValue
        let contracts = ContractBalance.balances(allocation, reservations: run.reservations, dataset: dataset, value: value)
        let format = options.resolvedFormat("assign")
        let summary = run.renderer.allocationSummary(allocation, objective: options.objective, perClient: options.perClient)
        switch format {
        case .text, .html:
            let bytes = run.renderer.allocationReport(allocation, contracts: contracts, value: value, objective: options.objective,
                                                      perClient: options.perClient, format: format)
            try run.write(bytes, format: format, output: &output)
        case .csv, .jsonl:
            let tables = run.renderer.allocationTables(allocation, contracts: contracts, value: value, format: format, withProvenance: options.provenance)
            // No --out, or --out FILE.csv / FILE.jsonl: the assignments table alone.
            guard let folder = options.out, OutputFormat.inferred(from: folder) == nil else {
                try run.write(tables.assignments, format: format, output: &output)
                for line in summary { output.err("opstap: note: \(line)\n") }
                return
            }
            // A folder of tables; every table is computed before the first file is written.
            try makeFolder(folder)
            let ext = format == .csv ? "csv" : "jsonl"
            var files = [("assignments", tables.assignments), ("openings", tables.openings), ("unassigned", tables.unassigned)]
            if let c = tables.contracts { files.append(("contracts", c)) }
            for (name, bytes) in files { try AtomicFile.write(bytes, to: "\(folder)/\(name).\(ext)") }
            if options.provenance && format == .csv { try AtomicFile.write(run.provenance.jsonRecord(), to: "\(folder)/provenance.jsonl") }
            for line in summary { output.err("opstap: note: \(line)\n") }
            output.err("opstap: wrote \(files.map { "\($0.0).\(ext)" }.joined(separator: ", ")) to \(folder)\n")
        }
    }

    /// Creates an output folder (and its parents) when missing.
    static func makeFolder(_ path: String) throws(OutputError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if !isFolder.boolValue { throw OutputError(path: path, reason: "is a file; give a folder") }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: path, reason: "cannot create the folder")
        }
    }
}
