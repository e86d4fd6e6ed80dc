import Foundation
import Opstap

/// Runs the Python reference baselines (Benchmarks/baselines/baseline.py) on the same pool, in
/// the same run, when python3 with numpy is available; says so when it skips them.
enum Baseline {
    static let script = "Benchmarks/baselines/baseline.py"

    static func available() -> Bool {
        guard FileManager.default.fileExists(atPath: script) else { return false }
        return (try? shell(["python3", "-c", "import numpy"]))?.status == 0
    }

    static func shell(_ arguments: [String]) throws -> (status: Int32, out: Data) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.standardError
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, data)
    }

    /// Brute force and grid-blocked, both directions. Brute force is left out at 1M x 50k
    /// (about ten minutes here); `checkAgainst` (Opstap's top-10 client ids per opening) makes
    /// the baseline compare its own lists with Opstap's.
    static func run(folder: String, size: BenchSize, day: Day, quick: Bool, checkAgainst: [[String]]?, openingIDs: [String])
        -> [(size: String, suite: String, seconds: Double, note: String)] {
        guard available() else {
            print("baseline: skipped (python3 with numpy not found; pip install numpy scipy)")
            return []
        }
        var rows: [(size: String, suite: String, seconds: Double, note: String)] = []
        let modes = size.clients >= 1_000_000 ? ["grid"] : ["brute", "grid"]
        for mode in modes {
            var arguments = ["python3", script, "--data", folder, "--date", day.description, "--mode", mode, "--top", "10"]
            var expected: String?
            if let lists = checkAgainst {
                let path = folder + "/opstap-top10.tsv"
                let text = zip(openingIDs, lists).map { ([$0] + $1).joined(separator: "\t") }.joined(separator: "\n") + "\n"
                try? text.write(toFile: path, atomically: true, encoding: .utf8)
                arguments += ["--check", path]
                expected = path
            }
            guard let (status, out) = try? shell(arguments), status == 0,
                  let json = try? JSONSerialization.jsonObject(with: out) as? [String: Any] else {
                print("baseline \(mode) \(size.name): failed")
                continue
            }
            let note = expected == nil ? "" : ((json["check"] as? String) ?? "")
            for suite in ["shortlist", "steps", "both"] {
                if let seconds = json[suite] as? Double { rows.append((size.name, "\(mode):\(suite)", seconds, suite == "both" ? note : "")) }
            }
        }
        return rows
    }
}

extension Baseline {
    /// scipy's linear_sum_assignment on the capacity-expanded matrix of the same edges; the
    /// note says whether its objective equals Opstap's (integer weights: exactly equal or not).
    static func assignment(folder: String, size: BenchSize, quick: Bool, candidates: [[Match]], seats: [Int32], clientCount: Int, opstapTotal: Double)
        -> (size: String, suite: String, seconds: Double, note: String)? {
        guard available() else { return nil }
        var edges = "", opstapWeight: Int64 = 0
        var lines: [String] = []
        for (o, list) in candidates.enumerated() {
            for m in list { lines.append("\(m.client.index)\t\(o)\t\(BMatchingProblem.weight(m.pair.score))") }
        }
        edges = lines.joined(separator: "\n") + "\n"
        let edgePath = folder + "/assign-edges.tsv", capPath = folder + "/assign-capacities.tsv"
        try? edges.write(toFile: edgePath, atomically: true, encoding: .utf8)
        try? (seats.map(String.init).joined(separator: "\n") + "\n").write(toFile: capPath, atomically: true, encoding: .utf8)
        // Opstap's optimum on the same edges, in the same integer units.
        let problem = BMatchingProblem(leftCapacity: Array(repeating: 1, count: clientCount), rightCapacity: seats,
                                       edges: candidates.enumerated().flatMap { o, list in
                                           list.map { BMatchingProblem.Edge(left: $0.client.index, right: Int32(o), weight: BMatchingProblem.weight($0.pair.score)) }
                                       })
        opstapWeight = problem.solve().totalWeight
        guard let (status, out) = try? shell(["python3", "Benchmarks/baselines/assign_baseline.py", "--edges", edgePath, "--capacities", capPath,
                                               "--max-cells", quick ? "60000000" : "400000000"]),
              status == 0, let json = try? JSONSerialization.jsonObject(with: out) as? [String: Any] else {
            print("baseline scipy assign \(size.name): failed (scipy installed?)")
            return nil
        }
        if let why = json["skipped"] as? String {
            print("baseline scipy assign \(size.name): skipped, \(why)")
            return nil
        }
        guard let seconds = json["seconds"] as? Double, let objective = (json["objective"] as? NSNumber)?.int64Value else { return nil }
        let same = objective == opstapWeight ? "same objective as Opstap" : "DIFFERENT objective: scipy \(objective), Opstap \(opstapWeight)"
        return (size.name, "scipy-lsa:assign", seconds, same)
    }
}
