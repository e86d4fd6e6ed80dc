import Foundation
import Opstap
import OpstapData

/// Runs `opstap`: parses, calls the command, maps failures to exit codes, writes the output.
public enum Runner {
    /// Where a run writes; tests capture it, `main` sends it to the real stdout and stderr.
    public struct Output: Sendable {
        public var stdout: [UInt8] = []
        public var stderr: [UInt8] = []
        public init() {}
        mutating func out(_ text: String) { stdout.append(contentsOf: text.utf8) }
        mutating func err(_ text: String) { stderr.append(contentsOf: text.utf8) }
    }

    public enum ExitCode: Int32, Sendable {
        case ok = 0, usage = 64, dataError = 65, noInput = 66, software = 70, cannotCreate = 73, ioError = 74
    }

    /// Runs one command line (without the program name) and returns the exit code.
    public static func run(_ arguments: [String], output: inout Output, today: Day = Runner.today()) -> ExitCode {
        let command: Command
        do {
            command = try Command.parse(arguments)
        } catch {
            output.err("opstap: \(error.message)\n")
            output.err("Run 'opstap \(error.command.map { "\($0) " } ?? "")--help' for help.\n")
            return .usage
        }
        do {
            switch command {
            case .help(let name):
                output.out(HelpText.text(for: name))
            case .version:
                output.out(HelpText.version + "\n")
            case .validate(let options):
                try Validate.run(options, today: today, output: &output)
            case .generate(let options):
                try Generate.run(options, output: &output)
            case .shortlist(let options):
                try MatchCommand.run("shortlist", options, today: today, output: &output)
            case .steps(let options):
                try MatchCommand.run("steps", options, today: today, output: &output)
            case .explain(let options):
                try MatchCommand.run("explain", options, today: today, output: &output)
            case .scores(let options):
                try MatchCommand.run("scores", options, today: today, output: &output)
            case .assign(let options):
                try AssignCommand.run(options, today: today, output: &output)
            case .market(let options):
                try MarketCommand.run(options, today: today, output: &output)
            case .outcomes(let options):
                try MarketCommand.runOutcomes(options, today: today, output: &output)
            }
            return .ok
        } catch let error as UsageError {
            output.err("opstap: \(error.message)\n")
            output.err("Run 'opstap \(error.command.map { "\($0) " } ?? "")--help' for help.\n")
            return .usage
        } catch let error as DataErrors {
            for issue in error.issues { output.err(issue.description + "\n") }
            if error.total > error.issues.count {
                output.err("... and \(error.total - error.issues.count) more (\(error.total) problems in all)\n")
            }
            output.err("opstap: \(error.total) \(error.total == 1 ? "problem" : "problems") in the input; nothing was written.\n")
            return .dataError
        } catch let error as InputFileError {
            output.err("opstap: \(error)\n")
            return .noInput
        } catch let error as OutputError {
            output.err("opstap: \(error)\n")
            return .cannotCreate
        } catch {
            output.err("opstap: internal error: \(error)\n")
            return .software
        }
    }

    /// Today's date in the local time zone.
    public static func today() -> Day {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(daysSince1970: 0)
    }

    /// The entry point of the `opstap` executable.
    public static func main() -> Never {
        var output = Output()
        let code = run(Array(CommandLine.arguments.dropFirst()), output: &output)
        FileHandle.standardOutput.write(Data(output.stdout))
        FileHandle.standardError.write(Data(output.stderr))
        exit(code.rawValue)
    }
}
