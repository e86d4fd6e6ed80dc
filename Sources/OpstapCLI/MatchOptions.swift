import Opstap
import OpstapData

/// Options of `shortlist`, `steps`, `explain` and `scores`.
public struct MatchOptions: Equatable, Sendable {
    public var data = DataOptions()
    /// `--format csv|jsonl|text|html`; nil: from the `--out` extension, else text (csv for scores).
    public var format: OutputFormat?
    public var out: String?
    public var lang: Language = .nl
    /// `--date`: the reference date (default: today).
    public var date: Day?
    public var dialect: CSVDialect = .excelNL
    /// `--provenance`: a metadata record (JSON Lines) or sidecar file (CSV).
    public var provenance = false
    /// `--top N` (default 10).
    public var top = 10
    /// `--near-misses`: also list candidates that fail exactly one rule.
    public var nearMisses = false
    /// `--opening ID` (repeatable) and `--client ID` (repeatable).
    public var openings: [String] = []
    public var clients: [String] = []
    /// `--kind K` (repeatable).
    public var kinds: [OpeningKind] = []
    /// `--force`: `scores` above the size limit.
    public var force = false

    public init() {}

    static func specs(_ command: String) -> [ArgumentScanner.Spec] {
        var specs = Command.commonSpecs + DataOptions.specs + [
            .init(name: "format", takesValue: true), .init(name: "out", takesValue: true), .init(name: "lang", takesValue: true),
            .init(name: "date", takesValue: true), .init(name: "csv-dialect", takesValue: true), .init(name: "provenance", takesValue: false),
        ]
        switch command {
        case "shortlist":
            specs += [.init(name: "opening", takesValue: true, repeatable: true), .init(name: "kind", takesValue: true, repeatable: true),
                      .init(name: "top", takesValue: true), .init(name: "near-misses", takesValue: false)]
        case "steps":
            specs += [.init(name: "client", takesValue: true, repeatable: true), .init(name: "kind", takesValue: true, repeatable: true),
                      .init(name: "top", takesValue: true), .init(name: "near-misses", takesValue: false)]
        case "explain":
            specs += [.init(name: "client", takesValue: true), .init(name: "opening", takesValue: true)]
        default:
            specs += [.init(name: "kind", takesValue: true, repeatable: true), .init(name: "force", takesValue: false)]
        }
        return specs
    }

    init(_ scanner: ArgumentScanner, command: String) throws(UsageError) {
        data = try DataOptions(scanner, command: command)
        if let f = scanner.value("format") {
            guard let format = OutputFormat(rawValue: f) else { throw UsageError("--format must be csv, jsonl, text or html, not '\(f)'", command: command) }
            if command == "scores" && (format == .text || format == .html) {
                throw UsageError("scores is an export: --format csv or jsonl", command: command)
            }
            self.format = format
        }
        out = scanner.value("out")
        lang = try Command.parseLanguage(scanner.value("lang"), command)
        date = try scanner.value("date").map { (text) throws(UsageError) in try Command.parseDate(text, command) }
        if let d = scanner.value("csv-dialect") {
            guard let dialect = CSVDialect(rawValue: d) else { throw UsageError("--csv-dialect must be excel_nl or rfc, not '\(d)'", command: command) }
            self.dialect = dialect
        }
        provenance = scanner.flag("provenance")
        if let t = scanner.value("top") {
            guard let n = Int(t), n >= 1, n <= 100_000 else { throw UsageError("--top must be a whole number from 1 to 100000, not '\(t)'", command: command) }
            top = n
        }
        nearMisses = scanner.flag("near-misses")
        openings = scanner.all("opening")
        clients = scanner.all("client")
        force = scanner.flag("force")
        for k in scanner.all("kind") {
            guard let kind = OpeningKind(code: k) else {
                throw UsageError("--kind must be one of \(OpeningKind.allCodes.joined(separator: ", ")), not '\(k)'", command: command)
            }
            if !kinds.contains(kind) { kinds.append(kind) }
        }
        if command == "explain" && (clients.isEmpty || openings.isEmpty) {
            throw UsageError("explain needs --client ID and --opening ID", command: command)
        }
        if command == "shortlist" && !openings.isEmpty && !kinds.isEmpty {
            throw UsageError("give --opening or --kind, not both", command: command)
        }
        if provenance && resolvedFormat(command) == .csv && out == nil {
            throw UsageError("--provenance with CSV writes a file next to --out; give --out FILE", command: command)
        }
    }

    /// The format to write: `--format`, else the `--out` extension, else text (csv for scores).
    func resolvedFormat(_ command: String) -> OutputFormat {
        format ?? out.flatMap(OutputFormat.inferred) ?? (command == "scores" ? .csv : .text)
    }
}
