#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A town or village with its real coordinates and a weight (population or caseload share).
struct Place {
    var name: String
    var latitude: Double
    var longitude: Double
    var weight: Double
    /// Spread of addresses around the centre, in km.
    var radiusKm: Double
}

enum Places {
    /// The municipality of Wijchen: the town and its villages (weights: share of the caseload).
    static let wijchen: [Place] = [
        Place(name: "Wijchen", latitude: 51.8081, longitude: 5.7261, weight: 0.72, radiusKm: 1.6),
        Place(name: "Alverna", latitude: 51.8060, longitude: 5.7536, weight: 0.06, radiusKm: 0.6),
        Place(name: "Balgoij", latitude: 51.7930, longitude: 5.7040, weight: 0.02, radiusKm: 0.4),
        Place(name: "Batenburg", latitude: 51.8222, longitude: 5.6219, weight: 0.02, radiusKm: 0.3),
        Place(name: "Bergharen", latitude: 51.8528, longitude: 5.6681, weight: 0.05, radiusKm: 0.5),
        Place(name: "Hernen", latitude: 51.8303, longitude: 5.6778, weight: 0.04, radiusKm: 0.4),
        Place(name: "Leur", latitude: 51.8017, longitude: 5.6756, weight: 0.02, radiusKm: 0.3),
        Place(name: "Niftrik", latitude: 51.8419, longitude: 5.6808, weight: 0.07, radiusKm: 0.5),
    ]

    /// The municipality of Druten.
    static let druten: [Place] = [
        Place(name: "Druten", latitude: 51.8886, longitude: 5.6036, weight: 0.62, radiusKm: 1.2),
        Place(name: "Afferden", latitude: 51.8803, longitude: 5.6347, weight: 0.10, radiusKm: 0.5),
        Place(name: "Deest", latitude: 51.8900, longitude: 5.6617, weight: 0.08, radiusKm: 0.5),
        Place(name: "Horssen", latitude: 51.8586, longitude: 5.5978, weight: 0.10, radiusKm: 0.5),
        Place(name: "Puiflijk", latitude: 51.8769, longitude: 5.5858, weight: 0.10, radiusKm: 0.5),
    ]

    /// Where the region's openings are: both municipalities and the towns around them.
    static let region: [Place] = wijchen + druten + [
        Place(name: "Nijmegen", latitude: 51.8426, longitude: 5.8528, weight: 2.2, radiusKm: 3.0),
        Place(name: "Beuningen", latitude: 51.8608, longitude: 5.7667, weight: 0.35, radiusKm: 1.0),
        Place(name: "Ewijk", latitude: 51.8825, longitude: 5.7389, weight: 0.15, radiusKm: 0.6),
        Place(name: "Weurt", latitude: 51.8555, longitude: 5.8121, weight: 0.15, radiusKm: 0.6),
        Place(name: "Winssen", latitude: 51.8789, longitude: 5.7003, weight: 0.08, radiusKm: 0.4),
        Place(name: "Oss", latitude: 51.7650, longitude: 5.5180, weight: 0.30, radiusKm: 2.0),
        Place(name: "Tiel", latitude: 51.8870, longitude: 5.4290, weight: 0.15, radiusKm: 1.5),
        Place(name: "Malden", latitude: 51.7797, longitude: 5.8578, weight: 0.10, radiusKm: 0.8),
    ]

