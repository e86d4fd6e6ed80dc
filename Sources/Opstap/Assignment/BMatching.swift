/// A maximum-weight bipartite b-matching problem: clients on the left, openings on the right.
///
/// Every client takes at most `leftCapacity[c]` edges, every opening at most
/// `rightCapacity[o]`, every edge at most once; weights are positive integers (scores in units of
/// 1e-10 point, so the optimum is exact, not subject to floating-point rounding). Nobody has to be
/// matched: the solver maximises the total weight, not the number of pairs.
public struct BMatchingProblem: Sendable {
    public struct Edge: Hashable, Sendable {
        public var left: Int32
        public var right: Int32
        public var weight: Int64
        public init(left: Int32, right: Int32, weight: Int64) {
            self.left = left
            self.right = right
            self.weight = weight
        }
    }

    public var leftCapacity: [Int32]
    public var rightCapacity: [Int32]
    public var edges: [Edge]

    public init(leftCapacity: [Int32], rightCapacity: [Int32], edges: [Edge]) {
        self.leftCapacity = leftCapacity
        self.rightCapacity = rightCapacity
        self.edges = edges
    }

    /// Score points to integer weight: scores are quantised to 1e-10 (see `Scorer.quantize`), so
    /// this is exact, and 100 points is 1e12, which leaves Int64 room for a million placements.
    public static func weight(_ score: Double) -> Int64 { Int64((score * 1e10).rounded()) }
}

/// The optimum of a `BMatchingProblem`.
public struct BMatching: Sendable {
    /// Indices into `problem.edges` of the chosen edges, ascending.
    public var chosen: [Int]
    /// Sum of the chosen edges' weights.
    public var totalWeight: Int64
    /// Node potentials at the optimum (clients, then openings): a certificate. An edge left out
    /// of the problem with weight w could improve the optimum only if
    /// `W - w + potential[client] - potential[L + opening] < 0`, with `W = offset`.
    public var potential: [Int64]
    public var offset: Int64
    /// Shortest-path searches run, and nodes they settled (the work done).
    public var searches = 0
    public var settled = 0
}

