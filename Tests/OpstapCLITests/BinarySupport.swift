import Foundation
import Testing

/// Runs the built `opstap` binary, as a user would.
enum Opstap {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let fixtures = root + "/Tests/OpstapCLITests/Fixtures"

    /// `swift test` builds `opstap` next to the test bundle (the test target depends on it).
    static let binary: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("opstap").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return root + "/.build/debug/opstap"
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutBytes: Data
    }

    static func run(_ arguments: [String], in directory: String = root) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        // The child writes to files, read after it exits: reading pipes with FileHandle traps on
        // EINTR (seen when many tests start processes at once), and files cannot fill up and
        // block the child the way an unread pipe can.
        let base = NSTemporaryDirectory() + "opstap-run-" + UUID().uuidString
        FileManager.default.createFile(atPath: base + ".out", contents: nil)
        FileManager.default.createFile(atPath: base + ".err", contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: base + ".out")
            try? FileManager.default.removeItem(atPath: base + ".err")
        }
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".out"))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".err"))
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let stdout = try Data(contentsOf: URL(fileURLWithPath: base + ".out"))
        let stderr = try Data(contentsOf: URL(fileURLWithPath: base + ".err"))
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self), stdoutBytes: stdout)
    }

    /// What the scenario checks need of a sample client, read straight from the CSV (not through
    /// the product's reader).
    struct SampleClient {
        var rung: Int, placeability: String, attitude: Int, confirmedOn: String
    }

    /// The clients of `datasets/sample`, by id.
    static func sampleClients() throws -> [String: SampleClient] {
        let text = try String(contentsOfFile: root + "/datasets/sample/clients.csv", encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
        let header = lines[0].map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}")) }
        func column(_ name: String) -> Int { header.firstIndex(of: name)! }
        var clients: [String: SampleClient] = [:]
        for cells in lines.dropFirst() {
            clients[cells[column("client_id")]] = SampleClient(
                rung: Int(cells[column("ladder_rung")])!, placeability: cells[column("placeability")],
                attitude: Int(cells[column("attitude")])!, confirmedOn: cells[column("confirmed_on")])
        }
        return clients
    }

    /// A fresh, empty temporary folder.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "opstap-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
