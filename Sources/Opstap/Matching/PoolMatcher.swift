import Dispatch

/// How much work a bulk run did: the pruning figure the benchmark reports.
public struct PoolStats: Sendable, Equatable {
    /// Pairs the scorer looked at (after the grid index skipped the ones out of reach).
    public var pairsExamined = 0
    /// Pairs that met every rule.
    public var pairsEligible = 0
    public init() {}
}

/// Shortlists and steps for whole pools: the grid index finds the pairs within reach, the cheap
/// rules go first, and the work is spread over all cores. The lists are exactly those of
/// `Matcher` (without near misses, which need every pair; the commands use `Matcher` for them).
public struct PoolMatcher: Sendable {
    public let scorer: Scorer
    let clientGrid: GridIndex
    let openingGrid: GridIndex
    /// The flat, copy-free path; nil when the taxonomy is too large for its bit masks.
    let hot: HotScorer?

    /// - Parameters:
    ///   - cellKm: grid cell size; about the typical travel distance works well.
    ///   - flat: use the flat arrays when the taxonomy fits them (tests turn it off to check the
    ///     struct path that large taxonomies take).
    public init(scorer: Scorer, cellKm: Double = 5, flat: Bool = true) {
        self.scorer = scorer
        let d = scorer.dataset
        clientGrid = GridIndex(points: d.clients.map(\.location), reach: d.clients.map(\.maxTravelKm), cellKm: cellKm)
        openingGrid = GridIndex(points: d.openings.map(\.location), reach: Array(repeating: 0, count: d.openings.count), cellKm: cellKm)
        let hot = HotScorer(scorer: scorer)
        self.hot = flat && hot.hot.usable ? hot : nil
    }

    /// A pair's score when eligible: through the flat arrays when possible.
    @inline(__always)
    func evaluate(_ client: Int, _ opening: Int, _ clients: UnsafePointer<Client>, _ openings: UnsafePointer<Opening>) -> PairScore? {
        if let hot { return hot.evaluateIfEligible(client, opening) }
        return scorer.evaluateIfEligible((clients + client).pointee, (openings + opening).pointee)
    }

    /// Every given opening's top `top` eligible clients scoring at least the kind's minimum.
    public func shortlists(for openings: [OpeningID], top: Int) -> (lists: [[Match]], stats: PoolStats) {
        let clients = scorer.dataset.clients
        let grid = clientGrid
        return parallel(openings.count) { k, stats in
            let o = scorer.dataset.openings[Int(openings[k].index)]
            if let until = o.validUntil, until < scorer.referenceDay { return [] }
            let minScore = scorer.policy[o.kind].minScore
            var best = TopN(top)
            // The flat path reads by index; the struct path borrows through these pointers
            // (reading clients[k] into a local would copy it and retain its arrays every pair).
            let oi = Int(o.id.index)
            clients.withUnsafeBufferPointer { clientBuffer in
                scorer.dataset.openings.withUnsafeBufferPointer { openingBuffer in
                    let (cb, ob) = (clientBuffer.baseAddress!, openingBuffer.baseAddress!)
                    grid.forEachCandidate(near: o.location, radiusKm: grid.maxReach, useReach: true) { position in
                        let k = Int(grid.members[position])
                        stats.pairsExamined += 1
                        guard let p = evaluate(k, oi, cb, ob) else { return }
                        stats.pairsEligible += 1
                        if p.score >= minScore { best.offer(p.score, Int32(k)) }
                    }
                }
            }
            return best.sorted().enumerated().map { rank, item in
                Match(client: ClientID(item.id), opening: o.id, rank: rank + 1, pair: scorer.evaluateIfEligible(clients[Int(item.id)], o)!)
            }
        }
    }

    /// Every given client's top `top` eligible openings of the given kinds.
    public func steps(for clients: [ClientID], kinds: Set<OpeningKind>, top: Int) -> (lists: [[Match]], stats: PoolStats) {
        let openings = scorer.dataset.openings
        let grid = openingGrid
        var kindMask: UInt8 = 0
        for kind in kinds { kindMask |= 1 << kind.rawValue }
        let mask = kindMask
        return parallel(clients.count) { k, stats in
            let c = scorer.dataset.clients[Int(clients[k].index)]
            var best = TopN(top)
            let ci = Int(c.id.index)
            scorer.dataset.clients.withUnsafeBufferPointer { clientBuffer in
                openings.withUnsafeBufferPointer { openingBuffer in
                    let (cb, base) = (clientBuffer.baseAddress!, openingBuffer.baseAddress!)
                    grid.forEachCandidate(near: c.location, radiusKm: c.maxTravelKm, useReach: false) { position in
                        let k = Int(grid.members[position])
                        let kind = (base + k).pointee.kind
                        guard mask & (1 << kind.rawValue) != 0 else { return }
                        stats.pairsExamined += 1
                        guard let p = evaluate(ci, k, cb, base) else { return }
                        stats.pairsEligible += 1
                        if p.score >= scorer.policy[kind].minScore { best.offer(p.score, Int32(k)) }
                    }
                }
            }
            return best.sorted().enumerated().map { rank, item in
                Match(client: c.id, opening: OpeningID(item.id), rank: rank + 1, pair: scorer.evaluateIfEligible(c, openings[Int(item.id)])!)
            }
        }
    }

    /// Runs `work` for 0..<count on all cores in contiguous chunks. Each item's result goes to
    /// its own slot and each chunk counts in its own stats, summed in chunk order afterwards:
    /// the output does not depend on which thread ran what.
    private func parallel(_ count: Int, _ work: @escaping @Sendable (Int, inout PoolStats) -> [Match]) -> (lists: [[Match]], stats: PoolStats) {
        let results = Slots<[Match]>(count: count, initial: [])
        let chunkCount = min(count, 512)
        let chunkStats = Slots<PoolStats>(count: chunkCount, initial: PoolStats())
        if chunkCount > 0 {
            DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
                var stats = PoolStats()
                let start = chunk * count / chunkCount, end = (chunk + 1) * count / chunkCount
                for k in start..<end { results[k] = work(k, &stats) }
                chunkStats[chunk] = stats
            }
        }
        var total = PoolStats()
        for k in 0..<chunkCount {
            total.pairsExamined += chunkStats[k].pairsExamined
            total.pairsEligible += chunkStats[k].pairsEligible
        }
        return (results.toArray(), total)
    }
}

/// Result slots that worker threads fill at distinct indices. Unchecked-Sendable because the
/// callers guarantee that no two threads touch the same index and that reading happens after
/// `concurrentPerform` has returned (which is a full barrier).
final class Slots<T>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<T>
    let count: Int

    init(count: Int, initial: T) {
        self.count = count
        base = .allocate(capacity: max(count, 1))
        base.initialize(repeating: initial, count: count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    subscript(index: Int) -> T {
        get { base[index] }
        set { base[index] = newValue }
    }

    func toArray() -> [T] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