extension BMatchingProblem {
    /// Solves the problem exactly as a min-cost flow, by successive shortest paths with
    /// potentials (Dijkstra on reduced costs), one unit of client capacity at a time.
    ///
    /// The network: client → opening with cost `W − w` (capacity 1), opening → sink with cost 0
    /// (capacity = the opening's), and client → sink with cost `W` (the client stays unmatched).
    /// `W` exceeds every weight, so every cost is ≥ 0 and zero potentials start valid. Each
    /// client unit must reach the sink, so the flow value is fixed and the least total cost is
    /// the greatest total weight. Adding one unit of supply at a client and sending it along a
    /// shortest path keeps the flow at minimum cost (no negative cycle), so the end result is
    /// optimal. The search stops when the sink is settled; only settled nodes get their
    /// potentials lowered by `D − d(v)`, which keeps every reduced cost ≥ 0 (Jonker-Volgenant).
    ///
    /// Complexity: O(U · (E + V) log V) in the worst case for U client units, E edges, V nodes;
    /// in practice a search settles a small neighbourhood, because most units find a free opening
    /// or their own unmatched edge within a few steps.
    ///
    /// Deterministic: clients are taken in index order, the heap breaks distance ties by node
    /// index, and each client's edges are scanned by opening index, so neither row nor edge order
    /// changes the result.
    public func solve() -> BMatching {
        let L = leftCapacity.count, R = rightCapacity.count
        let sink = L + R
        let nodeCount = L + R + 1
        let W = (edges.map(\.weight).max() ?? 0) + 1

        // Client adjacency (CSR), each client's edges by opening index: the input's edge order
        // cannot change the search.
        var leftStart = [Int32](repeating: 0, count: L + 1)
        for e in edges { leftStart[Int(e.left) + 1] += 1 }
        for i in 0..<L { leftStart[i + 1] += leftStart[i] }
        let leftEdges = edges.indices.sorted {
            (edges[$0].left, edges[$0].right, $0) < (edges[$1].left, edges[$1].right, $1)
        }.map(Int32.init)
        let cost = edges.map { W - $0.weight }
        let edgeLeft = edges.map { Int($0.left) }
        let edgeRight = edges.map { Int($0.right) + L }

        var matched = [Bool](repeating: false, count: edges.count)
        // Per opening, the edges currently matched to it (at most its capacity).
        var held = [[Int32]](repeating: [], count: R)
        var load = [Int32](repeating: 0, count: R)

        var potential = [Int64](repeating: 0, count: nodeCount)
        var dist = [Int64](repeating: 0, count: nodeCount)
        var stamp = [Int32](repeating: 0, count: nodeCount)
        var done = [Bool](repeating: false, count: nodeCount)
        // How a node was reached: an edge index, or -1 for the sink reached by a client's own
        // "stay unmatched" edge (then `parentNode` says which client).
        var parentEdge = [Int32](repeating: -1, count: nodeCount)
        var parentNode = [Int32](repeating: -1, count: nodeCount)
        var settledList: [Int32] = []
        var heap = NodeHeap()
        var generation: Int32 = 0
        var searches = 0, settledTotal = 0

        for start in 0..<L {
            for _ in 0..<max(0, Int(leftCapacity[start])) {
                generation += 1
                searches += 1
                heap.removeAll()
                settledList.removeAll(keepingCapacity: true)
                func relax(_ v: Int, _ d: Int64, _ edge: Int32, _ from: Int) {
                    if stamp[v] != generation {
                        stamp[v] = generation
                        done[v] = false
                    } else if done[v] || dist[v] <= d {
                        return
                    }
                    dist[v] = d
                    parentEdge[v] = edge
                    parentNode[v] = Int32(from)
                    heap.push(d, Int32(v))
                }
                stamp[start] = generation
                done[start] = false
                dist[start] = 0
                heap.push(0, Int32(start))
                var reached: Int64 = 0
                while let (d, node) = heap.pop() {
                    let u = Int(node)
                    if done[u] || d != dist[u] { continue }
                    done[u] = true
                    settledList.append(node)
                    if u == sink { reached = d; break }
                    if u < L {
                        // Client: its own unmatched edge, then its unmatched openings.
                        relax(sink, d + W + potential[u] - potential[sink], -1, u)
                        for k in Int(leftStart[u])..<Int(leftStart[u + 1]) {
                            let e = Int(leftEdges[k])
                            if matched[e] { continue }
                            let v = edgeRight[e]
                            relax(v, d + cost[e] + potential[u] - potential[v], Int32(e), u)
                        }
                    } else {
                        // Opening: the sink if it has room, then back to the clients it holds.
                        let o = u - L
                        if load[o] < rightCapacity[o] { relax(sink, d + potential[u] - potential[sink], -1, u) }
                        for e32 in held[o] {
                            let e = Int(e32)
                            let v = edgeLeft[e]
                            relax(v, d - cost[e] + potential[u] - potential[v], e32, u)
                        }
                    }
                }
                settledTotal += settledList.count
                // Augment along the path, from the sink back to the start client.
                var v = Int(parentNode[sink])
                if v >= L { load[v - L] += 1 }
                while v != start {
                    let e = Int(parentEdge[v])
                    if v >= L {
                        // Reached by a client's unmatched edge: match it.
                        matched[e] = true
                        held[v - L].append(Int32(e))
                        v = edgeLeft[e]
                    } else {
                        // Reached back from an opening: that match is undone.
                        matched[e] = false
                        let o = edgeRight[e] - L
                        held[o].removeAll { $0 == Int32(e) }
                        v = edgeRight[e]
                    }
                }
                for node in settledList {
                    let n = Int(node)
                    potential[n] += dist[n] - reached
                }
            }
        }
        var chosen: [Int] = []
        var total: Int64 = 0
        for e in edges.indices where matched[e] {
            chosen.append(e)
            total += edges[e].weight
        }
        return BMatching(chosen: chosen, totalWeight: total, potential: Array(potential.prefix(L + R)), offset: W,
                         searches: searches, settled: settledTotal)
    }
}

/// A binary min-heap of (distance, node), ties to the lower node: the search order, and so the
/// result among equal optima, does not depend on anything but the input.
struct NodeHeap {
    private var items: [(Int64, Int32)] = []

    mutating func removeAll() { items.removeAll(keepingCapacity: true) }

    @inline(__always) static func less(_ a: (Int64, Int32), _ b: (Int64, Int32)) -> Bool {
        a.0 < b.0 || (a.0 == b.0 && a.1 < b.1)
    }

    mutating func push(_ d: Int64, _ node: Int32) {
        items.append((d, node))
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard NodeHeap.less(items[i], items[parent]) else { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> (Int64, Int32)? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var best = i
                if l < items.count && NodeHeap.less(items[l], items[best]) { best = l }
                if r < items.count && NodeHeap.less(items[r], items[best]) { best = r }
                if best == i { break }
                items.swapAt(i, best)
                i = best
            }
        }
        return top
    }
}
