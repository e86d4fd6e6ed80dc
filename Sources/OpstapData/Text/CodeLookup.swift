import Foundation
import Opstap

/// Finds a value by the UTF-8 bytes of its code, without making a String.
///
/// The loaders look up every code cell this way (placeability, licence, weekday, competence,
/// tag): a million-row file has millions of them, and building a String and comparing it against
/// each case was most of the loading time. Codes are case-sensitive and matched exactly; when
/// two entries share a code, the first wins.
/// - Complexity: O(length of the code) per lookup: an FNV-1a hash, open addressing in a table
///   at most half full, one byte comparison per probe whose length matches.
struct CodeLookup<Value: Sendable>: Sendable {
    /// The distinct codes in the order first given, for error messages and suggestions.
    private(set) var codes: [String] = []
    private var values: [Value] = []
    /// The codes' bytes, concatenated; code `i` is `keys[keyStarts[i]..<keyStarts[i + 1]]`.
    private var keys: [UInt8] = []
    private var keyStarts: [Int] = [0]
    /// Slot to entry index, -1 when empty; never more than half full.
    private var slots = [Int32](repeating: -1, count: 8)

    init(_ entries: [(code: String, value: Value)]) {
        for (code, value) in entries {
            var bytes = Array(code.utf8)
            _ = bytes.withUnsafeMutableBufferPointer { add(code, UnsafeBufferPointer($0), value) }
        }
    }

    /// The value whose code is exactly `bytes`, or nil.
    func callAsFunction(_ bytes: ArraySlice<UInt8>) -> Value? {
        bytes.withUnsafeBufferPointer { b in index(of: b).map { values[$0] } }
    }

    private mutating func add(_ code: String, _ bytes: UnsafeBufferPointer<UInt8>, _ value: Value) -> Value {
        if let entry = index(of: bytes) { return values[entry] }
        if (values.count + 1) * 2 > slots.count { rehash(slots.count * 2) }
        place(values.count, hash: Self.hash(bytes))
        codes.append(code)
        values.append(value)
        keys.append(contentsOf: bytes)
        keyStarts.append(keys.count)
        return value
    }

    private mutating func place(_ entry: Int, hash: Int) {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry)
    }

    private mutating func rehash(_ size: Int) {
        slots = [Int32](repeating: -1, count: size)
        for entry in values.indices {
            let h = keys.withUnsafeBufferPointer { k in
                Self.hash(UnsafeBufferPointer(rebasing: k[keyStarts[entry]..<keyStarts[entry + 1]]))
            }
            place(entry, hash: h)
        }
    }

    private func index(of b: UnsafeBufferPointer<UInt8>) -> Int? {
        keys.withUnsafeBufferPointer { k in
            let mask = slots.count - 1
            var slot = Self.hash(b) & mask
            while true {
                let entry = Int(slots[slot])
                if entry < 0 { return nil }
                let start = keyStarts[entry]
                if keyStarts[entry + 1] - start == b.count
                    && (b.isEmpty || memcmp(k.baseAddress! + start, b.baseAddress!, b.count) == 0) {
                    return entry
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// FNV-1a over the bytes, folded so the low bits depend on every byte.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}

extension CodeLookup where Value == Int32 {
    /// The id of `code` (its place in `codes`), adding it when new: an interner of names that
    /// hashes each name's bytes once.
    mutating func intern(_ code: String) -> Int32 {
        var bytes = code
        return bytes.withUTF8 { add(code, $0, Int32(codes.count)) }
    }
}

extension CodeLookup where Value: Coded {
    /// Every case of a coded type, by its code.
    init(_ type: Value.Type) { self.init(Value.allCases.map { ($0.code, $0) }) }
}

/// The lookups of the coded types in the input files, built once per process.
enum Codes {
    static let placeability = CodeLookup(Placeability.self)
    static let attitude = CodeLookup(Attitude.self)
    static let ladderRung = CodeLookup(LadderRung.self)
    static let dutchLevel = CodeLookup(DutchLevel.self)
    static let licence = CodeLookup(Licence.self)
    static let targetGroup = CodeLookup(TargetGroup.self)
    static let openingKind = CodeLookup(OpeningKind.self)
    static let supportInstrument = CodeLookup(SupportInstrument.self)
    static let weekday = CodeLookup(Weekday.self)
    static let dayPart = CodeLookup(DayPart.self)
    static let tagKind = CodeLookup(TagKind.self)
    static let ageBand = CodeLookup(AuditGroups.AgeBand.self)
    static let gender = CodeLookup(AuditGroups.Gender.self)
    static let migrationBackground = CodeLookup(AuditGroups.MigrationBackground.self)
    static let reservationStatus = CodeLookup(Reservation.Status.self)
    static let outcome = CodeLookup(Outcome.self)
}

/// A taxonomy with its competence and tag codes ready for byte lookups.
struct TaxonomyCodes {
    let taxonomy: Taxonomy
    let competences: CodeLookup<CompetenceID>
    let tags: CodeLookup<TagID>
    /// The kind of each tag, by tag id (reading `taxonomy[tag].kind` would copy the whole tag).
    let tagKinds: [TagKind]

    init(_ taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
        tagKinds = taxonomy.tags.map(\.kind)
        competences = CodeLookup(taxonomy.competences.enumerated().map { ($1.code, CompetenceID($0)) })
        tags = CodeLookup(taxonomy.tags.enumerated().map { ($1.code, TagID($0)) })
    }
}
