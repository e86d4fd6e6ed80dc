import Foundation
import Opstap
import OpstapData

/// `opstap generate`.
enum Generate {
    static func run(_ options: GenerateOptions, output: inout Runner.Output) throws {
        // The built-in taxonomy always loads; a failure here is a bug, not bad input.
        let taxonomy = try DatasetLoader.load(DatasetFiles()).dataset.taxonomy
        let (dataset, groups) = DatasetGenerator.generate(options.profile, seed: options.seed, taxonomy: taxonomy)
        do {
            try FileManager.default.createDirectory(atPath: options.out, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: options.out, reason: "cannot create the folder")
        }
        let ext = options.format.fileExtension
        try AtomicFile.write(DatasetWriter.clients(dataset, format: options.format), to: DatasetFiles.join(options.out, "clients.\(ext)"))
        try AtomicFile.write(DatasetWriter.openings(dataset, format: options.format), to: DatasetFiles.join(options.out, "openings.\(ext)"))
        try AtomicFile.write(DatasetWriter.groups(groups, of: dataset, format: options.format), to: DatasetFiles.join(options.out, "groups.\(ext)"))
        output.err("opstap: wrote \(dataset.clients.count) clients, \(dataset.openings.count) openings and \(groups.records.count) group records to \(options.out)\n")
    }
}
