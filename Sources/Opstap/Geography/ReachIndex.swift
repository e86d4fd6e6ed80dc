#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Answers "can any client reach this point?": a client reaches a point when the great-circle
/// distance is within the client's own maximum travel distance.
///
/// Clients are bucketed in a grid of cells about `cellKm` on a side; a query visits only the
/// cells within the largest travel distance in the pool, and stops at the first client that
/// reaches. Used by `validate` to warn about openings nobody can reach.
/// - Complexity: building O(n); a query O(clients in the cells within reach), usually far less
///   because it stops early.
public struct ReachIndex: Sendable {
    private let cellKm: Double
    private let maxReachKm: Double
    private var cells: [Int64: [Int32]] = [:]
    private let points: [GeoPoint]
    private let reach: [Double]

    public init(points: [GeoPoint], reachKm: [Double], cellKm: Double = 10) {
        precondition(points.count == reachKm.count)
        self.cellKm = cellKm
        self.points = points
        reach = reachKm
        maxReachKm = reachKm.max() ?? 0
        for (k, p) in points.enumerated() { cells[key(cell(p)), default: []].append(Int32(k)) }
    }

    /// Cell coordinates: latitude rows of `cellKm`, longitude columns of `cellKm` at the equator
    /// scaled by the row's latitude (so cells stay about square in km).
    private func cell(_ p: GeoPoint) -> (Int, Int) {
        let row = Int((p.latitude * 111.32 / cellKm).rounded(.down))
        let col = Int((p.longitude * 111.32 / cellKm).rounded(.down))
        return (row, col)
    }

    private func key(_ c: (Int, Int)) -> Int64 { Int64(c.0) << 32 | Int64(UInt32(bitPattern: Int32(truncatingIfNeeded: c.1))) }

    /// True when at least one client reaches `point`.
    public func isReachable(_ point: GeoPoint) -> Bool {
        let (row, col) = cell(point)
        let rows = Int((maxReachKm / cellKm).rounded(.up)) + 1
        // Longitude degrees shrink with latitude: widen the column range by 1/cos of the
        // highest latitude the search touches.
        let maxLat = min(89.0, abs(point.latitude) + (maxReachKm / 111.32) + cellKm / 111.32)
        let cols = Int((maxReachKm / (cellKm * cos(maxLat * Double.pi / 180))).rounded(.up)) + 1
        // Ring by ring from the point's own cell outwards: a reachable point is usually found
        // in the first ring, so the common case costs a handful of look-ups.
        for ring in 0...max(rows, cols) {
            for r in max(row - ring, row - rows)...min(row + ring, row + rows) {
                let onEdgeRow = abs(r - row) == ring
                let step = onEdgeRow ? 1 : 2 * ring
                var c = max(col - ring, col - cols)
                while c <= min(col + ring, col + cols) {
                    if onEdgeRow || abs(c - col) == ring, let members = cells[key((r, c))] {
                        for k in members where points[Int(k)].distanceKm(to: point) <= reach[Int(k)] { return true }
                    }
                    c += max(1, step)
                }
            }
        }
        return false
    }
}
