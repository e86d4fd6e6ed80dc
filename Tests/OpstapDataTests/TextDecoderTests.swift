import Testing
@testable import OpstapData

@Suite struct TextDecoderTests {
    @Test func bomIsRemovedAndReported() throws {
        let decoded = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("a;b".utf8), file: "f")
        #expect(Array(decoded.text) == Array("a;b".utf8))
        #expect(decoded.encoding == .utf8WithBOM)
        // After a BOM, positions count from the first character: the damaged byte is at 1:4.
        do {
            _ = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("a;b".utf8) + [0xFF], file: "f")
            Issue.record("a damaged file with a BOM was accepted")
        } catch {
            #expect((error.line, error.column) == (1, 4))
        }
    }

    @Test func windows1252IsReadWhenTheFileIsNotUTF8() throws {
        // "Café €5" in Windows-1252: é = 0xE9, € = 0x80.
        let decoded = try TextDecoder.decode([0x43, 0x61, 0x66, 0xE9, 0x20, 0x80, 0x35], file: "f")
        #expect(String(decoding: decoded.text, as: UTF8.self) == "Café €5")
        #expect(decoded.encoding == .windows1252)
    }

    @Test func invalidBytesInAFileThatIsOtherwiseUTF8AreAnError() {
        var raw = Array("Wíjchen\nab".utf8)
        raw.append(0xE9)
        do {
            _ = try TextDecoder.decode(raw, file: "f")
            Issue.record("a damaged UTF-8 file was accepted")
        } catch {
            #expect((error.line, error.column) == (2, 3))
        }
    }

    @Test func overlongAndSurrogateSequencesAreInvalid() {
        #expect(TextDecoder.scanUTF8([0xC0, 0x80]).firstInvalid == 0)
        #expect(TextDecoder.scanUTF8([0xED, 0xA0, 0x80]).firstInvalid == 0)
        #expect(TextDecoder.scanUTF8(Array("ok 😀 é".utf8)).firstInvalid == nil)
        #expect(TextDecoder.scanUTF8(Array("ok 😀 é".utf8)).validMultibyte == 2)
    }
}
