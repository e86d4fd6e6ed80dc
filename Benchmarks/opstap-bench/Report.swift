import Foundation

/// The results table and the JSON result file.
enum Report {
    static func f(_ x: Double, _ d: Int) -> String { String(format: "%.\(d)f", x) }

    static func print(_ results: [Measurement], baselines: [(size: String, suite: String, seconds: Double, note: String)], say: (String) -> Void) {
        var rows = [["suite", "size", "median s", "min s", "max s", "peak MB", "examined", "pruned", "eligible", "exam/elig", "pairs/s", "MB/s", "rows/s"]]
        for m in results {
            let ratio = m.pairsEligible > 0 && m.pairsExamined > 0 ? f(Double(m.pairsExamined) / Double(m.pairsEligible), 2) : ""
            let perSecond = m.pairsExamined > 0 ? f(Double(m.pairsExamined) / m.median / 1e6, 1) + "M" : ""
            let mbs = m.bytes > 0 ? f(Double(m.bytes) / 1e6 / m.median, 1) : ""
            let rps = m.rows > 0 ? f(Double(m.rows) / m.median / 1e3, 0) + "k" : ""
            rows.append([m.suite, m.size, f(m.median, 3), f(m.min, 3), f(m.max, 3), f(m.peakMemoryMB, 0),
                         m.pairsExamined > 0 ? String(m.pairsExamined) : "",
                         m.pairsExamined > 0 && m.pairsPruned > 0 ? f(100 * Double(m.pairsPruned) / Double(m.pairsExamined), 1) + "%" : "",
                         m.pairsEligible > 0 ? String(m.pairsEligible) : "", ratio, perSecond, mbs, rps])
        }
        say("")
        say(table(rows))
        // Both directions: every opening's top 10 and every client's top 10, against the baselines.
        var summary = [["size", "opstap both s", "baseline", "baseline s", "opstap / baseline", "check"]]
        for size in Array(Set(results.map(\.size))).sorted(by: { order($0) < order($1) }) {
            guard let a = results.first(where: { $0.suite == "shortlist" && $0.size == size }),
                  let b = results.first(where: { $0.suite == "steps" && $0.size == size }) else { continue }
            let both = a.median + b.median
            let base = baselines.filter { $0.size == size && $0.suite.hasSuffix(":both") }
            if base.isEmpty { summary.append([size, f(both, 3), "(none)", "", "", ""]) }
            for row in base {
                summary.append([size, f(both, 3), String(row.suite.dropLast(5)), f(row.seconds, 3), f(both / row.seconds, 3), row.note])
            }
        }
        if summary.count > 1 {
            say("")
            say("Both directions (shortlist + steps medians) against the Python baselines in this run:")
            say(table(summary))
        }
        // Assignment against scipy's linear_sum_assignment on the same edges.
        var assign = [["size", "opstap assign s", "baseline", "baseline s", "opstap / baseline", "check"]]
        for row in baselines where row.suite == "scipy-lsa:assign" {
            guard let a = results.first(where: { $0.suite == "assign" && $0.size == row.size }) else { continue }
            assign.append([row.size, f(a.median, 3), "scipy-lsa", f(row.seconds, 3), f(a.median / row.seconds, 3), row.note])
        }
        if assign.count > 1 {
            say("")
            say("Assignment (top-50 edges, capacity-expanded for scipy) against scipy in this run:")
            say(table(assign))
        }
    }

    static func order(_ size: String) -> Int { BenchSize.all.firstIndex { $0.name == size } ?? 99 }

    static func table(_ rows: [[String]]) -> String {
        var widths = [Int](repeating: 0, count: rows[0].count)
        for row in rows { for (k, cell) in row.enumerated() { widths[k] = max(widths[k], cell.count) } }
        return rows.map { row in
            row.enumerated().map { k, cell in
                let pad = String(repeating: " ", count: widths[k] - cell.count)
                return k < 2 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    static func writeJSON(_ results: [Measurement], baselines: [(size: String, suite: String, seconds: Double, note: String)], to path: String) {
        let object: [String: Any] = [
            "cores": ProcessInfo.processInfo.activeProcessorCount,
            "results": results.map { m in
                ["suite": m.suite, "size": m.size, "samples": m.samples, "median_s": m.median, "min_s": m.min, "max_s": m.max,
                 "peak_memory_mb": m.peakMemoryMB, "pairs_examined": m.pairsExamined, "pairs_pruned": m.pairsPruned, "pairs_eligible": m.pairsEligible,
                 "bytes": m.bytes, "rows": m.rows] as [String: Any]
            },
            "baselines": baselines.map { ["size": $0.size, "suite": $0.suite, "seconds": $0.seconds, "check": $0.note] as [String: Any] },
        ]
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]),
              FileManager.default.createFile(atPath: path, contents: data) else {
            FileHandle.standardError.write(Data("opstap-bench: cannot write \(path)\n".utf8))
            return
        }
    }
}
