import Opstap
import OpstapData

/// `opstap validate`: check every file and print a summary.
public struct ValidateOptions: Equatable, Sendable {
    public var data = DataOptions()
    /// `--date YYYY-MM-DD`: the reference date for warnings (default: today).
    public var date: Day?
    public var lang: Language = .nl
    /// `--out FILE`: write the summary to a file instead of stdout.
    public var out: String?
}

/// `opstap generate`: make a dataset from a seed.
public struct GenerateOptions: Equatable, Sendable {
    public var profile: GeneratorProfile = .sample
    /// `--seed S` (default 2019, the year of the masterplans).
    public var seed: UInt64 = 2019
    /// `--out DIR` (required): created when missing.
    public var out = ""
    /// `--format csv|jsonl` (default csv).
    public var format: DatasetWriter.Format = .csv(.excelNL)
}

/// A parsed command line.
public enum Command: Equatable, Sendable {
    case help(command: String?)
    case version
    case validate(ValidateOptions)
    case generate(GenerateOptions)
    case shortlist(MatchOptions)
    case steps(MatchOptions)
    case explain(MatchOptions)
    case scores(MatchOptions)
    case assign(MatchOptions)
    case market(MatchOptions)
    case outcomes(MatchOptions)

    public static let commands = ["shortlist", "steps", "explain", "scores", "assign", "market", "outcomes", "validate", "generate"]

    /// Parses the arguments after the program name. Pure: no I/O, so tests call it directly.
    public static func parse(_ arguments: [String]) throws(UsageError) -> Command {
        guard let first = arguments.first else { return .help(command: nil) }
        switch first {
        case "-h", "--help", "help":
            if arguments.count > 1, commands.contains(arguments[1]) { return .help(command: arguments[1]) }
            return .help(command: nil)
        case "--version", "-V": return .version
        case "validate": return try parseValidate(Array(arguments.dropFirst()))
        case "generate": return try parseGenerate(Array(arguments.dropFirst()))
        case "shortlist", "steps", "explain", "scores", "assign", "market", "outcomes": return try parseMatch(first, Array(arguments.dropFirst()))
        default:
            let hint = ArgumentScanner.suggest(first, commands).map { "; did you mean '\($0)'?" } ?? ""
            throw UsageError(first.hasPrefix("-") ? "unknown option '\(first)'\(hint)" : "unknown command '\(first)'\(hint)")
        }
    }

    static let commonSpecs: [ArgumentScanner.Spec] = [.init(name: "help", takesValue: false)]

    /// Every option a command accepts; its help lists each one (a test holds them together).
    static func specs(for command: String) -> [ArgumentScanner.Spec] {
        switch command {
        case "validate":
            commonSpecs + DataOptions.specs + [
                .init(name: "date", takesValue: true), .init(name: "lang", takesValue: true), .init(name: "out", takesValue: true),
            ]
        case "generate":
            commonSpecs + [
                .init(name: "profile", takesValue: true), .init(name: "clients", takesValue: true), .init(name: "openings", takesValue: true),
                .init(name: "seed", takesValue: true), .init(name: "out", takesValue: true), .init(name: "format", takesValue: true),
                .init(name: "csv-dialect", takesValue: true),
            ]
        default: MatchOptions.specs(command)
        }
    }

    static func parseValidate(_ arguments: [String]) throws(UsageError) -> Command {
        let scanner = try ArgumentScanner(arguments, specs: specs(for: "validate"), command: "validate")
        if scanner.flag("help") { return .help(command: "validate") }
        try noPositionals(scanner, "validate")
        var options = ValidateOptions()
        options.data = try DataOptions(scanner, command: "validate")
        options.date = try scanner.value("date").map { (text) throws(UsageError) in try parseDate(text, "validate") }
        options.lang = try parseLanguage(scanner.value("lang"), "validate")
        options.out = scanner.value("out")
        // The summary is text: a .csv, .jsonl or .html name would hold text under a false name.
        if let out = options.out, let format = OutputFormat.inferred(from: out), format != .text {
            throw UsageError("validate writes text only; --out '\(out)' names a \(format.rawValue) file: use a .txt name", command: "validate")
        }
        return .validate(options)
    }

