import OpstapData

/// Splits arguments into options and positionals: `--name value`, `--name=value`, flags, and
/// `--` to end options. Unknown names are refused with the nearest known name as a hint.
struct ArgumentScanner {
    struct Spec {
        var name: String
        var takesValue: Bool
        var repeatable = false
    }

    private(set) var values: [String: [String]] = [:]
    private(set) var flags: Set<String> = []
    private(set) var positionals: [String] = []

    init(_ arguments: [String], specs: [Spec], command: String) throws(UsageError) {
        var k = 0
        var optionsEnded = false
        while k < arguments.count {
            let argument = arguments[k]
            k += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let eq = argument.firstIndex(of: "=") {
                name = String(argument[..<eq])
                inlineValue = String(argument[argument.index(after: eq)...])
            }
            if name == "-h" { name = "--help" }
            guard name.hasPrefix("--"), let spec = specs.first(where: { "--" + $0.name == name }) else {
                let hint = ArgumentScanner.suggest(name, specs.map { "--" + $0.name })
                throw UsageError("unknown option '\(name)' for '\(command)'" + (hint.map { "; did you mean '\($0)'?" } ?? ""), command: command)
            }
            if spec.takesValue {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard k < arguments.count else { throw UsageError("option '\(name)' needs a value", command: command) }
                    value = arguments[k]
                    k += 1
                }
                if values[spec.name] != nil && !spec.repeatable {
                    throw UsageError("option '\(name)' is given twice", command: command)
                }
                values[spec.name, default: []].append(value)
            } else {
                guard inlineValue == nil else { throw UsageError("option '\(name)' takes no value", command: command) }
                flags.insert(spec.name)
            }
        }
    }

    func value(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] { values[name] ?? [] }
    func flag(_ name: String) -> Bool { flags.contains(name) }

    static func suggest(_ name: String, _ candidates: [String]) -> String? {
        OpstapData.nearestName(to: name, among: candidates)
    }
}
