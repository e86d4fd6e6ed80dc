import Opstap

/// Writes a dataset's files in CSV (either dialect) or JSON Lines, as `opstap generate` does.
/// Reading what it writes gives the same dataset back (the round-trip tests hold it to that).
public enum DatasetWriter {
    public enum Format: Sendable, Equatable {
        case csv(CSVDialect)
        case jsonLines

        public var fileExtension: String { self == .jsonLines ? "jsonl" : "csv" }
    }

    /// Columns whose cells are `|`-separated lists, written as arrays in JSON Lines.
    static let listColumns: Set<String> = [
        "availability", "licences", "competences", "wishes", "restrictions", "target_groups", "required_competences",
        "wished_competences", "required_licences", "accepted_placeability", "conditions", "instruments", "sectors",
        "activities", "schedule",
    ]

    public static func clients(_ dataset: Dataset, format: Format) -> [UInt8] {
        table(ClientColumn.allCases.map(\.name), dataset.clients.map { ClientTable.cells($0, in: dataset) }, format)
    }

    public static func openings(_ dataset: Dataset, format: Format) -> [UInt8] {
        table(OpeningColumn.allCases.map(\.name), dataset.openings.map { OpeningTable.cells($0, in: dataset) }, format)
    }

    public static func groups(_ groups: AuditGroups, of dataset: Dataset, format: Format) -> [UInt8] {
        table(AuditGroups.Column.allCases.map(\.name), groups.rows(dataset), format)
    }

    public static func competences(_ taxonomy: Taxonomy, format: Format) -> [UInt8] {
        table(TaxonomyTables.CompetenceColumn.allCases.map(\.name), TaxonomyTables.competenceRows(taxonomy), format)
    }

    public static func tags(_ taxonomy: Taxonomy, format: Format) -> [UInt8] {
        table(TaxonomyTables.TagColumn.allCases.map(\.name), TaxonomyTables.tagRows(taxonomy), format)
    }

    static func table(_ header: [String], _ rows: [[Cell]], _ format: Format) -> [UInt8] {
        switch format {
        case .csv(let dialect):
            var writer = CSVWriter(dialect: dialect)
            for name in header { writer.code(name) }
            writer.endRow()
            for row in rows {
                for cell in row { writer.cell(cell) }
                writer.endRow()
            }
            return writer.bytes
        case .jsonLines:
            var writer = JSONLinesWriter()
            for row in rows {
                writer.beginObject()
                for (name, cell) in zip(header, row) {
                    switch cell {
                    case .text(let s): writer.string(name, s.isEmpty ? nil : s)
                    case .number(let d): writer.number(name, d)
                    case .bool(let b): writer.bool(name, b)
                    case .codes(let s):
                        if listColumns.contains(name) {
                            writer.strings(name, s.isEmpty ? [] : s.split(separator: "|").map(String.init))
                        } else {
                            writer.string(name, s.isEmpty ? nil : s)
                        }
                    }
                }
                writer.endObject()
            }
            return writer.bytes
        }
    }
}
