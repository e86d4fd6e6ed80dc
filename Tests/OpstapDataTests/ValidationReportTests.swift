import Opstap
import Testing
@testable import OpstapData

@Suite struct ValidationReportTests {
    static let tiny = repositoryRoot + "/Tests/OpstapCLITests/Fixtures/tiny"

    func report(_ date: String) throws -> ValidationReport {
        let loaded = try DatasetLoader.load(DatasetFiles.inFolder(Self.tiny))
        return ValidationReport(loaded, referenceDay: Day(iso: date)!)
    }

    @Test func countsFollowTheData() throws {
        let r = try report("2026-11-23")
        #expect(r.clientCount == 3)
        #expect(r.municipalities.map(\.name) == ["Druten", "Wijchen"])
        #expect(r.municipalities[1].placeability == [1, 1, 0])
        #expect(r.openingsPerKind == [1, 1, 1, 1])
    }

    @Test func warningsNameWhatNeedsAttention() throws {
        let r = try report("2026-11-23")
        #expect(r.warning("stale_profiles")?.examples == ["K-003"])
        #expect(r.warning("required_competences_nobody_has")?.examples == ["wmo_transport"])
        #expect(r.warning("openings_expired") == nil)
        #expect(r.warning("openings_out_of_reach") == nil)
        let later = try report("2027-02-01")
        #expect(later.warning("openings_expired")?.examples == ["O-VAC-1"])
    }

    @Test func aProfileIsStaleFromOneYearAndOneDay() throws {
        // K-001 was confirmed on 2026-10-01: still fresh on 2027-10-01, stale a day later.
        #expect(try report("2027-10-01").warning("stale_profiles")?.examples == ["K-002", "K-003"])
        #expect(try report("2027-10-02").warning("stale_profiles")?.examples == ["K-001", "K-002", "K-003"])
    }

    @Test func openingsBeyondEveryClientsReachAreReported() throws {
        var loaded = try DatasetLoader.load(DatasetFiles.inFolder(Self.tiny))
        loaded.dataset.openings[0].location = GeoPoint(latitude: 53.2194, longitude: 6.5665)  // Groningen
        let r = ValidationReport(loaded, referenceDay: Day(iso: "2026-11-23")!)
        #expect(r.warning("openings_out_of_reach")?.examples == [loaded.dataset.openingIDs[0]])
    }
}

extension ValidationReportTests {
    @Test func aCompetenceBothRequiredAndWishedIsAWarning() throws {
        var loaded = try DatasetLoader.load(DatasetFiles.inFolder(Self.tiny))
        #expect(ValidationReport(loaded, referenceDay: Day(iso: "2026-11-23")!).warning("competence_required_and_wished") == nil)
        let k = try #require(loaded.dataset.openings.firstIndex { !$0.requiredCompetences.isEmpty })
        loaded.dataset.openings[k].wishedCompetences.append(loaded.dataset.openings[k].requiredCompetences[0].competence)
        let r = ValidationReport(loaded, referenceDay: Day(iso: "2026-11-23")!)
        let code = loaded.dataset.taxonomy[loaded.dataset.openings[k].requiredCompetences[0].competence].code
        #expect(r.warning("competence_required_and_wished")?.examples == ["\(loaded.dataset.openingIDs[k]) (\(code))"])
        #expect(r.render(.nl, files: [], notices: []).contains("[competence_required_and_wished] 1 openingen noemen een vaardigheid zowel als eis als als wens"))
    }
}
