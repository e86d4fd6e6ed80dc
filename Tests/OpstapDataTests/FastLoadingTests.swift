import Foundation
import Opstap
import Testing
@testable import OpstapData

/// The loading shortcuts (reading a file in stretches on several cores, byte lookups of codes,
/// the plain-decimal fast path) give exactly what the simple way gives, problems included.
@Suite struct FastLoadingTests {
    /// Records of `text` read by one scanner, and by the scanners `split` makes, with their lines.
    func records(_ scanners: [CSVScanner]) -> (cells: [[String]], lines: [[Int]], error: String?) {
        var cells: [[String]] = [], lines: [[Int]] = []
        var record = RawRecord()
        for var scanner in scanners {
            do {
                while try scanner.next(into: &record) {
                    cells.append((0..<record.count).map { String(decoding: record.text[record.range($0)], as: UTF8.self) })
                    lines.append(record.lines)
                }
            } catch {
                return (cells, lines, error.description)
            }
        }
        return (cells, lines, nil)
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
    func splitScannersReadWhatOneScannerReads(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let pieces = ["a", "b;c", "\"q;\"\"x\"\"\"", "\"two\nlines\"", "\"cr\rlf\r\n\"", "", "é", "\"\""]
        let ends = ["\n", "\r\n", "\r"]
        var text = ""
        for _ in 0..<random.int(0...60) {
            text += (0..<random.int(1...4)).map { _ in random.pick(pieces) }.joined(separator: ";") + random.pick(ends)
        }
        if seed == 8 { text += "x;\"never closed\n1;2\n" }  // a structural error: the stretch holding it stops
        let bytes = Array(text.utf8)
        let one = CSVScanner(bytes: bytes, file: "t.csv", delimiter: UInt8(ascii: ";"))
        let expected = records([one])
        for parts in [2, 3, 7] {
            let scanners = one.split(into: parts, minimumBytes: 1)
            #expect(scanners.count <= parts)
            let actual = records(scanners)
            #expect(actual.cells == expected.cells, "\(parts) parts")
            #expect(actual.lines == expected.lines, "\(parts) parts")
            #expect(actual.error == expected.error, "\(parts) parts")
        }
    }

    /// Loads the same files whole and in many small stretches: same dataset, or the same problems.
    func loadBothWays(_ files: [String: [UInt8]]) -> (whole: Result<Snapshot, DataErrors>, parts: Result<Snapshot, DataErrors>) {
        func attempt(_ options: ReadOptions) -> Result<Snapshot, DataErrors> {
            do {
                let loaded = try load(files, options: options)
                return .success(Snapshot(loaded.dataset, loaded.groups))
            } catch let errors as DataErrors {
                return .failure(errors)
            } catch {
                Issue.record("unexpected \(error)")
                return .failure(DataErrors(issues: [], total: -1))
            }
        }
        var split = ReadOptions()
        split.parts = 5
        split.partMinimumBytes = 64
        return (attempt(ReadOptions()), attempt(split))
    }

    func expectSame(_ both: (whole: Result<Snapshot, DataErrors>, parts: Result<Snapshot, DataErrors>)) {
        switch both {
        case let (.success(a), .success(b)): #expect(a == b)
        case let (.failure(a), .failure(b)):
            #expect(a.description == b.description)
            #expect(a.total == b.total)
        default: Issue.record("one way loaded and the other did not: \(both)")
        }
    }

    @Test(arguments: [UInt64(1), 2])
    func datasetsReadInStretchesEqualDatasetsReadWhole(seed: UInt64) throws {
        let (dataset, groups) = RoundTripTests().hostileDataset(seed: seed)
        let files = [
            "clients.csv": DatasetWriter.clients(dataset, format: .csv(.excelNL)),
            "openings.csv": DatasetWriter.openings(dataset, format: .csv(.excelNL)),
            "groups.csv": DatasetWriter.groups(groups, of: dataset, format: .csv(.excelNL)),
        ]
        let both = loadBothWays(files)
        guard case .success(let snapshot) = both.whole else { Issue.record("did not load: \(both.whole)"); return }
        #expect(snapshot.clients.count == 80)
        expectSame(both)
    }

    @Test func problemsInEveryStretchAreReportedInFileOrder() throws {
        let (dataset, _) = RoundTripTests().hostileDataset(seed: 3)
        var lines = String(decoding: DatasetWriter.clients(dataset, format: .csv(.excelNL)), as: UTF8.self)
            .components(separatedBy: "\r\n")
        // Damage rows spread over the file: a wrong code, a row with a cell too many, a bad date.
        for k in stride(from: 5, to: lines.count - 1, by: 9) { lines[k] = lines[k].replacingOccurrences(of: ";not_placeable;", with: ";niet;") }
        for k in stride(from: 7, to: lines.count - 1, by: 13) { lines[k] += ";extra" }
        for k in stride(from: 11, to: lines.count - 1, by: 17) { lines[k] = lines[k].replacingOccurrences(of: ";2026-", with: ";2026-13-") }
        let damaged = Array(lines.joined(separator: "\r\n").utf8)
        let both = loadBothWays(["clients.csv": damaged])
        guard case .failure(let errors) = both.whole else { Issue.record("damaged file loaded"); return }
        #expect(errors.total > 10)
        expectSame(both)

        // An unclosed quote halfway: reading stops there, in stretches as in one piece.
        var unclosed = lines
        unclosed[lines.count / 2] = "\"" + unclosed[lines.count / 2]
        expectSame(loadBothWays(["clients.csv": Array(unclosed.joined(separator: "\r\n").utf8)]))
    }

    @Test func codeLookupFindsWhatALinearSearchFinds() {
        var random = SeededRandom(seed: 42)
        let letters = Array("ab_é1".utf8)
        func word() -> [UInt8] { (0..<random.int(0...5)).map { _ in random.pick(letters) } }
        for _ in 0..<20 {
            let entries = (0..<random.int(0...40)).map { k in (code: String(decoding: word(), as: UTF8.self), value: k) }
            let lookup = CodeLookup(entries)
            var distinct: [String] = []
            for entry in entries where !distinct.contains(where: { Array($0.utf8) == Array(entry.code.utf8) }) { distinct.append(entry.code) }
            #expect(lookup.codes == distinct)
            for _ in 0..<200 {
                let probe = word()
                // A slice that does not start at 0, as cells are.
                let slice = ([UInt8(ascii: "|")] + probe)[1...]
                #expect(lookup(slice) == entries.first { Array($0.code.utf8) == probe }?.value)
            }
        }
        // Interning: the ids a plain Interner gives, through many rehashes.
        var interned = CodeLookup<Int32>([])
        var reference = Interner()
        for _ in 0..<3_000 {
            let name = String(decoding: word() + word(), as: UTF8.self)
            #expect(interned.intern(name) == reference.intern(name))
        }
        #expect(interned.codes == reference.codes)
        #expect(Codes.placeability(ArraySlice("hard_to_place".utf8)) == .hardToPlace)
        #expect(Codes.placeability(ArraySlice("Hard_to_place".utf8)) == nil)
    }

    @Test func plainDecimalsParseToTheSameBitsAsStrtod() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<20_000 {
            let digits = random.int(1...15)
            var text = random.chance(0.3) ? "-" : ""
            let point = random.int(0...digits)
            for k in 0..<digits {
                if k == point && k > 0 { text += random.chance(0.5) ? "," : "." }
                text += String(random.below(10))
            }
            let fast = Cells.parsePlainDecimal(ArraySlice(text.utf8))
            let reference = Double(text.replacingOccurrences(of: ",", with: "."))
            #expect(fast?.bitPattern == reference?.bitPattern, "\(text)")
        }
        // Not plain: left to the full parser, which still reads them.
        for text in ["1e5", "+3", "1234567890123456", "1,2,3"] { #expect(Cells.parsePlainDecimal(ArraySlice(text.utf8)) == nil) }
        #expect(Cells.parseDouble(ArraySlice("1234567890123456,5".utf8)) == 1234567890123456.5)
    }

    @Test func datesParseFromAnySliceOfBytes() {
        let row = Array("x;2026-02-28;2026-02-30".utf8)
        #expect(Day(isoUTF8: row[2..<12]) == Day(year: 2026, month: 2, day: 28))
        #expect(Day(isoUTF8: row[13..<23]) == nil)
        #expect(Day(iso: "2024-02-29") == Day(year: 2024, month: 2, day: 29))
    }

    @Test func filesAreReadWholeEmptyOrRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("opstap-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = SeededRandom(seed: 9)
        let big = (0..<200_003).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        try Data(big).write(to: folder.appendingPathComponent("big"))
        try Data().write(to: folder.appendingPathComponent("empty"))
        #expect(try InputFileError.read(folder.appendingPathComponent("big").path) == big)
        #expect(try InputFileError.read(folder.appendingPathComponent("empty").path) == [])
        #expect(throws: InputFileError.self) { try InputFileError.read(folder.path) }
        #expect(throws: InputFileError.self) { try InputFileError.read(folder.appendingPathComponent("missing").path) }
    }
}
