/// Command-line options of `opstap-bench`.
struct BenchOptions {
    /// `--quick`: the two small sizes, one sample each: for CI.
    var quick = false
    /// `--filter A,B`: only these suites. A name that is a suite's whole name picks just that
    /// suite (`shortlist` is not `shortlist-capped`); other text picks every suite containing it.
    var filter: String?
    /// `--sizes 1k,10k,100k,1M` (default 1k,10k,100k; 1M takes a few minutes and ~2 GB).
    var sizes = ["1k", "10k", "100k"]
    /// `--samples N` timed runs after one warm-up (default 5).
    var samples = 5
    /// `--json FILE` (default Benchmarks/results/latest.json).
    var json = "Benchmarks/results/latest.json"
    /// `--no-baseline`: skip the Python reference baselines.
    var baselines = true
    /// `--data DIR`: where generated pools are cached (default datasets/generated).
    var data = "datasets/generated"

    static let help = """
    Usage: opstap-bench [--quick] [--filter NAME,...] [--sizes 1k,10k,100k,1M] [--samples N]
                        [--json FILE] [--no-baseline] [--data DIR]

    Runs the benchmark suites (load, shortlist, steps, next-steps, assign, shortlist-capped;
    `rules`, which rule rejects the examined pairs, only when named) on generated pools of
    1k x 1k, 10k x 2k, 100k x 10k and 1M x 50k clients x openings, and the Python
    reference baselines side by side when numpy is installed. Prints a table and
    writes a JSON result file. Build with -c release: a debug build says so.

    """

    static func parse(_ arguments: [String]) throws -> BenchOptions {
        var o = BenchOptions()
        var k = 0
        func value() throws -> String {
            k += 1
            guard k < arguments.count else { throw BenchError("option \(arguments[k - 1]) needs a value") }
            return arguments[k]
        }
        while k < arguments.count {
            switch arguments[k] {
            case "--quick": o.quick = true; o.sizes = ["1k", "10k"]; o.samples = 1
            case "--filter": o.filter = try value()
            case "--sizes": o.sizes = try value().split(separator: ",").map(String.init)
            case "--samples":
                guard let n = Int(try value()), n >= 1 else { throw BenchError("--samples needs a whole number ≥ 1") }
                o.samples = n
            case "--json": o.json = try value()
            case "--no-baseline": o.baselines = false
            case "--data": o.data = try value()
            case "-h", "--help": print(help, terminator: ""); exit(0)
            default: throw BenchError("unknown option '\(arguments[k])'")
            }
            k += 1
        }
        for size in o.sizes where BenchSize.named(size) == nil {
            throw BenchError("unknown size '\(size)'; use 1k, 10k, 100k or 1M")
        }
        return o
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A pool size: clients x openings, with its fixed seed.
struct BenchSize {
    var name: String
    var clients: Int
    var openings: Int
    var seed: UInt64 { 1000 + UInt64(clients / 1000) }

    static let all = [
        BenchSize(name: "1k", clients: 1_000, openings: 1_000),
        BenchSize(name: "10k", clients: 10_000, openings: 2_000),
        BenchSize(name: "100k", clients: 100_000, openings: 10_000),
        BenchSize(name: "1M", clients: 1_000_000, openings: 50_000),
    ]

    static func named(_ name: String) -> BenchSize? { all.first { $0.name == name } }
}

#if canImport(Glibc)
import Glibc
#endif
