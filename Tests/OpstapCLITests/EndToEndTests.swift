import Foundation
import Testing

@Suite struct EndToEndTests {
    @Test func validateOnTheSampleGivesTheSummary() throws {
        let r = try Opstap.run(["validate", "--data", "datasets/sample", "--date", "2026-11-23"])
        #expect(r.status == 0)
        #expect(r.stderr == "")
        #expect(r.stdout.hasPrefix("Opstap validate: geen fouten gevonden.\nReferentiedatum: 2026-11-23\n"))
        #expect(r.stdout.contains("Klanten: 1026\n"))
        let rows = r.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(rows.contains { $0.prefix(2) == ["Druten", "302"] })
        #expect(rows.contains { $0.prefix(2) == ["Wijchen", "724"] })
        #expect(rows.contains { $0.prefix(2) == ["totaal", "1026"] })
        #expect(r.stdout.contains("  betaalde vacature (vacancy): 150\n  chauffeurspoule (driver_slot): 40\n  social return (social_return): 12\n  vrijwilligerswerk (volunteer): 60\n"))
        #expect(r.stdout.contains("[stale_profiles]"))
        #expect(r.stdout.contains("[openings_expired]"))
    }

    @Test func validateSpeaksEnglishOnRequestAndWritesToAFile() throws {
        let folder = try Opstap.temporaryFolder()
        let r = try Opstap.run(["validate", "--data", "datasets/sample", "--date", "2026-11-23", "--lang", "en", "--out", folder + "/summary.txt"])
        #expect(r.status == 0)
        #expect(r.stdout == "")
        let text = try String(contentsOfFile: folder + "/summary.txt", encoding: .utf8)
        #expect(text.hasPrefix("Opstap validate: no errors found.\nReference date: 2026-11-23\n"))
        #expect(text.contains("Clients: 1026"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["summary.txt"])  // no temporary file left
    }

    @Test func helpTextsAreExactlyTheFixtures() throws {
        for (arguments, fixture) in [(["--help"], "main"), (["validate", "--help"], "validate"), (["generate", "-h"], "generate"),
                                     (["shortlist", "--help"], "shortlist"), (["steps", "-h"], "steps"), (["explain", "--help"], "explain"),
                                     (["help", "scores"], "scores"), (["assign", "--help"], "assign"), (["market", "-h"], "market"),
                                     (["help", "outcomes"], "outcomes")] {
            let r = try Opstap.run(arguments)
            #expect(r.status == 0)
            #expect(r.stdout == (try String(contentsOfFile: "\(Opstap.fixtures)/help/\(fixture).txt", encoding: .utf8)))
        }
        #expect(try Opstap.run(["--version"]).stdout == "opstap 0.1.0\n")
    }

    @Test func usageErrorsExitWith64AndPointAtHelp() throws {
        let r = try Opstap.run(["validate", "--data", "datasets/sample", "--lnag", "en"])
        #expect(r.status == 64)
        #expect(r.stderr == "opstap: unknown option '--lnag' for 'validate'; did you mean '--lang'?\nRun 'opstap validate --help' for help.\n")
        #expect(try Opstap.run(["frobnicate"]).status == 64)
    }

    @Test func aMissingInputFileExitsWith66() throws {
        let r = try Opstap.run(["validate", "--clients", "no/such/clients.csv"])
        #expect(r.status == 66)
        #expect(r.stderr == "opstap: no/such/clients.csv: no such file\n")
    }

    @Test func generateWritesTheSameBytesForTheSameSeed() throws {
        let a = try Opstap.temporaryFolder(), b = try Opstap.temporaryFolder()
        for folder in [a, b] {
            let r = try Opstap.run(["generate", "--clients", "400", "--openings", "80", "--seed", "9", "--out", folder + "/pool"])
            #expect(r.status == 0)
            #expect(r.stderr.contains("wrote 400 clients, 80 openings"))
        }
        for name in ["clients.csv", "openings.csv", "groups.csv"] {
            let x = FileManager.default.contents(atPath: "\(a)/pool/\(name)")
            #expect(x != nil && x == FileManager.default.contents(atPath: "\(b)/pool/\(name)"), "\(name)")
        }
        // And what it writes validates.
        #expect(try Opstap.run(["validate", "--data", a + "/pool"]).status == 0)
    }

    @Test func jsonLinesAndRfcDialectValidateToo() throws {
        let folder = try Opstap.temporaryFolder()
        #expect(try Opstap.run(["generate", "--out", folder + "/j", "--format", "jsonl"]).status == 0)
        #expect(try Opstap.run(["generate", "--out", folder + "/r", "--csv-dialect", "rfc"]).status == 0)
        let j = try Opstap.run(["validate", "--data", folder + "/j", "--date", "2026-11-23"])
        let r = try Opstap.run(["validate", "--data", folder + "/r", "--date", "2026-11-23"])
        let sample = try Opstap.run(["validate", "--data", "datasets/sample", "--date", "2026-11-23"])
        // The same data in three encodings gives the same summary (apart from the file names).
        func body(_ text: String) -> String { text.split(separator: "\n").dropFirst(3).joined(separator: "\n") }
        #expect(body(j.stdout) == body(sample.stdout))
        #expect(body(r.stdout) == body(sample.stdout))
    }

    @Test func aForcedDelimiterAppliesToTheUsersFilesOnly() throws {
        let folder = try Opstap.temporaryFolder()
        for name in ["clients.csv", "openings.csv", "groups.csv"] {
            let source = try String(contentsOfFile: Opstap.fixtures + "/tiny/" + name, encoding: .utf8)
            try source.replacingOccurrences(of: ";", with: "\t").write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        #expect(try Opstap.run(["validate", "--data", folder]).status == 0)
        // The built-in taxonomy keeps its own separator.
        #expect(try Opstap.run(["validate", "--data", folder, "--delimiter", "tab"]).status == 0)
        let wrong = try Opstap.run(["validate", "--data", folder, "--delimiter", ";"])
        #expect(wrong.status == 65)
        #expect(wrong.stderr.contains("\(folder)/clients.csv:1:1: client_id\tmunicipality"))
        #expect(!wrong.stderr.contains("<built-in>"))
    }

    @Test func dropUnknownListsTheIgnoredColumnsOnStderr() throws {
        let folder = try Opstap.temporaryFolder()
        let source = try String(contentsOfFile: Opstap.fixtures + "/tiny/clients.csv", encoding: .utf8)
        let lines = source.split(separator: "\n").enumerated().map { $0.offset == 0 ? $0.element + ";case_manager;remark" : $0.element + ";mw. X;zie dossier" }
        try (lines.joined(separator: "\n") + "\n").write(toFile: folder + "/clients.csv", atomically: true, encoding: .utf8)
        let refused = try Opstap.run(["validate", "--data", Opstap.fixtures + "/tiny", "--clients", folder + "/clients.csv"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("\(folder)/clients.csv:1:"))
        let r = try Opstap.run(["validate", "--data", Opstap.fixtures + "/tiny", "--clients", folder + "/clients.csv", "--drop-unknown"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("ignored unknown columns (--drop-unknown): case_manager, remark"))
    }
}
