import Dispatch
import Foundation
import Opstap

/// How to read tables: what the command line's `--delimiter` and `--drop-unknown` set.
public struct ReadOptions: Sendable {
    /// Forces the CSV separator instead of detecting it from the header line.
    public var delimiter: UInt8?
    /// Ignore (and report) unknown columns instead of refusing the file. Sensitive columns stay refused.
    public var dropUnknownColumns = false
    /// How many stretches a large CSV file is read in at once (`TableReader.readInParts`);
    /// nil: one per core. Tests set it, with a small `partMinimumBytes`, to cut small files.
    var parts: Int?
    /// The smallest stretch worth a thread of its own.
    var partMinimumBytes = 1 << 20

    public init(delimiter: UInt8? = nil, dropUnknownColumns: Bool = false) {
        self.delimiter = delimiter
        self.dropUnknownColumns = dropUnknownColumns
    }
}

/// One record's cells in a schema's column order.
struct Row {
    var raw = RawRecord()
    /// For each schema column: its cell in `raw`, or -1 when the file has no such column or key.
    var cellOfColumn: [Int] = []
    /// Where the record starts, for problems that concern the whole row.
    var line = 0
    var lineStart = 0
    var offset = 0

    /// The bytes of a column's cell, or nil when absent; an empty cell is an empty range.
    func cell(_ column: Int) -> Range<Int>? {
        let c = cellOfColumn[column]
        return c < 0 ? nil : raw.range(c)
    }
}

/// Reads a CSV or JSON Lines file against a schema, row by row, logging every problem.
///
/// Header problems (unknown, duplicate, missing or sensitive columns) are all logged before any
/// row is read; a structural error (an unclosed quote) stops the file, because every later
/// position would be wrong; row problems skip the row and reading goes on.
struct TableReader {
    enum Format { case csv(delimiter: UInt8), jsonLines }

    let file: String
    let bytes: [UInt8]
    let schema: Schema
    let format: Format
    let encoding: TextEncoding
    /// The same file, schema and bytes, shared by reference with every row's `Cells`.
    let context: TableContext
    private let options: ReadOptions
    private var csv: CSVScanner?
    private var jsonl: JSONLinesScanner?
    private var fieldCount = 0
    private var fixedMapping: [Int] = []
    private var keys: [String] = []
    private var header = RawRecord()
    private(set) var droppedColumns: [String] = []
    private(set) var headerIsValid = true
    /// Set when a structural error (an unclosed quote) stopped the reading.
    private(set) var stoppedByStructuralError = false

    /// Decodes the file and reads its header (CSV). Returns nil when nothing can be read.
    init?(file: String, contents: [UInt8], schema: Schema, options: ReadOptions, log: inout IssueLog) {
        self.file = file
        self.schema = schema
        self.options = options
        let decoded: TextDecoder.Decoded
        do {
            decoded = try TextDecoder.decode(contents, file: file)
        } catch {
            log.add(error)
            return nil
        }
        bytes = decoded.bytes
        encoding = decoded.encoding
        let start = decoded.start
        let isEmpty = decoded.text.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if isEmpty {
            log.add(DataIssue(file: file, line: 1, column: 1, message: "the file is empty; expected a header line and rows"))
            return nil
        }
        if file.lowercased().hasSuffix(".jsonl") || file.lowercased().hasSuffix(".ndjson") {
            format = .jsonLines
            jsonl = JSONLinesScanner(bytes: bytes, file: file, start: start)
            context = TableContext(file: file, bytes: bytes, schema: schema, unguardsFormulas: false)
            return
        }
        let delimiter = options.delimiter ?? CSVScanner.detectDelimiter(decoded.text)
        format = .csv(delimiter: delimiter)
        context = TableContext(file: file, bytes: bytes, schema: schema, unguardsFormulas: true)
        var scanner = CSVScanner(bytes: bytes, file: file, delimiter: delimiter, start: start)
        do {
            var record = RawRecord()
            while try scanner.next(into: &record), record.isBlank {}
            header = record
        } catch {
            log.add(error)
            return nil
        }
        csv = scanner
        fieldCount = header.count
        var names: [String] = []
        for i in 0..<header.count {
            names.append(String(decoding: header.text[header.range(i)], as: UTF8.self).trimmingASCIISpaces())
        }
        fixedMapping = mapColumns(names, positions: header, log: &log, rowLine: header.lines.first ?? 1)
        for (index, column) in schema.columns.enumerated() where column.required && !fixedMapping.contains(index) {
            log.add(DataIssue(
                file: file, line: header.lines.first ?? 1, column: 1, field: column.name,
                message: "required column '\(column.name)' is missing from the header"))
            headerIsValid = false
        }
    }

