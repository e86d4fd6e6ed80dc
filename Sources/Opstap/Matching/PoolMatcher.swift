import Dispatch

/// How much work a bulk run did: the pruning figures the benchmark reports.
public struct PoolStats: Sendable, Equatable {
    /// Pairs the scorer looked at (after the grid index skipped the ones out of reach).
    public var pairsExamined = 0
    /// Pairs that met every rule (among those decided).
    public var pairsEligible = 0
    /// Pairs the scorer left undecided because a cheap upper bound of their score was below what
    /// the list needed (its current last place, or the kind's minimum score). Zero when pruning
    /// is off; then `pairsEligible` counts every eligible pair within reach.
    public var pairsPruned = 0
    public init() {}
}

/// Shortlists and steps for whole pools: the grid index finds the pairs within reach, the lists
/// by competence group (`GroupLists`) leave out those that share no required group, the cheap
/// rules go first, score bounds stop pairs that cannot change a list, and the work is spread
/// over all cores. The lists are exactly those of `Matcher` (without near misses, which need
/// every pair; the commands use `Matcher` for them). docs/performance.md explains each step.
public struct PoolMatcher: Sendable {
    public let scorer: Scorer
    let clientGrid: GridIndex
    let openingGrid: GridIndex
    /// The flat, copy-free path, its rows in grid order; nil when the taxonomy is too large for
    /// its bit masks.
    let hot: HotScorer?
    /// Client id -> row in `hot` (its position in `clientGrid`); opening id -> row likewise.
    let clientRow: [Int32], openingRow: [Int32]
    /// The openings of each cell by required competence group, and the clients of each cell
    /// by the groups they hold something in (flat path only; see `GroupLists`).
    let openingLists: GroupLists?, clientLists: GroupLists?
    /// The summary of each block of `openingLists` (see `GroupLists.Blocking`).
    let openingBlocks: [BoundBlock]
    /// 0, 1, 2, ...: the member positions of a whole cell, for the same scan as a list.
    let positions: [Int32]

    /// - Parameters:
    ///   - cellKm: grid cell size; about the typical travel distance works well.
    ///   - flat: use the flat arrays when the taxonomy fits them (tests turn it off to check the
    ///     struct path that large taxonomies take).
    public init(scorer: Scorer, cellKm: Double = 8, flat: Bool = true) {
        self.scorer = scorer
        let d = scorer.dataset
        clientGrid = GridIndex(points: d.clients.map(\.location), reach: d.clients.map(\.maxTravelKm), cellKm: cellKm)
        openingGrid = GridIndex(points: d.openings.map(\.location), reach: Array(repeating: 0, count: d.openings.count), cellKm: cellKm)
        func inverse(_ order: [Int32]) -> [Int32] {
            var rows = [Int32](repeating: 0, count: order.count)
            for (row, id) in order.enumerated() { rows[Int(id)] = Int32(row) }
            return rows
        }
        clientRow = inverse(clientGrid.members)
        openingRow = inverse(openingGrid.members)
        let hot = flat ? HotScorer(scorer: scorer, clientOrder: clientGrid.members, openingOrder: openingGrid.members) : nil
        self.hot = hot?.hot.usable == true ? hot : nil
        if let pool = self.hot?.hot {
            // Opening lists sorted by kind, sector and activity and cut into blocks of 8, so
            // that a client skips a block whose summary already cannot reach his list.
            let members = openingGrid.members
            let blocking = GroupLists.Blocking(key: { k in
                let o = pool.boundOpenings[k], tags = Self.firstTags(d.openings[Int(members[k])])
                return UInt64(o.kind) << 32 | UInt64(tags)
            }, size: Self.openingBlockSize)
            let lists = GroupLists(grid: openingGrid, mask: { pool.oGroupMask[$0] }, needsShared: { pool.oNeedsSharedGroup[$0] }, blocks: blocking)
            openingLists = lists
            openingBlocks = (0..<lists.blockStart.count - 1).map { b in
                BoundBlock((Int(lists.blockStart[b])..<Int(lists.blockStart[b + 1])).map { pool.boundOpenings[Int(lists.rows[$0])] })
            }
            // Only openings that need a shared group walk these lists; clients without any
            // group can never pass those and stand in no list.
            clientLists = GroupLists(grid: clientGrid, mask: { pool.cGroups[$0] }, needsShared: { _ in true })
            positions = (0..<Int32(d.clients.count)).map { $0 }
        } else {
            openingLists = nil
            openingBlocks = []
            clientLists = nil
            positions = []
        }
    }

