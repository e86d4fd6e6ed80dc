#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Points bucketed in a grid of cells of `cellDegrees` x `cellDegrees`, for "who is near this
/// point" queries. Within each cell the members are sorted by a reach (km) from far to near, so
/// a query can stop scanning a cell as soon as the remaining members cannot reach the point.
///
/// Bounds are conservative, so the index only ever skips pairs whose great-circle distance is
/// larger than the radius asked: results are those of a full scan (the property tests hold it to
/// that). Cells are a dense array over the points' bounding box; members one flat array.
/// - Complexity: building O(n log n); a query O(c log c + members scanned) for the c cells in the box.
struct GridIndex: Sendable {
    let cellDegrees: Double
    /// Cells in a dense row-major array over the bounding box of the points (a dictionary's
    /// hashing showed in the profile): the start of each cell's members, and one past the end.
    private var cellStart: [Int32] = []
    private var firstRow = 0, firstColumn = 0, rows = 0, columns = 0
    /// Point ids, grouped by cell, each cell sorted by reach descending then id ascending.
    private(set) var members: [Int32] = []
    /// Reach per member position (same order as `members`), for the early stop.
    private(set) var memberReach: [Double] = []
    /// The largest reach of any point.
    let maxReach: Double

    static let kmPerDegree = 111.19  // GeoPoint.earthRadiusKm x pi / 180, rounded down: conservative

    init(points: [GeoPoint], reach: [Double], cellKm: Double) {
        cellDegrees = cellKm / GridIndex.kmPerDegree
        maxReach = reach.max() ?? 0
        guard !points.isEmpty else { return }
        let rowList = points.map { row($0.latitude) }, columnList = points.map { column($0.longitude) }
        firstRow = rowList.min()!
        firstColumn = columnList.min()!
        rows = rowList.max()! - firstRow + 1
        columns = columnList.max()! - firstColumn + 1
        let cellOf = points.indices.map { (rowList[$0] - firstRow) * columns + columnList[$0] - firstColumn }
        // Members grouped by dense cell index, each cell from far reach to near, ties by id.
        let order = points.indices.sorted { a, b in
            cellOf[a] != cellOf[b] ? cellOf[a] < cellOf[b] : (reach[a] != reach[b] ? reach[a] > reach[b] : a < b)
        }
        members = order.map { Int32($0) }
        memberReach = order.map { reach[$0] }
        // Cell c's members are cellStart[c] ..< cellStart[c + 1].
        var counts = [Int32](repeating: 0, count: rows * columns + 1)
        for c in cellOf { counts[c + 1] += 1 }
        for k in 1..<counts.count { counts[k] += counts[k - 1] }
        cellStart = counts
    }

    func row(_ latitude: Double) -> Int { Int((latitude / cellDegrees).rounded(.down)) }
    func column(_ longitude: Double) -> Int { Int((longitude / cellDegrees).rounded(.down)) }

    @inline(__always) private func cell(_ r: Int, _ c: Int) -> (range: Range<Int>, index: Int)? {
        let rr = r - firstRow, cc = c - firstColumn
        guard rr >= 0, rr < rows, cc >= 0, cc < columns else { return nil }
        let k = rr * columns + cc
        let start = Int(cellStart[k]), end = Int(cellStart[k + 1])
        return start < end ? (start..<end, k) : nil
    }

    /// A cell to scan: its members' positions and a lower bound (km) of the distance from the
    /// query point to any point in it.
    struct Cell {
        let bound: Double
        let start: Int32, end: Int32
        /// The cell's place in the dense array (`cellCount` of them).
        let index: Int32
    }

    /// The number of cells in the dense array (empty ones included).
    var cellCount: Int { max(0, cellStart.count - 1) }

    /// The member positions of cell `index` of the dense array.
    func members(ofCell index: Int) -> Range<Int> { Int(cellStart[index])..<Int(cellStart[index + 1]) }

