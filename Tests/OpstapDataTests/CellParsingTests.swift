import Testing
@testable import OpstapData

@Suite struct CellParsingTests {
    func bytes(_ s: String) -> ArraySlice<UInt8> { ArraySlice(Array(s.utf8)) }

    @Test func decimalCommaAndPointBothParse() {
        #expect(Cells.parseDouble(bytes("12,5")) == 12.5)
        #expect(Cells.parseDouble(bytes("12.5")) == 12.5)
        #expect(Cells.parseDouble(bytes("-0,25")) == -0.25)
        #expect(Cells.parseDouble(bytes("7")) == 7)
        #expect(Cells.parseDouble(bytes("1,5e-3")) == 0.0015)
    }

    @Test func malformedNumbersAreRefused() {
        for text in ["1.234,5", "12,5,0", "", " 12", "12 ", "twaalf", "1-2", "--1", ",", "nan", "inf"] {
            #expect(Cells.parseDouble(bytes(text)) == nil, "\(text)")
        }
        #expect(Cells.parseInt(bytes("12a")) == nil)
        #expect(Cells.parseInt(bytes("-")) == nil)
        #expect(Cells.parseInt(bytes("042")) == 42)
    }

    @Test func bsnIsRecognisedByTheElfproef() {
        #expect(Cells.isBSN(bytes("111222333")))   // 9+8+7+12+10+8+9+6-3 = 66 = 6 x 11
        #expect(Cells.isBSN(bytes("123456782")))
        #expect(!Cells.isBSN(bytes("123456789")))
        #expect(!Cells.isBSN(bytes("12345678")))
        #expect(!Cells.isBSN(bytes("000000000")))
        #expect(!Cells.isBSN(bytes("K-1112223")))
    }

    @Test func formulaGuardIsRemovedOnlyWhereTheWriterAddsIt() {
        #expect(Array(Cells.unguard(bytes("'=SUM(A1)"))) == Array("=SUM(A1)".utf8))
        #expect(Array(Cells.unguard(bytes("''=x"))) == Array("'=x".utf8))
        #expect(Array(Cells.unguard(bytes("'t Harde"))) == Array("'t Harde".utf8))
        #expect(Array(Cells.unguard(bytes("'s-Hertogenbosch"))) == Array("'s-Hertogenbosch".utf8))
    }

    @Test func writerGuardsFormulasAndQuotesWhatNeedsQuoting() {
        var writer = CSVWriter(dialect: .rfc)
        writer.text("=1+1")
        writer.text("-5 graden")
        writer.text("'t Harde")
        writer.text("a,b")
        writer.text("say \"hi\"")
        writer.number(-2.5)
        writer.endRow()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "'=1+1,'-5 graden,'t Harde,\"a,b\",\"say \"\"hi\"\"\",-2.5\n")
        var dutch = CSVWriter(dialect: .excelNL)
        dutch.number(51.8081)
        dutch.number(24)
        dutch.endRow()
        #expect(dutch.bytes == [0xEF, 0xBB, 0xBF] + Array("51,8081;24\r\n".utf8))
    }
}
