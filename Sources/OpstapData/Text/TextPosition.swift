/// Turns byte offsets in a UTF-8 buffer into 1-based line and column numbers.
///
/// Only used on the error path: readers keep the offset of each cell and of its line start, and
/// count characters only when a message needs them, so the hot loop does no column counting.
enum TextPosition {
    /// The 1-based column of `offset` in the line that starts at `lineStart`: one more than the
    /// number of Unicode scalars before it (UTF-8 continuation bytes do not count).
    static func column(in bytes: [UInt8], lineStart: Int, offset: Int) -> Int {
        var column = 1
        var i = lineStart
        while i < offset && i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return column
    }

    /// Line, line start and column of `offset`, counting CR, LF and CRLF each as one line end.
    static func locate(_ offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        var i = 0
        while i < offset && i < bytes.count {
            let b = bytes[i]
            if b == 0x0A {
                line += 1
                lineStart = i + 1
            } else if b == 0x0D {
                if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        return (line, column(in: bytes, lineStart: lineStart, offset: offset))
    }
}
