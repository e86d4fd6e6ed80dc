/// Per grid cell, its members split by competence group. When one side of a pair needs the
/// other to hold something in one of its groups (an opening that requires competences under a
/// kind with a minimum coverage above 0: every credit needs the group), the pair can only be
/// eligible when the two share a group. So a query walks the list "always" and, for each group
/// of its own, that group's list; everyone else in the cell would fail the coverage rule and is
/// never touched.
///
/// A member with several groups stands in each of their lists; a query takes it only from the
/// list of the lowest group both sides have (`HotScorer.filterOpenings(rows:)` skips the other
/// entries), so every pair is examined at most once. Lists keep the cell's member order, or,
/// with `blocks`, are sorted by a key and cut into short blocks (see `Blocking`).
/// - Complexity: building O(members x groups per member); memory 4 bytes per entry and 65
///   offsets per cell (with blocks 4 more bytes per entry and 4 per block).
struct GroupLists: Sendable {
    /// How to sort each list and cut it into blocks, so that a query can skip a whole block on a
    /// bound computed from a summary of its members (the pool matcher's opening lists: by kind,
    /// then sector and activity, so that a block's members have much in common).
    struct Blocking {
        /// Members are sorted by key (then position); a block never mixes keys with different
        /// upper halves (`key >> 32`, the kind for openings).
        let key: (Int) -> UInt64
        /// The most members in a block.
        let size: Int
    }

    /// With blocks: block `b` is `rows[blockStart[b] ..< blockStart[b + 1]]`; `firstBlock[p]`
    /// is the number of blocks starting before position `p` of `rows`. Empty without.
    let blockStart: [Int32]
    private let firstBlock: [Int32]

    /// For cell `c`: the list "always" from `offsets[c * 65]`, group `g`'s list from
    /// `offsets[c * 65 + 1 + g]`, each up to the next offset.
    private let offsets: [Int32]
    /// Member positions (rows in grid order), list after list.
    let rows: [Int32]
    /// Per cell, the groups that have a list.
    let groups: [UInt64]

    /// - Parameters:
    ///   - mask: the competence groups of the member at each position (bit per group).
    ///   - needsShared: true when the member at a position passes the filter only with a
    ///     partner that shares one of its groups.
    init(grid: GridIndex, mask: (Int) -> UInt64, needsShared: (Int) -> Bool, blocks: Blocking? = nil) {
        let cells = grid.cellCount
        var offsets = [Int32](repeating: 0, count: cells * 65 + 1)
        var rows: [Int32] = []
        var groups = [UInt64](repeating: 0, count: cells)
        var lists = [[Int32]](repeating: [], count: 65)
        var blockStart: [Int32] = []
        for cell in 0..<cells {
            for k in 0..<65 { lists[k].removeAll(keepingCapacity: true) }
            for position in grid.members(ofCell: cell) {
                if needsShared(position) {
                    var bits = mask(position)
                    groups[cell] |= bits
                    while bits != 0 {
                        lists[1 + bits.trailingZeroBitCount].append(Int32(position))
                        bits &= bits - 1
                    }
                } else {
                    lists[0].append(Int32(position))
                }
            }
            for k in 0..<65 {
                offsets[cell * 65 + k] = Int32(rows.count)
                if let blocks, !lists[k].isEmpty {
                    let keyed = lists[k].map { (key: blocks.key(Int($0)), row: $0) }.sorted { $0.key != $1.key ? $0.key < $1.key : $0.row < $1.row }
                    for (j, entry) in keyed.enumerated() {
                        let start = blockStart.last.map { Int(rows.count) - Int($0) } ?? 0
                        if j == 0 || start >= blocks.size || keyed[j - 1].key >> 32 != entry.key >> 32 { blockStart.append(Int32(rows.count)) }
                        rows.append(entry.row)
                    }
                } else {
                    rows += lists[k]
                }
            }
        }
        offsets[cells * 65] = Int32(rows.count)
        self.offsets = offsets
        self.rows = rows
        self.groups = groups
        if blocks != nil {
            blockStart.append(Int32(rows.count))
            var first = [Int32](repeating: 0, count: rows.count + 1)
            var b = 0
            for p in 0...rows.count {
                while b < blockStart.count - 1 && Int(blockStart[b]) < p { b += 1 }
                first[p] = Int32(b)
            }
            firstBlock = first
        } else {
            firstBlock = []
        }
        self.blockStart = blockStart
    }

    /// The blocks that make up the rows `range` of one list (built with `blocks` only).
    @inline(__always) func blocks(in range: Range<Int>) -> Range<Int> { Int(firstBlock[range.lowerBound])..<Int(firstBlock[range.upperBound]) }

    /// The positions in `rows` of the list "always" of `cell`.
    @inline(__always) func always(_ cell: Int) -> Range<Int> { Int(offsets[cell * 65])..<Int(offsets[cell * 65 + 1]) }

    /// The positions in `rows` of group `group`'s list of `cell`.
    @inline(__always) func list(_ cell: Int, group: Int) -> Range<Int> {
        Int(offsets[cell * 65 + 1 + group])..<Int(offsets[cell * 65 + 2 + group])
    }

    /// Appends the lists of `cell` that a query holding `groups` walks (not "always"), each with
    /// the query's groups whose lists come earlier: the query skips entries that share one of
    /// those, so every member is met once.
    @inline(__always)
    func appendLists(of cell: Int, sharing groups: UInt64, to segments: inout [(range: Range<Int>, lower: UInt64)]) {
        var shared = groups & self.groups[cell]
        while shared != 0 {
            let group = shared.trailingZeroBitCount
            segments.append((list(cell, group: group), groups & ((UInt64(1) << UInt64(group)) &- 1)))
            shared &= shared - 1
        }
    }
}
