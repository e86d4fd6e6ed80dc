import Opstap
import Testing
@testable import OpstapData

@Suite struct PolicyTests {
    static let defaultText = DefaultPolicy.json

    @Test func builtInPolicyIsByteForByteTheCommittedFile() throws {
        #expect(try InputFileError.read(repositoryRoot + "/datasets/policy/default.json") == Array(DefaultPolicy.json.utf8),
                "datasets/policy/default.json and DefaultPolicy.swift differ: copy one into the other")
        let loaded = PolicyLoader.builtIn()
        #expect(loaded.policy.name == "opstap-standaard-2026")
        #expect(loaded.sha256 == SHA256.hex(Array(DefaultPolicy.json.utf8)))
        #expect(loaded.policy[.volunteer].maxStepUp == 1)
        #expect(loaded.policy[.vacancy].maxStepUp == nil)
        #expect(loaded.policy[.vacancy].weights[.competences] == 0.35)
        #expect(loaded.policy[.vacancy].acceptedPlaceability == [PlaceabilitySet(.placeable), PlaceabilitySet(.hardToPlace)])
    }

    @Test func socialReturnValueTableIsReadAndChecked() throws {
        let built = PolicyLoader.builtIn().policy.socialReturnValue
        #expect(built == Policy.defaultSocialReturnValue)
        #expect(built.perYear[Int(TargetGroup.doelgroepregister.rawValue)] == 45_000)
        #expect(built.perYear[Int(TargetGroup.statushouder.rawValue)] == nil)
        let edited = Self.defaultText.replacingOccurrences(of: "\"ww\": 25000}", with: "\"ww\": 25000, \"wajong\": 1}")
        let issues = problems { _ in edited }
        #expect(issues.count == 1)
        #expect(issues.first?.message.hasPrefix("unknown code 'wajong'; expected one of bijstand") == true)
        // Pro rata: 35,000 a year x 18/36 hours x 12/12, plus the leerwerkplek bonus.
        let client = Client(id: ClientID(0), municipality: MunicipalityID(0), location: GeoPoint(latitude: 51.8, longitude: 5.7),
                            maxTravelKm: 10, hoursPerWeek: 20, placeability: .placeable, attitude: .willing, rung: LadderRung(rawValue: 5)!,
                            targetGroups: TargetGroupSet(.bijstand), confirmedOn: Day(daysSince1970: 20000))
        let opening = Opening(id: OpeningID(0), kind: .socialReturn, organisation: OrganisationID(0), location: GeoPoint(latitude: 51.8, longitude: 5.7),
                              hoursPerWeek: 18, targetGroups: [TargetGroupSet(.bijstand), TargetGroupSet(.doelgroepregister)],
                              instruments: SupportInstrumentSet(.leerwerkplek))
        let v = built.value(of: client, at: opening)
        #expect(v.euros == 20_000 && v.group == .bijstand && !v.fromContract)
    }

    func problems(_ edit: (String) -> String) -> [DataIssue] {
        do {
            _ = try PolicyLoader.load(Array(edit(Self.defaultText).utf8), file: "p.json")
            return []
        } catch {
            return error.issues
        }
    }

    /// Line and column of the first occurrence of `needle` in the edited text.
    func position(of needle: String, in text: String) -> (Int, Int) {
        let prefix = text[..<text.firstRange(of: needle)!.lowerBound]
        let lines = prefix.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.count, lines.last!.count + 1)
    }

    @Test func unknownKeysAreRefusedWhereTheyAre() {
        let edit = { (s: String) in s.replacingFirst("\"min_score\": 30,", with: "\"min_scroe\": 30,") }
        let found = problems(edit)
        #expect(found.count == 2)  // the unknown key, and the missing one
        #expect(found[0].message == "unknown key 'min_scroe'; did you mean 'min_score'?")
        #expect((found[0].line, found[0].column) == position(of: "\"min_scroe\"", in: edit(Self.defaultText)))
        #expect(found[1].message == "missing key 'min_score'")
        #expect(found[1].field == "kinds.vacancy")
    }

    @Test func weightsMustBeNonNegativeAndNotAllZero() {
        let negative = problems { $0.replacingFirst("\"wish\": 0.15", with: "\"wish\": -0.15") }
        #expect(negative.map(\.field) == ["kinds.vacancy.weights.wish"])
        #expect(negative.first?.message == "-0.15 is out of range; expected 0 to 1000")
        let zero = problems { $0.replacingFirst("{\"competences\": 0.35, \"wish\": 0.15, \"attitude\": 0.10, \"travel\": 0.15, \"hours\": 0.10, \"step\": 0.05, \"support\": 0.10, \"purpose\": 0}",
                                                with: "{\"competences\": 0, \"wish\": 0, \"attitude\": 0, \"travel\": 0, \"hours\": 0, \"step\": 0, \"support\": 0, \"purpose\": 0}") }
        #expect(zero.map(\.message) == ["at least one weight must be above 0"])
    }

    @Test func thresholdsAndTypesAreChecked() {
        #expect(problems { $0.replacingFirst("\"min_required_coverage\": 0.5", with: "\"min_required_coverage\": 50") }.first?.message
                == "50 is out of range; expected 0 to 1")
        #expect(problems { $0.replacingFirst("\"both_tracks\": true", with: "\"both_tracks\": \"ja\"") }.first?.message
                == "expected true or false, found text")
        #expect(problems { $0.replacingFirst("\"max_step_up\": 1", with: "\"max_step_up\": 1.5") }.first?.message
                == "expected a whole number of rungs or null")
        #expect(problems { $0.replacingFirst("\"travel_decay\": 1.5", with: "\"travel_decay\": 0") }.first?.message == "must be above 0")
        #expect(problems { $0.replacingFirst("[\"placeable\", \"hard_to_place\"]", with: "[\"wel\"]") }.first?.message
                == "expected one of placeable, hard_to_place, not_placeable")
    }

    @Test func syntaxErrorsHaveTheirPosition() {
        let found = problems { $0.replacingFirst("\"both_tracks\": true,", with: "\"both_tracks\": true") }
        #expect(found.count == 1)
        #expect(found.first?.message == "expected ',' or '}'")
        #expect(found.first?.line == 5)
    }
}
