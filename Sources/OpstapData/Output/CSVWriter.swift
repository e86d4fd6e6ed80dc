/// Writes CSV into one byte buffer (written to disk once, atomically, by `AtomicFile`).
///
/// Cells are quoted only when they hold the separator, a quote or a line end. Text cells that
/// begin with `=`, `+`, `-`, `@`, tab or CR (after any leading quotes) get a `'` in front, so that
/// Excel shows them as text instead of running them as a formula; `Cells.unguard` removes it again
/// on reading. Numbers are written with the dialect's decimal separator and are never guarded.
public struct CSVWriter: Sendable {
    public let dialect: CSVDialect
    public private(set) var bytes: [UInt8] = []
    private var cellsInRow = 0

    static let formulaStarts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]

    public init(dialect: CSVDialect) {
        self.dialect = dialect
        bytes = dialect.byteOrderMark
    }

    /// Appends a text cell, guarded against formula injection.
    public mutating func text(_ value: String) {
        separate()
        var utf8 = Array(value.utf8)
        var k = 0
        while k < utf8.count && utf8[k] == UInt8(ascii: "'") { k += 1 }
        if k < utf8.count && CSVWriter.formulaStarts.contains(utf8[k]) { utf8.insert(UInt8(ascii: "'"), at: 0) }
        raw(utf8)
    }

    /// Appends a number with the dialect's decimal separator; nil gives an empty cell.
    public mutating func number(_ value: Double?) {
        separate()
        guard let value else { return }
        var text = Array(CSVWriter.formatNumber(value).utf8)
        if dialect.decimalSeparator != UInt8(ascii: ".") {
            for k in text.indices where text[k] == UInt8(ascii: ".") { text[k] = dialect.decimalSeparator }
        }
        raw(text)
    }

    public mutating func integer(_ value: Int?) {
        separate()
        if let value { bytes.append(contentsOf: String(value).utf8) }
    }

    /// A cell that is already a code or a list of codes (never starts with a formula character).
    public mutating func code(_ value: String) {
        separate()
        raw(Array(value.utf8))
    }

    /// Appends a dataset cell: text guarded, numbers in the dialect, codes and booleans as they are.
    mutating func cell(_ cell: Cell) {
        switch cell {
        case .text(let s): text(s)
        case .number(let d): number(d)
        case .codes(let s): code(s)
        case .bool(let b): code(b ? "true" : "false")
        }
    }

    public mutating func endRow() {
        bytes.append(contentsOf: dialect.lineEnd)
        cellsInRow = 0
    }

    public mutating func row(_ cells: [String]) {
        for cell in cells { text(cell) }
        endRow()
    }

    private mutating func separate() {
        if cellsInRow > 0 { bytes.append(dialect.delimiter) }
        cellsInRow += 1
    }

    private mutating func raw(_ cell: [UInt8]) {
        let delimiter = dialect.delimiter
        if cell.contains(where: { $0 == delimiter || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) {
            bytes.append(UInt8(ascii: "\""))
            for b in cell {
                if b == UInt8(ascii: "\"") { bytes.append(b) }
                bytes.append(b)
            }
            bytes.append(UInt8(ascii: "\""))
        } else {
            bytes.append(contentsOf: cell)
        }
    }

    /// The shortest text that reads back as the same `Double`, without a trailing `.0`.
    static func formatNumber(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
