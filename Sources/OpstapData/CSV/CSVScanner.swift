/// An RFC 4180 record scanner over UTF-8 bytes.
///
/// Quoted cells may hold separators, doubled quotes and line ends; CRLF, LF and CR all end a
/// line. A quote inside an unquoted cell, text after a closing quote, and a quote that is never
/// closed are errors with the exact position: strict reading loses nothing silently.
/// - Complexity: O(n) in the file size; one pass, no per-character allocation.
struct CSVScanner {
    let bytes: [UInt8]
    let file: String
    let delimiter: UInt8
    /// Where this scanner stops: the end of the file, or the start of the next reader's stretch.
    private(set) var end: Int
    private(set) var offset = 0
    private(set) var line = 1
    private(set) var lineStart = 0

    static let quote = UInt8(ascii: "\"")
    static let cr: UInt8 = 0x0D
    static let lf: UInt8 = 0x0A

    /// A scanner from `start` (past a byte order mark: line 1 starts there) to the end.
    init(bytes: [UInt8], file: String, delimiter: UInt8, start: Int = 0) {
        self.bytes = bytes
        self.file = file
        self.delimiter = delimiter
        end = bytes.count
        offset = start
        lineStart = start
    }

    var atEnd: Bool { offset >= end }

    /// Reads the next record into `record`; false at the end of the file.
    mutating func next(into record: inout RawRecord) throws(DataIssue) -> Bool {
        record.removeAll()
        if offset >= end { return false }
        let n = end
        let delimiter = self.delimiter
        var i = offset
        var line = self.line
        var lineStart = self.lineStart
        defer {
            self.offset = i
            self.line = line
            self.lineStart = lineStart
        }
        try bytes.withUnsafeBufferPointer { (p: UnsafeBufferPointer<UInt8>) throws(DataIssue) in
            while true {
                let cellOffset = i
                let cellLine = line
                let cellLineStart = lineStart
                if i < n && p[i] == CSVScanner.quote {
                    i += 1
                    while true {
                        // Copy the run up to the next quote, counting line ends inside the cell.
                        var j = i
                        while j < n && p[j] != CSVScanner.quote {
                            let b = p[j]
                            if b == CSVScanner.lf || (b == CSVScanner.cr && (j + 1 >= n || p[j + 1] != CSVScanner.lf)) {
                                line += 1
                                lineStart = j + 1
                            }
                            j += 1
                        }
                        record.text.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<j]))
                        if j >= n {
                            throw DataIssue(
                                file: file, line: cellLine,
                                column: TextPosition.column(in: bytes, lineStart: cellLineStart, offset: cellOffset),
                                message: "quote opened here is never closed; a quote inside a quoted cell must be doubled (\"\")")
                        }
                        if j + 1 < n && p[j + 1] == CSVScanner.quote {
                            record.text.append(CSVScanner.quote)
                            i = j + 2
                            continue
                        }
                        i = j + 1
                        break
                    }
                    if i < n && p[i] != delimiter && p[i] != CSVScanner.cr && p[i] != CSVScanner.lf {
                        throw DataIssue(
                            file: file, line: line,
                            column: TextPosition.column(in: bytes, lineStart: lineStart, offset: i),
                            message: "unexpected text after a closing quote; expected a separator or the end of the line")
                    }
                } else {
                    var j = i
                    while j < n {
                        let b = p[j]
                        if b == delimiter || b == CSVScanner.lf || b == CSVScanner.cr { break }
                        if b == CSVScanner.quote {
                            throw DataIssue(
                                file: file, line: line,
                                column: TextPosition.column(in: bytes, lineStart: lineStart, offset: j),
                                message: "stray quote inside an unquoted cell; quote the whole cell and double the quote (\"\")")
                        }
                        j += 1
                    }
                    record.text.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<j]))
                    i = j
                }
                record.endCell(offset: cellOffset, line: cellLine, lineStart: cellLineStart)
                if i >= n { return }
                let b = p[i]
                if b == delimiter {
                    i += 1
                    continue
                }
                // A line end closes the record.
                i += (b == CSVScanner.cr && i + 1 < n && p[i + 1] == CSVScanner.lf) ? 2 : 1
                line += 1
                lineStart = i
                return
            }
        }
        return true
    }

    /// Cuts the rest of the file (from where this scanner is) into up to `count` stretches that
    /// start at record boundaries, each no shorter than `minimumBytes`. Each scanner reads only
    /// its stretch, with the line numbers of the whole file, so reading them one after the other
    /// gives exactly what this scanner would have read.
    ///
    /// A record boundary is a line end outside quotes, found by counting quotes: in a file
    /// without structural errors the count is even exactly outside quoted cells. A file with such
    /// an error goes wrong in the stretch that holds the error, and the caller throws away what
    /// later stretches read (`TableReader.readInParts`).
    /// - Complexity: O(n) in the bytes up to the last cut.
    func split(into count: Int, minimumBytes: Int) -> [CSVScanner] {
        let length = end - offset
        let parts = max(1, min(count, length / max(1, minimumBytes)))
        if parts == 1 { return [self] }
        var scanners: [CSVScanner] = []
        var current = self
        var line = self.line
        var inQuotes = false
        var i = offset
        bytes.withUnsafeBufferPointer { p in
            let raw = UnsafeRawBufferPointer(p)
            for k in 1..<parts {
                let target = offset + length * k / parts
                // Up to the target, eight bytes at a time: only the quote parity and the number
                // of line ends matter there (CR LF counts once, a lone CR or LF once each).
                while i + 8 <= min(target, end) {
                    let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let quotes = Self.matches(word, CSVScanner.quote)
                    let lfs = Self.matches(word, CSVScanner.lf), crs = Self.matches(word, CSVScanner.cr)
                    // A CR followed by an LF is not a line end of its own; the LF is.
                    var pairs = ((crs << 8) & lfs).nonzeroBitCount
                    if crs >> 63 != 0 && i + 8 < end && p[i + 8] == CSVScanner.lf { pairs += 1 }
                    if quotes.nonzeroBitCount & 1 == 1 { inQuotes.toggle() }
                    line += lfs.nonzeroBitCount + crs.nonzeroBitCount - pairs
                    i += 8
                }
                while i < end {
                    let b = p[i]
                    i += 1
                    if b == CSVScanner.quote {
                        inQuotes.toggle()
                    } else if b == CSVScanner.lf || (b == CSVScanner.cr && (i >= end || p[i] != CSVScanner.lf)) {
                        line += 1
                        if !inQuotes && i >= target { break }
                    }
                }
                if i >= end { break }
                var next = current
                current.end = i
                scanners.append(current)
                next.offset = i
                next.line = line
                next.lineStart = i
                current = next
            }
        }
        scanners.append(current)
        return scanners
    }

    /// 0x80 in each byte of `word` that equals `byte`, 0 elsewhere (exact: no carries between bytes).
    static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let v = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        let low7 = (v & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F
        return ~(low7 | v) & 0x8080_8080_8080_8080
    }

    /// The separator of a header line: the most frequent of `;`, tab and `,` outside quotes
    /// (ties in that order, because Dutch Excel writes `;` and decimal commas); `,` if none.
    static func detectDelimiter(_ bytes: some Sequence<UInt8>) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ";"): 0, 0x09: 0, UInt8(ascii: ","): 0]
        var inQuotes = false
        for b in bytes {
            if b == quote { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if b == cr || b == lf { break }
            if counts[b] != nil { counts[b]! += 1 }
        }
        var best = UInt8(ascii: ","), bestCount = 0
        for candidate in [UInt8(ascii: ";"), 0x09, UInt8(ascii: ",")] where counts[candidate]! > bestCount {
            best = candidate
            bestCount = counts[candidate]!
        }
        return best
    }
}
