/// How an input file was encoded.
public enum TextEncoding: String, Sendable {
    case utf8
    case utf8WithBOM = "utf8_bom"
    case windows1252 = "windows_1252"
}

/// Decodes an input file's bytes to UTF-8, as Dutch spreadsheets produce them.
///
/// UTF-8 with or without BOM is taken as it is. A file that is not valid UTF-8 and holds no
/// valid multi-byte UTF-8 sequence either is read as Windows-1252 (Excel's "CSV" on Dutch
/// Windows), with a warning. A file that has a BOM or valid UTF-8 sequences and also invalid
/// bytes is damaged: that is an error at the first invalid byte, because guessing would garble
/// names silently.
enum TextDecoder {
    /// A decoded file: UTF-8 text from `start` on (3 after a BOM, which is left in place so that a
    /// file of hundreds of MB is not copied), and how it was encoded.
    struct Decoded {
        var bytes: [UInt8]
        var encoding: TextEncoding
        var start: Int
        /// The text without the BOM.
        var text: ArraySlice<UInt8> { bytes[start...] }
    }

    static func decode(_ raw: [UInt8], file: String) throws(DataIssue) -> Decoded {
        let hasBOM = raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF
        let start = hasBOM ? 3 : 0
        let (firstInvalid, validMultibyte) = scanUTF8(raw, from: start)
        guard let invalid = firstInvalid else { return Decoded(bytes: raw, encoding: hasBOM ? .utf8WithBOM : .utf8, start: start) }
        if hasBOM || validMultibyte > 0 {
            // Positions count from after the BOM (the error path may copy).
            let text = Array(raw[start...])
            let (line, column) = TextPosition.locate(invalid - start, in: text)
            throw DataIssue(
                file: file, line: line, column: column,
                message: "invalid UTF-8 byte 0x\(hex(raw[invalid])) in a file that is otherwise UTF-8; save the file again as UTF-8")
        }
        return Decoded(bytes: windows1252ToUTF8(raw), encoding: .windows1252, start: 0)
    }

    /// The offset of the first invalid byte (from `start` on), and how many valid multi-byte
    /// sequences there are before it.
    static func scanUTF8(_ bytes: [UInt8], from start: Int = 0) -> (firstInvalid: Int?, validMultibyte: Int) {
        bytes.withUnsafeBufferPointer { p in
            var valid = 0
            var i = start
            let n = p.count
            let raw = UnsafeRawBufferPointer(p)
            while i < n {
                // Eight ASCII bytes at a time: the common case in these files.
                if i + 8 <= n && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let b = p[i]
                if b < 0x80 { i += 1; continue }
                let length: Int
                var minimum: UInt32
                var scalar: UInt32
                switch b {
                case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F)
                case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F)
                case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07)
                default: return (i, valid)
                }
                guard i + length <= n else { return (i, valid) }
                for k in 1..<length {
                    let c = p[i + k]
                    guard c & 0xC0 == 0x80 else { return (i, valid) }
                    scalar = scalar << 6 | UInt32(c & 0x3F)
                }
                if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return (i, valid) }
                valid += 1
                i += length
            }
            return (nil, valid)
        }
    }

    /// Windows-1252 to UTF-8. The five undefined bytes map to the C1 controls, as browsers do.
    static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            let scalar = b >= 0x80 && b < 0xA0 ? cp1252High[Int(b - 0x80)] : UInt32(b)
            out.append(contentsOf: String(Unicode.Scalar(scalar)!).utf8)
        }
        return out
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String(digits[Int(b >> 4)]) + String(digits[Int(b & 0xF)])
    }
}
