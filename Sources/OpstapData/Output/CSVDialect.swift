/// How CSV output is written.
public enum CSVDialect: String, Sendable, CaseIterable {
    /// Excel as Dutch staff use it: `;`, UTF-8 with BOM, CRLF, decimal comma. The default.
    case excelNL = "excel_nl"
    /// RFC 4180 as other tools expect it: `,`, LF, no BOM, decimal point.
    case rfc

    var delimiter: UInt8 { self == .excelNL ? UInt8(ascii: ";") : UInt8(ascii: ",") }
    var lineEnd: [UInt8] { self == .excelNL ? [0x0D, 0x0A] : [0x0A] }
    var decimalSeparator: UInt8 { self == .excelNL ? UInt8(ascii: ",") : UInt8(ascii: ".") }
    var byteOrderMark: [UInt8] { self == .excelNL ? [0xEF, 0xBB, 0xBF] : [] }
}
