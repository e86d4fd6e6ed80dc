import Foundation
import Testing
@testable import OpstapCLI

/// What `--help` promises is what the parser accepts, and a format a command cannot write is
/// refused before anything is read or written.
@Suite struct HelpAgreementTests {
    /// The least each command needs to parse, so that only the option under test decides.
    static let required: [String: [String]] = [
        "shortlist": ["--data", "d"], "steps": ["--data", "d"], "explain": ["--data", "d", "--client", "c", "--opening", "o"],
        "scores": ["--data", "d"], "assign": ["--data", "d"], "market": ["--data", "d", "--stands", "s", "--out", "m"],
        "outcomes": ["--data", "d", "--stands", "s", "--outcomes", "o", "--invitations", "i"],
        "validate": ["--data", "d"], "generate": ["--out", "g"],
    ]

    @Test func everyOptionTheParserAcceptsIsInTheHelp() {
        #expect(Set(Self.required.keys) == Set(Command.commands))
        for command in Command.commands {
            let help = HelpText.text(for: command)
            for spec in Command.specs(for: command) {
                #expect(help.contains("--\(spec.name) ") || help.contains("--\(spec.name)\n") || help.contains("--\(spec.name)="),
                        "\(command) accepts --\(spec.name) but its help does not list it")
            }
        }
    }

    @Test func everyOptionInTheHelpIsAccepted() throws {
        for command in Command.commands {
            let names = Set(Command.specs(for: command).map { "--" + $0.name })
            let help = HelpText.text(for: command)
            // Option names as the help writes them: "--name" at the start of an option line.
            for line in help.split(separator: "\n") where line.hasPrefix("  --") || line.hasPrefix("  -h, --") {
                let name = line.drop { $0 == " " }.replacing("-h, ", with: "").prefix { $0 != " " && $0 != "=" }
                #expect(names.contains(String(name)), "\(command) help lists \(name), which the parser refuses")
            }
        }
    }

    /// The formats a command's help names on its --format line (none without one).
    static func formatsInHelp(_ command: String) -> Set<String> {
        guard let line = HelpText.text(for: command).split(separator: "\n").first(where: { $0.hasPrefix("  --format") }) else { return [] }
        let words = line.split { !$0.isLetter }.map(String.init)
        return Set(words).intersection(["csv", "jsonl", "text", "html"])
    }

    @Test func helpNamesExactlyTheFormatsTheParserAccepts() {
        #expect(Self.formatsInHelp("scores") == ["csv", "jsonl"])
        #expect(Self.formatsInHelp("outcomes") == ["text", "html"])
        for command in Command.commands {
            let promised = Self.formatsInHelp(command)
            for format in ["csv", "jsonl", "text", "html"] {
                let accepted = (try? Command.parse([command, "--format", format] + Self.required[command]!)) != nil
                #expect(accepted == promised.contains(format), "\(command) --format \(format): help says \(promised.sorted()), parser \(accepted ? "accepts" : "refuses")")
            }
        }
    }

    @Test func aFormatTheCommandCannotWriteIsAUsageErrorNamingTheFormatsItCan() throws {
        func message(_ arguments: [String]) -> String? {
            do { _ = try Command.parse(arguments); return nil } catch { return error.message }
        }
        let outcomes = Self.required["outcomes"]!
        #expect(message(["outcomes", "--format", "csv"] + outcomes)?.contains("text or html") == true)
        #expect(message(["outcomes", "--out", "report.csv"] + outcomes)?.contains("text or html") == true)
        #expect(message(["outcomes", "--out", "report.html"] + outcomes) == nil)
        #expect(message(["outcomes", "--out", "report.csv", "--format", "text"] + outcomes) == nil)
        #expect(message(["validate", "--data", "d", "--out", "summary.csv"])?.contains("text") == true)
        #expect(message(["validate", "--data", "d", "--out", "summary.txt"]) == nil)
        #expect(message(["validate", "--data", "d", "--format", "csv"]) != nil)
        #expect(message(["scores", "--data", "d", "--out", "pairs.html"])?.contains("csv or jsonl") == true)
        #expect(message(["scores", "--data", "d", "--out", "pairs"]) == nil)
        #expect(message(["market", "--format", "csv"] + Self.required["market"]!)?.contains("invitations.csv") == true)
    }

    @Test func aRefusedFormatWritesNothingAndExits64() throws {
        let folder = try Opstap.temporaryFolder()
        let sample = ["--data", "datasets/sample", "--date", "2026-11-23"]
        let v = try Opstap.run(["validate", "--out", folder + "/summary.csv"] + sample)
        #expect(v.status == 64)
        #expect(v.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder + "/summary.csv"))
        let o = try Opstap.run(["outcomes", "--stands", "datasets/sample/stands.csv", "--invitations", "datasets/sample/invitations.csv",
                                "--outcomes", "datasets/sample/outcomes.csv", "--format", "csv", "--out", folder + "/o.csv"] + sample)
        #expect(o.status == 64)
        #expect(o.stderr.hasPrefix("opstap: outcomes writes text or html"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/o.csv"))
    }
}
