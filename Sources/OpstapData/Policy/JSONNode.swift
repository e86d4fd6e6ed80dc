/// A JSON value with the byte offset where it starts, so that problems in small configuration
/// files (the policy) can be reported as file:line:column. Bulk data goes through
/// `JSONLinesScanner` instead.
indirect enum JSONNode: Sendable {
    case object([(key: String, keyOffset: Int, value: JSONNode)], offset: Int)
    case array([JSONNode], offset: Int)
    case string(String, offset: Int)
    case number(Double, offset: Int)
    case bool(Bool, offset: Int)
    case null(offset: Int)

    var offset: Int {
        switch self {
        case .object(_, let o), .array(_, let o), .string(_, let o), .number(_, let o), .bool(_, let o), .null(let o): o
        }
    }

    var typeName: String {
        switch self {
        case .object: "an object"
        case .array: "a list"
        case .string: "text"
        case .number: "a number"
        case .bool: "true or false"
        case .null: "null"
        }
    }

    /// Parses a whole document.
    static func parse(_ bytes: [UInt8], file: String) throws(DataIssue) -> JSONNode {
        var parser = Parser(bytes: bytes, file: file)
        parser.space()
        let value = try parser.value(depth: 0)
        parser.space()
        if parser.i < bytes.count { throw parser.fail("unexpected text after the JSON value") }
        return value
    }

    private struct Parser {
        let bytes: [UInt8]
        let file: String
        var i = 0

        init(bytes: [UInt8], file: String) {
            self.bytes = bytes
            self.file = file
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        }

        func fail(_ message: String, at offset: Int? = nil) -> DataIssue {
            let (line, column) = TextPosition.locate(offset ?? i, in: bytes)
            return DataIssue(file: file, line: line, column: column, message: message)
        }

        mutating func space() {
            while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        }

        mutating func value(depth: Int) throws(DataIssue) -> JSONNode {
            guard depth < 64 else { throw fail("nested too deeply") }
            guard i < bytes.count else { throw fail("unexpected end of the file; expected a value") }
            let start = i
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                var members: [(key: String, keyOffset: Int, value: JSONNode)] = []
                space()
                if i < bytes.count && bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members, offset: start) }
                while true {
                    space()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a quoted key") }
                    let keyOffset = i
                    let key = try string()
                    if members.contains(where: { $0.key == key }) { throw fail("key '\(key)' appears twice", at: keyOffset) }
                    space()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("expected ':' after the key") }
                    i += 1
                    space()
                    members.append((key, keyOffset, try value(depth: depth + 1)))
                    space()
                    guard i < bytes.count else { throw fail("unexpected end of the file; expected ',' or '}'") }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members, offset: start) }
                    throw fail("expected ',' or '}'")
                }
            case UInt8(ascii: "["):
                i += 1
                var items: [JSONNode] = []
                space()
                if i < bytes.count && bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items, offset: start) }
                while true {
                    space()
                    items.append(try value(depth: depth + 1))
                    space()
                    guard i < bytes.count else { throw fail("unexpected end of the file; expected ',' or ']'") }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items, offset: start) }
                    throw fail("expected ',' or ']'")
                }
            case UInt8(ascii: "\""):
                return .string(try string(), offset: start)
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                for (word, node) in [("true", JSONNode.bool(true, offset: start)), ("false", .bool(false, offset: start)), ("null", .null(offset: start))] {
                    let w = Array(word.utf8)
                    if i + w.count <= bytes.count && Array(bytes[i..<(i + w.count)]) == w {
                        i += w.count
                        return node
                    }
                }
                throw fail("expected a value")
            default:
                var j = i
                while j < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[j])
                    || [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[j]) { j += 1 }
                guard j > i, let number = Double(String(decoding: bytes[i..<j], as: UTF8.self)), number.isFinite else {
                    throw fail("expected a value (number, text, true, false, null, list or object)")
                }
                i = j
                return .number(number, offset: start)
            }
        }

        mutating func string() throws(DataIssue) -> String {
            let start = i
            i += 1
            var out: [UInt8] = []
            while true {
                guard i < bytes.count, bytes[i] != 0x0A else { throw fail("text is not closed", at: start) }
                let b = bytes[i]
                i += 1
                if b == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
                if b != UInt8(ascii: "\\") { out.append(b); continue }
                guard i < bytes.count else { throw fail("unfinished escape") }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                default: throw fail("unsupported escape in a policy file", at: i - 2)
                }
            }
        }
    }
}
