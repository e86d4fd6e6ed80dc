import Testing
@testable import Opstap

@Suite struct ModelTests {
    @Test func internerSortsByBytesAndKeepsAMapFromOldIds() {
        let interner = Interner(["Wijchen", "Druten", "Beuningen", "Druten"])
        #expect(interner.count == 3)
        let (sorted, newID) = interner.sortedByCode()
        #expect(sorted.codes == ["Beuningen", "Druten", "Wijchen"])
        #expect(newID == [2, 1, 0])
        #expect(sorted.lookup("Wijchen") == 2)
    }

    @Test func clientLevelFindsHeldCompetencesOnly() {
        let client = Client(
            id: ClientID(0), municipality: MunicipalityID(0), location: GeoPoint(latitude: 51.8, longitude: 5.7),
            maxTravelKm: 10, hoursPerWeek: 20, placeability: .placeable, attitude: .willing, rung: .unpaidWork,
            competences: [CompetenceHolding(CompetenceID(2), level: 1), CompetenceHolding(CompetenceID(5), level: 3), CompetenceHolding(CompetenceID(9), level: 2)],
            confirmedOn: Day(daysSince1970: 0))
        #expect(client.level(of: CompetenceID(5)) == 3)
        #expect(client.level(of: CompetenceID(9)) == 2)
        #expect(client.level(of: CompetenceID(2)) == 1)
        #expect(client.level(of: CompetenceID(3)) == 0)
        #expect(client.level(of: CompetenceID(10)) == 0)
    }

    @Test func availabilityHas21SlotsAndShiftsNameTheirDayParts() {
        #expect(Availability.always.slots.count == 21)
        let shift = DriverShift(day: .monday, startMinute: 7 * 60 + 15, endMinute: 13 * 60)
        #expect(shift.dayParts == [.morning, .afternoon])
        #expect(shift.code == "mon 07:15-13:00")
        #expect(DriverShift(day: .friday, startMinute: 18 * 60, endMinute: 22 * 60).dayParts == [.evening])
        #expect(DriverShift(day: .friday, startMinute: 5 * 60, endMinute: 6 * 60).startsBeforeMorning)
    }

    @Test func greatCircleDistanceMatchesKnownDistances() {
        let wijchen = GeoPoint(latitude: 51.8081, longitude: 5.7261)
        let nijmegen = GeoPoint(latitude: 51.8426, longitude: 5.8528)
        let amsterdam = GeoPoint(latitude: 52.3676, longitude: 4.9041)
        #expect(abs(wijchen.distanceKm(to: nijmegen) - 9.5) < 0.3)
        #expect(abs(nijmegen.distanceKm(to: amsterdam) - 87.5) < 1.5)
        #expect(wijchen.distanceKm(to: wijchen) == 0)
        #expect(abs(wijchen.distanceKm(to: amsterdam) - amsterdam.distanceKm(to: wijchen)) < 1e-9)
    }

    @Test func unknownDutchLevelHasNoRank() {
        #expect(DutchLevel.unknown.rank == nil)
        #expect(DutchLevel.none.rank == 0)
        #expect(DutchLevel.c2.rank == 6)
        #expect(DutchLevel(code: "B1") == .b1)
        #expect(DutchLevel(code: "b1") == nil)
    }
}