    /// Maps each cell position to a schema column (-1: dropped), logging unknown, duplicate and
    /// sensitive names. Returns the schema index per cell.
    private mutating func mapColumns(_ names: [String], positions: RawRecord, log: inout IssueLog, rowLine: Int) -> [Int] {
        var mapping: [Int] = []
        var seen: [String: Int] = [:]
        for (cell, name) in names.enumerated() {
            let offset = positions.keyOffsets.isEmpty ? positions.offsets[cell] : positions.keyOffsets[cell]
            let column = TextPosition.column(in: bytes, lineStart: positions.lineStarts[cell], offset: offset)
            let line = positions.lines[cell]
            func problem(_ message: String) {
                log.add(DataIssue(file: file, line: line, column: column, field: name.isEmpty ? nil : name, message: message))
                headerIsValid = false
                mapping.append(-1)
            }
            if name.isEmpty {
                problem("empty column name in the header")
            } else if let first = seen[name] {
                problem("duplicate column; it also appears as column \(first + 1)")
            } else if schema.refusesSensitiveColumns && Schema.isSensitive(name) {
                problem("column '\(name)' must never reach matching; sensitive attributes belong in the groups file (groups.csv), which only an audit reads")
            } else if let index = schema.index(of: name) {
                mapping.append(index)
            } else if options.dropUnknownColumns {
                if !droppedColumns.contains(name) { droppedColumns.append(name) }
                mapping.append(-1)
            } else {
                let hint = suggestion(for: name, among: schema.columns.map(\.name)).map { "; did you mean '\($0)'?" } ?? ""
                problem("unknown column '\(name)' in \(schema.name)\(hint) (--drop-unknown ignores extra columns)")
            }
            seen[name] = seen[name] ?? cell
        }
        return mapping
    }

    /// Reads the next row. Row-level problems are logged and the row skipped; false at the end
    /// or after a structural error.
    mutating func next(_ row: inout Row, log: inout IssueLog) -> Bool {
        while true {
            do {
                if var scanner = csv {
                    defer { csv = scanner }
                    guard try scanner.next(into: &row.raw) else { return false }
                    if row.raw.isBlank { continue }
                    row.line = row.raw.lines[0]
                    row.lineStart = row.raw.lineStarts[0]
                    row.offset = row.raw.offsets[0]
                    if row.raw.count != fieldCount {
                        log.add(DataIssue(
                            file: file, line: row.line, column: 1,
                            message: "row has \(row.raw.count) cells but the header has \(fieldCount); check the separators and quotes on this row"))
                        continue
                    }
                    if row.cellOfColumn.count != schema.columns.count {
                        row.cellOfColumn = [Int](repeating: -1, count: schema.columns.count)
                        for (cell, column) in fixedMapping.enumerated() where column >= 0 { row.cellOfColumn[column] = cell }
                    }
                    return true
                }
                guard var scanner = jsonl else { return false }
                defer { jsonl = scanner }
                guard try scanner.next(into: &row.raw, keys: &keys) else { return false }
                row.line = scanner.line
                row.lineStart = row.raw.lineStarts.first ?? 0
                row.offset = row.raw.offsets.first ?? row.lineStart
                var rowLog = IssueLog()
                let wasValid = headerIsValid
                headerIsValid = true
                let mapping = mapColumns(keys, positions: row.raw, log: &rowLog, rowLine: row.line)
                let rowValid = headerIsValid
                headerIsValid = wasValid
                row.cellOfColumn = [Int](repeating: -1, count: schema.columns.count)
                for (cell, column) in mapping.enumerated() where column >= 0 { row.cellOfColumn[column] = cell }
                var missing = false
                for (index, column) in schema.columns.enumerated() where column.required && row.cellOfColumn[index] < 0 {
                    rowLog.add(DataIssue(
                        file: file, line: row.line, column: 1, field: column.name,
                        message: "required key '\(column.name)' is missing from this object"))
                    missing = true
                }
                for issue in rowLog.issues { log.add(issue) }
                if !rowValid || missing { continue }
                return true
            } catch {
                log.add(error)
                csv = nil
                jsonl = nil
                stoppedByStructuralError = true
                return false
            }
        }
    }

