import Testing
@testable import Opstap

/// A small deterministic generator for test instances (SplitMix64).
struct TestRandom {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
}

/// A random instance; `ties` draws weights from a few values so equal optima are common.
func randomProblem(seed: UInt64, clients: Int, openings: Int, edgeChance: Int, perClient: ClosedRange<Int>,
                   capacity: ClosedRange<Int>, ties: Bool = false) -> BMatchingProblem {
    var random = TestRandom(state: seed)
    var edges: [BMatchingProblem.Edge] = []
    for c in 0..<clients {
        for o in 0..<openings where random.int(0...99) < edgeChance {
            let w = ties ? Int64(random.int(1...4)) * 1000 : Int64(random.int(1...1_000_000))
            edges.append(.init(left: Int32(c), right: Int32(o), weight: w))
        }
    }
    // Shuffle so the solver never relies on edge order.
    for i in stride(from: edges.count - 1, to: 0, by: -1) { edges.swapAt(i, random.int(0...i)) }
    return BMatchingProblem(leftCapacity: (0..<clients).map { _ in Int32(random.int(perClient)) },
                            rightCapacity: (0..<openings).map { _ in Int32(random.int(capacity)) }, edges: edges)
}

/// The best total over every subset of edges that respects the capacities.
func bruteForceOptimum(_ p: BMatchingProblem) -> Int64 {
    var best: Int64 = 0
    var left = [Int32](repeating: 0, count: p.leftCapacity.count), right = [Int32](repeating: 0, count: p.rightCapacity.count)
    func go(_ k: Int, _ total: Int64) {
        if k == p.edges.count { best = max(best, total); return }
        go(k + 1, total)
        let e = p.edges[k]
        if left[Int(e.left)] < p.leftCapacity[Int(e.left)] && right[Int(e.right)] < p.rightCapacity[Int(e.right)] {
            left[Int(e.left)] += 1; right[Int(e.right)] += 1
            go(k + 1, total + e.weight)
            left[Int(e.left)] -= 1; right[Int(e.right)] -= 1
        }
    }
    go(0, 0)
    return best
}

/// The Hungarian method (O(n²m), shortest augmenting paths with potentials) on the
/// capacity-expanded matrix: one row per client, one column per opening seat plus one
/// "unmatched" column per client. Independent of the flow solver; one edge per client.
func hungarianOptimum(_ p: BMatchingProblem) -> Int64 {
    precondition(p.leftCapacity.allSatisfy { $0 <= 1 })
    let rows = p.leftCapacity.indices.filter { p.leftCapacity[$0] == 1 }
    var seatOf: [Int] = []
    for (o, cap) in p.rightCapacity.enumerated() { for _ in 0..<Int(cap) { seatOf.append(o) } }
    let n = rows.count, m = seatOf.count + n
    let big: Int64 = 1 << 50
    var weight = [[Int64?]](repeating: [Int64?](repeating: nil, count: p.rightCapacity.count), count: p.leftCapacity.count)
    for e in p.edges { weight[Int(e.left)][Int(e.right)] = e.weight }
    func cost(_ i: Int, _ j: Int) -> Int64 {
        if j >= seatOf.count { return j - seatOf.count == i ? 0 : big }
        return weight[rows[i]][seatOf[j]].map { -$0 } ?? big
    }
    // 1-based e-maxx formulation.
    var u = [Int64](repeating: 0, count: n + 1), v = [Int64](repeating: 0, count: m + 1)
    var pOf = [Int](repeating: 0, count: m + 1), way = [Int](repeating: 0, count: m + 1)
    for i in stride(from: 1, through: n, by: 1) {
        pOf[0] = i
        var j0 = 0
        var minv = [Int64](repeating: Int64.max, count: m + 1), used = [Bool](repeating: false, count: m + 1)
        repeat {
            used[j0] = true
            let i0 = pOf[j0]
            var delta = Int64.max, j1 = 0
            for j in 1...m where !used[j] {
                let cur = cost(i0 - 1, j - 1) - u[i0] - v[j]
                if cur < minv[j] { minv[j] = cur; way[j] = j0 }
                if minv[j] < delta { delta = minv[j]; j1 = j }
            }
            for j in 0...m {
                if used[j] { u[pOf[j]] += delta; v[j] -= delta } else { minv[j] -= delta }
            }
            j0 = j1
        } while pOf[j0] != 0
        repeat {
            let j1 = way[j0]
            pOf[j0] = pOf[j1]
            j0 = j1
        } while j0 != 0
    }
    var total: Int64 = 0
    for j in 1...m where pOf[j] != 0 {
        let c = cost(pOf[j] - 1, j - 1)
        precondition(c < big)
        total -= c
    }
    return total
}

