/// A vacaturemarkt or vrijwilligersmarkt plan: whom to invite and each invitee's route.
///
/// The problem: choose at most `invite` clients and for each a route of at most `route` stands,
/// no stand visited by more clients than it has conversations, so that the total match score is
/// greatest. A client's score at a stand is his best eligible score among the stand's openings.
///
/// Without the invitation limit this is a b-matching (clients capacity `route`, stands capacity
/// `conversations`), solved exactly by `BMatchingProblem.solve`. The limit on the number of
/// people makes it a fixed-charge problem that a flow cannot express, so the planner:
/// 1. solves the b-matching over everyone: an upper bound U on any plan;
/// 2. takes two candidate invitation lists (the N clients with the most route value in that
///    optimum, and the N whose best `route` stands add up highest ignoring capacities), solves
///    the b-matching exactly for each, and keeps the better plan L;
/// 3. a second bound U2 is the sum of the N largest "best `route` stands" values; the reported
///    bound is min(U, U2), and the gap (bound − L) / bound says how far from optimal the plan can
///    be at most. When N covers everyone with a score, the plan is exact (gap 0).
public struct MarketPlan: Sendable {
    public struct Stop: Hashable, Sendable {
        public var stand: Int
        /// The client's best opening at the stand, with its score.
        public var match: Match
    }
    /// Per invited client (by client index), the route, best stop first.
    public var routes: [(client: ClientID, stops: [Stop])]
    public var totalScore: Double
    public var upperBound: Double
    /// Clients with a score at any stand.
    public var eligibleClients: Int
    /// Per stand, the visitors planned.
    public var visitors: [Int]

    public var gap: Double { upperBound > 0 ? max(0, upperBound - totalScore) / upperBound : 0 }

    /// - Parameters:
    ///   - candidates: per stand, the eligible (client, opening) pairs of its openings.
    public static func plan(stands: [Stand], candidates: [[Match]], clientCount: Int, invite: Int, route: Int) -> MarketPlan {
        // Best opening per (client, stand): ties to the lower opening index.
        var best: [[Int32: Match]] = Array(repeating: [:], count: stands.count)
        for (s, list) in candidates.enumerated() {
            for m in list {
                if let old = best[s][m.client.index],
                   old.pair.score > m.pair.score || (old.pair.score == m.pair.score && old.opening.index < m.opening.index) { continue }
                best[s][m.client.index] = m
            }
        }
        var edges: [BMatchingProblem.Edge] = []
        var edgeStop: [Stop] = []
        for s in stands.indices {
            for client in best[s].keys.sorted() {
                let m = best[s][client]!
                edges.append(.init(left: client, right: Int32(s), weight: BMatchingProblem.weight(m.pair.score)))
                edgeStop.append(Stop(stand: s, match: m))
            }
        }
        let capacity = stands.map(\.conversations)
        func solve(_ invited: [Bool]) -> (chosen: [Int], total: Int64) {
            let problem = BMatchingProblem(leftCapacity: invited.map { $0 ? Int32(route) : 0 }, rightCapacity: capacity, edges: edges)
            let s = problem.solve()
            return (s.chosen, s.totalWeight)
        }
        // The optimum without the invitation limit.
        let everyone = [Bool](repeating: true, count: clientCount)
        let free = solve(everyone)
        var routeValue = [Int64](repeating: 0, count: clientCount)
        for e in free.chosen { routeValue[Int(edges[e].left)] += edges[e].weight }
        // Each client's best `route` stands, capacities ignored.
        var perClient = [[Int64]](repeating: [], count: clientCount)
        for e in edges { perClient[Int(e.left)].append(e.weight) }
        let potential = perClient.map { $0.sorted(by: >).prefix(route).reduce(0, +) }
        let eligible = potential.count { $0 > 0 }
        func topN(_ value: [Int64]) -> [Bool] {
            let order = value.indices.filter { value[$0] > 0 }.sorted { (value[$0], -$0) > (value[$1], -$1) }
            var invited = [Bool](repeating: false, count: clientCount)
            for c in order.prefix(invite) { invited[c] = true }
            return invited
        }
        var bestPlan = free
        if eligible > invite {
            let a = solve(topN(routeValue)), b = solve(topN(potential))
            bestPlan = a.total >= b.total ? a : b
        }
        let bound2 = potential.sorted(by: >).prefix(invite).reduce(0, +)
        let bound = min(free.total, bound2)
        var stops = [[Stop]](repeating: [], count: clientCount)
        var visitors = [Int](repeating: 0, count: stands.count)
        for e in bestPlan.chosen {
            stops[Int(edges[e].left)].append(edgeStop[e])
            visitors[edgeStop[e].stand] += 1
        }
        var routes: [(client: ClientID, stops: [Stop])] = []
        var total = 0.0
        for c in 0..<clientCount where !stops[c].isEmpty {
            let sorted = stops[c].sorted { ($0.match.pair.score, -$0.stand) > ($1.match.pair.score, -$1.stand) }
            total += sorted.reduce(0) { $0 + $1.match.pair.score }
            routes.append((ClientID(Int32(c)), sorted))
        }
        return MarketPlan(routes: routes, totalScore: total, upperBound: Double(bound) / 1e10, eligibleClients: eligible, visitors: visitors)
    }
}
