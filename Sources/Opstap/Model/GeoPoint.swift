#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A point on the earth in WGS84 degrees.
public struct GeoPoint: Hashable, Sendable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Mean earth radius used for every distance in Opstap.
    public static let earthRadiusKm = 6371.0088

    /// Great-circle distance in kilometres (haversine formula).
    public func distanceKm(to other: GeoPoint) -> Double {
        GeoPoint.haversineKm(self, cosLatitude, other, other.cosLatitude)
    }

    /// cos(latitude), which bulk matching computes once per point instead of once per pair.
    public var cosLatitude: Double { cos(latitude * (Double.pi / 180)) }

    /// The haversine distance with both cosines given. `distanceKm` calls this too, so cached
    /// and uncached distances are bit for bit the same.
    @inline(__always)
    public static func haversineKm(_ a: GeoPoint, _ cosA: Double, _ b: GeoPoint, _ cosB: Double) -> Double {
        let rad = Double.pi / 180
        let sinLat = sin((b.latitude - a.latitude) * rad / 2)
        let sinLon = sin((b.longitude - a.longitude) * rad / 2)
        let h = sinLat * sinLat + cosA * cosB * sinLon * sinLon
        return 2 * GeoPoint.earthRadiusKm * asin(min(1, h.squareRoot()))
    }
}
