/// Which openings `steps` may propose to a client: the kinds, chosen by the client's rung on the
/// participatieladder, and the opening's rung relative to the client's. A next step is never
/// below the client's rung (docs/scoring.md, "Steps up the ladder"); `steps` asks for one rung
/// up first and for the same rung only for clients without a step up.
public struct StepFilter: Sendable, Hashable {
    /// A bit per kind (`1 << OpeningKind.rawValue`) for each client rung (index `rung - 1`).
    public var kindMasks: [UInt8]
    /// The opening's rung minus the client's rung, for the openings admitted.
    public var rungDelta: ClosedRange<Int>

    /// The same kinds for every rung.
    public init(kinds: Set<OpeningKind>, rungDelta: ClosedRange<Int> = -5...5) {
        self.init(kindsByRung: Array(repeating: kinds, count: LadderRung.allCases.count), rungDelta: rungDelta)
    }

    /// Kinds per client rung (index `rung - 1`), as `Policy.stepKindsByRung`.
    public init(kindsByRung: [Set<OpeningKind>], rungDelta: ClosedRange<Int>) {
        precondition(kindsByRung.count == LadderRung.allCases.count)
        kindMasks = kindsByRung.map { kinds in kinds.reduce(UInt8(0)) { $0 | 1 << $1.rawValue } }
        self.rungDelta = rungDelta
    }

    /// The kinds admitted for a client on `rung`, as bits.
    @inline(__always) public func kindMask(_ rung: LadderRung) -> UInt8 { kindMasks[Int(rung.rawValue) - 1] }

    /// The lowest and highest opening rung admitted for a client on `rung` (the range may be empty).
    @inline(__always) public func rungs(_ rung: LadderRung) -> (low: Int, high: Int) {
        (Int(rung.rawValue) + rungDelta.lowerBound, Int(rung.rawValue) + rungDelta.upperBound)
    }

    /// Whether `steps` may propose opening `o` to client `c` (its rules and score aside).
    public func admits(_ c: Client, _ o: Opening) -> Bool {
        let (low, high) = rungs(c.rung)
        return kindMask(c.rung) & (1 << o.kind.rawValue) != 0 && Int(o.rung.rawValue) >= low && Int(o.rung.rawValue) <= high
    }
}

/// Each client's next steps (`PoolMatcher.nextSteps`): the lists, and which of them are steps on
/// the client's own rung because no step up exists.
public struct NextSteps: Sendable {
    public var lists: [[Match]]
    public var sameRung: [Bool]
}

extension PoolMatcher {
    /// The participatiecoach's next steps for each client (docs/scoring.md, "Steps up the
    /// ladder"): the top `top` eligible openings one rung above the client's, of the kinds
    /// `kindsByRung` gives for his rung; for a client without any, those on his own rung. Never
    /// a step down. The reservations hold pairs out (a placed client gets none, a client in
    /// mediation only his own opening, searched in full since it may lie below the top).
    public func nextSteps(for clients: [ClientID], kindsByRung: [Set<OpeningKind>], top: Int,
                          reservations: Reservations = Reservations()) -> NextSteps {
        let matcher = Matcher(scorer: scorer)
        let everything = scorer.dataset.openings.count
        func lists(_ ids: [ClientID], _ filter: StepFilter) -> [[Match]] {
            zip(ids, steps(for: ids, filter: filter, top: top).lists).map { id, list in
                let full = reservations.holds(id) ? matcher.steps(for: id, filter: filter, top: everything).matches : list
                return reservations.allowed(full, top: top)
            }
        }
        var result = lists(clients, StepFilter(kindsByRung: kindsByRung, rungDelta: 1...1))
        var sameRung = [Bool](repeating: false, count: clients.count)
        let without = clients.indices.filter { result[$0].isEmpty }
        let same = lists(without.map { clients[$0] }, StepFilter(kindsByRung: kindsByRung, rungDelta: 0...0))
        for (k, list) in zip(without, same) where !list.isEmpty {
            result[k] = list
            sameRung[k] = true
        }
        return NextSteps(lists: result, sameRung: sameRung)
    }
}
