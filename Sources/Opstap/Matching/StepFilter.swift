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
