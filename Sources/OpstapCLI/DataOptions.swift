import Opstap
import OpstapData

/// The options every command that reads a dataset takes.
public struct DataOptions: Equatable, Sendable {
    /// `--data DIR`: the dataset folder.
    public var data: String?
    /// `--clients FILE`, `--openings FILE` (repeatable), `--groups FILE`: override single files.
    public var clients: String?
    public var openings: [String] = []
    public var groups: String?
    /// `--taxonomy DIR`: a folder with competences.csv and tags.csv (default: built in).
    public var taxonomy: String?
    /// `--policy FILE`: the matching policy (default: `policy.json` in `--data`, else built in).
    public var policy: String?
    /// `--delimiter ';'|','|tab`: force the CSV separator (default: detected from the header).
    public var delimiter: UInt8?
    /// `--drop-unknown`: ignore unknown columns and list them on stderr.
    public var dropUnknown = false

    public init() {}

    static let specs: [ArgumentScanner.Spec] = [
        .init(name: "data", takesValue: true), .init(name: "clients", takesValue: true),
        .init(name: "openings", takesValue: true, repeatable: true), .init(name: "groups", takesValue: true),
        .init(name: "taxonomy", takesValue: true), .init(name: "delimiter", takesValue: true),
        .init(name: "drop-unknown", takesValue: false), .init(name: "policy", takesValue: true),
    ]

    init(_ scanner: ArgumentScanner, command: String) throws(UsageError) {
        data = scanner.value("data")
        clients = scanner.value("clients")
        openings = scanner.all("openings")
        groups = scanner.value("groups")
        taxonomy = scanner.value("taxonomy")
        policy = scanner.value("policy")
        dropUnknown = scanner.flag("drop-unknown")
        if let d = scanner.value("delimiter") {
            switch d {
            case ";": delimiter = UInt8(ascii: ";")
            case ",": delimiter = UInt8(ascii: ",")
            case "tab", "\t", "\\t": delimiter = 0x09
            default: throw UsageError("--delimiter must be ';', ',' or tab, not '\(d)'", command: command)
            }
        }
        if data == nil && clients == nil && openings.isEmpty {
            throw UsageError("give a dataset with --data DIR (or files with --clients and --openings)", command: command)
        }
    }

    /// The files to read: the folder's, with single files overridden.
    func files() -> DatasetFiles {
        var files = data.map(DatasetFiles.inFolder) ?? DatasetFiles()
        if let clients { files.clients = clients }
        if !openings.isEmpty { files.openings = openings }
        if let groups { files.groups = groups }
        if let policy { files.policy = policy }
        if let taxonomy {
            files.competences = DatasetFiles.join(taxonomy, "competences.csv")
            files.tags = DatasetFiles.join(taxonomy, "tags.csv")
        }
        return files
    }

    var readOptions: ReadOptions { ReadOptions(delimiter: delimiter, dropUnknownColumns: dropUnknown) }
}