    /// Every given opening's top `top` eligible clients scoring at least the kind's minimum.
    /// - Parameter prune: skip pairs whose score bound cannot reach the list (the default; the
    ///   lists are the same either way, only the counts differ).
    public func shortlists(for openings: [OpeningID], top: Int, prune: Bool = true) -> (lists: [[Match]], stats: PoolStats) {
        let clients = scorer.dataset.clients
        let grid = clientGrid
        return parallel(openings.count, order: Self.gridOrder(openings.map { openingRow[Int($0.index)] })) { k, stats, scratch in
            let o = scorer.dataset.openings[Int(openings[k].index)]
            if let until = o.validUntil, until < scorer.referenceDay { return [] }
            let minScore = scorer.policy[o.kind].minScore
            var best = TopN(top)
            if let hot {
                // Rows are in grid order: each cell is one contiguous stretch of every array.
                let row = Int(openingRow[Int(o.id.index)])
                var (cells, segments) = scratch.take()
                defer { scratch.give(cells, segments) }
                grid.cellsNearestFirst(near: o.location, radiusKm: grid.maxReach, into: &cells)
                // A pair matters only when it can beat `floor`; the travel component alone caps
                // what a client `share x his travel distance` away can score.
                let kind = Int(o.kind.rawValue)
                var floor = prune ? minScore : -Double.infinity
                var share = hot.travelShare(floor: floor, kind: kind)
                let lists = clientLists!
                // An opening that needs a shared competence group meets only the clients of its
                // own groups' lists; another meets every client of the cell (see `GroupLists`).
                let needsShared = hot.hot.oNeedsSharedGroup[row]
                let openingGroups = hot.hot.oGroupMask[row]
                grid.memberReach.withUnsafeBufferPointer { reach in
                    grid.members.withUnsafeBufferPointer { ids in
                        (needsShared ? lists.rows : positions).withUnsafeBufferPointer { source in
                            withUnsafeTemporaryAllocation(of: Int32.self, capacity: Self.block) { buffer in
                                let passed = buffer.baseAddress!
                                // The stretches of `source` to scan in a cell, each with the groups
                                // whose lists come earlier (entries sharing one are skipped).
                                for cell in cells {
                                    // Cells come nearest first, up to rounding: skip, not stop.
                                    if cell.bound > share * grid.maxReach { continue }
                                    let index = Int(cell.index)
                                    segments.removeAll(keepingCapacity: true)
                                    if needsShared {
                                        lists.appendLists(of: index, sharing: openingGroups, to: &segments)
                                    } else {
                                        segments.append((Int(cell.start)..<Int(cell.end), 0))
                                    }
                                    for segment in segments {
                                        var k = segment.range.lowerBound
                                        while k < segment.range.upperBound {
                                            // Clients come by travel distance, far to near: the list
                                            // ends for this opening at the first one that cannot matter.
                                            let blockEnd = min(segment.range.upperBound, k + Self.block)
                                            var j = k
                                            while j < blockEnd && !(cell.bound > share * reach[Int(source[j])]) { j += 1 }
                                            let (n, skipped) = hot.filterClients(
                                                rows: UnsafeBufferPointer(rebasing: source[k..<j]), opening: row, shareSquared: share * share,
                                                lowerGroups: segment.lower, into: passed, pruned: &stats.pairsPruned)
                                            stats.pairsExamined += j - k - skipped
                                            let kept = prune ? hot.keepClients(passed, count: n, opening: row, floor: floor, pruned: &stats.pairsPruned) : n
                                            for x in 0..<kept {
                                                let client = Int(passed[x])
                                                let score = hot.evaluatePassed(client, row, floor: floor)
                                                if Self.record(score, ids[client], minScore: minScore, &best, &stats) && prune {
                                                    floor = best.threshold
                                                    share = hot.travelShare(floor: floor, kind: kind)
                                                }
                                            }
                                            if j < blockEnd { break }
                                            k = j
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            } else {
                // The struct path borrows through these pointers (reading clients[k] into a
                // local would copy it and retain its arrays every pair).
                clients.withUnsafeBufferPointer { clientBuffer in
                    let cb = clientBuffer.baseAddress!
                    grid.forEachCandidate(near: o.location, radiusKm: grid.maxReach, useReach: true) { position in
                        let k = Int(grid.members[position])
                        stats.pairsExamined += 1
                        guard let p = scorer.evaluateIfEligible((cb + k).pointee, o) else { return }
                        stats.pairsEligible += 1
                        if p.score >= minScore { best.offer(p.score, Int32(k)) }
                    }
                }
            }
            return best.sorted().enumerated().map { rank, item in
                let pair = hot.map { $0.pairScore(Int(clientRow[Int(item.id)]), Int(openingRow[Int(o.id.index)]))! }
                    ?? scorer.evaluateIfEligible(clients[Int(item.id)], o)!
                return Match(client: ClientID(item.id), opening: o.id, rank: rank + 1, pair: pair)
            }
        }
    }

    /// Every given client's top `top` eligible openings of the given kinds.
    /// - Parameter prune: as for `shortlists`.
    public func steps(for clients: [ClientID], kinds: Set<OpeningKind>, top: Int, prune: Bool = true) -> (lists: [[Match]], stats: PoolStats) {
        steps(for: clients, filter: StepFilter(kinds: kinds), top: top, prune: prune)
    }

    /// Every given client's top `top` eligible openings among those `filter` admits for him
    /// (kinds by his rung, the opening's rung within the filter's range of his).
    public func steps(for clients: [ClientID], filter: StepFilter, top: Int, prune: Bool = true) -> (lists: [[Match]], stats: PoolStats) {
        let openings = scorer.dataset.openings
        let grid = openingGrid
        let minScores = scorer.policy.kinds.map(\.minScore)
        return parallel(clients.count, order: Self.gridOrder(clients.map { clientRow[Int($0.index)] })) { k, stats, scratch in
            let c = scorer.dataset.clients[Int(clients[k].index)]
            let mask = filter.kindMask(c.rung)
            let (rungLow, rungHigh) = filter.rungs(c.rung)
            var best = TopN(top)
            if mask == 0 || rungLow > rungHigh { return [] }
            if let hot {
                let row = Int(clientRow[Int(c.id.index)])
                var (cells, segments) = scratch.take()
                defer { scratch.give(cells, segments) }
                grid.cellsNearestFirst(near: c.location, radiusKm: c.maxTravelKm, into: &cells, sorted: false)
                // The farthest share of the travel distance at which an opening of any asked
                // kind can still beat the list's threshold (see `travelShare`).
                var threshold = -Double.infinity
                func reachableShare(_ threshold: Double) -> Double {
                    guard prune else { return 1 }
                    var share = 0.0
                    for kind in 0..<minScores.count where mask & (1 << kind) != 0 {
                        share = max(share, hot.travelShare(floor: max(minScores[kind], threshold), kind: kind))
                    }
                    return share
                }
                var share = reachableShare(threshold)
                // The share follows the threshold lazily: recomputed (exp and log per kind) at
                // the next cell or run of blocks, not at every rise within a run.
                var shareFor = threshold
                let lists = openingLists!
                let clientGroups = hot.hot.cGroups[row]
                let boundClient = hot.hot.boundClients[row]
                let blockStart = lists.blockStart
                grid.members.withUnsafeBufferPointer { ids in
                    lists.rows.withUnsafeBufferPointer { listRows in
                        withUnsafeTemporaryAllocation(of: Int32.self, capacity: Self.block) { buffer in
                            let passed = buffer.baseAddress!
                            // The lists to scan in a cell, each with the groups whose lists come
                            // earlier (entries sharing one are skipped).
                            for cell in cells {
                                // Cells come ring by ring, not strictly by distance: skip, not stop.
                                if shareFor != threshold { share = reachableShare(threshold); shareFor = threshold }
                                if cell.bound > share * c.maxTravelKm { continue }
                                // Openings that need a shared competence group come only from
                                // the lists of the client's own groups (see `GroupLists`).
                                let index = Int(cell.index)
                                segments.removeAll(keepingCapacity: true)
                                segments.append((lists.always(index), 0))
                                lists.appendLists(of: index, sharing: clientGroups, to: &segments)
                                for segment in segments {
                                    // Blocks whose summary cannot reach the list are skipped;
                                    // runs of the others are filtered together.
                                    let blocks = lists.blocks(in: segment.range)
                                    var b = blocks.lowerBound
                                    while b < blocks.upperBound {
                                        if prune && Int(blockStart[b + 1] - blockStart[b]) >= Self.checkedBlock
                                            && hot.blockBelow(boundClient, openingBlocks[b], nearKm: cell.bound, threshold: threshold) {
                                            b += 1
                                            continue
                                        }
                                        let k = Int(blockStart[b])
                                        b += 1
                                        var skipNext = false
                                        while b < blocks.upperBound && Int(blockStart[b + 1]) - k <= Self.block {
                                            if prune && Int(blockStart[b + 1] - blockStart[b]) >= Self.checkedBlock
                                                && hot.blockBelow(boundClient, openingBlocks[b], nearKm: cell.bound, threshold: threshold) {
                                                skipNext = true
                                                break
                                            }
                                            b += 1
                                        }
                                        let blockEnd = Int(blockStart[b])
                                        if skipNext { b += 1 }
                                        if shareFor != threshold { share = reachableShare(threshold); shareFor = threshold }
                                        let (n, skipped) = hot.filterOpenings(
                                            rows: UnsafeBufferPointer(rebasing: listRows[k..<blockEnd]), client: row, kindMask: mask,
                                            rungs: rungLow...rungHigh, shareSquared: share * share, lowerGroups: segment.lower, into: passed, pruned: &stats.pairsPruned)
                                        stats.pairsExamined += blockEnd - k - skipped
                                        let kept = prune ? hot.keepOpenings(passed, count: n, client: row, threshold: threshold, pruned: &stats.pairsPruned) : n
                                        for x in 0..<kept {
                                            let opening = Int(passed[x])
                                            let kind = Int(hot.hot.oKind[opening])
                                            let minScore = minScores[kind]
                                            let score = hot.evaluatePassed(row, opening, floor: prune ? max(minScore, threshold) : -Double.infinity)
                                            if Self.record(score, ids[opening], minScore: minScore, &best, &stats) && prune {
                                                threshold = best.threshold
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            } else {
                openings.withUnsafeBufferPointer { openingBuffer in
                    let base = openingBuffer.baseAddress!
                    grid.forEachCandidate(near: c.location, radiusKm: c.maxTravelKm, useReach: false) { position in
                        let k = Int(grid.members[position])
                        let kind = (base + k).pointee.kind
                        guard filter.admits(c, (base + k).pointee) else { return }
                        stats.pairsExamined += 1
                        guard let p = scorer.evaluateIfEligible(c, (base + k).pointee) else { return }
                        stats.pairsEligible += 1
                        if p.score >= minScores[Int(kind.rawValue)] { best.offer(p.score, Int32(k)) }
                    }
                }
            }
            return best.sorted().enumerated().map { rank, item in
                let pair = hot.map { $0.pairScore(Int(clientRow[Int(c.id.index)]), Int(openingRow[Int(item.id)]))! }
                    ?? scorer.evaluateIfEligible(c, openings[Int(item.id)])!
                return Match(client: c.id, opening: OpeningID(item.id), rank: rank + 1, pair: pair)
            }
        }
    }

    /// Counts a decided pair and offers it to the list when it scores the minimum; true when
    /// that raised the list's threshold (so the caller's floor and cut-offs can tighten).
    @inline(__always)
    static func record(_ score: Double, _ id: Int32, minScore: Double, _ best: inout TopN, _ stats: inout PoolStats) -> Bool {
        if score == HotScorer.belowFloor { stats.pairsPruned += 1; return false }
        guard score >= 0 else { return false }
        stats.pairsEligible += 1
        guard score >= minScore else { return false }
        let before = best.threshold
        best.offer(score, id)
        return best.threshold > before
    }

    /// Pairs filtered at a time (the buffer of survivors lives on the stack).
    static let block = 256

    /// The most openings in a block of `openingLists`, and the fewest for which the block
    /// bound is tried (a smaller block costs about as much to check as to scan).
    static let openingBlockSize = 8, checkedBlock = 3

    /// The lowest sector and the lowest activity tag of an opening, for the block order.
    static func firstTags(_ o: Opening) -> UInt32 {
        UInt32(truncatingIfNeeded: o.sectors.map(\.index).min() ?? 0xFFFF) << 16 | UInt32(truncatingIfNeeded: o.activities.map(\.index).min() ?? 0xFFFF) & 0xFFFF
    }

    /// The items' positions sorted by their rows in grid order: neighbours are visited one
    /// after the other, so the cells they look at are still in the cache.
    static func gridOrder(_ rows: [Int32]) -> [Int] {
        var keys = rows.enumerated().map { UInt64(UInt32(bitPattern: $0.element)) << 32 | UInt64($0.offset) }
        keys.sort()
        return keys.map { Int($0 & 0xFFFF_FFFF) }
    }

    /// Runs `work` for 0..<count on all cores in contiguous chunks of `order` (every item
    /// once). Each item's result goes to its own slot and each chunk counts
    /// in its own stats, summed in chunk order afterwards: the output does not depend on which
    /// thread ran what, nor on the order.
    private func parallel(_ count: Int, order: [Int], _ work: @escaping @Sendable (Int, inout PoolStats, Scratch) -> [Match]) -> (lists: [[Match]], stats: PoolStats) {
        let results = Slots<[Match]>(count: count, initial: [])
        let chunkCount = min(count, 512)
        let chunkStats = Slots<PoolStats>(count: chunkCount, initial: PoolStats())
        if chunkCount > 0 {
            DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
                var stats = PoolStats()
                let scratch = Scratch()
                let start = chunk * count / chunkCount, end = (chunk + 1) * count / chunkCount
                for p in start..<end {
                    let k = order[p]
                    results[k] = work(k, &stats, scratch)
                }
                chunkStats[chunk] = stats
            }
        }
        var total = PoolStats()
        for k in 0..<chunkCount {
            total.pairsExamined += chunkStats[k].pairsExamined
            total.pairsEligible += chunkStats[k].pairsEligible
            total.pairsPruned += chunkStats[k].pairsPruned
        }
        return (results.toArray(), total)
    }
}

/// Buffers one worker reuses from item to item (the cells of a query, the lists to scan), so
/// that an item allocates only its result. Never shared between threads.
final class Scratch {
    private var cells: [GridIndex.Cell] = []
    private var segments: [(range: Range<Int>, lower: UInt64)] = []

    /// The buffers, moved out (so that the caller holds the only reference and appending to
    /// them does not copy); `give` them back afterwards.
    func take() -> ([GridIndex.Cell], [(range: Range<Int>, lower: UInt64)]) {
        defer { (cells, segments) = ([], []) }
        return (cells, segments)
    }

    func give(_ cells: [GridIndex.Cell], _ segments: [(range: Range<Int>, lower: UInt64)]) {
        (self.cells, self.segments) = (cells, segments)
    }
}

/// Result slots that worker threads fill at distinct indices. Unchecked-Sendable because the
/// callers guarantee that no two threads touch the same index and that reading happens after
/// `concurrentPerform` has returned (which is a full barrier).
package final class Slots<T>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<T>
    package let count: Int

    package init(count: Int, initial: T) {
        self.count = count
        base = .allocate(capacity: max(count, 1))
        base.initialize(repeating: initial, count: count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    package subscript(index: Int) -> T {
        get { base[index] }
        set { base[index] = newValue }
    }

    /// The value at `index`, with `empty` left in its place (no copy of what the value holds).
    package func take(_ index: Int, leaving empty: T) -> T {
        let value = (base + index).move()
        (base + index).initialize(to: empty)
        return value
    }

    package func toArray() -> [T] { Array(UnsafeBufferPointer(start: base, count: count)) }
}

extension PoolMatcher {
    /// The order in which a rejected pair is put down to a rule: the rules of the packed word
    /// first, then the other bit-mask rules, the distance and the coverage, as the bulk path's
    /// filter and bounds check them.
    public static let ruleOrder: [Rule] = [.placeability, .validUntil, .licence, .code95, .dutchLevel, .targetGroup, .ladderStep,
                                           .restriction, .schedule, .distance, .coverage]

    /// Where the pairs the grid index hands the shortlist go: per rule, how many examined pairs
    /// it is the first to reject (in `ruleOrder`), and how many it alone rejects. A diagnostic
    /// for the benchmark and docs/performance.md: it says which filter would prune best.
    public func rejections(for openings: [OpeningID]) -> RejectionProfile {
        let clients = scorer.dataset.clients
        let grid = clientGrid
        let chunks = Slots<RejectionProfile>(count: max(1, min(openings.count, 64)), initial: RejectionProfile())
        let chunkCount = chunks.count
        DispatchQueue.concurrentPerform(iterations: openings.isEmpty ? 0 : chunkCount) { chunk in
            var profile = RejectionProfile()
            for k in (chunk * openings.count / chunkCount)..<((chunk + 1) * openings.count / chunkCount) {
                let o = scorer.dataset.openings[Int(openings[k].index)]
                grid.forEachCandidate(near: o.location, radiusKm: grid.maxReach, useReach: true) { position in
                    let p = scorer.evaluate(clients[Int(grid.members[position])], o)
                    profile.examined += 1
                    if p.isEligible { profile.eligible += 1; return }
                    if let first = PoolMatcher.ruleOrder.first(where: p.failures.contains) { profile.first[first.rawValue] += 1 }
                    if p.failures.count == 1 { profile.only[p.failures.members[0].rawValue] += 1 }
                }
            }
            chunks[chunk] = profile
        }
        var total = RejectionProfile()
        for k in 0..<chunkCount { total.add(chunks[k]) }
        return total
    }
}

/// Counts of examined pairs by the rule that rejects them (see `PoolMatcher.rejections`).
public struct RejectionProfile: Sendable, Equatable {
    public var examined = 0, eligible = 0
    /// Per `Rule.rawValue`: pairs this rule is the first to reject, in `PoolMatcher.ruleOrder`.
    public var first = [Int](repeating: 0, count: Rule.allCases.count)
    /// Per `Rule.rawValue`: pairs that fail this rule and no other.
    public var only = [Int](repeating: 0, count: Rule.allCases.count)
    public init() {}

    mutating func add(_ other: RejectionProfile) {
        examined += other.examined
        eligible += other.eligible
        for k in first.indices { first[k] += other.first[k]; only[k] += other.only[k] }
    }
}
