import Testing
@testable import Opstap

/// The grid index against a plain loop over every client, on seeded random pools.
@Suite struct ReachIndexTests {
    struct LCG {
        var state: UInt64
        mutating func unit() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) * 0x1.0p-53
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func agreesWithBruteForce(seed: UInt64) {
        var random = LCG(state: seed)
        let count = 50 + Int(random.unit() * 400)
        // Clients around the Netherlands with travel distances from 1 to 120 km.
        let points = (0..<count).map { _ in GeoPoint(latitude: 50.7 + random.unit() * 2.8, longitude: 3.3 + random.unit() * 3.9) }
        let reach = (0..<count).map { _ in random.unit() < 0.05 ? 60 + random.unit() * 60 : 1 + random.unit() * 20 }
        let cell = [2.0, 5.0, 10.0, 25.0][Int(seed) % 4]
        let index = ReachIndex(points: points, reachKm: reach, cellKm: cell)
        for _ in 0..<300 {
            let query = GeoPoint(latitude: 50.5 + random.unit() * 3.2, longitude: 3.0 + random.unit() * 4.5)
            let expected = zip(points, reach).contains { $0.distanceKm(to: query) <= $1 }
            #expect(index.isReachable(query) == expected)
        }
    }

    @Test func emptyPoolReachesNothing() {
        #expect(!ReachIndex(points: [], reachKm: []).isReachable(GeoPoint(latitude: 52, longitude: 5)))
    }
}
