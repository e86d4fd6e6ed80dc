import Foundation
import Testing

/// What issue 12's review found on the sample, checked through the built binary as a user runs
/// it: every list row's reasons speak for the pair, what must be checked stands apart, and
/// output that used to mislead says what is true.
@Suite struct ProposalQualityTests {
    static let sample = MatchCommandTests.sample

    static func jsonRows(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    /// The rows of every list command on the whole sample: shortlists of every kind with near
    /// misses, steps, and the assignment of every kind.
    static func allListRows() throws -> [[String: Any]] {
        let folder = try Opstap.temporaryFolder()
        var rows: [[String: Any]] = []
        let shortlist = try Opstap.run(["shortlist", "--format", "jsonl", "--near-misses"] + sample)
        let steps = try Opstap.run(["steps", "--format", "jsonl"] + sample)
        #expect(shortlist.status == 0 && steps.status == 0)
        rows += try jsonRows(shortlist.stdout) + jsonRows(steps.stdout)
        for kind in ["vacancy", "driver_slot", "social_return", "volunteer"] {
            let r = try Opstap.run(["assign", "--kind", kind, "--format", "jsonl", "--out", "\(folder)/\(kind)"] + sample)
            #expect(r.status == 0, "\(r.stderr)")
            rows += try jsonRows(String(contentsOfFile: "\(folder)/\(kind)/assignments.jsonl", encoding: .utf8))
        }
        return rows
    }

    @Test func noReasonOnTheSampleCountsNothingOrIsEmpty() throws {
        let rows = try Self.allListRows()
        #expect(rows.count > 5000)
        for row in rows {
            let reasons = row["reasons"] as! String
            #expect(!reasons.isEmpty)
            #expect(reasons.firstMatch(of: /(^|\D)0 van de/) == nil, "\(reasons)")
            for banned in ["Er worden geen vaardigheden", "Biedt ", "Ondersteuning mogelijk", "Houding:"] {
                #expect(!reasons.contains(banned), "\(banned): \(reasons)")
            }
        }
        // The market's outputs too (staff's stand lists and the clients' cards).
        let folder = try Opstap.temporaryFolder()
        let m = try Opstap.run(["market", "--stands", "datasets/sample/stands.csv", "--invite", "150", "--route", "3", "--out", folder] + Self.sample)
        #expect(m.status == 0)
        for file in ["stands.txt", "route_cards.html", "summary.txt"] {
            let text = try String(contentsOfFile: "\(folder)/\(file)", encoding: .utf8)
            #expect(text.firstMatch(of: /(^|\D)0 van de/) == nil, "\(file)")
        }
    }

    @Test func everyRowOfARefusingOrStaleClientCarriesItsAttentionPoint() throws {
        let clients = try Opstap.sampleClients()
        var refusing = 0, stale = 0
        for row in try Self.allListRows() {
            let client = clients[row["client_id"] as! String]!
            let codes = ((row["attention"] as? String) ?? "").split(separator: "|").map(String.init)
            if client.attitude == 1 {
                refusing += 1
                #expect(codes.contains("low_attitude"))
            }
            if client.confirmedOn < "2025-11-23" {
                stale += 1
                #expect(codes.contains("stale_profile"))
            } else {
                #expect(!codes.contains("stale_profile"))
            }
        }
        #expect(refusing > 10 && stale > 100)
    }

    @Test func explainOfAnIneligiblePairSaysNotEligibleInEveryFormat() throws {
        let pair = ["explain", "--client", "WCH-00313", "--opening", "VAC-052"] + Self.sample
        let text = try Opstap.run(pair)
        #expect(text.stdout.contains("Niet geschikt. Niet gehaalde regels:"))
        #expect(text.stdout.contains("Zo zou de score zijn opgebouwd (hij telt niet):"))
        let html = try Opstap.run(pair + ["--format", "html"])
        #expect(html.stdout.contains("<p class=\"verdict\">Niet geschikt. Niet gehaalde regels:</p>"))
        #expect(html.stdout.contains("(telt niet)"))
        for format in ["csv", "jsonl"] {
            let r = try Opstap.run(pair + ["--format", format])
            #expect(r.stdout.contains("Niet geschikt"), "\(format)")
            #expect(r.stdout.contains("not_eligible"), "\(format)")
        }
        // An eligible pair says so, and no score is marked as not counting.
        let fit = try Opstap.run(["explain", "--client", "DRU-00007", "--opening", "VAC-052", "--format", "html"] + Self.sample)
        #expect(fit.stdout.contains("Geschikt. Score 83,5 van 100.") && !fit.stdout.contains("telt niet"))
    }

    @Test func anOpeningWhoseSeatsPlacedClientsFillListsNoCandidates() throws {
        let folder = try Opstap.temporaryFolder()
        // VAC-052 has one place; DRU-00007, its best candidate, is placed there.
        try "client_id;opening_id;status\nDRU-00007;VAC-052;placed\n".write(toFile: folder + "/r.csv", atomically: true, encoding: .utf8)
        let r = try Opstap.run(["shortlist", "--opening", "VAC-052", "--reserved", folder + "/r.csv"] + Self.sample)
        #expect(r.status == 0)
        #expect(r.stdout.contains("1 plaats, waarvan 0 vrij"))
        #expect(r.stdout.contains("De plaats is al bezet door een geplaatste klant: er worden geen kandidaten voorgesteld."))
        #expect(!r.stdout.contains("score"))
    }

    @Test func anExpiredOpeningAskedForByIdSaysItExpired() throws {
        let r = try Opstap.run(["shortlist", "--opening", "VAC-001"] + Self.sample)
        #expect(r.status == 0)
        #expect(r.stdout.contains("Deze opening is verlopen op "))
        #expect(!r.stdout.contains("Geen geschikte kandidaten"))
    }

    @Test func stepsSayHowManyExpiredOpeningsTheyLeaveOutAndNoNearMissIsExpired() throws {
        let r = try Opstap.run(["steps", "--top", "3", "--near-misses", "--format", "jsonl"] + Self.sample)
        #expect(r.status == 0)
        #expect(r.stderr.contains("openings past their date on 2026-11-23 are left out"))
        let rows = try Self.jsonRows(r.stdout)
        #expect(rows.contains { $0["list"] as? String == "near_miss" })
        #expect(!rows.contains { $0["failed_rule"] as? String == "valid_until" })
    }

    @Test func aClientWithoutAStepUpIsToldTheStepsAreOnHisRung() throws {
        let r = try Opstap.run(["steps", "--format", "jsonl"] + Self.sample)
        let clients = try Opstap.sampleClients()
        let sameRung = try Self.jsonRows(r.stdout).filter { Int($0["step_to_rung"] as! Double) == clients[$0["client_id"] as! String]!.rung }
        let client = try #require(sameRung.first?["client_id"] as? String)
        let text = try Opstap.run(["steps", "--client", client] + Self.sample)
        #expect(text.stdout.contains("Geen passende stap omhoog gevonden; dit zijn stappen op dezelfde trede."))
    }
}
