import Testing
@testable import Opstap

@Suite struct LicenceTests {
    func set(_ licences: Licence...) -> LicenceSet { LicenceSet(rawValue: licences.reduce(0) { $0 | LicenceSet($1).rawValue }) }

    @Test func higherCategoriesCoverTheLowerOnes() {
        #expect(set(.ce).covers(set(.c)))
        #expect(set(.ce).covers(set(.b)))
        #expect(set(.ce).covers(set(.be, .c1e, .c1)))
        #expect(set(.d).covers(set(.d1)))
        #expect(set(.de).covers(set(.d, .d1e, .be, .b)))
        #expect(set(.a).covers(set(.a2, .a1)))
        #expect(set(.b).covers(set(.am)))
    }

    @Test func categoriesDoNotCoverSidewaysOrUpwards() {
        #expect(!set(.c).covers(set(.d)))
        #expect(!set(.c).covers(set(.ce)))
        #expect(!set(.b).covers(set(.c1)))
        #expect(!set(.d).covers(set(.c)))
        #expect(!set(.b).covers(set(.a)))
        #expect(!set(.t).covers(set(.b)))
        #expect(!LicenceSet().covers(set(.b)))
        #expect(LicenceSet().covers(LicenceSet()))
    }

    @Test func onlyCAndDCategoriesNeedCode95() {
        #expect(Licence.allCases.filter(\.needsCode95).map(\.code) == ["C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE"])
    }

    @Test func codesRoundTrip() {
        for licence in Licence.allCases { #expect(Licence(code: licence.code) == licence) }
        #expect(Licence(code: "b") == nil)
    }
}