    /// The non-empty cells that may hold points within `radiusKm` of `point`, nearest first (by
    /// the lower bound rounded to a Float, then row and column): scanning near cells first fills
    /// a top-N list with good candidates early, so its threshold prunes more of the far ones.
    /// With `sorted` false the cells come ring by ring around the point's own cell instead
    /// (near first, without a sort; bounds within a ring are not in order).
    func cellsNearestFirst(near point: GeoPoint, radiusKm: Double, into cells: inout [Cell], sorted: Bool = true) {
        cells.removeAll(keepingCapacity: true)
        guard radiusKm >= 0, !members.isEmpty else { return }
        let dLat = radiusKm / GridIndex.kmPerDegree
        let lonScale = cos(min(89.9, abs(point.latitude) + dLat) * Double.pi / 180)
        // The longitude span widened by 1/0.95: sin(x) >= 0.95x for the small angles used here.
        let dLon = radiusKm / (GridIndex.kmPerDegree * lonScale * 0.95)
        let r0 = max(row(point.latitude - dLat), firstRow), r1 = min(row(point.latitude + dLat), firstRow + rows - 1)
        let c0 = max(column(point.longitude - dLon), firstColumn), c1 = min(column(point.longitude + dLon), firstColumn + columns - 1)
        guard r0 <= r1, c0 <= c1 else { return }
        func add(_ r: Int, _ c: Int) {
            guard let (range, index) = cell(r, c) else { return }
            // Gaps from the point to this row and column of cells, in km (lower bounds of the distance).
            let rowLow = Double(r) * cellDegrees, rowHigh = rowLow + cellDegrees
            let latGap = max(0, max(rowLow - point.latitude, point.latitude - rowHigh)) * GridIndex.kmPerDegree
            let colLow = Double(c) * cellDegrees, colHigh = colLow + cellDegrees
            let lonGap = max(0, max(colLow - point.longitude, point.longitude - colHigh)) * GridIndex.kmPerDegree * lonScale * 0.95
            let bound = max(latGap, lonGap)
            if bound <= radiusKm {
                cells.append(Cell(bound: bound, start: Int32(range.lowerBound), end: Int32(range.upperBound), index: Int32(index)))
            }
        }
        if sorted {
            for r in r0...r1 { for c in c0...c1 { add(r, c) } }
            // Sorted by the bound rounded to a Float, equal ones in row and column order: as
            // integer keys (a nonnegative Float's bits order like the number; the cell's place
            // in the low bits breaks ties), several times faster than comparing Cells. Rounded,
            // so callers skip far cells rather than stop at the first.
            var keys = cells.indices.map { UInt64(Float(cells[$0].bound).bitPattern) << 32 | UInt64($0) }
            keys.sort()
            let unsorted = cells
            for (k, key) in keys.enumerated() { cells[k] = unsorted[Int(key & 0xFFFF_FFFF)] }
            return
        }
        let rq = row(point.latitude), cq = column(point.longitude)
        let rings = max(0, rq - r0, r1 - rq, cq - c0, c1 - cq)
        for d in 0...rings {
            let rLow = rq - d, rHigh = rq + d, cLow = cq - d, cHigh = cq + d
            for r in max(rLow, r0)...max(max(rLow, r0), min(rHigh, r1)) where r <= r1 && r <= rHigh {
                if r == rLow || r == rHigh {
                    for c in max(cLow, c0)...max(max(cLow, c0), min(cHigh, c1)) where c <= c1 && c <= cHigh { add(r, c) }
                } else {
                    if cLow >= c0 && cLow <= c1 { add(r, cLow) }
                    if d > 0 && cHigh >= c0 && cHigh <= c1 { add(r, cHigh) }
                }
            }
        }
    }

    /// Calls `body` with every member position whose point may lie within `radiusKm` of `point`
    /// and, when `useReach` is set, whose reach may cover the distance. Visits the cells nearest
    /// first (`cellsNearestFirst`; deterministic).
    @inline(__always)
    func forEachCandidate(near point: GeoPoint, radiusKm: Double, useReach: Bool, _ body: (Int) -> Void) {
        visitCandidates(near: point, radiusKm: radiusKm, useReach: useReach) { body($0); return true }
    }

    /// Like `forEachCandidate`, but `body` returns false to stop; returns false when stopped.
    @inline(__always) @discardableResult
    func visitCandidates(near point: GeoPoint, radiusKm: Double, useReach: Bool, _ body: (Int) -> Bool) -> Bool {
        var cells: [Cell] = []
        cellsNearestFirst(near: point, radiusKm: radiusKm, into: &cells)
        for cell in cells {
            for k in Int(cell.start)..<Int(cell.end) {
                if useReach && memberReach[k] < cell.bound { break }
                if !body(k) { return false }
            }
        }
        return true
    }
}
