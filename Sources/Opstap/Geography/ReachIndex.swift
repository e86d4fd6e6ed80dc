/// Answers "can any client reach this point?": a client reaches a point when the great-circle
/// distance is within the client's own maximum travel distance. Used by `validate` to warn about
/// openings nobody can reach.
///
/// A `GridIndex` whose cells are sorted by reach: a query stops at the first client that reaches,
/// and stops scanning a cell as soon as nobody left in it can reach the point.
/// - Complexity: building O(n log n); a query O(cells within the largest reach + clients scanned).
public struct ReachIndex: Sendable {
    private let grid: GridIndex
    private let points: [GeoPoint]
    private let reach: [Double]

    public init(points: [GeoPoint], reachKm: [Double], cellKm: Double = 10) {
        precondition(points.count == reachKm.count)
        self.points = points
        reach = reachKm
        grid = GridIndex(points: points, reach: reachKm, cellKm: cellKm)
    }

    /// True when at least one client reaches `point`.
    public func isReachable(_ point: GeoPoint) -> Bool {
        !grid.visitCandidates(near: point, radiusKm: grid.maxReach, useReach: true) { position in
            let k = Int(grid.members[position])
            return points[k].distanceKm(to: point) > reach[k]
        }
    }
}
