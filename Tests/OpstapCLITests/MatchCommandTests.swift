import Foundation
import Testing

@Suite struct MatchCommandTests {
    static let sample = ["--data", "datasets/sample", "--date", "2026-11-23"]

    @Test func everyKindGetsShortlistsOnTheSample() throws {
        for kind in ["vacancy", "driver_slot", "social_return", "volunteer"] {
            let r = try Opstap.run(["shortlist", "--kind", kind, "--format", "csv", "--csv-dialect", "rfc"] + Self.sample)
            #expect(r.status == 0, "\(kind): \(r.stderr)")
            let rows = r.stdout.split(separator: "\n").dropFirst()
            #expect(rows.count > 20, "\(kind)")
            #expect(rows.allSatisfy { $0.contains(",\(kind),") })
        }
    }

    @Test func shortlistCsvHasTheDocumentedColumns() throws {
        let r = try Opstap.run(["shortlist", "--opening", "VAC-138", "--format", "csv", "--near-misses"] + Self.sample)
        #expect(r.status == 0)
        let lines = r.stdout.dropFirst().split(separator: "\r\n")  // drop the BOM
        #expect(lines[0] == "opening_id;kind;title;organisation;list;rank;client_id;score;competences;wish;attitude;travel;hours;step;support;purpose;distance_km;failed_rule;reasons;attention;attention_text")
        #expect(lines.count == 21)  // header, 10 candidates, 10 near misses
        #expect(lines[1].hasPrefix("VAC-138;vacancy;Heftruckchauffeur;Webwinkel Depot Wijchen;shortlist;1;"))
        #expect(lines.filter { $0.contains(";near_miss;") }.count == 10)
    }

