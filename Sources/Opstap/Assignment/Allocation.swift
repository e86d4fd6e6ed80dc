/// What `assign` optimises.
public enum AllocationObjective: String, Sendable, CaseIterable {
    /// The greatest total score (exact, `BMatchingProblem.solve`).
    case maxTotal = "max_total"
    /// A client-proposing stable matching (`BMatchingProblem.stableMatching`).
    case stable
}

/// A client already spoken for: in mediation for an opening, or placed there.
public struct Reservation: Hashable, Sendable {
    public enum Status: String, Coded {
        case inBemiddeling = "in_bemiddeling"
        case placed
        public var code: String { rawValue }
    }
    public var client: ClientID
    public var opening: OpeningID
    public var status: Status
    public init(client: ClientID, opening: OpeningID, status: Status) {
        self.client = client
        self.opening = opening
        self.status = status
    }
}

/// The reservations of a run. A placed client is held out of every list and assignment and
/// takes one seat of his opening; a client in mediation is held out of every *other* opening's
/// list and assignment (the mediation for his own opening goes on) and takes no seat.
public struct Reservations: Sendable {
    public private(set) var list: [Reservation]
    private var placed: Set<Int32> = []
    private var mediation: [Int32: Set<Int32>] = [:]
    private var seatsTaken: [Int32: Int32] = [:]

    public init(_ list: [Reservation] = []) {
        self.list = list
        for r in list {
            switch r.status {
            case .placed:
                placed.insert(r.client.index)
                seatsTaken[r.opening.index, default: 0] += 1
            case .inBemiddeling:
                mediation[r.client.index, default: []].insert(r.opening.index)
            }
        }
    }

    public var isEmpty: Bool { list.isEmpty }

    /// Whether the pair may appear on a list or in an assignment.
    public func allows(_ client: ClientID, _ opening: OpeningID) -> Bool {
        if placed.contains(client.index) { return false }
        if let own = mediation[client.index] { return own.contains(opening.index) }
        return true
    }

    /// Whether the client is in mediation for this opening.
    public func inMediation(_ client: ClientID, _ opening: OpeningID) -> Bool {
        !placed.contains(client.index) && (mediation[client.index]?.contains(opening.index) ?? false)
    }

    /// Whether the client is held out of everything but (at most) his own opening.
    public func holds(_ client: ClientID) -> Bool { placed.contains(client.index) || mediation[client.index] != nil }

    /// A list without the pairs the reservations hold out, cut to `top` and ranked again.
    public func allowed(_ matches: [Match], top: Int) -> [Match] {
        guard !isEmpty else { return Array(matches.prefix(top)) }
        var kept = Array(matches.filter { allows($0.client, $0.opening) }.prefix(top))
        for k in kept.indices { kept[k].rank = k + 1 }
        return kept
    }

    /// Seats of the opening already taken by placed clients.
    public func seatsTaken(at opening: OpeningID) -> Int32 { seatsTaken[opening.index] ?? 0 }

    /// Clients placed, and clients in mediation.
    public var counts: (placed: Int, inBemiddeling: Int) { (placed.count, mediation.keys.count { !placed.contains($0) }) }
}

/// The result of `assign` or a capped shortlist.
public struct Allocation: Sendable {
    /// Why an eligible client got nothing.
    public enum Reason: String, Sendable {
        /// Eligible somewhere, but the seats went to others (the total was higher that way, or,
        /// for a stable matching, the openings preferred others).
        case outcompeted
        /// Eligible, but every score was below `--min-score`.
        case belowMinScore = "below_min_score"
        /// Not eligible for any opening in the run.
        case noneEligible = "none_eligible"
    }
    public struct Unassigned: Sendable {
        public var client: ClientID
        public var reason: Reason
        /// The best opening the client was eligible for (nil when none).
        public var bestAlternative: Match?
    }
    public struct Seat: Sendable {
        public var opening: OpeningID
        public var capacity: Int32
        /// Seats taken by reservations with status `placed`.
        public var reserved: Int32
        public var assigned: Int32
        public var left: Int32 { max(0, capacity - reserved - assigned) }
    }

    /// Grouped by opening (in the order given), best score first within an opening.
    public var assignments: [Match]
    public var seats: [Seat]
    /// Clients in scope without any assignment, by client index.
    public var unassigned: [Unassigned]
    /// Sum of the assigned scores.
    public var totalScore: Double
    /// The optimiser's work: shortest-path searches and nodes settled (max total only).
    public var searches = 0
    public var settled = 0
}

