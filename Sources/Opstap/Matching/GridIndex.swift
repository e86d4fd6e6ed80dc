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
/// that). Cells are kept in a dictionary keyed by (row, column); members in one flat array.
/// - Complexity: building O(n log n); a query O(cells in the box + members scanned).
struct GridIndex: Sendable {
    let cellDegrees: Double
    /// Cell key -> range in `members`.
    private var cells: [Int64: Range<Int>] = [:]
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
        var keyed: [(key: Int64, reach: Double, id: Int32)] = []
        keyed.reserveCapacity(points.count)
        for (k, p) in points.enumerated() {
            keyed.append((GridIndex.key(row(p.latitude), column(p.longitude)), reach[k], Int32(k)))
        }
        keyed.sort { $0.key != $1.key ? $0.key < $1.key : ($0.reach != $1.reach ? $0.reach > $1.reach : $0.id < $1.id) }
        members = keyed.map(\.id)
        memberReach = keyed.map(\.reach)
        var start = 0
        while start < keyed.count {
            var end = start + 1
            while end < keyed.count && keyed[end].key == keyed[start].key { end += 1 }
            cells[keyed[start].key] = start..<end
            start = end
        }
    }

    func row(_ latitude: Double) -> Int { Int((latitude / cellDegrees).rounded(.down)) }
    func column(_ longitude: Double) -> Int { Int((longitude / cellDegrees).rounded(.down)) }

    static func key(_ row: Int, _ column: Int) -> Int64 {
        Int64(row) << 32 | Int64(UInt32(bitPattern: Int32(truncatingIfNeeded: column)))
    }

    /// Calls `body` with every member position whose point may lie within `radiusKm` of `point`
    /// and, when `useReach` is set, whose reach may cover the distance. Visits cells in row and
    /// column order (deterministic).
    @inline(__always)
    func forEachCandidate(near point: GeoPoint, radiusKm: Double, useReach: Bool, _ body: (Int) -> Void) {
        guard radiusKm >= 0, !members.isEmpty else { return }
        let dLat = radiusKm / GridIndex.kmPerDegree
        let maxAbsLat = min(89.9, abs(point.latitude) + dLat)
        let lonScale = cos(maxAbsLat * Double.pi / 180)
        // The longitude span widened by 1/0.95: sin(x) >= 0.95x for the small angles used here.
        let dLon = radiusKm / (GridIndex.kmPerDegree * lonScale * 0.95)
        let r0 = row(point.latitude - dLat), r1 = row(point.latitude + dLat)
        let c0 = column(point.longitude - dLon), c1 = column(point.longitude + dLon)
        for r in r0...r1 {
            // Latitude gap from the point to this row of cells, in km (a lower bound of the distance).
            let rowLow = Double(r) * cellDegrees, rowHigh = rowLow + cellDegrees
            let latGap = max(0, max(rowLow - point.latitude, point.latitude - rowHigh)) * GridIndex.kmPerDegree
            for c in c0...c1 {
                guard let range = cells[GridIndex.key(r, c)] else { continue }
                var bound = latGap
                if useReach {
                    let colLow = Double(c) * cellDegrees, colHigh = colLow + cellDegrees
                    let lonGap = max(0, max(colLow - point.longitude, point.longitude - colHigh)) * GridIndex.kmPerDegree * lonScale * 0.95
                    bound = max(latGap, lonGap)
                }
                for k in range {
                    if useReach && memberReach[k] < bound { break }
                    body(k)
                }
            }
        }
    }
}
