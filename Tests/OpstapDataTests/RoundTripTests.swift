import Opstap
import Testing
@testable import OpstapData

/// Seeded random datasets, with the text that breaks naive CSV code in every text field, are
/// written and read back unchanged in both CSV dialects and in JSON Lines.
@Suite struct RoundTripTests {
    static let hostile = [
        "Café \"De Gouden Leeuw\"", "a;b,c\td", "twee\nregels", "cr\ronly", "crlf\r\nregel", "=SUM(A1:A9)", "+31 6 1234",
        "@home", "-korting", "'t Harde", "'=al beschermd", "Ærø Ünïcødé ŉ", "🚌 buurtbus 🚐", "  spaties rondom  ", "\"", "x\"",
        "‘gekrulde’ “quotes”", "tab\tin het midden",
    ]

    func hostileDataset(seed: UInt64) -> (Dataset, AuditGroups) {
        var (d, g) = DatasetGenerator.generate(.national(clients: 80, openings: 60), seed: seed, taxonomy: builtInTaxonomy)
        var random = SeededRandom(seed: seed ^ 0xABCDEF)
        func nasty() -> String { random.pick(Self.hostile) + (random.chance(0.5) ? " " + random.pick(Self.hostile) : "") }
        d.openingTitles = d.openingTitles.map { random.chance(0.7) ? nasty() : $0 }
        d.organisations = d.organisations.enumerated().map { "\(nasty()) #\($0.offset)" }
        d.municipalities = d.municipalities.enumerated().map { "\($0.offset)\(nasty())" }
        d.contracts = d.contracts.enumerated().map { "C\($0.offset);\"\(random.pick(Self.hostile))" }
        // Ids: unique, no surrounding spaces, with separators, quotes and non-ASCII inside.
        d.clientIDs = d.clientIDs.enumerated().map { "K\($0.offset)-\(["é", ";", "\"", "🙂", ",", "'"][$0.offset % 6])x" }
        d.openingIDs = d.openingIDs.enumerated().map { "=O\($0.offset)\(["", ";", "\n", "ü"][$0.offset % 4])." }
        return (d, g)
    }

    @Test(arguments: [
        DatasetWriter.Format.csv(.excelNL), .csv(.rfc), .jsonLines,
    ], [UInt64(1), 2, 3])
    func writtenDatasetsReadBackEqual(format: DatasetWriter.Format, seed: UInt64) throws {
        let (dataset, groups) = hostileDataset(seed: seed)
        let ext = format.fileExtension
        let loaded = try load([
            "clients.\(ext)": DatasetWriter.clients(dataset, format: format),
            "openings.\(ext)": DatasetWriter.openings(dataset, format: format),
            "groups.\(ext)": DatasetWriter.groups(groups, of: dataset, format: format),
        ])
        let expected = Snapshot(dataset, groups)
        let actual = Snapshot(loaded.dataset, loaded.groups)
        #expect(actual.clients.count == 80)
        #expect(actual.openings.count == 60)
        // Compare row by row so that a failure names the first row that differs, not all of them.
        for (a, e) in zip(actual.clients, expected.clients) where a != e { #expect(a == e); break }
        for (a, e) in zip(actual.openings, expected.openings) where a != e { #expect(a == e); break }
        for (a, e) in zip(actual.groups, expected.groups) where a != e { #expect(a == e); break }
        #expect(actual.clients == expected.clients && actual.openings == expected.openings && actual.groups == expected.groups)
    }

    @Test func windows1252FileReadsAsTheSameTextWithANotice() throws {
        let csv = "client_id;municipality;lat;lon;max_travel_km;hours_per_week;placeability;attitude;ladder_rung;confirmed_on\r\n"
            + "K-1;Sint-Anthonis é;51,6;5,8;10;20;placeable;3;4;2026-01-05\r\n"
        var bytes: [UInt8] = []
        for scalar in csv.unicodeScalars { bytes.append(scalar == "é" ? 0xE9 : UInt8(scalar.value)) }
        let loaded = try load(["clients.csv": bytes])
        #expect(loaded.dataset.municipalities == ["Sint-Anthonis é"])
        #expect(loaded.notices.contains { $0.contains("Windows-1252") })
    }

    @Test func shuffledRowsGiveTheSameDatasetAndTheSameBytes() throws {
        let (dataset, groups) = DatasetGenerator.generate(.national(clients: 300, openings: 120), seed: 7, taxonomy: builtInTaxonomy)
        func files(_ shuffleSeed: UInt64?) -> [String: [UInt8]] {
            var random = SeededRandom(seed: shuffleSeed ?? 0)
            func shuffled(_ bytes: [UInt8]) -> [UInt8] {
                guard shuffleSeed != nil else { return bytes }
                var lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n").filter { !$0.isEmpty }
                let header = lines.removeFirst()
                var order = lines
                for k in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(k, random.below(k + 1)) }
                return Array(([header] + order).joined(separator: "\n").utf8) + [0x0A]
            }
            return [
                "clients.csv": shuffled(DatasetWriter.clients(dataset, format: .csv(.rfc))),
                "openings.csv": shuffled(DatasetWriter.openings(dataset, format: .csv(.rfc))),
                "groups.csv": shuffled(DatasetWriter.groups(groups, of: dataset, format: .csv(.rfc))),
            ]
        }
        let original = try load(files(nil))
        for seed in [UInt64(11), 12, 13] {
            let shuffled = try load(files(seed))
            #expect(shuffled.dataset.clientIDs == original.dataset.clientIDs)
            #expect(shuffled.dataset.clients == original.dataset.clients)
            #expect(shuffled.dataset.openings == original.dataset.openings)
            #expect(shuffled.groups?.records == original.groups?.records)
            #expect(DatasetWriter.clients(shuffled.dataset, format: .csv(.excelNL)) == DatasetWriter.clients(original.dataset, format: .csv(.excelNL)))
        }
    }
}

extension DatasetWriter.Format: CustomTestStringConvertible {
    public var testDescription: String {
        switch self {
        case .csv(let dialect): "csv(\(dialect.rawValue))"
        case .jsonLines: "jsonl"
        }
    }
}