    @Test func stepsByDefaultGoOneRungUpWithKindsByTheClientsRung() throws {
        let r = try Opstap.run(["steps", "--format", "jsonl"] + Self.sample)
        #expect(r.status == 0)
        let rows = try r.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        let clients = try Opstap.sampleClients()
        #expect(rows.count > 3000)
        #expect(Set(rows.compactMap { $0["client_id"] as? String }).count > 700)
        for row in rows {
            let rung = clients[row["client_id"] as! String]!.rung
            let to = Int(row["step_to_rung"] as! Double), kind = row["kind"] as! String
            // Never down; one up, or the same rung when the client has no step up at all.
            #expect(to == rung + 1 || to == rung, "\(row["client_id"]!) on rung \(rung) -> \(to)")
            // Kinds by rung: volunteering low on the ladder, paid work from rung 5.
            if rung <= 3 { #expect(kind == "volunteer") }
            if rung >= 5 { #expect(kind != "volunteer") }
        }
        // Every kind of step is proposed to someone.
        #expect(Set(rows.compactMap { $0["kind"] as? String }) == ["volunteer", "vacancy", "social_return", "driver_slot"])
    }

    @Test func explainShowsFailedRulesAndPointsThatAddUp() throws {
        let r = try Opstap.run(["explain", "--client", "WCH-00108", "--opening", "VAC-073"] + Self.sample)
        #expect(r.status == 0)
        #expect(r.stdout.contains("Niet geschikt. Niet gehaalde regels:\n  ✗ [licence] Heeft geen rijbewijs B\n"))
        let j = try Opstap.run(["explain", "--client", "WCH-00266", "--opening", "VAC-073", "--format", "jsonl"] + Self.sample)
        let rows = try j.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        let components = rows.filter { $0["part"] as? String == "component" }
        #expect(components.count == 8)
        let points = components.compactMap { $0["contribution"] as? Double }.reduce(0, +)
        let score = rows.first?["score"] as? Double ?? -1
        #expect(abs(points - score) < 0.001)
        #expect(rows.first?["eligible"] as? Bool == true)
    }

    @Test func unknownIdsAreUsageErrorsThatDoNotLeakOtherClients() throws {
        let r = try Opstap.run(["explain", "--client", "WCH-0059", "--opening", "VAC-001"] + Self.sample)
        #expect(r.status == 64)
        #expect(r.stderr == "opstap: no client with id 'WCH-0059'\nRun 'opstap explain --help' for help.\n")
        let o = try Opstap.run(["shortlist", "--opening", "VAC-01"] + Self.sample)
        #expect(o.status == 64)
        #expect(o.stderr.contains("no opening with id 'VAC-01'; did you mean"))
    }

    @Test func provenanceNamesThePolicyItsHashAndTheDate() throws {
        let folder = try Opstap.temporaryFolder()
        let r = try Opstap.run(["shortlist", "--kind", "social_return", "--out", folder + "/sroi.csv", "--provenance"] + Self.sample)
        #expect(r.status == 0)
        let record = try String(contentsOfFile: folder + "/sroi.csv.provenance.jsonl", encoding: .utf8)
        #expect(record.contains("\"policy_name\":\"opstap-standaard-2026\""))
        #expect(record.contains("\"reference_date\":\"2026-11-23\""))
        #expect(record.contains("\"policy_sha256\":\"056ac545839cbbfaa226b3198c82478bc74888f27d30c745cb4754d17142dd1a\""))
        let j = try Opstap.run(["steps", "--client", "WCH-00100", "--format", "jsonl", "--provenance"] + Self.sample)
        #expect(j.stdout.hasPrefix("{\"record\":\"provenance\""))
        let t = try Opstap.run(["steps", "--client", "WCH-00100"] + Self.sample)
        #expect(t.stdout.hasPrefix("opstap 0.1.0 steps · beleid opstap-standaard-2026 (<built-in>/policy/default.json, sha256 056ac545"))
    }

    @Test func htmlHasASectionPerOpeningWithExplanations() throws {
        let folder = try Opstap.temporaryFolder()
        let r = try Opstap.run(["shortlist", "--kind", "driver_slot", "--out", folder + "/pool.html", "--top", "3"] + Self.sample)
        #expect(r.status == 0)
        let html = try String(contentsOfFile: folder + "/pool.html", encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        #expect(html.components(separatedBy: "<h2>").count - 1 >= 35)
        #expect(html.contains("<td>vaardigheden</td>"))
        #expect(!html.contains("<script"))
    }

    @Test func aBrokenPolicyIsBadInput() throws {
        let folder = try Opstap.temporaryFolder()
        let policy = try String(contentsOfFile: Opstap.root + "/datasets/policy/default.json", encoding: .utf8)
        try policy.replacingOccurrences(of: "\"wish\": 0.30", with: "\"wish\": -1").write(toFile: folder + "/p.json", atomically: true, encoding: .utf8)
        let r = try Opstap.run(["shortlist", "--policy", folder + "/p.json", "--out", folder + "/out.csv"] + Self.sample)
        #expect(r.status == 65)
        #expect(r.stderr.contains("\(folder)/p.json:52:"))
        #expect(r.stderr.contains("kinds.volunteer.weights.wish: -1 is out of range"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out.csv"))
    }

    @Test func scoresRefusesHugeExportsUnlessForced() throws {
        let folder = try Opstap.temporaryFolder()
        #expect(try Opstap.run(["generate", "--clients", "20000", "--openings", "300", "--out", folder]).status == 0)
        let r = try Opstap.run(["scores", "--data", folder, "--out", folder + "/all.csv"])
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("opstap: scores would evaluate 6000000 pairs (limit 5000000); narrow it with --kind or add --force\n"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/all.csv"))
    }

    @Test func explainHtmlStatesTheRuleBehindEachFailure() throws {
        let r = try Opstap.run(["explain", "--client", "WCH-00108", "--opening", "VAC-073", "--format", "html"] + Self.sample)
        #expect(r.status == 0)
        #expect(r.stdout.contains("<li title=\"De klant heeft de gevraagde rijbewijzen.\">✗ Heeft geen rijbewijs B <code>licence</code></li>"))
    }

    @Test func scoresExportsEveryEligiblePair() throws {
        let r = try Opstap.run(["scores", "--kind", "social_return", "--csv-dialect", "rfc"] + Self.sample)
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines[0] == "client_id,opening_id,kind,score,competences,wish,attitude,travel,hours,step,support,purpose,distance_km")
        #expect(lines.count > 100)
        #expect(try Opstap.run(["scores", "--format", "html"] + Self.sample).status == 64)
    }
}

/// Same input and policy give the same bytes, whatever the order of the rows; and what only the
/// groups file says (age, gender, statushouder) changes nothing.
@Suite struct DeterminismTests {
    func copySample(to folder: String, transform: (String, [Substring]) -> [Substring]) throws {
        for name in ["clients.csv", "openings.csv", "groups.csv"] {
            let text = try String(contentsOfFile: Opstap.root + "/datasets/sample/" + name, encoding: .utf8)
            var lines = text.split(separator: "\r\n")
            let header = lines.removeFirst()
            lines = transform(name, lines)
            try (([header] + lines).joined(separator: "\r\n") + "\r\n").write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
    }

    func outputs(_ data: String) throws -> [Data] {
        var result: [Data] = []
        for arguments in [["shortlist", "--format", "csv"], ["steps", "--format", "jsonl"], ["shortlist", "--kind", "social_return", "--near-misses", "--format", "html"]] {
            let r = try Opstap.run(arguments + ["--data", data, "--date", "2026-11-23"])
            #expect(r.status == 0)
            result.append(r.stdoutBytes)
        }
        return result
    }

    @Test func shuffledRowsGiveByteIdenticalOutput() throws {
        let original = try outputs(Opstap.root + "/datasets/sample")
        #expect(try outputs(Opstap.root + "/datasets/sample") == original)  // and twice the same
        let folder = try Opstap.temporaryFolder()
        try copySample(to: folder) { _, lines in lines.reversed() }
        #expect(try outputs(folder) == original)
        try copySample(to: folder) { _, lines in
            let half = lines.count / 2
            return Array(lines[half...]) + Array(lines[..<half])
        }
        #expect(try outputs(folder) == original)
    }

    @Test func changingAgeGenderOrStatushouderInGroupsChangesNoScoreAndNoRank() throws {
        let original = try outputs(Opstap.root + "/datasets/sample")
        let folder = try Opstap.temporaryFolder()
        try copySample(to: folder) { name, lines in
            guard name == "groups.csv" else { return lines }
            return lines.map { line in
                var cells = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
                cells[1] = cells[1] == "50_plus" ? "under_27" : "50_plus"
                cells[2] = cells[2] == "female" ? "male" : "female"
                cells[3] = cells[3] == "true" ? "false" : "true"
                return Substring(cells.joined(separator: ";"))
            }
        }
        let changed = try String(contentsOfFile: folder + "/groups.csv", encoding: .utf8)
        #expect(changed != (try String(contentsOfFile: Opstap.root + "/datasets/sample/groups.csv", encoding: .utf8)))
        #expect(try outputs(folder) == original)
    }
}
