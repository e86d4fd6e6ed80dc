import Foundation
import Testing

/// Every file in `Fixtures/bad` breaks one rule. Each must give exit 65, the exact
/// `file:line:column` of the problem, a message that says what was wrong, and no output file.
@Suite struct BadInputCorpusTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var option: String
        var extra: String
        var position: String
        var message: String
        var testDescription: String { file }
    }

    static let cases: [Case] = {
        let manifest = try! String(contentsOfFile: Opstap.fixtures + "/bad/cases.tsv", encoding: .utf8)
        return manifest.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Case(file: f[0], option: f[1], extra: f[2], position: f[3], message: f[4])
        }
    }()

    @Test func theCorpusCoversEnoughRules() {
        #expect(Self.cases.count >= 30)
        #expect(Set(Self.cases.map(\.option)) == ["--clients", "--openings", "--groups", "--taxonomy"])
    }

    @Test(arguments: cases)
    func badInputIsRefusedPrecisely(_ c: Case) throws {
        let path = "Tests/OpstapCLITests/Fixtures/bad/" + c.file
        let argument = c.option == "--taxonomy" ? (path as NSString).deletingLastPathComponent : path
        let folder = try Opstap.temporaryFolder()
        var arguments = ["validate", "--data", "Tests/OpstapCLITests/Fixtures/tiny", c.option, argument, "--out", folder + "/summary.txt"]
        if !c.extra.isEmpty { arguments.append(c.extra) }
        let r = try Opstap.run(arguments)
        #expect(r.status == 65)
        #expect(r.stderr.contains("\(path):\(c.position): "), "stderr was: \(r.stderr)")
        #expect(r.stderr.contains(c.message), "stderr was: \(r.stderr)")
        #expect(r.stderr.hasSuffix("nothing was written.\n"))
        #expect(r.stdout == "")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func personalDataNeverAppearsInAnError() throws {
        for (file, secret) in [("clients_bsn_id.csv", "111222333"), ("clients_lat_out_of_range.csv", "95,1"), ("clients_duplicate_id.csv", "K-001")] {
            let r = try Opstap.run(["validate", "--data", "Tests/OpstapCLITests/Fixtures/tiny", "--clients", "Tests/OpstapCLITests/Fixtures/bad/" + file])
            #expect(r.status == 65)
            #expect(!r.stderr.contains(secret), "\(file) printed a personal value")
        }
    }

    @Test func problemsAreAllListedUpToAHundredThenCounted() throws {
        let folder = try Opstap.temporaryFolder()
        let header = "client_id;municipality;lat;lon;max_travel_km;hours_per_week;placeability;attitude;ladder_rung;confirmed_on"
        var lines = [header]
        for k in 0..<150 { lines.append("K-\(k);Wijchen;51,8;5,7;10;20;wel;3;4;2026-01-01") }
        try (lines.joined(separator: "\n") + "\n").write(toFile: folder + "/clients.csv", atomically: true, encoding: .utf8)
        let r = try Opstap.run(["validate", "--clients", folder + "/clients.csv"])
        #expect(r.status == 65)
        #expect(r.stderr.split(separator: "\n").count { $0.contains("'wel' is not one of") } == 100)
        #expect(r.stderr.contains("... and 50 more (150 problems in all)"))
    }
}
