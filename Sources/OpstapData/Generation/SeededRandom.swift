#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SplitMix64: a small, fast, well-mixed generator with a 64-bit seed.
///
/// The helpers below are our own (not `Int.random(in:using:)`, whose algorithm the standard
/// library may change), so a seed gives byte-identical datasets on every toolchain.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<n (Lemire's multiply-shift; the tiny bias is irrelevant for test data).
    mutating func below(_ n: Int) -> Int {
        precondition(n > 0)
        return Int(((next() >> 32) &* UInt64(n)) >> 32)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// Standard normal (Box-Muller).
    mutating func normal() -> Double {
        let u = max(unit(), 1e-12), v = unit()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }

    /// An index drawn with the given weights.
    mutating func weighted(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var r = unit() * total
        for (k, w) in weights.enumerated() {
            r -= w
            if r < 0 { return k }
        }
        return weights.count - 1
    }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// `count` distinct items, in the order drawn.
    mutating func sample<T>(_ items: [T], _ count: Int) -> [T] {
        var pool = items
        var result: [T] = []
        for _ in 0..<min(count, pool.count) { result.append(pool.remove(at: below(pool.count))) }
        return result
    }
}
