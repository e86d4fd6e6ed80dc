import Opstap

/// Typed access to one row's cells. Each accessor logs a precise problem and returns nil on bad
/// input, so that one pass reports every problem in the row.
///
/// One `Cells` reads a whole table: `next` fills it with the following row, so the row's arrays
/// and the log are reused instead of copied per row.
struct Cells {
    private(set) var row: Row
    let reader: TableContext
    var log: IssueLog
    /// True once a problem was logged for the current row.
    private(set) var failed = false

    /// Cells for reading `reader`'s rows with `next`, logging into a copy of `log`.
    init(reader: TableReader, log: IssueLog) {
        self.init(row: Row(), reader: reader, log: log)
    }

    /// Cells for one row already read (to log a problem found after the row's pass).
    init(row: Row, reader: TableReader, log: IssueLog) {
        self.row = row
        self.reader = reader.context
        self.log = log
    }

    /// Reads the next row into these cells; false at the end (see `TableReader.next`).
    mutating func next(_ reader: inout TableReader) -> Bool {
        failed = false
        return reader.next(&row, log: &log)
    }

    func name(_ column: Int) -> String { reader.schema.columns[column].name }

    /// The cell's bytes, nil when the column is absent or the cell is empty.
    func bytes(_ column: Int) -> ArraySlice<UInt8>? {
        guard let range = row.cell(column), !range.isEmpty else { return nil }
        return row.raw.text[range]
    }

    /// Logs a problem with the cell; `value` is quoted in the message unless the column is personal.
    mutating func fail(_ column: Int, _ message: String, value: ArraySlice<UInt8>? = nil) {
        let (line, col) = reader.position(of: column, in: row)
        var text = message
        if let value {
            let shown = reader.schema.columns[column].personal ? "the value" : "'\(String(decoding: value, as: UTF8.self))'"
            text = text.replacingFirst("{value}", with: shown)
        }
        log.add(DataIssue(file: reader.file, line: line, column: col, field: name(column), message: text))
        failed = true
    }

    /// A problem with the row as a whole.
    mutating func failRow(_ message: String) {
        log.add(DataIssue(file: reader.file, line: row.line, column: 1, message: message))
        failed = true
    }

    mutating func required(_ column: Int) -> ArraySlice<UInt8>? {
        guard let b = bytes(column) else {
            fail(column, "empty value; this column is required")
            return nil
        }
        return b
    }

    /// Free text (ids, names, titles). In CSV, the `'` that `CSVWriter` puts before a formula
    /// character is removed again; JSON Lines is never guarded, so its text is taken as it is.
    func text(_ column: Int) -> String? {
        guard let b = bytes(column) else { return nil }
        return String(decoding: unguarded(b), as: UTF8.self)
    }

    private func unguarded(_ b: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        if reader.unguardsFormulas { return Self.unguard(b) }
        return b
    }

    mutating func requiredText(_ column: Int) -> String? {
        guard let b = required(column) else { return nil }
        return String(decoding: unguarded(b), as: UTF8.self)
    }

    /// An id: required, no surrounding spaces, and never a BSN (citizen service number).
    mutating func id(_ column: Int) -> String? {
        guard let b = required(column) else { return nil }
        if b.first == 0x20 || b.last == 0x20 || b.first == 0x09 || b.last == 0x09 {
            fail(column, "id has leading or trailing spaces")
            return nil
        }
        if Self.isBSN(b) {
            fail(column, "this id is a valid BSN (citizen service number); pseudonymise ids before data reaches Opstap")
            return nil
        }
        return String(decoding: unguarded(b), as: UTF8.self)
    }

    mutating func double(_ column: Int, in range: ClosedRange<Double>, required: Bool = true) -> Double? {
        guard let b = bytes(column) else {
            if required { fail(column, "empty value; expected a number") }
            return nil
        }
        guard let value = Self.parseDouble(b) else {
            fail(column, "{value} is not a number; expected a decimal number such as 12,5 or 12.5", value: b)
            return nil
        }
        guard range.contains(value) else {
            fail(column, "{value} is out of range; expected \(Self.format(range.lowerBound)) to \(Self.format(range.upperBound))", value: b)
            return nil
        }
        return value
    }

    mutating func int(_ column: Int, in range: ClosedRange<Int>, required: Bool = true) -> Int? {
        guard let b = bytes(column) else {
            if required { fail(column, "empty value; expected a whole number") }
            return nil
        }
        guard let value = Self.parseInt(b) else {
            fail(column, "{value} is not a whole number", value: b)
            return nil
        }
        guard range.contains(value) else {
            fail(column, "{value} is out of range; expected \(range.lowerBound) to \(range.upperBound)", value: b)
            return nil
        }
        return value
    }

