/// Assigns dense integer ids to strings, in order of first appearance.
///
/// Used at load time only; the engine works on the ids. `sortedByCode()` renumbers so that the
/// id order equals the byte order of the codes, which makes every "tie broken by id" rule
/// independent of the order of rows in the input.
public struct Interner: Sendable {
    public private(set) var codes: [String] = []
    private var index: [String: Int32] = [:]

    public init() {}

    public init(_ codes: some Sequence<String>) {
        for code in codes { _ = intern(code) }
    }

    public var count: Int { codes.count }

    /// The id of `code`, adding it when new.
    public mutating func intern(_ code: String) -> Int32 {
        if let id = index[code] { return id }
        let id = Int32(codes.count)
        codes.append(code)
        index[code] = id
        return id
    }

    /// The id of `code` if it is known.
    public func lookup(_ code: String) -> Int32? { index[code] }

    /// A copy whose ids follow the byte order of the codes, and the map from old id to new id.
    public func sortedByCode() -> (interner: Interner, newID: [Int32]) {
        let order = codes.indices.sorted { codes[$0].utf8.lexicographicallyPrecedes(codes[$1].utf8) }
        var result = Interner()
        var newID = [Int32](repeating: 0, count: codes.count)
        for old in order { newID[old] = result.intern(codes[old]) }
        return (result, newID)
    }
}
