import Foundation
#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// The files that make up a dataset. A dataset is a folder (`--data DIR`) holding `clients.csv`,
/// `openings.csv`, optionally `groups.csv` and `taxonomy/`; single files can be overridden.
public struct DatasetFiles: Sendable, Equatable {
    public var clients: String?
    public var openings: [String]
    /// nil: the taxonomy compiled into Opstap.
    public var competences: String?
    public var tags: String?
    /// The audit-only groups file, if any.
    public var groups: String?
    /// The policy file; nil: the policy compiled into Opstap.
    public var policy: String?

    public init(clients: String? = nil, openings: [String] = [], competences: String? = nil, tags: String? = nil, groups: String? = nil) {
        self.clients = clients
        self.openings = openings
        self.competences = competences
        self.tags = tags
        self.groups = groups
    }

    /// The files of a dataset folder: `.csv` preferred, `.jsonl` when there is no `.csv`.
    public static func inFolder(_ folder: String) -> DatasetFiles {
        func pick(_ base: String) -> String? {
            for ext in ["csv", "jsonl"] {
                let path = join(folder, "\(base).\(ext)")
                if FileManager.default.fileExists(atPath: path) { return path }
            }
            return nil
        }
        var files = DatasetFiles(clients: pick("clients"), openings: pick("openings").map { [$0] } ?? [], groups: pick("groups"))
        let taxonomy = join(folder, "taxonomy")
        if FileManager.default.fileExists(atPath: join(taxonomy, "competences.csv")) { files.competences = join(taxonomy, "competences.csv") }
        if FileManager.default.fileExists(atPath: join(taxonomy, "tags.csv")) { files.tags = join(taxonomy, "tags.csv") }
        if FileManager.default.fileExists(atPath: join(folder, "policy.json")) { files.policy = join(folder, "policy.json") }
        return files
    }

    /// `folder/name`, without doubling a trailing slash.
    public static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}

/// An input file that is missing or cannot be read (exit code 66).
public struct InputFileError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
    public var description: String { "\(path): \(reason)" }

    /// Reads a whole file.
    public static func read(_ path: String) throws(InputFileError) -> [UInt8] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw InputFileError(path: path, reason: "no such file")
        }
        guard !isFolder.boolValue else { throw InputFileError(path: path, reason: "is a folder, not a file") }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw InputFileError(path: path, reason: "cannot be read (permissions?)") }
        defer { close(fd) }
        // Straight into the array (no Data in between); a pipe or a growing file reads to its end.
        var info = stat()
        let expected = fstat(fd, &info) == 0 ? Int(info.st_size) : 0
        var bytes: [UInt8] = []
        var capacity = max(expected + 1, 1 << 16)
        var failure: Int32 = 0
        while true {
            let before = bytes.count
            let grown = [UInt8](unsafeUninitializedCapacity: capacity) { p, count in
                _ = p.initialize(from: bytes)
                var n = before
                while n < capacity {
                    let r = systemRead(fd, p.baseAddress! + n, capacity - n)
                    if r < 0 && errno == EINTR { continue }
                    if r < 0 { failure = errno }
                    if r <= 0 { break }
                    n += r
                }
                count = n
            }
            if failure != 0 { throw InputFileError(path: path, reason: "cannot be read (\(String(cString: strerror(failure))))") }
            bytes = grown
            if bytes.count < capacity { return bytes }
            capacity *= 2
        }
    }
}