    mutating func day(_ column: Int, required: Bool = false) -> Day? {
        guard let b = bytes(column) else {
            if required { fail(column, "empty value; expected a date YYYY-MM-DD") }
            return nil
        }
        guard let day = Day(isoUTF8: b) else {
            fail(column, "{value} is not a valid date; expected YYYY-MM-DD", value: b)
            return nil
        }
        return day
    }

    mutating func bool(_ column: Int) -> Bool? {
        guard let b = bytes(column) else { return nil }
        switch String(decoding: b, as: UTF8.self) {
        case "true", "ja", "yes", "1": return true
        case "false", "nee", "no", "0": return false
        default:
            fail(column, "{value} is not a yes/no value; expected true or false (ja or nee)", value: b)
            return nil
        }
    }

    mutating func coded<T>(_ column: Int, _ lookup: CodeLookup<T>, required: Bool = true) -> T? {
        guard let b = bytes(column) else {
            if required { fail(column, "empty value; expected one of \(lookup.codes.joined(separator: ", "))") }
            return nil
        }
        return code(b, column: column, lookup)
    }

    private mutating func code<T>(_ b: ArraySlice<UInt8>, column: Int, _ lookup: CodeLookup<T>) -> T? {
        if let value = lookup(b) { return value }
        fail(column, "{value} is not one of \(lookup.codes.joined(separator: ", "))", value: b)
        return nil
    }

    /// The `|`-separated items of a list cell; empty items are an error (and give no items).
    mutating func items(_ column: Int) -> ListItems {
        guard let b = bytes(column) else { return ListItems(ArraySlice()) }
        var previous = UInt8(ascii: "|")
        for c in b {
            if c == UInt8(ascii: "|") && previous == c { break }
            previous = c
        }
        if previous == UInt8(ascii: "|") {
            fail(column, "{value} has an empty item; separate list items with a single '|'", value: b)
            return ListItems(ArraySlice())
        }
        return ListItems(b)
    }

    mutating func codedList<T: Equatable>(_ column: Int, _ lookup: CodeLookup<T>) -> [T] {
        var result: [T] = []
        for item in items(column) {
            guard let value = code(item, column: column, lookup) else { continue }
            if result.contains(value) {
                fail(column, "{value} appears twice in the list", value: item)
            } else {
                result.append(value)
            }
        }
        return result
    }

    /// Tags from the taxonomy, of the given kinds, sorted by id.
    mutating func tags(_ column: Int, _ codes: TaxonomyCodes, kinds: [TagKind]) -> [TagID] {
        let taxonomy = codes.taxonomy
        var result: [TagID] = []
        for item in items(column) {
            guard let tag = codes.tags(item) else {
                let code = String(decoding: item, as: UTF8.self)
                let candidates = taxonomy.tags.filter { kinds.contains($0.kind) }.map(\.code)
                let hint = suggestion(for: code, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
                fail(column, "unknown tag {value}\(hint)", value: item)
                continue
            }
            guard kinds.contains(codes.tagKinds[Int(tag.index)]) else {
                fail(column, "{value} is a \(taxonomy[tag].kind.code) tag; expected a \(kinds.map(\.code).joined(separator: " or ")) tag", value: item)
                continue
            }
            if result.contains(tag) {
                fail(column, "{value} appears twice in the list", value: item)
            } else {
                result.append(tag)
            }
        }
        result.sort()
        return result
    }

    /// Competences as `code:level` (or bare codes when `levels` is false), sorted by id.
    mutating func competences(_ column: Int, _ codes: TaxonomyCodes, levels: Bool) -> [CompetenceHolding] {
        var result: [CompetenceHolding] = []
        for item in items(column) {
            var codeBytes = item
            var level: UInt8 = 1
            if let colon = item.firstIndex(of: UInt8(ascii: ":")) {
                guard levels else {
                    fail(column, "{value}: this column takes competence codes without a level", value: item)
                    continue
                }
                codeBytes = item[item.startIndex..<colon]
                let levelBytes = item[(colon + 1)...]
                guard let parsed = Self.parseInt(levelBytes), CompetenceHolding.levels.contains(UInt8(clamping: parsed)), parsed <= 3 else {
                    fail(column, "{value}: the level must be 1, 2 or 3 (code:level)", value: item)
                    continue
                }
                level = UInt8(parsed)
            } else if levels {
                fail(column, "{value} has no level; write code:level with level 1, 2 or 3", value: item)
                continue
            }
            guard let id = codes.competences(codeBytes) else {
                let code = String(decoding: codeBytes, as: UTF8.self)
                let hint = suggestion(for: code, among: codes.competences.codes).map { "; did you mean '\($0)'?" } ?? ""
                fail(column, "unknown competence {value}\(hint)", value: codeBytes)
                continue
            }
            if result.contains(where: { $0.competence == id }) {
                fail(column, "competence {value} appears twice in the list", value: codeBytes)
                continue
            }
            result.append(CompetenceHolding(id, level: level))
        }
        result.sort { $0.competence < $1.competence }
        return result
    }

    // MARK: - Byte-level parsing

    /// A decimal number with a comma or a point (not both), optional sign and exponent.
    static func parseDouble(_ b: ArraySlice<UInt8>) -> Double? {
        guard !b.isEmpty, b.count <= 40 else { return nil }
        if let value = parsePlainDecimal(b) { return value }
        var separators = 0
        var digits = 0
        var chars: [UInt8] = []
        chars.reserveCapacity(b.count)
        for (k, c) in zip(b.indices, b) {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1; chars.append(c)
            case UInt8(ascii: ","), UInt8(ascii: "."): separators += 1; chars.append(UInt8(ascii: "."))
            case UInt8(ascii: "-"), UInt8(ascii: "+"):
                guard k == b.startIndex || b[k - 1] == UInt8(ascii: "e") || b[k - 1] == UInt8(ascii: "E") else { return nil }
                chars.append(c)
            case UInt8(ascii: "e"), UInt8(ascii: "E"): chars.append(c)
            default: return nil
            }
        }
        guard digits > 0, separators <= 1 else { return nil }
        guard let value = Double(String(decoding: chars, as: UTF8.self)), value.isFinite else { return nil }
        return value
    }