    static func parseMatch(_ command: String, _ arguments: [String]) throws(UsageError) -> Command {
        // market writes a fixed set of files; say so rather than "unknown option".
        if command == "market", arguments.prefix(while: { $0 != "--" }).contains(where: { $0 == "--format" || $0.hasPrefix("--format=") }) {
            throw UsageError("market takes no --format: it writes invitations.csv, route_cards.html, stands.html, stands.txt and summary.txt to --out FOLDER",
                             command: command)
        }
        let scanner = try ArgumentScanner(arguments, specs: specs(for: command), command: command)
        if scanner.flag("help") { return .help(command: command) }
        try noPositionals(scanner, command)
        let options = try MatchOptions(scanner, command: command)
        switch command {
        case "shortlist": return .shortlist(options)
        case "steps": return .steps(options)
        case "explain": return .explain(options)
        case "assign": return .assign(options)
        case "market": return .market(options)
        case "outcomes": return .outcomes(options)
        default: return .scores(options)
        }
    }

    static func parseGenerate(_ arguments: [String]) throws(UsageError) -> Command {
        let scanner = try ArgumentScanner(arguments, specs: specs(for: "generate"), command: "generate")
        if scanner.flag("help") { return .help(command: "generate") }
        try noPositionals(scanner, "generate")
        var options = GenerateOptions()
        guard let out = scanner.value("out") else { throw UsageError("--out DIR is required", command: "generate") }
        options.out = out
        if let seed = scanner.value("seed") {
            guard let value = UInt64(seed) else { throw UsageError("--seed must be a whole number ≥ 0, not '\(seed)'", command: "generate") }
            options.seed = value
        }
        let clients = try scanner.value("clients").map { (text) throws(UsageError) in try positive(text, "--clients") }
        let openings = try scanner.value("openings").map { (text) throws(UsageError) in try positive(text, "--openings") }
        switch scanner.value("profile") {
        case nil where clients == nil && openings == nil, "sample":
            if clients != nil || openings != nil {
                throw UsageError("--profile sample has a fixed size; leave out --clients and --openings, or use --profile national", command: "generate")
            }
            options.profile = .sample
        case nil, "national":
            guard let clients, let openings else {
                throw UsageError("a national pool needs both --clients N and --openings M", command: "generate")
            }
            options.profile = .national(clients: clients, openings: openings)
        case let other?:
            throw UsageError("--profile must be sample or national, not '\(other)'", command: "generate")
        }
        let dialect: CSVDialect
        switch scanner.value("csv-dialect") {
        case nil: dialect = .excelNL
        case let name?:
            guard let d = CSVDialect(rawValue: name) else { throw UsageError("--csv-dialect must be excel_nl or rfc, not '\(name)'", command: "generate") }
            dialect = d
        }
        switch scanner.value("format") {
        case nil, "csv": options.format = .csv(dialect)
        case "jsonl":
            if scanner.value("csv-dialect") != nil { throw UsageError("--csv-dialect only applies to --format csv", command: "generate") }
            options.format = .jsonLines
        case let other?: throw UsageError("--format must be csv or jsonl, not '\(other)'", command: "generate")
        }
        return .generate(options)
    }

    static func noPositionals(_ scanner: ArgumentScanner, _ command: String) throws(UsageError) {
        if let extra = scanner.positionals.first { throw UsageError("unexpected argument '\(extra)'", command: command) }
    }

    static func parseDate(_ text: String, _ command: String) throws(UsageError) -> Day {
        guard let day = Day(iso: text) else { throw UsageError("--date must be YYYY-MM-DD, not '\(text)'", command: command) }
        return day
    }

    static func parseLanguage(_ text: String?, _ command: String) throws(UsageError) -> Language {
        guard let text else { return .nl }
        guard let lang = Language(code: text) else { throw UsageError("--lang must be nl or en, not '\(text)'", command: command) }
        return lang
    }

    static func positive(_ text: String, _ name: String) throws(UsageError) -> Int {
        guard let n = Int(text), n > 0, n <= 50_000_000 else { throw UsageError("\(name) must be a whole number from 1 to 50000000, not '\(text)'", command: "generate") }
        return n
    }
}