/// Capacities respected, each edge once, and the reported total is the sum of the chosen.
func checkFeasible(_ p: BMatchingProblem, _ chosen: [Int], total: Int64? = nil) {
    var left = [Int32](repeating: 0, count: p.leftCapacity.count), right = [Int32](repeating: 0, count: p.rightCapacity.count)
    #expect(Set(chosen).count == chosen.count)
    var sum: Int64 = 0
    for e in chosen {
        left[Int(p.edges[e].left)] += 1
        right[Int(p.edges[e].right)] += 1
        sum += p.edges[e].weight
    }
    #expect(zip(left, p.leftCapacity).allSatisfy { $0 <= $1 })
    #expect(zip(right, p.rightCapacity).allSatisfy { $0 <= $1 })
    if let total { #expect(sum == total) }
}

@Suite struct BMatchingTests {
    @Test(arguments: 0..<150)
    func optimalAgainstBruteForce(seed: Int) {
        let p = randomProblem(seed: UInt64(seed), clients: 2 + seed % 5, openings: 1 + seed % 4, edgeChance: 55,
                              perClient: 0...2, capacity: 0...3, ties: seed % 3 == 0)
        guard p.edges.count <= 16 else { return }
        let solution = p.solve()
        checkFeasible(p, solution.chosen, total: solution.totalWeight)
        #expect(solution.totalWeight == bruteForceOptimum(p), "seed \(seed)")
    }

    @Test(arguments: 0..<12)
    func optimalAgainstHungarian(seed: Int) {
        let p = randomProblem(seed: 1000 + UInt64(seed), clients: 60 + seed * 7, openings: 15 + seed, edgeChance: 25,
                              perClient: 0...1, capacity: 0...5, ties: seed % 2 == 0)
        let solution = p.solve()
        checkFeasible(p, solution.chosen, total: solution.totalWeight)
        #expect(solution.totalWeight == hungarianOptimum(p), "seed \(seed)")
    }

    @Test func potentialsCertifyOptimality() {
        // Every edge of the problem has a reduced cost ≥ 0 at the end, and matched edges 0:
        // the dual certificate the scale path relies on for edges it left out.
        let p = randomProblem(seed: 77, clients: 80, openings: 20, edgeChance: 30, perClient: 1...2, capacity: 1...4)
        let s = p.solve()
        let L = p.leftCapacity.count
        let chosen = Set(s.chosen)
        for (k, e) in p.edges.enumerated() {
            let reduced = s.offset - e.weight + s.potential[Int(e.left)] - s.potential[L + Int(e.right)]
            if chosen.contains(k) { #expect(reduced <= 0) } else { #expect(reduced >= 0) }
        }
    }

    @Test func sameAnswerWhateverTheEdgeOrder() {
        var p = randomProblem(seed: 5, clients: 40, openings: 10, edgeChance: 40, perClient: 1...2, capacity: 1...3, ties: true)
        let first = p.solve()
        let pairs = Set(first.chosen.map { p.edges[$0] })
        p.edges.reverse()
        let second = p.solve()
        #expect(second.totalWeight == first.totalWeight)
        #expect(Set(second.chosen.map { p.edges[$0] }) == pairs)
    }

    @Test func nobodyIsForcedIn() {
        // One seat, two clients: the solver takes the heavier edge, and never both.
        let p = BMatchingProblem(leftCapacity: [1, 1], rightCapacity: [1],
                                 edges: [.init(left: 0, right: 0, weight: 3), .init(left: 1, right: 0, weight: 9)])
        #expect(p.solve().chosen == [1])
        // The maximum total is not the maximum count: 10 beats 6 + 3.
        let q = BMatchingProblem(leftCapacity: [1, 1], rightCapacity: [1, 1], edges: [
            .init(left: 0, right: 0, weight: 6), .init(left: 0, right: 1, weight: 10), .init(left: 1, right: 1, weight: 3),
        ])
        #expect(q.solve().totalWeight == 10)
        #expect(BMatchingProblem.weight(73.1234567891) == 731_234_567_891)
    }

    @Test(arguments: 0..<60)
    func stableMatchingHasNoBlockingPair(seed: Int) {
        let p = randomProblem(seed: 5000 + UInt64(seed), clients: 5 + seed, openings: 2 + seed / 4, edgeChance: 40,
                              perClient: 0...2, capacity: 0...3, ties: seed % 2 == 0)
        let stable = p.stableMatching()
        checkFeasible(p, stable)
        #expect(p.blockingEdges(stable).isEmpty, "seed \(seed)")
        // The optimum is feasible too, and never below the stable matching's total.
        let optimum = p.solve()
        #expect(optimum.totalWeight >= stable.reduce(0) { $0 + p.edges[$1].weight })
    }

    @Test func blockingPairsAreFound() {
        // The checker itself: client 0 and opening 0 both prefer each other to what they got.
        let p = BMatchingProblem(leftCapacity: [1, 1], rightCapacity: [1, 1], edges: [
            .init(left: 0, right: 0, weight: 9), .init(left: 0, right: 1, weight: 2), .init(left: 1, right: 0, weight: 1),
        ])
        #expect(p.blockingEdges([1, 2]) == [0])
        #expect(p.stableMatching() == [0])
    }
}