extension Allocation {
    /// Assigns clients to openings: at most `perClient` openings each, at most each opening's
    /// free seats, only pairs among `candidates` (per opening, eligible) scoring at least
    /// `minScore`, and never a pair the reservations hold out.
    ///
    /// - Parameters:
    ///   - openings: the openings of the run, in index order.
    ///   - candidates: per opening, its eligible clients (any order).
    ///   - seats: per opening, the seats to fill (its capacity; a shortlist: its length).
    ///   - inScope: the clients of the run; those not in any candidate list are `none_eligible`.
    public static func allocate(openings: [OpeningID], candidates: [[Match]], seats: [Int32], inScope: [ClientID], clientCount: Int,
                                perClient: Int, minScore: Double, objective: AllocationObjective,
                                reservations: Reservations = Reservations()) -> Allocation {
        precondition(openings.count == candidates.count && openings.count == seats.count)
        var scope = [Bool](repeating: false, count: clientCount)
        for c in inScope { scope[Int(c.index)] = true }
        var edges: [BMatchingProblem.Edge] = []
        var edgeMatch: [Match] = []
        var best = [Match?](repeating: nil, count: clientCount)
        var anyAboveMin = [Bool](repeating: false, count: clientCount)
        for (i, list) in candidates.enumerated() {
            for m in list where scope[Int(m.client.index)] && reservations.allows(m.client, openings[i]) {
                let c = Int(m.client.index)
                if best[c].map({ m.pair.score > $0.pair.score || (m.pair.score == $0.pair.score && m.opening.index < $0.opening.index) }) ?? true {
                    best[c] = m
                }
                guard m.pair.score >= minScore else { continue }
                anyAboveMin[c] = true
                edges.append(.init(left: m.client.index, right: Int32(i), weight: BMatchingProblem.weight(m.pair.score)))
                edgeMatch.append(m)
            }
        }
        let free = zip(openings, seats).map { max(0, $1 - reservations.seatsTaken(at: $0)) }
        let left = scope.map { $0 ? Int32(perClient) : 0 }
        let problem = BMatchingProblem(leftCapacity: left, rightCapacity: free, edges: edges)
        var chosen: [Int]
        var searches = 0, settled = 0
        switch objective {
        case .maxTotal:
            let solution = problem.solve()
            chosen = solution.chosen
            searches = solution.searches
            settled = solution.settled
        case .stable:
            chosen = problem.stableMatching()
        }
        // Per opening, best first (ties: lower client), ranks 1...
        chosen.sort { a, b in
            let x = edges[a], y = edges[b]
            return (x.right, -x.weight, x.left) < (y.right, -y.weight, y.left)
        }
        var assignments: [Match] = []
        var assigned = [Int32](repeating: 0, count: openings.count)
        var got = [Bool](repeating: false, count: clientCount)
        var total = 0.0
        for e in chosen {
            var m = edgeMatch[e]
            let o = Int(edges[e].right)
            assigned[o] += 1
            m.rank = Int(assigned[o])
            got[Int(m.client.index)] = true
            total += m.pair.score
            assignments.append(m)
        }
        var unassigned: [Unassigned] = []
        for c in inScope.sorted(by: { $0.index < $1.index }) where !got[Int(c.index)] && !reservations.holds(c) {
            let i = Int(c.index)
            let reason: Reason = best[i] == nil ? .noneEligible : (anyAboveMin[i] ? .outcompeted : .belowMinScore)
            unassigned.append(Unassigned(client: c, reason: reason, bestAlternative: best[i]))
        }
        let seatList = openings.indices.map {
            Seat(opening: openings[$0], capacity: seats[$0], reserved: reservations.seatsTaken(at: openings[$0]), assigned: assigned[$0])
        }
        return Allocation(assignments: assignments, seats: seatList, unassigned: unassigned, totalScore: total,
                          searches: searches, settled: settled)
    }
}

/// How unevenly something is spread: 0 when everyone has the same, towards 1 when one has all.
/// Over every value given, zeros included (the mean absolute difference over twice the mean).
public func giniCoefficient(_ values: [Int]) -> Double {
    let n = values.count
    let sum = values.reduce(0, +)
    guard n > 0, sum > 0 else { return 0 }
    let sorted = values.sorted()
    var weighted = 0.0
    for (i, x) in sorted.enumerated() { weighted += Double(i + 1) * Double(x) }
    return 2 * weighted / (Double(n) * Double(sum)) - Double(n + 1) / Double(n)
}
