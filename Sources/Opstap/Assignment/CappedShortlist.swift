/// Shortlists under an exposure cap: every opening still gets up to `top` candidates, no client
/// appears on more than `maxPerClient` lists, and the total score of all lists is the greatest
/// possible under those caps: a b-matching, solved exactly by `BMatchingProblem.solve`.
///
/// Without a cap the same few strong candidates top every list (congestion, or popularity
/// bias); the cap spreads the lists over more people at the least loss of total score.
public enum CappedShortlist {
    public struct Result: Sendable {
        /// Per opening, best first, ranks renumbered 1...
        public var lists: [[Match]]
        public var totalScore: Double
    }

    /// - Parameter candidates: per opening, its eligible candidates (all of them, for an exact
    ///   result; the best M for an optimum over those edges only).
    public static func make(openings: [OpeningID], candidates: [[Match]], top: Int, maxPerClient: Int, clientCount: Int,
                            reservations: Reservations = Reservations()) -> Result {
        let allocation = Allocation.allocate(
            openings: openings, candidates: candidates, seats: openings.map { _ in Int32(top) },
            inScope: (0..<clientCount).map { ClientID(Int32($0)) }, clientCount: clientCount, perClient: maxPerClient,
            minScore: -.infinity, objective: .maxTotal, reservations: reservations)
        var lists = [[Match]](repeating: [], count: openings.count)
        var position: [Int32: Int] = [:]
        for (k, o) in openings.enumerated() { position[o.index] = k }
        for m in allocation.assignments { lists[position[m.opening.index]!].append(m) }
        return Result(lists: lists, totalScore: allocation.totalScore)
    }

    /// How lists spread over people: distinct clients on any list, and the Gini coefficient of
    /// appearances over every client eligible for at least one of the openings (zeros count:
    /// an eligible client on no list is part of the unevenness).
    public struct Exposure: Hashable, Sendable {
        public var distinctClients: Int
        public var eligibleClients: Int
        public var gini: Double
        public var totalScore: Double
        public var maxAppearances: Int
    }

    public static func exposure(_ lists: [[Match]], candidates: [[Match]], clientCount: Int) -> Exposure {
        var appearances = [Int](repeating: 0, count: clientCount)
        var eligible = [Bool](repeating: false, count: clientCount)
        var total = 0.0
        for list in lists {
            for m in list {
                appearances[Int(m.client.index)] += 1
                total += m.pair.score
            }
        }
        for list in candidates { for m in list { eligible[Int(m.client.index)] = true } }
        for (c, n) in appearances.enumerated() where n > 0 { eligible[c] = true }
        let pool = appearances.indices.filter { eligible[$0] }.map { appearances[$0] }
        return Exposure(distinctClients: appearances.count { $0 > 0 }, eligibleClients: pool.count, gini: giniCoefficient(pool),
                        totalScore: total, maxAppearances: appearances.max() ?? 0)
    }
}
