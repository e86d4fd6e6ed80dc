import Testing
@testable import Opstap

/// The lists by competence group against a plain loop: walking a query's own groups' lists
/// (taking a member only from the list of the lowest group both have) meets every member of a
/// cell that shares a group with the query exactly once, plus the list "always" in full.
@Suite struct GroupListsTests {
    @Test(arguments: [UInt64(1), 2, 3, 4], [false, true])
    func eachSharingMemberIsMetExactlyOnce(seed: UInt64, blocked: Bool) {
        var random = ReachIndexTests.LCG(state: seed)
        let count = 100 + Int(random.unit() * 600)
        let points = (0..<count).map { _ in GeoPoint(latitude: 51.5 + random.unit() * 0.4, longitude: 5.0 + random.unit() * 0.6) }
        let grid = GridIndex(points: points, reach: (0..<count).map { _ in 5 + random.unit() * 20 }, cellKm: 5)
        // Masks over few groups (so members share) plus the odd high group and the empty mask.
        func mask() -> UInt64 {
            var m: UInt64 = 0
            for _ in 0..<Int(random.unit() * 4) { m |= 1 << UInt64(random.unit() < 0.9 ? Int(random.unit() * 6) : 40 + Int(random.unit() * 24)) }
            return m
        }
        let masks = (0..<count).map { _ in mask() }
        let needs = (0..<count).map { _ in random.unit() < 0.7 }
        // With blocks: few kinds and tags, so that keys repeat and runs are longer than a block.
        let keys = (0..<count).map { _ in UInt64(random.unit() * 3) << 32 | UInt64(random.unit() * 5) }
        let size = 1 + Int(random.unit() * 8)
        let lists = GroupLists(grid: grid, mask: { masks[$0] }, needsShared: { needs[$0] },
                               blocks: blocked ? GroupLists.Blocking(key: { keys[$0] }, size: size) : nil)
        var queries = 0
        for cell in 0..<grid.cellCount where !grid.members(ofCell: cell).isEmpty {
            for _ in 0..<5 {
                let query = mask()
                var segments: [(range: Range<Int>, lower: UInt64)] = [(lists.always(cell), 0)]
                lists.appendLists(of: cell, sharing: query, to: &segments)
                var met: [Int] = []
                for segment in segments {
                    for k in segment.range where masks[Int(lists.rows[k])] & segment.lower == 0 { met.append(Int(lists.rows[k])) }
                }
                let expected = grid.members(ofCell: cell).filter { !needs[$0] || masks[$0] & query != 0 }
                #expect(met.sorted() == expected.sorted(), "cell \(cell), query \(query)")
                queries += 1
                guard blocked else { continue }
                // Each list is sorted by key and cut into blocks that cover it exactly, none
                // larger than the size nor mixing kinds (the upper halves of the keys).
                for segment in segments {
                    let rows = segment.range.map { Int(lists.rows[$0]) }
                    #expect(rows == rows.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 })
                    let blocks = lists.blocks(in: segment.range)
                    var next = segment.range.lowerBound
                    for b in blocks {
                        let block = Int(lists.blockStart[b])..<Int(lists.blockStart[b + 1])
                        #expect(block.lowerBound == next && !block.isEmpty && block.count <= size)
                        #expect(Set(block.map { keys[Int(lists.rows[$0])] >> 32 }).count == 1)
                        next = block.upperBound
                    }
                    #expect(next == segment.range.upperBound)
                }
            }
        }
        #expect(queries > 20)
    }

    @Test(arguments: [UInt64(5), 6, 7])
    func ringOrderVisitsTheSameCellsAsTheSortedOrder(seed: UInt64) {
        var random = ReachIndexTests.LCG(state: seed)
        let points = (0..<800).map { _ in GeoPoint(latitude: 51 + random.unit() * 1.5, longitude: 4.5 + random.unit() * 2) }
        let grid = GridIndex(points: points, reach: points.map { _ in 10 }, cellKm: 5)
        var sorted: [GridIndex.Cell] = [], rings: [GridIndex.Cell] = []
        for _ in 0..<200 {
            // Queries inside and outside the points' box, with small and large radii.
            let query = GeoPoint(latitude: 50.5 + random.unit() * 2.5, longitude: 4 + random.unit() * 3)
            let radius = random.unit() < 0.2 ? random.unit() * 2 : random.unit() * 60
            grid.cellsNearestFirst(near: query, radiusKm: radius, into: &sorted)
            grid.cellsNearestFirst(near: query, radiusKm: radius, into: &rings, sorted: false)
            #expect(rings.map(\.index).sorted() == sorted.map(\.index).sorted())
            #expect(zip(sorted, sorted.dropFirst()).allSatisfy { Float($0.bound) <= Float($1.bound) })
        }
    }
}
