import Testing
@testable import OpstapData

@Suite struct JSONLinesScannerTests {
    func read(_ text: String) throws -> [[String: String]] {
        var scanner = JSONLinesScanner(bytes: Array(text.utf8), file: "t.jsonl")
        var record = RawRecord()
        var keys: [String] = []
        var result: [[String: String]] = []
        while try scanner.next(into: &record, keys: &keys) {
            var row: [String: String] = [:]
            for (k, key) in keys.enumerated() { row[key] = String(decoding: record.text[record.range(k)], as: UTF8.self) }
            result.append(row)
        }
        return result
    }

    @Test func valuesBecomeCellText() throws {
        let rows = try read(#"{"a":"x\"y\n\u00e9\ud83d\ude8c","b":12.5,"c":true,"d":null,"e":["B","C"],"f":[]}"# + "\n\n" + #"{ "a" : "2" }"#)
        #expect(rows == [["a": "x\"y\né🚌", "b": "12.5", "c": "true", "d": "", "e": "B|C", "f": ""], ["a": "2"]])
    }

    @Test func malformedLinesAreErrorsWithTheirPosition() {
        for (text, line, column) in [("{\"a\":1}\n{\"a\":}", 2, 6), ("{\"a\":{\"b\":1}}", 1, 6), ("[1]", 1, 1), ("{\"a\":1} x", 1, 9), ("{\"a\":\"\\q\"}", 1, 7)] {
            do {
                _ = try read(text)
                Issue.record("no error for \(text)")
            } catch let issue as DataIssue {
                #expect((issue.line, issue.column) == (line, column), "\(text)")
            } catch {
                Issue.record("\(error)")
            }
        }
    }
}
