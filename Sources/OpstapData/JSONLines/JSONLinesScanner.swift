/// Reads JSON Lines: one flat JSON object per line, with the same field names as the CSV files.
///
/// Values may be strings, numbers, booleans, null (an empty cell) or arrays of strings and numbers
/// (a list cell, joined with `|`). Each object becomes a `RawRecord` plus its keys, so the same
/// typed decoding serves CSV and JSON Lines.
struct JSONLinesScanner {
    let bytes: [UInt8]
    let file: String
    private(set) var offset = 0
    private(set) var line = 0

    /// A scanner from `start` (past a byte order mark: line 1 starts there).
    init(bytes: [UInt8], file: String, start: Int = 0) {
        self.bytes = bytes
        self.file = file
        offset = start
    }

    /// Reads the next non-blank line into `record` and `keys`; false at the end of the file.
    mutating func next(into record: inout RawRecord, keys: inout [String]) throws(DataIssue) -> Bool {
        while offset < bytes.count {
            line += 1
            let lineStart = offset
            var end = lineStart
            while end < bytes.count && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
            offset = end
            if offset < bytes.count {
                offset += (bytes[offset] == 0x0D && offset + 1 < bytes.count && bytes[offset + 1] == 0x0A) ? 2 : 1
            }
            var parser = LineParser(bytes: bytes, file: file, line: line, lineStart: lineStart, end: end)
            parser.skipSpace()
            if parser.i == end { continue }
            record.removeAll()
            keys.removeAll(keepingCapacity: true)
            try parser.object(into: &record, keys: &keys)
            return true
        }
        return false
    }
}

private struct LineParser {
    let bytes: [UInt8]
    let file: String
    let line: Int
    let lineStart: Int
    let end: Int
    var i: Int

    init(bytes: [UInt8], file: String, line: Int, lineStart: Int, end: Int) {
        self.bytes = bytes
        self.file = file
        self.line = line
        self.lineStart = lineStart
        self.end = end
        i = lineStart
    }

    func fail(_ message: String, at offset: Int? = nil) -> DataIssue {
        DataIssue(
            file: file, line: line,
            column: TextPosition.column(in: bytes, lineStart: lineStart, offset: min(offset ?? i, end)),
            message: message)
    }

    mutating func skipSpace() {
        while i < end && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws(DataIssue) {
        skipSpace()
        guard i < end && bytes[i] == byte else { throw fail("expected \(what)") }
        i += 1
    }

    mutating func object(into record: inout RawRecord, keys: inout [String]) throws(DataIssue) {
        try expect(UInt8(ascii: "{"), "'{' to start a JSON object")
        skipSpace()
        if i < end && bytes[i] == UInt8(ascii: "}") {
            i += 1
        } else {
            while true {
                skipSpace()
                guard i < end && bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a quoted key") }
                var key: [UInt8] = []
                record.keyOffsets.append(i)
                try string(into: &key)
                keys.append(String(decoding: key, as: UTF8.self))
                try expect(UInt8(ascii: ":"), "':' after the key")
                skipSpace()
                let valueOffset = i
                try value(into: &record.text)
                record.endCell(offset: valueOffset, line: line, lineStart: lineStart)
                skipSpace()
                guard i < end else { throw fail("expected ',' or '}'; the object is not closed on this line") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; break }
                throw fail("expected ',' or '}'")
            }
        }
        skipSpace()
        if i < end { throw fail("unexpected text after the object; one object per line") }
    }

    /// A value as cell text: strings unescaped, numbers and booleans as written, null as empty,
    /// arrays of scalars joined with `|`.
    mutating func value(into text: inout [UInt8], inArray: Bool = false) throws(DataIssue) {
        guard i < end else { throw fail("expected a value") }
        switch bytes[i] {
        case UInt8(ascii: "\""):
            try string(into: &text)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = i
            if bytes[i] == UInt8(ascii: "-") { i += 1 }
            var digits = 0
            while i < end, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i])
                || [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"), UInt8(ascii: "-")].contains(bytes[i]) {
                if bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") { digits += 1 }
                i += 1
            }
            guard digits > 0 else { throw fail("malformed number", at: start) }
            text.append(contentsOf: bytes[start..<i])
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            for word in ["true", "false", "null"] {
                let w = Array(word.utf8)
                if i + w.count <= end && Array(bytes[i..<(i + w.count)]) == w {
                    i += w.count
                    if word != "null" { text.append(contentsOf: w) }
                    return
                }
            }
            throw fail("expected a value (string, number, true, false, null or array)")
        case UInt8(ascii: "["):
            guard !inArray else { throw fail("nested arrays are not accepted; use a flat list") }
            i += 1
            skipSpace()
            if i < end && bytes[i] == UInt8(ascii: "]") { i += 1; return }
            var first = true
            while true {
                skipSpace()
                if !first { text.append(UInt8(ascii: "|")) }
                first = false
                try value(into: &text, inArray: true)
                skipSpace()
                guard i < end else { throw fail("array is not closed on this line") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return }
                throw fail("expected ',' or ']'")
            }
        case UInt8(ascii: "{"):
            throw fail("nested objects are not accepted; every field is a flat value")
        default:
            throw fail("expected a value (string, number, true, false, null or array)")
        }
    }

    mutating func string(into text: inout [UInt8]) throws(DataIssue) {
        let start = i
        i += 1
        while true {
            guard i < end else { throw fail("string is not closed on this line", at: start) }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { i += 1; return }
            if b < 0x20 { throw fail("control character in a string; escape it") }
            if b != UInt8(ascii: "\\") { text.append(b); i += 1; continue }
            guard i + 1 < end else { throw fail("unfinished escape") }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(e)
            case UInt8(ascii: "b"): text.append(0x08)
            case UInt8(ascii: "f"): text.append(0x0C)
            case UInt8(ascii: "n"): text.append(0x0A)
            case UInt8(ascii: "r"): text.append(0x0D)
            case UInt8(ascii: "t"): text.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard i + 1 < end, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                        throw fail("lone surrogate in \\u escape")
                    }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw fail("invalid surrogate pair") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let s = Unicode.Scalar(scalar) else { throw fail("invalid \\u escape") }
                text.append(contentsOf: String(s).utf8)
            default: throw fail("unknown escape '\\\(String(UnicodeScalar(e)))'", at: i - 2)
            }
        }
    }

    mutating func hex4() throws(DataIssue) -> UInt32 {
        guard i + 4 <= end else { throw fail("\\u needs four hex digits") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let d: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(b - 48)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(b - 87)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(b - 55)
            default: throw fail("\\u needs four hex digits")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }
}
