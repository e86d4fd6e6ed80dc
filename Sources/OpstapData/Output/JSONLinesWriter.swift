/// Writes JSON Lines: one object per line, keys in the order given, into one buffer.
public struct JSONLinesWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    private var fieldsInObject = -1

    public init() {}

    public mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        fieldsInObject = 0
    }

    public mutating func endObject() {
        bytes.append(contentsOf: "}\n".utf8)
        fieldsInObject = -1
    }

    public mutating func string(_ key: String, _ value: String?) {
        self.key(key)
        if let value { JSONLinesWriter.appendString(value, to: &bytes) } else { bytes.append(contentsOf: "null".utf8) }
    }

    public mutating func number(_ key: String, _ value: Double?) {
        self.key(key)
        if let value, value.isFinite {
            bytes.append(contentsOf: CSVWriter.formatNumber(value).utf8)
        } else {
            bytes.append(contentsOf: "null".utf8)
        }
    }

    public mutating func integer(_ key: String, _ value: Int?) {
        self.key(key)
        bytes.append(contentsOf: (value.map { String($0) } ?? "null").utf8)
    }

    public mutating func bool(_ key: String, _ value: Bool) {
        self.key(key)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    public mutating func strings(_ key: String, _ values: [String]) {
        self.key(key)
        bytes.append(UInt8(ascii: "["))
        for (k, value) in values.enumerated() {
            if k > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONLinesWriter.appendString(value, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func key(_ key: String) {
        if fieldsInObject > 0 { bytes.append(UInt8(ascii: ",")) }
        fieldsInObject += 1
        JSONLinesWriter.appendString(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }

    static func appendString(_ value: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for b in value.utf8 {
            switch b {
            case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
            case 0x0A: bytes.append(contentsOf: "\\n".utf8)
            case 0x0D: bytes.append(contentsOf: "\\r".utf8)
            case 0x09: bytes.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(contentsOf: TextDecoder.hex(b).lowercased().utf8)
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