    /// Powers of ten that a Double holds exactly.
    private static let exactPowersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { r, _ in r * 10 } }

    /// The fast path of `parseDouble` for the common cell (`-12,5`, `52.0931`): an optional minus,
    /// at most 15 digits and one separator. The digits make an integer below 2^53 and the power
    /// of ten is exact, so one division gives the correctly rounded value, the same as `strtod`
    /// (Clinger's fast path). Anything else (exponents, more digits) returns nil for the slow path.
    static func parsePlainDecimal(_ b: ArraySlice<UInt8>) -> Double? {
        var k = b.startIndex
        let negative = b[k] == UInt8(ascii: "-")
        if negative { k += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var fraction = -1
        while k < b.endIndex {
            let c = b[k]
            if c >= 48 && c <= 57 {
                mantissa = mantissa * 10 + UInt64(c - 48)
                digits += 1
                if fraction >= 0 { fraction += 1 }
            } else if (c == UInt8(ascii: ",") || c == UInt8(ascii: ".")) && fraction < 0 {
                fraction = 0
            } else {
                return nil
            }
            k += 1
        }
        guard digits > 0, digits <= 15 else { return nil }
        let value = Double(mantissa) / exactPowersOfTen[max(0, fraction)]
        return negative ? -value : value
    }

    static func parseInt(_ b: ArraySlice<UInt8>) -> Int? {
        guard !b.isEmpty, b.count <= 18 else { return nil }
        var value = 0
        var negative = false
        for (k, c) in zip(b.indices, b) {
            if k == b.startIndex && c == UInt8(ascii: "-") && b.count > 1 { negative = true; continue }
            guard c >= 48 && c <= 57 else { return nil }
            value = value * 10 + Int(c - 48)
        }
        return negative ? -value : value
    }

    /// Nine digits passing the elfproef: 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11.
    static func isBSN(_ b: ArraySlice<UInt8>) -> Bool {
        guard b.count == 9, b.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return false }
        var sum = 0
        for (k, c) in b.enumerated() {
            let digit = Int(c - 48)
            sum += k < 8 ? digit * (9 - k) : -digit
        }
        return sum % 11 == 0 && b.contains { $0 != 48 }
    }

    /// Removes the `'` that `CSVWriter` puts before text starting with `=`, `+`, `-`, `@`, tab or
    /// CR (after any further quotes), so written cells read back unchanged; `'t Harde` stays as it is.
    static func unguard(_ b: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard b.first == UInt8(ascii: "'") else { return b }
        var k = b.startIndex
        while k < b.endIndex && b[k] == UInt8(ascii: "'") { k += 1 }
        guard k < b.endIndex, CSVWriter.formulaStarts.contains(b[k]) else { return b }
        return b.dropFirst()
    }

    static func format(_ value: Double) -> String { CSVWriter.formatNumber(value) }
}

/// The items of a list cell, as slices of it: iterating allocates nothing.
struct ListItems: Sequence, IteratorProtocol {
    private var rest: ArraySlice<UInt8>
    private var done: Bool

    init(_ cell: ArraySlice<UInt8>) {
        rest = cell
        done = cell.isEmpty
    }

    mutating func next() -> ArraySlice<UInt8>? {
        if done { return nil }
        if let bar = rest.firstIndex(of: UInt8(ascii: "|")) {
            defer { rest = rest[(bar + 1)...] }
            return rest[..<bar]
        }
        done = true
        return rest
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = firstRange(of: target) else { return self }
        var result = self
        result.replaceSubrange(range, with: replacement)
        return result
    }
}
