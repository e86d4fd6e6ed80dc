import Foundation
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
    /// `--reserved FILE`: clients in mediation or placed (shortlist, steps, assign, market).
    public var reserved: String?
    /// `shortlist --max-per-client K`: no client on more than K lists.
    public var maxPerClient: Int?
    /// `assign --per-client N` (default 1).
    public var perClient = 1
    /// `assign --min-score S` (default: each kind's policy minimum).
    public var minScore: Double?
    /// `assign --objective max_total|stable`.
    public var objective: AllocationObjective = .maxTotal
    /// `assign --candidates M`: only each opening's best M candidates become edges (default: all).
    public var candidates: Int?
    /// `market --stands FILE`, `--invite N`, `--route R`; `outcomes --outcomes FILE --invitations FILE`.
    public var stands: String?
    public var invite = 150
    public var route = 3
    public var outcomes: String?
    public var invitations: String?
    /// `market --market-date`, `--market-time`, `--market-place`: when and where, for the route
    /// cards; each overrides the same key of `market.json` beside the stands file.
    public var marketEvent = MarketEvent()
    /// `explain --letter`: the explanation written to the client (text or html).
    public var letter = false

    public init() {}

    /// The formats a command writes; market writes a fixed set of files and takes no --format.
    static func formats(_ command: String) -> [OutputFormat] {
        switch command {
        case "scores": [.csv, .jsonl]
        case "outcomes": [.text, .html]
        case "market": []
        default: [.csv, .jsonl, .text, .html]
        }
    }

    /// "csv or jsonl", "csv, jsonl, text or html".
    static func formatList(_ formats: [OutputFormat]) -> String {
        let names = formats.map(\.rawValue)
        return names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " or " + names.last!
    }

    static func specs(_ command: String) -> [ArgumentScanner.Spec] {
        var specs = Command.commonSpecs + DataOptions.specs + [.init(name: "out", takesValue: true), .init(name: "lang", takesValue: true),
                                                              .init(name: "date", takesValue: true)]
        // Only the options a command uses: market writes fixed files (its --csv-dialect is for
        // invitations.csv), outcomes writes a text or HTML report.
        if !formats(command).isEmpty { specs.append(.init(name: "format", takesValue: true)) }
        if command != "outcomes" { specs.append(.init(name: "csv-dialect", takesValue: true)) }
        if command != "market" && command != "outcomes" { specs.append(.init(name: "provenance", takesValue: false)) }
        switch command {
        case "shortlist":
            specs += [.init(name: "opening", takesValue: true, repeatable: true), .init(name: "kind", takesValue: true, repeatable: true),
                      .init(name: "top", takesValue: true), .init(name: "near-misses", takesValue: false),
                      .init(name: "reserved", takesValue: true), .init(name: "max-per-client", takesValue: true)]
        case "steps":
            specs += [.init(name: "client", takesValue: true, repeatable: true), .init(name: "kind", takesValue: true, repeatable: true),
                      .init(name: "top", takesValue: true), .init(name: "near-misses", takesValue: false), .init(name: "reserved", takesValue: true)]
        case "assign":
            specs += [.init(name: "kind", takesValue: true, repeatable: true), .init(name: "reserved", takesValue: true),
                      .init(name: "per-client", takesValue: true), .init(name: "min-score", takesValue: true),
                      .init(name: "objective", takesValue: true), .init(name: "candidates", takesValue: true)]
        case "market":
            specs += [.init(name: "stands", takesValue: true), .init(name: "invite", takesValue: true), .init(name: "route", takesValue: true),
                      .init(name: "reserved", takesValue: true), .init(name: "market-date", takesValue: true),
                      .init(name: "market-time", takesValue: true), .init(name: "market-place", takesValue: true)]
        case "outcomes":
            specs += [.init(name: "stands", takesValue: true), .init(name: "outcomes", takesValue: true), .init(name: "invitations", takesValue: true)]
        case "explain":
            specs += [.init(name: "client", takesValue: true), .init(name: "opening", takesValue: true), .init(name: "letter", takesValue: false)]
        default:
            specs += [.init(name: "kind", takesValue: true, repeatable: true), .init(name: "force", takesValue: false)]
        }
        return specs
    }

    init(_ scanner: ArgumentScanner, command: String) throws(UsageError) {
        data = try DataOptions(scanner, command: command)
        let formats = Self.formats(command)
        if let f = scanner.value("format") {
            guard let format = OutputFormat(rawValue: f), formats.contains(format) else {
                throw UsageError("\(command) writes \(Self.formatList(formats)): --format \(formats.map(\.rawValue).joined(separator: "|")), not '\(f)'", command: command)
            }
            self.format = format
        }
        out = scanner.value("out")
        // Refused here, before anything is read or written: a report.csv holding text.
        if format == nil, !formats.isEmpty, let out, let inferred = OutputFormat.inferred(from: out), !formats.contains(inferred) {
            throw UsageError("\(command) writes \(Self.formatList(formats)); --out '\(out)' names a \(inferred.rawValue) file: "
                             + "use a .\(formats[0] == .text ? "txt" : formats[0].rawValue) name or give --format", command: command)
        }
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
        reserved = scanner.value("reserved")
        func whole(_ name: String, _ range: ClosedRange<Int>) throws(UsageError) -> Int? {
            guard let t = scanner.value(name) else { return nil }
            guard let n = Int(t), range.contains(n) else {
                throw UsageError("--\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(t)'", command: command)
            }
            return n
        }
        maxPerClient = try whole("max-per-client", 1...100_000)
        perClient = try whole("per-client", 1...1_000) ?? 1
        candidates = try whole("candidates", 1...1_000_000)
        invite = try whole("invite", 1...1_000_000) ?? 150
        route = try whole("route", 1...50) ?? 3
        if let t = scanner.value("min-score") {
            guard let v = Double(t), v >= 0, v <= 100 else { throw UsageError("--min-score must be a number from 0 to 100, not '\(t)'", command: command) }
            minScore = v
        }
        if let t = scanner.value("objective") {
            guard let o = AllocationObjective(rawValue: t) else { throw UsageError("--objective must be max_total or stable, not '\(t)'", command: command) }
            objective = o
        }
        stands = scanner.value("stands")
        outcomes = scanner.value("outcomes")
        invitations = scanner.value("invitations")
        if (command == "market" || command == "outcomes") && stands == nil { throw UsageError("\(command) needs --stands FILE", command: command) }
        if command == "outcomes" && (outcomes == nil || invitations == nil) {
            throw UsageError("outcomes needs --outcomes FILE and --invitations FILE (the invitations.csv that market wrote)", command: command)
        }
        if let t = scanner.value("market-date") {
            guard let day = Day(iso: t) else { throw UsageError("--market-date must be YYYY-MM-DD, not '\(t)'", command: command) }
            marketEvent.date = day
        }
        if let t = scanner.value("market-time") {
            guard let hours = MarketEvent.parseHours(t) else {
                throw UsageError("--market-time must be HH:MM-HH:MM with the start before the end, not '\(t)'", command: command)
            }
            marketEvent.hours = hours
        }
        if let t = scanner.value("market-place") {
            guard !t.trimmingCharacters(in: .whitespaces).isEmpty else { throw UsageError("--market-place must not be empty", command: command) }
            marketEvent.place = t.trimmingCharacters(in: .whitespaces)
        }
        letter = scanner.flag("letter")
        if letter && [.csv, .jsonl].contains(resolvedFormat(command)) {
            throw UsageError("--letter is written for a person: --format text or html", command: command)
        }
        if command == "market" && out == nil { throw UsageError("market writes several files: give --out FOLDER", command: command) }
        if maxPerClient != nil && nearMisses { throw UsageError("--max-per-client and --near-misses do not go together", command: command) }
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
