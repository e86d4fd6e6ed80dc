import Opstap
import OpstapData

/// `opstap validate`.
enum Validate {
    static func run(_ options: ValidateOptions, today: Day, output: inout Runner.Output) throws {
        let loaded = try DatasetLoader.load(options.data.files(), options: options.data.readOptions)
        for notice in loaded.notices { output.err("opstap: note: \(notice)\n") }
        let report = ValidationReport(loaded, referenceDay: options.date ?? today)
        var files = loaded.files
        if options.data.taxonomy == nil { files.append(options.lang.pick("taxonomie: ingebouwd", "taxonomy: built in")) }
        let text = report.render(options.lang, files: files, notices: loaded.notices)
        if let out = options.out {
            try AtomicFile.write(Array(text.utf8), to: out)
        } else {
            output.out(text)
        }
    }
}
