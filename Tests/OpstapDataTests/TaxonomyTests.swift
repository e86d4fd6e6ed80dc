import Opstap
import Testing
@testable import OpstapData

@Suite struct TaxonomyTests {
    @Test func builtInTaxonomyIsByteForByteTheCommittedFiles() throws {
        let folder = repositoryRoot + "/datasets/taxonomy/"
        #expect(try InputFileError.read(folder + "competences.csv") == Array(DefaultTaxonomy.competencesCSV.utf8),
                "datasets/taxonomy/competences.csv and DefaultTaxonomy.swift differ: copy one into the other")
        #expect(try InputFileError.read(folder + "tags.csv") == Array(DefaultTaxonomy.tagsCSV.utf8),
                "datasets/taxonomy/tags.csv and DefaultTaxonomy.swift differ: copy one into the other")
    }

    @Test func taxonomyFitsThisLabourMarket() {
        let t = builtInTaxonomy
        #expect((140...170).contains(t.competences.count))
        #expect((18...24).contains(t.groups.count))
        for group in ["logistics", "cleaning", "green", "hospitality", "care", "retail", "production", "construction", "transport", "administration"] {
            #expect(t.groups.contains(group), "\(group)")
        }
        // Every restriction clashes with a condition, and each condition has its restriction.
        let restrictions = t.tags.filter { $0.kind == .restriction }
        #expect(restrictions.allSatisfy { $0.clashesWith.map { t[$0].kind == .condition } ?? false })
        #expect(Set(restrictions.compactMap(\.clashesWith)).count == t.tags.count { $0.kind == .condition })
    }
}
