import Opstap
import OpstapData

/// `opstap validate`.
enum Validate {
    static func run(_ options: ValidateOptions, today: Day, output: inout Runner.Output) throws {
        let files = options.data.files()
        let loaded = try DatasetLoader.load(files, options: options.data.readOptions)
        // The policy is checked too, so that a broken policy file is found before matching.
        let policy = try PolicyLoader.load(path: files.policy)
        for notice in loaded.notices { output.err("opstap: note: \(notice)\n") }
        let report = ValidationReport(loaded, referenceDay: options.date ?? today)
        var read = loaded.files
        if files.competences == nil { read.append(options.lang.pick("taxonomie: ingebouwd", "taxonomy: built in")) }
        var text = report.render(options.lang, files: read, notices: loaded.notices)
        text += "\n" + options.lang.pick("Beleid: ", "Policy: ") + "\(policy.policy.name) (\(policy.file), sha256 \(policy.sha256))\n"
        if let out = options.out {
            try AtomicFile.write(Array(text.utf8), to: out)
        } else {
            output.out(text)
        }
    }
}