    /// Dutch towns by population (thousands), for national pools: people cluster where people live.
    private static let towns: [(String, Double, Double, Int)] = [
        ("Amsterdam", 52.3676, 4.9041, 930), ("Rotterdam", 51.9244, 4.4777, 670), ("Den Haag", 52.0705, 4.3007, 560),
        ("Utrecht", 52.0907, 5.1214, 370), ("Eindhoven", 51.4416, 5.4697, 240), ("Groningen", 53.2194, 6.5665, 240),
        ("Tilburg", 51.5555, 5.0913, 225), ("Almere", 52.3508, 5.2647, 225), ("Breda", 51.5719, 4.7683, 185),
        ("Nijmegen", 51.8426, 5.8528, 180), ("Apeldoorn", 52.2112, 5.9699, 165), ("Arnhem", 51.9851, 5.8987, 165),
        ("Haarlem", 52.3874, 4.6462, 165), ("Hoofddorp", 52.3061, 4.6907, 160), ("Amersfoort", 52.1561, 5.3878, 160),
        ("Zaandam", 52.4420, 4.8292, 160), ("Enschede", 52.2215, 6.8937, 160), ("'s-Hertogenbosch", 51.6978, 5.3037, 160),
        ("Zwolle", 52.5168, 6.0830, 130), ("Zoetermeer", 52.0575, 4.4931, 125), ("Leiden", 52.1601, 4.4970, 125),
        ("Leeuwarden", 53.2012, 5.7999, 125), ("Maastricht", 50.8514, 5.6910, 120), ("Dordrecht", 51.8133, 4.6901, 120),
        ("Ede", 52.0402, 5.6649, 120), ("Alphen aan den Rijn", 52.1291, 4.6576, 115), ("Naaldwijk", 51.9940, 4.2080, 115),
        ("Alkmaar", 52.6324, 4.7534, 110), ("Emmen", 52.7792, 6.9061, 108), ("Delft", 52.0116, 4.3571, 105),
        ("Venlo", 51.3704, 6.1724, 102), ("Deventer", 52.2661, 6.1552, 101), ("Sittard", 50.9983, 5.8697, 92),
        ("Helmond", 51.4793, 5.6570, 93), ("Oss", 51.7650, 5.5180, 93), ("Amstelveen", 52.3114, 4.8701, 92),
        ("Hilversum", 52.2292, 5.1669, 92), ("Sneek", 53.0330, 5.6589, 90), ("Heerlen", 50.8882, 5.9795, 87),
        ("Hengelo", 52.2659, 6.7931, 81), ("Purmerend", 52.5050, 4.9597, 93), ("Schiedam", 51.9192, 4.3886, 79),
        ("Lelystad", 52.5185, 5.4714, 80), ("Roosendaal", 51.5308, 4.4653, 77), ("Leidschendam", 52.0833, 4.3999, 77),
        ("Gouda", 52.0115, 4.7105, 74), ("Hoorn", 52.6425, 5.0597, 74), ("Vlaardingen", 51.9125, 4.3419, 74),
        ("Almelo", 52.3567, 6.6625, 73), ("Spijkenisse", 51.8450, 4.3290, 73), ("Assen", 52.9925, 6.5649, 69),
        ("IJmuiden", 52.4600, 4.6200, 69), ("Capelle aan den IJssel", 51.9292, 4.5778, 67), ("Veenendaal", 52.0286, 5.5589, 67),
        ("Katwijk", 52.2006, 4.4147, 66), ("Zeist", 52.0894, 5.2333, 66), ("Bergen op Zoom", 51.4947, 4.2911, 67),
        ("Nieuwegein", 52.0291, 5.0806, 63), ("Roermond", 51.1942, 5.9875, 59), ("Doetinchem", 51.9654, 6.2886, 58),
        ("Den Helder", 52.9563, 4.7601, 56), ("Oosterhout", 51.6451, 4.8597, 56), ("Hoogeveen", 52.7229, 6.4764, 55),
        ("Terneuzen", 51.3358, 3.8275, 54), ("Kampen", 52.5550, 5.9111, 54), ("Woerden", 52.0852, 4.8830, 53),
        ("Heerenveen", 52.9598, 5.9196, 51), ("Middelburg", 51.4988, 3.6136, 49), ("Harderwijk", 52.3417, 5.6206, 48),
        ("Drachten", 53.1042, 6.0986, 45), ("Vlissingen", 51.4426, 3.5736, 45), ("Tiel", 51.8870, 5.4290, 42),
        ("Wijchen", 51.8081, 5.7261, 41), ("Goes", 51.5047, 3.8883, 38), ("Gorinchem", 51.8300, 4.9750, 37),
        ("Meppel", 52.6958, 6.1944, 34), ("Winterswijk", 51.9725, 6.7196, 29), ("Druten", 51.8886, 5.6036, 19),
    ]

    static let national: [Place] = towns.map { town in
        let population = Double(town.3)
        return Place(name: town.0, latitude: town.1, longitude: town.2, weight: population, radiusKm: 1.0 + population.squareRoot() / 6)
    }

    /// A point around the place's centre (normal spread of `radiusKm`).
    static func scatter(_ place: Place, _ random: inout SeededRandom) -> (Double, Double) {
        let kmPerDegreeLat = 111.32
        let kmPerDegreeLon = 111.32 * cos(place.latitude * Double.pi / 180)
        let lat = place.latitude + random.normal() * place.radiusKm / kmPerDegreeLat
        let lon = place.longitude + random.normal() * place.radiusKm / kmPerDegreeLon
        return ((lat * 1e5).rounded() / 1e5, (lon * 1e5).rounded() / 1e5)
    }
}
