#if canImport(Glibc)
import Glibc
#endif

/// Timings of one benchmark: several samples after a warm-up.
struct Measurement {
    var suite: String
    var size: String
    var samples: [Double]
    var peakMemoryMB: Double
    var pairsExamined = 0
    /// Pairs skipped by the score bound (shortlist and steps).
    var pairsPruned = 0
    /// Eligible pairs: every one within reach (an untimed count without pruning), or the
    /// candidate edges for assign.
    var pairsEligible = 0
    var bytes = 0
    var rows = 0
    var note = ""

    var median: Double { samples.sorted()[samples.count / 2] }
    var min: Double { samples.min() ?? 0 }
    var max: Double { samples.max() ?? 0 }
}

enum Measure {
    /// Seconds on the monotonic clock.
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Peak resident memory of this process so far, in MB (getrusage: KB on Linux).
    static func peakMemoryMB() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// One warm-up run, then `samples` timed runs; `body` returns what it counted. `untimed`
    /// runs before each timed run (to free what the previous run made).
    static func run(_ samples: Int, untimed: () -> Void = {}, _ body: () -> (examined: Int, pruned: Int)) -> (times: [Double], examined: Int, pruned: Int) {
        var counts = body()
        var times: [Double] = []
        for _ in 0..<samples {
            untimed()
            let start = now()
            counts = body()
            times.append(now() - start)
        }
        return (times, counts.examined, counts.pruned)
    }
}
