extension BMatchingProblem {
    /// A client-proposing stable matching with capacities (deferred acceptance, Gale-Shapley),
    /// with the edge weight as both sides' preference: a client prefers the opening where it
    /// scores higher, an opening the client who scores higher there; ties go to the lower index.
    ///
    /// Stable: no client and opening that are not matched both prefer each other to what they
    /// have (or have room). Among stable matchings this is the best one for every client. It
    /// can have a lower total than `solve()`: that one may give a client a worse opening so that
    /// two others both get one. Complexity O(E log E) for the sort plus O(E log C) for the
    /// proposals, each edge proposed at most once.
    ///
    /// Returns the chosen edge indices, ascending.
    public func stableMatching() -> [Int] {
        let L = leftCapacity.count, R = rightCapacity.count
        // Each client's edges, best first.
        var preferences = [[Int32]](repeating: [], count: L)
        for (k, e) in edges.enumerated() { preferences[Int(e.left)].append(Int32(k)) }
        for c in 0..<L {
            preferences[c].sort { a, b in
                let x = edges[Int(a)], y = edges[Int(b)]
                return x.weight > y.weight || (x.weight == y.weight && x.right < y.right)
            }
        }
        // An opening ranks edges by weight, then by the lower client index.
        func better(_ a: Int32, _ b: Int32) -> Bool {
            let x = edges[Int(a)], y = edges[Int(b)]
            return x.weight > y.weight || (x.weight == y.weight && x.left < y.left)
        }
        var next = [Int](repeating: 0, count: L)
        var holding = [Int32](repeating: 0, count: L)
        var held = [[Int32]](repeating: [], count: R)
        var queue = (0..<L).filter { leftCapacity[$0] > 0 }.reversed().map { Int32($0) }
        while let c32 = queue.popLast() {
            let c = Int(c32)
            while holding[c] < leftCapacity[c] && next[c] < preferences[c].count {
                let e = preferences[c][next[c]]
                next[c] += 1
                let o = Int(edges[Int(e)].right)
                guard rightCapacity[o] > 0 else { continue }
                if held[o].count < Int(rightCapacity[o]) {
                    held[o].append(e)
                    holding[c] += 1
                    continue
                }
                // Full: the proposal replaces the opening's least preferred, if it is better.
                var worst = 0
                for i in held[o].indices.dropFirst() where better(held[o][worst], held[o][i]) { worst = i }
                let displaced = held[o][worst]
                guard better(e, displaced) else { continue }
                held[o][worst] = e
                holding[c] += 1
                let loser = Int(edges[Int(displaced)].left)
                holding[loser] -= 1
                if loser != c { queue.append(Int32(loser)) }
            }
        }
        return held.flatMap { $0 }.map(Int.init).sorted()
    }

    /// Pairs (edge indices) that block `chosen`: an unmatched edge whose client has room or
    /// prefers it to its worst match, and whose opening has room or prefers the client to its
    /// worst. Empty for a stable matching. Quadratic-free: O(E).
    public func blockingEdges(_ chosen: [Int]) -> [Int] {
        let L = leftCapacity.count, R = rightCapacity.count
        var isChosen = [Bool](repeating: false, count: edges.count)
        var clientWorst = [Int?](repeating: nil, count: L), openingWorst = [Int?](repeating: nil, count: R)
        var clientCount = [Int](repeating: 0, count: L), openingCount = [Int](repeating: 0, count: R)
        func clientPrefers(_ a: Int, _ b: Int) -> Bool {
            edges[a].weight > edges[b].weight || (edges[a].weight == edges[b].weight && edges[a].right < edges[b].right)
        }
        func openingPrefers(_ a: Int, _ b: Int) -> Bool {
            edges[a].weight > edges[b].weight || (edges[a].weight == edges[b].weight && edges[a].left < edges[b].left)
        }
        for e in chosen {
            isChosen[e] = true
            let c = Int(edges[e].left), o = Int(edges[e].right)
            clientCount[c] += 1
            openingCount[o] += 1
            if clientWorst[c].map({ clientPrefers($0, e) }) ?? true { clientWorst[c] = e }
            if openingWorst[o].map({ openingPrefers($0, e) }) ?? true { openingWorst[o] = e }
        }
        var blocking: [Int] = []
        for e in edges.indices where !isChosen[e] {
            let c = Int(edges[e].left), o = Int(edges[e].right)
            guard leftCapacity[c] > 0, rightCapacity[o] > 0 else { continue }
            let clientWants = clientCount[c] < leftCapacity[c] || clientPrefers(e, clientWorst[c]!)
            let openingWants = openingCount[o] < rightCapacity[o] || openingPrefers(e, openingWorst[o]!)
            if clientWants && openingWants { blocking.append(e) }
        }
        return blocking
    }
}
