import Testing
@testable import Opstap

/// A match with only a score: enough for the allocation layers, which never look further.
func fakeMatch(_ client: Int, _ opening: Int, _ score: Double) -> Match {
    var pair = PairScore()
    pair.score = score
    return Match(client: ClientID(Int32(client)), opening: OpeningID(Int32(opening)), rank: 0, pair: pair)
}

/// Per opening, random candidates with scores on a coarse grid (ties happen).
func randomCandidates(seed: UInt64, clients: Int, openings: Int, chance: Int) -> [[Match]] {
    var random = TestRandom(state: seed)
    return (0..<openings).map { o in
        (0..<clients).compactMap { c in random.int(0...99) < chance ? fakeMatch(c, o, Double(random.int(20...100)) / 2) : nil }
    }
}

@Suite struct AllocationTests {
    @Test(arguments: 0..<40)
    func cappedShortlistIsTheBruteForceOptimum(seed: Int) {
        let clients = 3 + seed % 4, openings = 2 + seed % 3
        let candidates = randomCandidates(seed: UInt64(seed) + 900, clients: clients, openings: openings, chance: 60)
        let edges = candidates.flatMap { $0 }
        guard edges.count <= 15 else { return }
        let top = 1 + seed % 3, cap = 1 + seed % 2
        let result = CappedShortlist.make(openings: (0..<openings).map { OpeningID(Int32($0)) }, candidates: candidates, top: top,
                                          maxPerClient: cap, clientCount: clients)
        var appearances = [Int](repeating: 0, count: clients)
        for list in result.lists {
            #expect(list.count <= top)
            #expect(zip(list, list.dropFirst()).allSatisfy { $0.pair.score >= $1.pair.score })
            #expect(list.enumerated().allSatisfy { $1.rank == $0 + 1 })
            for m in list { appearances[Int(m.client.index)] += 1 }
        }
        #expect(appearances.allSatisfy { $0 <= cap })
        let problem = BMatchingProblem(leftCapacity: Array(repeating: Int32(cap), count: clients), rightCapacity: Array(repeating: Int32(top), count: openings),
                                       edges: edges.map { .init(left: $0.client.index, right: $0.opening.index, weight: BMatchingProblem.weight($0.pair.score)) })
        #expect(BMatchingProblem.weight(result.totalScore) == bruteForceOptimum(problem), "seed \(seed)")
    }

    @Test func giniAgainstTheDefinition() {
        var random = TestRandom(state: 3)
        for _ in 0..<50 {
            let values = (0..<random.int(1...30)).map { _ in random.int(0...6) }
            let n = Double(values.count), mean = Double(values.reduce(0, +)) / n
            var sum = 0.0
            for a in values { for b in values { sum += Double(abs(a - b)) } }
            let reference = mean == 0 ? 0 : sum / (2 * n * n * mean)
            #expect(abs(giniCoefficient(values) - reference) < 1e-12)
        }
        #expect(giniCoefficient([2, 2, 2]) == 0)
        #expect(abs(giniCoefficient([0, 0, 0, 4]) - 0.75) < 1e-12)
    }

    @Test func reservationsHoldClientsOutAndPlacedOnesTakeSeats() {
        // Opening 0 has 2 seats; client 0 is placed there, client 1 in mediation for opening 1.
        let candidates = [[fakeMatch(0, 0, 90), fakeMatch(1, 0, 80), fakeMatch(2, 0, 50), fakeMatch(3, 0, 40)],
                          [fakeMatch(1, 1, 30), fakeMatch(2, 1, 70)]]
        let reservations = Reservations([Reservation(client: ClientID(0), opening: OpeningID(0), status: .placed),
                                         Reservation(client: ClientID(1), opening: OpeningID(1), status: .inBemiddeling)])
        let a = Allocation.allocate(openings: [OpeningID(0), OpeningID(1)], candidates: candidates, seats: [2, 1],
                                    inScope: (0..<4).map { ClientID(Int32($0)) }, clientCount: 4, perClient: 1, minScore: 0,
                                    objective: .maxTotal, reservations: reservations)
        let pairs = a.assignments.map { ($0.client.index, $0.opening.index) }
        // One seat left at opening 0 (client 0 took one); client 1 may only go to opening 1.
        #expect(a.seats[0].reserved == 1 && a.seats[0].assigned == 1 && a.seats[0].left == 0)
        #expect(!pairs.contains { $0.0 == 0 })
        #expect(!pairs.contains { $0 == (1, 0) })
        // Best total: 2→1 (70) + 3→0 (40) = 110 beats 2→0 (50) + 1→1 (30) = 80.
        #expect(a.totalScore == 110)
        #expect(Set(pairs.map { "\($0.0)-\($0.1)" }) == ["3-0", "2-1"])
        // Held clients are not reported as unassigned; client 1 is in mediation.
        #expect(a.unassigned.isEmpty)
    }

    @Test func unassignedReasons() {
        // One seat; clients 0 and 1 eligible; client 2 only below the minimum; client 3 nowhere.
        let candidates = [[fakeMatch(0, 0, 90), fakeMatch(1, 0, 80), fakeMatch(2, 0, 20)]]
        let a = Allocation.allocate(openings: [OpeningID(0)], candidates: candidates, seats: [1],
                                    inScope: (0..<4).map { ClientID(Int32($0)) }, clientCount: 4, perClient: 1, minScore: 30, objective: .maxTotal)
        #expect(a.assignments.map(\.client.index) == [0])
        #expect(a.unassigned.map(\.reason) == [.outcompeted, .belowMinScore, .noneEligible])
        #expect(a.unassigned[0].bestAlternative?.opening == OpeningID(0))
        #expect(a.unassigned[2].bestAlternative == nil)
    }

    @Test(arguments: 0..<25)
    func marketPlanWithinItsBoundAndExactWhenEveryoneFits(seed: Int) {
        let clients = 6, standCount = 3
        var random = TestRandom(state: UInt64(seed) + 77)
        let stands = (0..<standCount).map { Stand(id: "S\($0)", organisation: "O", openings: [OpeningID(Int32($0))], conversations: Int32(random.int(1...3))) }
        let candidates = randomCandidates(seed: UInt64(seed) + 4000, clients: clients, openings: standCount, chance: 70)
        let invite = 1 + seed % 4, route = 1 + seed % 2
        let plan = MarketPlan.plan(stands: stands, candidates: candidates, clientCount: clients, invite: invite, route: route)
        // The true optimum: every set of `invite` clients, each solved exactly.
        var optimum: Int64 = 0
        for mask in 0..<(1 << clients) where mask.nonzeroBitCount <= invite {
            let edges = candidates.flatMap { $0 }.map { BMatchingProblem.Edge(left: $0.client.index, right: $0.opening.index, weight: BMatchingProblem.weight($0.pair.score)) }
            let p = BMatchingProblem(leftCapacity: (0..<clients).map { mask & (1 << $0) != 0 ? Int32(route) : 0 },
                                     rightCapacity: stands.map(\.conversations), edges: edges)
            optimum = max(optimum, p.solve().totalWeight)
        }
        let total = BMatchingProblem.weight(plan.totalScore)
        #expect(plan.routes.count <= invite)
        #expect(plan.routes.allSatisfy { $0.stops.count <= route })
        #expect(zip(plan.visitors, stands).allSatisfy { $0 <= Int($1.conversations) })
        #expect(total <= optimum)
        #expect(optimum <= BMatchingProblem.weight(plan.upperBound))
        if invite >= plan.eligibleClients { #expect(total == optimum, "seed \(seed)") }
    }
}
