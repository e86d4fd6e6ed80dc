import Foundation
import Opstap
import Testing
@testable import OpstapCLI

/// Route cards and the letter are written to the client: plain words (B1), no internal ratings,
/// when and where the market is, one A4 page per card, and the provenance kept in print.
@Suite struct ClientTextTests {
    static let sample = MatchCommandTests.sample

    /// The same checks the docs describe: at most this many words in a sentence, and none of
    /// `ClientText.avoidedWords`.
    static let maxWords = 15

    /// The visible text of a card or letter without the provenance line, one block per line.
    static func plainText(_ html: String) -> String {
        var s = html.range(of: "<body").map { String(html[$0.lowerBound...]) } ?? html
        s = s.replacingOccurrences(of: #"<p class="provenance">[^<]*</p>"#, with: "", options: .regularExpression)
        s = s.replacingOccurrences(of: #"</(p|li|h2|h3|div)>"#, with: "\n", options: .regularExpression)
        s = s.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
        return s.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'")
    }

    /// Sentences: lines split after '.', '?' and '!'.
    static func sentences(_ text: String) -> [String] {
        text.split(separator: "\n").flatMap { line in
            line.replacingOccurrences(of: #"([.?!]) "#, with: "$1\n", options: .regularExpression).split(separator: "\n")
        }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The problems with a text for a client: long sentences, staff words, ratings.
    static func problems(_ text: String) -> [String] {
        var found: [String] = []
        for s in sentences(text) {
            let words = s.split(whereSeparator: \.isWhitespace).count
            if words > maxWords { found.append("\(words) words: \(s)") }
            let lower = s.lowercased()
            for w in ClientText.avoidedWords where lower.contains(w) { found.append("'\(w)': \(s)") }
            for pattern in [#"\b0 (van|of) de\b"#, #"\(\d van \d\)"#, #"\(\d of \d\)"#, #"\b\d+ van de \d+\b"#]
            where s.range(of: pattern, options: .regularExpression) != nil { found.append("count: \(s)") }
        }
        return found
    }

    static func cards(_ html: String) -> [String] {
        Array(html.components(separatedBy: "<section class=\"card\">").dropFirst())
    }

    static func market(_ extra: [String], stands: String = "datasets/sample/stands.csv") throws -> (Opstap.Result, String) {
        let folder = try Opstap.temporaryFolder() + "/m"
        let r = try Opstap.run(["market", "--stands", stands, "--invite", "150", "--route", "3", "--out", folder] + extra + Self.sample)
        return (r, folder)
    }

    @Test func routeCardsSpeakToTheClientWithoutRatingsAndSayWhenAndWhere() throws {
        let (r, folder) = try Self.market([])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stderr.contains("no market"))
        let html = try String(contentsOfFile: folder + "/route_cards.html", encoding: .utf8)
        let cards = Self.cards(html)
        #expect(cards.count == 150)
        for card in cards {
            let text = Self.plainText(card)
            #expect(Self.problems(text) == [], "\(text)")
            #expect(text.contains("Wanneer: donderdag 15 april 2027, van 13:00 tot 16:00 uur."))
            #expect(text.contains("Waar: Gemeenschapshuis Het Molenhuis, Molenstraat 8, Wijchen."))
            #expect(text.contains("Neem mee:"))
            #expect(card.contains("<p class=\"provenance\">opstap "))
            // "Neem mee" sits in one block that the printer keeps together.
            #expect(card.contains("<div class=\"bring\">\n<h3>Neem mee:</h3>"))
        }
    }

    @Test func eachCardIsItsOwnA4PageAndTheProvenancePrints() throws {
        let (r, folder) = try Self.market([])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOfFile: folder + "/route_cards.html", encoding: .utf8)
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains(".card, .letter { break-after: page; page-break-after: always; }"))
        #expect(html.contains("<body class=\"cards\">"))
        #expect(html.contains(".stop, .bring { break-inside: avoid; page-break-inside: avoid; }"))
        // No HTML output hides the provenance line when printed.
        let stands = try String(contentsOfFile: folder + "/stands.html", encoding: .utf8)
        let shortlist = try Opstap.run(["shortlist", "--opening", "VAC-001", "--format", "html"] + Self.sample)
        for page in [html, stands, shortlist.stdout] {
            #expect(page.contains("@media print {"))
            #expect(!page.contains(".provenance { display: none"))
            #expect(page.contains("<p class=\"provenance\">opstap "))
        }
    }

    @Test func marketOptionsOverrideTheFile() throws {
        let (r, folder) = try Self.market(["--market-date", "2027-05-01", "--market-place", "Bibliotheek Wijchen"])
        #expect(r.status == 0, "\(r.stderr)")
        let text = Self.plainText(try String(contentsOfFile: folder + "/route_cards.html", encoding: .utf8))
        #expect(text.contains("Wanneer: zaterdag 1 mei 2027, van 13:00 tot 16:00 uur."))
        #expect(text.contains("Waar: Bibliotheek Wijchen."))
        #expect(!text.contains("Molenhuis"))
    }

    /// A stands file in a folder of its own, with `market.json` beside it when given.
    static func standsFolder(marketJSON: String?) throws -> String {
        let folder = try Opstap.temporaryFolder()
        try FileManager.default.copyItem(atPath: Opstap.root + "/datasets/sample/stands.csv", toPath: folder + "/stands.csv")
        if let marketJSON { try marketJSON.write(toFile: folder + "/market.json", atomically: true, encoding: .utf8) }
        return folder
    }

    @Test func withoutDateAndPlaceTheCardsPointToTheKlantmanager() throws {
        let stands = try Self.standsFolder(marketJSON: nil)
        let (r, folder) = try Self.market([], stands: stands + "/stands.csv")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("opstap: note: no market date and place"))
        let cards = Self.cards(try String(contentsOfFile: folder + "/route_cards.html", encoding: .utf8))
        #expect(cards.count == 150)
        for card in cards.map(Self.plainText) {
            #expect(card.contains("Wanneer: Dat hoort u van uw klantmanager."))
            #expect(card.contains("Waar: Dat hoort u van uw klantmanager."))
            #expect(card.contains("Uw route op de markt"))
        }
    }

    @Test func aBadMarketFileExits65WithItsPositionAndWritesNothing() throws {
        let json = "{\n  \"name\": \"Vrijwilligersmarkt\",\n  \"date\": \"2027-02-30\",\n  \"tijd\": \"13:00-16:00\"\n}\n"
        let stands = try Self.standsFolder(marketJSON: json)
        let (r, folder) = try Self.market([], stands: stands + "/stands.csv")
        #expect(r.status == 65)
        #expect(r.stderr.contains("market.json:3:11: date: '2027-02-30' is not a date YYYY-MM-DD"))
        #expect(r.stderr.contains("market.json:4:3: unknown key 'tijd'"))
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func aBadMarketOptionIsAUsageErrorAndWritesNothing() throws {
        for (option, value) in [("--market-date", "2027-13-01"), ("--market-time", "16:00-13:00"), ("--market-time", "1pm")] {
            let (r, folder) = try Self.market([option, value])
            #expect(r.status == 64, "\(option) \(value)")
            #expect(r.stderr.contains("opstap: \(option) must be"))
            #expect(!FileManager.default.fileExists(atPath: folder))
        }
    }

    @Test func theLetterSaysWhoDecidesAndHowToReact() throws {
        // An eligible pair and one that misses rules (no licence C, no code 95).
        for client in ["WCH-00032", "DRU-00006"] {
            let r = try Opstap.run(["explain", "--client", client, "--opening", "CHP-008", "--letter"] + Self.sample)
            #expect(r.status == 0, "\(r.stderr)")
            let body = r.stdout.split(separator: "\n").filter { !$0.hasPrefix("opstap ") }.joined(separator: "\n")
            #expect(Self.problems(body) == [], "\(body)")
            for phrase in ["Waar hebben we naar gekeken?", "Wat past bij u?", "Wat past niet, of minder goed?",
                           "De computer beslist niet.", "Uw klantmanager of consulent beslist. Dat is een mens.",
                           "Heeft u een vraag?", "Klopt iets niet in uw gegevens? Zeg het.", "Dan kunt u bezwaar maken.",
                           "We kijken nooit naar uw leeftijd"] {
                #expect(body.contains(phrase), "\(client): \(phrase)")
            }
            #expect(r.stdout.contains("opstap 0.1.0 explain · beleid "))
        }
        let missed = try Opstap.run(["explain", "--client", "DRU-00006", "--opening", "CHP-025", "--letter"] + Self.sample)
        #expect(missed.stdout.contains("Hier is rijbewijs C nodig. Dat heeft u niet, volgens onze gegevens."))
        #expect(missed.stdout.contains("Volgens het programma past deze plek nu niet bij u."))
        let html = try Opstap.run(["explain", "--client", "DRU-00006", "--opening", "CHP-025", "--letter", "--format", "html"] + Self.sample)
        #expect(html.status == 0)
        #expect(html.stdout.contains("<section class=\"letter\">") && html.stdout.contains("<p class=\"provenance\">"))
        #expect(Self.problems(Self.plainText(html.stdout).replacingOccurrences(of: "Past deze plek bij u?\n", with: "")) == [])
    }

    @Test func cardsAndLetterInEnglish() throws {
        let (r, folder) = try Self.market(["--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        let cards = Self.cards(try String(contentsOfFile: folder + "/route_cards.html", encoding: .utf8)).map(Self.plainText)
        #expect(cards.count == 150)
        for card in cards {
            #expect(card.contains("When: Thursday 15 April 2027, from 13:00 to 16:00."))
            #expect(card.contains("Bring:") && !card.contains("Neem mee"))
            #expect(Self.problems(card) == [], "\(card)")
        }
        let letter = try Opstap.run(["explain", "--client", "DRU-00006", "--opening", "CHP-025", "--letter", "--lang", "en"] + Self.sample)
        #expect(letter.stdout.contains("The computer does not decide. It only makes a suggestion."))
        #expect(letter.stdout.contains("Is something wrong in your details? Say so."))
        #expect(!letter.stdout.contains("Wie beslist"))
    }

    @Test func theLetterIsForPeopleNotForExport() throws {
        #expect(throws: UsageError.self) { try Command.parse(["explain", "--data", "d", "--client", "C", "--opening", "O", "--letter", "--format", "csv"]) }
        #expect(throws: UsageError.self) { try Command.parse(["explain", "--data", "d", "--client", "C", "--opening", "O", "--letter", "--out", "x.jsonl"]) }
        guard case .explain(let options) = try Command.parse(["explain", "--data", "d", "--client", "C", "--opening", "O", "--letter"]) else {
            Issue.record("not explain"); return
        }
        #expect(options.letter)
        guard case .market(let m) = try Command.parse(["market", "--data", "d", "--stands", "s", "--out", "o", "--market-time=09:30-12:00"]) else {
            Issue.record("not market"); return
        }
        #expect(m.marketEvent.hours == 570...720)
    }
}
