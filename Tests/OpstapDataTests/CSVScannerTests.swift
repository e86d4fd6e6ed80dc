import Testing
@testable import OpstapData

@Suite struct CSVScannerTests {
    /// All records of `text` as strings.
    func records(_ text: String, delimiter: UInt8 = UInt8(ascii: ";")) throws -> [[String]] {
        var scanner = CSVScanner(bytes: Array(text.utf8), file: "t.csv", delimiter: delimiter)
        var record = RawRecord()
        var result: [[String]] = []
        while try scanner.next(into: &record) {
            result.append((0..<record.count).map { String(decoding: record.text[record.range($0)], as: UTF8.self) })
        }
        return result
    }

    @Test func quotedCellsKeepSeparatorsQuotesAndLineEnds() throws {
        let text = "a;b;c\n\"x;y\";\"say \"\"hi\"\"\";\"two\nlines\"\n"
        #expect(try records(text) == [["a", "b", "c"], ["x;y", "say \"hi\"", "two\nlines"]])
    }

    @Test func crlfLfAndCrAllEndALine() throws {
        #expect(try records("a;b\r\n1;2\r\n") == [["a", "b"], ["1", "2"]])
        #expect(try records("a;b\r1;2\r") == [["a", "b"], ["1", "2"]])
        #expect(try records("a;b\n1;2") == [["a", "b"], ["1", "2"]])
        #expect(try records("a;\"b\r\nc\"\r\n1;2") == [["a", "b\r\nc"], ["1", "2"]])
    }

    @Test func emptyCellsAndTrailingSeparatorsCount() throws {
        #expect(try records("a;;c;\n") == [["a", "", "c", ""]])
        #expect(try records("\"\";x\n") == [["", "x"]])
    }

    @Test func lineNumbersCountLineEndsInsideQuotes() throws {
        var scanner = CSVScanner(bytes: Array("h;i\n\"a\nb\";c\nd;e\n".utf8), file: "t.csv", delimiter: UInt8(ascii: ";"))
        var record = RawRecord()
        _ = try scanner.next(into: &record)
        _ = try scanner.next(into: &record)
        #expect(record.lines == [2, 3])
        _ = try scanner.next(into: &record)
        #expect(record.lines == [4, 4])
    }

    @Test func unclosedQuoteIsAnErrorAtTheQuote() {
        #expect(throws: DataIssue.self) { try records("a;b\n1;\"2\n") }
        do {
            _ = try records("a;b\n1;\"2\n")
        } catch let issue as DataIssue {
            #expect((issue.line, issue.column) == (2, 3))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func delimiterIsDetectedFromTheHeaderOutsideQuotes() {
        #expect(CSVScanner.detectDelimiter(Array("a;b;c\n1,5;2;3".utf8)) == UInt8(ascii: ";"))
        #expect(CSVScanner.detectDelimiter(Array("a,b,c\n".utf8)) == UInt8(ascii: ","))
        #expect(CSVScanner.detectDelimiter(Array("a\tb\tc\n".utf8)) == 0x09)
        #expect(CSVScanner.detectDelimiter(Array("\"a;b;c\",d,e\n".utf8)) == UInt8(ascii: ","))
        #expect(CSVScanner.detectDelimiter(Array("a;b,c\n".utf8)) == UInt8(ascii: ";"))
    }
}
