import Opstap
import OpstapData
import Testing
@testable import OpstapCLI

@Suite struct CommandParsingTests {
    @Test func valuesMayFollowOrBeJoinedWithAnEqualsSign() throws {
        let a = try Command.parse(["validate", "--data", "datasets/sample", "--date", "2026-11-23", "--lang", "en"])
        let b = try Command.parse(["validate", "--data=datasets/sample", "--date=2026-11-23", "--lang=en"])
        #expect(a == b)
        guard case .validate(let options) = a else { Issue.record("not validate"); return }
        #expect(options.data.data == "datasets/sample")
        #expect(options.date == Day(year: 2026, month: 11, day: 23))
        #expect(options.lang == .en)
    }

    @Test func openingsRepeatAndDoubleDashEndsOptions() throws {
        let command = try Command.parse(["validate", "--openings", "a.csv", "--openings", "b.jsonl", "--clients", "c.csv"])
        guard case .validate(let options) = command else { Issue.record("not validate"); return }
        #expect(options.data.openings == ["a.csv", "b.jsonl"])
        #expect(throws: UsageError("unexpected argument '--data'", command: "validate")) {
            try Command.parse(["validate", "--clients", "c.csv", "--", "--data"])
        }
    }

    @Test func unknownOptionsAreRefusedWithASuggestion() {
        #expect(throws: UsageError("unknown option '--dat' for 'validate'; did you mean '--data'?", command: "validate")) {
            try Command.parse(["validate", "--dat", "x"])
        }
        #expect(throws: UsageError("unknown command 'valdate'; did you mean 'validate'?")) { try Command.parse(["valdate"]) }
        #expect(throws: UsageError("option '--data' needs a value", command: "validate")) { try Command.parse(["validate", "--data"]) }
        #expect(throws: UsageError("option '--data' is given twice", command: "validate")) {
            try Command.parse(["validate", "--data", "a", "--data", "b"])
        }
    }

    @Test func badValuesAndCombinationsAreUsageErrors() {
        #expect(throws: UsageError.self) { try Command.parse(["validate", "--data", "d", "--date", "23-11-2026"]) }
        #expect(throws: UsageError.self) { try Command.parse(["validate", "--data", "d", "--lang", "de"]) }
        #expect(throws: UsageError.self) { try Command.parse(["validate", "--data", "d", "--delimiter", "|"]) }
        #expect(throws: UsageError.self) { try Command.parse(["validate"]) }
        #expect(throws: UsageError.self) { try Command.parse(["generate", "--profile", "sample"]) }
        #expect(throws: UsageError.self) { try Command.parse(["generate", "--out", "x", "--clients", "10"]) }
        #expect(throws: UsageError.self) { try Command.parse(["generate", "--out", "x", "--profile", "sample", "--clients", "10", "--openings", "5"]) }
        #expect(throws: UsageError.self) { try Command.parse(["generate", "--out", "x", "--format", "jsonl", "--csv-dialect", "rfc"]) }
        #expect(throws: UsageError.self) { try Command.parse(["generate", "--out", "x", "--seed", "-1"]) }
    }

    @Test func generateDefaultsToTheSampleWithSeed2019() throws {
        #expect(try Command.parse(["generate", "--out", "x"]) == .generate(GenerateOptions(profile: .sample, seed: 2019, out: "x", format: .csv(.excelNL))))
        #expect(try Command.parse(["generate", "--out", "x", "--clients", "100", "--openings", "20", "--seed", "7", "--format", "jsonl"])
            == .generate(GenerateOptions(profile: .national(clients: 100, openings: 20), seed: 7, out: "x", format: .jsonLines)))
        #expect(try Command.parse(["generate", "--out", "x", "--csv-dialect", "rfc"]) == .generate(GenerateOptions(out: "x", format: .csv(.rfc))))
    }

    @Test func helpIsAvailableEverywhere() throws {
        #expect(try Command.parse([]) == .help(command: nil))
        #expect(try Command.parse(["--help"]) == .help(command: nil))
        #expect(try Command.parse(["help", "generate"]) == .help(command: "generate"))
        #expect(try Command.parse(["validate", "-h"]) == .help(command: "validate"))
        #expect(throws: UsageError.self) { try Command.parse(["generate", "--help", "--bogus"]) }
        #expect(try Command.parse(["--version"]) == .version)
    }
}