    /// The position of a column's cell (or of the row, when the cell is absent).
    func position(of column: Int, in row: Row) -> (line: Int, column: Int) { context.position(of: column, in: row) }

    /// Bytes left to read in this reader's stretch (CSV), or in the file (JSON Lines): a guide
    /// for reserving room for the rows.
    var remainingBytes: Int { csv.map { $0.end - $0.offset } ?? bytes.count }
}

/// What the typed accessors need of a table: one object, so that each row's `Cells` copies a
/// single reference instead of the whole reader.
final class TableContext: Sendable {
    let file: String
    let bytes: [UInt8]
    let schema: Schema
    /// CSV only: take off the `'` that `CSVWriter` puts before a formula character.
    let unguardsFormulas: Bool

    init(file: String, bytes: [UInt8], schema: Schema, unguardsFormulas: Bool) {
        self.file = file
        self.bytes = bytes
        self.schema = schema
        self.unguardsFormulas = unguardsFormulas
    }

    /// The position of a column's cell (or of the row, when the cell is absent).
    func position(of column: Int, in row: Row) -> (line: Int, column: Int) {
        let c = row.cellOfColumn[column]
        if c < 0 { return (row.line, 1) }
        return (row.raw.lines[c], TextPosition.column(in: bytes, lineStart: row.raw.lineStarts[c], offset: row.raw.offsets[c]))
    }
}

extension TableReader {
    /// Reads the remaining rows with `read` on all cores and returns what it returns, in file order.
    ///
    /// A CSV file of at least two `ReadOptions.partMinimumBytes` (1 MiB) is cut at record
    /// boundaries into one stretch per core (`CSVScanner.split`); each stretch is read by its own
    /// copy of this reader into its own log. Rows and problems are then joined in file order,
    /// and when a structural error stopped a stretch, what later stretches read is dropped, as
    /// one reader would have stopped there: the rows, the problems and their order are the same
    /// as reading on one core.
    mutating func readInParts<T: Sendable>(
        log: inout IssueLog, _ read: @escaping @Sendable (inout TableReader, inout IssueLog) -> [T]
    ) -> [T] {
        guard let scanner = csv else { return read(&self, &log) }
        let parts = options.parts ?? ProcessInfo.processInfo.activeProcessorCount
        let scanners = scanner.split(into: parts, minimumBytes: options.partMinimumBytes)
        if scanners.count == 1 { return read(&self, &log) }
        let readers = scanners.map { part in
            var reader = self
            reader.csv = part
            return reader
        }
        let rows = Slots<[T]>(count: readers.count, initial: [])
        let logs = Slots<IssueLog>(count: readers.count, initial: IssueLog())
        let stopped = Slots<Bool>(count: readers.count, initial: false)
        DispatchQueue.concurrentPerform(iterations: readers.count) { k in
            var reader = readers[k]
            var partLog = IssueLog()
            rows[k] = read(&reader, &partLog)
            logs[k] = partLog
            stopped[k] = reader.stoppedByStructuralError
        }
        var result: [T] = []
        for k in 0..<readers.count {
            // The first stretch's array is taken as it is; appending to an empty array would copy.
            if k == 0 { result = rows.take(0, leaving: []) } else { result += rows.take(k, leaving: []) }
            log.append(logs[k])
            if stopped[k] {
                stoppedByStructuralError = true
                break
            }
        }
        csv = nil
        return result
    }
}

extension String {
    func trimmingASCIISpaces() -> String {
        let u = Array(utf8)
        var start = 0, end = u.count
        while start < end && (u[start] == 0x20 || u[start] == 0x09) { start += 1 }
        while end > start && (u[end - 1] == 0x20 || u[end - 1] == 0x09) { end -= 1 }
        return start == 0 && end == u.count ? self : String(decoding: u[start..<end], as: UTF8.self)
    }
}
