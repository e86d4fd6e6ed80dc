/// A closed set of values with stable snake_case codes, as used in files, JSON keys and options.
public protocol Coded: CaseIterable, Hashable, Sendable {
    /// The machine-readable code, e.g. `hard_to_place`.
    var code: String { get }
}

extension Coded {
    /// The value whose code is exactly `code` (case-sensitive; no trimming).
    public init?(code: String) {
        guard let match = Self.allCases.first(where: { $0.code == code }) else { return nil }
        self = match
    }

    /// All codes in declaration order, for error messages and help texts.
    public static var allCodes: [String] { allCases.map(\.code) }
}
