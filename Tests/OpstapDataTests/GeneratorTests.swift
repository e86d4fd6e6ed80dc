import Foundation
import Opstap
import Testing
@testable import OpstapData

@Suite struct GeneratorTests {
    static let sample = DatasetGenerator.generate(.sample, seed: 2019, taxonomy: builtInTaxonomy)

    @Test func theSameSeedGivesTheSameBytes() {
        let a = DatasetGenerator.generate(.national(clients: 500, openings: 100), seed: 42, taxonomy: builtInTaxonomy)
        let b = DatasetGenerator.generate(.national(clients: 500, openings: 100), seed: 42, taxonomy: builtInTaxonomy)
        let c = DatasetGenerator.generate(.national(clients: 500, openings: 100), seed: 43, taxonomy: builtInTaxonomy)
        #expect(DatasetWriter.clients(a.0, format: .csv(.excelNL)) == DatasetWriter.clients(b.0, format: .csv(.excelNL)))
        #expect(DatasetWriter.openings(a.0, format: .jsonLines) == DatasetWriter.openings(b.0, format: .jsonLines))
        #expect(DatasetWriter.clients(a.0, format: .csv(.excelNL)) != DatasetWriter.clients(c.0, format: .csv(.excelNL)))
    }

    @Test func theCommittedSampleIsWhatGenerateMakes() throws {
        let folder = repositoryRoot + "/datasets/sample/"
        let (dataset, groups) = Self.sample
        #expect(try InputFileError.read(folder + "clients.csv") == DatasetWriter.clients(dataset, format: .csv(.excelNL)))
        #expect(try InputFileError.read(folder + "openings.csv") == DatasetWriter.openings(dataset, format: .csv(.excelNL)))
        #expect(try InputFileError.read(folder + "groups.csv") == DatasetWriter.groups(groups, of: dataset, format: .csv(.excelNL)))
    }

    @Test func sampleHasTheSourceDocumentsProportions() {
        let (d, g) = Self.sample
        let wijchen = d.municipalities.firstIndex(of: "Wijchen").map(Int32.init)
        let inWijchen = d.clients.filter { $0.municipality.index == wijchen }
        #expect(inWijchen.count == 724)
        #expect(d.clients.count - inWijchen.count == 302)
        let notPlaceable = Double(d.clients.count { $0.placeability == .notPlaceable }) / Double(d.clients.count)
        #expect(abs(notPlaceable - 0.30) < 0.04)
        func statushouderShare(_ municipality: String) -> Double {
            let id = d.municipalities.firstIndex(of: municipality).map(Int32.init)
            let members = g.records.filter { d.clients[Int($0.client.index)].municipality.index == id }
            return Double(members.count { $0.statushouder == true }) / Double(members.count)
        }
        #expect(abs(statushouderShare("Wijchen") - 0.20) < 0.04)
        #expect(abs(statushouderShare("Druten") - 0.30) < 0.06)
        let older = Double(g.records.count { $0.ageBand == .from50 }) / Double(g.records.count)
        #expect(older > 0.40)
        // Every rung and every attitude occurs.
        #expect(Set(d.clients.map(\.rung)).count == 6)
        #expect(Set(d.clients.map(\.attitude)).count == 4)
    }

    @Test func sampleHasTheOpeningsTheIssueAsksFor() {
        let d = Self.sample.0
        #expect(d.openings.count { $0.kind == .vacancy } == 150)
        #expect(d.openings.count { $0.kind == .driverSlot } == 40)
        let social = d.openings.filter { $0.kind == .socialReturn }
        #expect(social.count == 12)
        #expect(Set(social.compactMap(\.contract)).count == 4)
        let volunteer = d.openings.filter { $0.kind == .volunteer }
        #expect(volunteer.count == 60)
        #expect(Set(volunteer.map(\.organisation)).count == 35)
        // Driver slots have shifts and licences; social return names target groups.
        #expect(d.openings.filter { $0.kind == .driverSlot }.allSatisfy { !$0.schedule.isEmpty && !$0.requiredLicences.isEmpty })
        #expect(social.allSatisfy { !$0.targetGroups.isEmpty && $0.obligationEUR != nil })
    }

    @Test func nationalPoolsClusterOnTownsAndStayInTheNetherlands() {
        let (d, _) = DatasetGenerator.generate(.national(clients: 2000, openings: 300), seed: 5, taxonomy: builtInTaxonomy)
        #expect(d.clients.count == 2000)
        #expect(d.openings.count == 300)
        #expect(d.clients.allSatisfy { (50.6...53.6).contains($0.location.latitude) && (3.2...7.3).contains($0.location.longitude) })
        let amsterdam = d.municipalities.firstIndex(of: "Amsterdam").map(Int32.init)
        let druten = d.municipalities.firstIndex(of: "Druten").map(Int32.init)
        // Amsterdam has ~50 times Druten's population, so many more clients.
        #expect(d.clients.count { $0.municipality.index == amsterdam } > 5 * max(1, d.clients.count { $0.municipality.index == druten }))
    }
}
