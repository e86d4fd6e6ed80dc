/// Per grid cell, its members split by competence group. When one side of a pair needs the
/// other to hold something in one of its groups (an opening that requires competences under a
/// kind with a minimum coverage above 0: every credit needs the group), the pair can only be
/// eligible when the two share a group. So a query walks the list "always" and, for each group
/// of its own, that group's list; everyone else in the cell would fail the coverage rule and is
/// never touched.
///
/// A member with several groups stands in each of their lists; a query takes it only from the
/// list of the lowest group both sides have (`HotScorer.filterOpenings(rows:)` skips the other
/// entries), so every pair is examined at most once. Lists keep the cell's member order.
/// - Complexity: building O(members x groups per member); memory 4 bytes per entry and 65
///   offsets per cell.
struct GroupLists: Sendable {
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
    init(grid: GridIndex, mask: (Int) -> UInt64, needsShared: (Int) -> Bool) {
        let cells = grid.cellCount
        var offsets = [Int32](repeating: 0, count: cells * 65 + 1)
        var rows: [Int32] = []
        var groups = [UInt64](repeating: 0, count: cells)
        var lists = [[Int32]](repeating: [], count: 65)
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
                rows += lists[k]
            }
        }
        offsets[cells * 65] = Int32(rows.count)
        self.offsets = offsets
        self.rows = rows
        self.groups = groups
    }

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
