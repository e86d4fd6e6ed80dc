/// The columns one kind of file may have.
struct Schema: Sendable {
    struct Column: Sendable {
        var name: String
        var required: Bool
        /// Personal data: an error never prints the value (ids, home coordinates).
        var personal: Bool = false
    }

    /// `clients`, `openings`, ...: used in messages.
    var name: String
    var columns: [Column]
    /// The groups file is where sensitive attributes belong; every other file refuses them.
    var refusesSensitiveColumns = true

    func index(of name: String) -> Int? { columns.firstIndex { $0.name == name } }

    /// Columns that must never reach matching, in English and Dutch, compared case-insensitively.
    /// They belong in the groups file, which only an audit reads.
    static let sensitiveColumnNames: Set<String> = [
        "age", "age_band", "birth_date", "date_of_birth", "birthdate", "dob", "birth_year", "gender", "sex",
        "nationality", "country_of_birth", "birth_country", "ethnicity", "origin", "migration_background",
        "religion", "diagnosis", "health", "refugee_status", "statushouder",
        "leeftijd", "leeftijdsgroep", "geboortedatum", "geboortejaar", "geslacht", "gender_identiteit",
        "nationaliteit", "geboorteland", "etniciteit", "afkomst", "herkomst", "migratieachtergrond",
        "religie", "godsdienst", "diagnose", "gezondheid", "vluchtelingenstatus",
    ]

    static func isSensitive(_ name: String) -> Bool { sensitiveColumnNames.contains(name.lowercased()) }
}

/// The nearest known name, for "did you mean" hints; nil when nothing is close.
func suggestion(for name: String, among candidates: [String]) -> String? {
    func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
    let lowered = Array(name.lowercased().utf8)
    var best: (String, Int)?
    for candidate in candidates {
        let d = distance(lowered, Array(candidate.lowercased().utf8))
        if d <= max(2, candidate.utf8.count / 3), d < (best?.1 ?? Int.max) { best = (candidate, d) }
    }
    return best?.0
}
