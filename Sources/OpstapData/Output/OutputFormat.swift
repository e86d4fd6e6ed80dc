import Opstap

/// The formats results can be written in.
public enum OutputFormat: String, Sendable, CaseIterable {
    case csv, jsonl, text, html

    /// The format a file name suggests (`.csv`, `.jsonl`, `.html`/`.htm`, `.txt`), if any.
    public static func inferred(from path: String) -> OutputFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") { return .csv }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonl }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return .html }
        if lower.hasSuffix(".txt") { return .text }
        return nil
    }
}

/// What every output says about where it came from: the policy (name and SHA-256), the
/// reference date, the input files and the command.
public struct Provenance: Sendable {
    public var command: String
    public var policy: LoadedPolicy
    public var referenceDay: Day
    public var inputs: [String]
    public var version: String

    public init(command: String, policy: LoadedPolicy, referenceDay: Day, inputs: [String], version: String) {
        self.command = command
        self.policy = policy
        self.referenceDay = referenceDay
        self.inputs = inputs
        self.version = version
    }

    /// One line for text output.
    public func headerLine(_ lang: Language) -> String {
        lang.pick("\(version) \(command) · beleid \(policy.policy.name) (\(policy.file), sha256 \(policy.sha256)) · referentiedatum \(referenceDay)",
                  "\(version) \(command) · policy \(policy.policy.name) (\(policy.file), sha256 \(policy.sha256)) · reference date \(referenceDay)")
    }

    /// A JSON object (one line), as the first record of JSON Lines or as a sidecar file next to CSV.
    public func jsonRecord() -> [UInt8] {
        var w = JSONLinesWriter()
        w.beginObject()
        w.string("record", "provenance")
        w.string("tool", version)
        w.string("command", command)
        w.string("policy_name", policy.policy.name)
        w.string("policy_file", policy.file)
        w.string("policy_sha256", policy.sha256)
        w.string("reference_date", referenceDay.description)
        w.strings("inputs", inputs)
        w.endObject()
        return w.bytes
    }
}
