/// The cells of one record as read, before any typing: unescaped bytes plus where each came from.
///
/// Reused from record to record so that reading a million rows allocates almost nothing.
struct RawRecord {
    /// Cell bytes, concatenated; cell `i` is `text[start(i)..<ends[i]]`.
    var text: [UInt8] = []
    var ends: [Int] = []
    /// Byte offset in the (decoded) file of each cell's first character (its quote, if quoted).
    var offsets: [Int] = []
    /// Line number and line-start offset for each cell, for error positions.
    var lines: [Int] = []
    var lineStarts: [Int] = []
    /// JSON Lines only: the offset of each cell's key, so a refused key is pointed at itself.
    var keyOffsets: [Int] = []

    var count: Int { ends.count }

    func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : ends[i - 1])..<ends[i] }

    mutating func removeAll() {
        text.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        offsets.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
        lineStarts.removeAll(keepingCapacity: true)
        keyOffsets.removeAll(keepingCapacity: true)
    }

    mutating func endCell(offset: Int, line: Int, lineStart: Int) {
        ends.append(text.count)
        offsets.append(offset)
        lines.append(line)
        lineStarts.append(lineStart)
    }

    /// True when every cell is empty: a blank line, or `;;;` as spreadsheets leave behind.
    var isBlank: Bool { text.isEmpty }
}
