/// The fields the rules and the score read, as flat arrays of numbers (struct of arrays), built
/// once per run. Evaluating a pair by index reads only these: no `Client` or `Opening` value is
/// copied, so no array inside one is retained. Retain/release of shared arrays from two threads
/// was most of the time in the profile before this existed (docs/performance.md).
struct HotPool: Sendable {
    // Clients.
    let cPlace: [UInt8], cImplied: [UInt16], cCode95: [Int32], cDutch: [Int8], cRung: [UInt8], cTargets: [UInt8]
    let cLocation: [GeoPoint], cCos: [Double], cMaxTravel: [Double], cAvail: [UInt32], cAttitude: [UInt8], cHours: [Double]
    /// Conditions a client's restrictions clash with, as a bit mask over condition tags.
    let cClash: [UInt64]
    /// Competence groups a client holds anything in, as a bit mask.
    let cGroups: [UInt64]
    /// Competences (CSR: client k's are compStart[k] ..< compStart[k + 1], sorted by id).
    let cCompStart: [Int32], cCompID: [Int32], cCompLevel: [UInt8]
    let cWishStart: [Int32], cWish: [Int32]

    // Openings.
    let oKind: [UInt8], oAccepted: [UInt8], oValidUntil: [Int32], oLicences: [UInt16], oCode95: [Bool], oDutch: [Int8]
    let oTargets: [UInt8], oRung: [UInt8], oLocation: [GeoPoint], oCos: [Double], oConditions: [UInt64]
    /// Driver slots: the availability bits the shifts need, and whether a shift starts before 06:00.
    let oShiftNeeds: [UInt32], oShiftNight: [Bool], oIsDriver: [Bool], oIsSocial: [Bool]
    let oReqStart: [Int32], oReqID: [Int32], oReqLevel: [UInt8], oReqGroup: [Int32]
    let oWishedStart: [Int32], oWished: [Int32]
    /// Sector and activity tags together, sorted: what a client's wishes are matched against.
    let oTagStart: [Int32], oTag: [Int32]
    let oHours: [Double], oInstruments: [Int]

    /// False when the taxonomy has more than 64 condition tags or competence groups: the bit
    /// masks cannot hold them, and the pool matcher falls back to `Scorer.evaluateIfEligible`.
    let usable: Bool

    init(dataset d: Dataset, accepted: [PlaceabilitySet], cosClients: [Double], cosOpenings: [Double]) {
        let t = d.taxonomy
        var conditionBit = [Int](repeating: -1, count: t.tags.count)
        var n = 0
        for (k, tag) in t.tags.enumerated() where tag.kind == .condition { conditionBit[k] = n; n += 1 }
        usable = n <= 64 && t.groups.count <= 64
        func mask(_ tags: [TagID]) -> UInt64 {
            var m: UInt64 = 0
            for tag in tags { let b = conditionBit[Int(tag.index)]; if b >= 0 && b < 64 { m |= 1 << UInt64(b) } }
            return m
        }
        func csr<T>(_ lists: [[T]]) -> (start: [Int32], items: [T]) {
            var start: [Int32] = [0]
            var items: [T] = []
            for list in lists { items += list; start.append(Int32(items.count)) }
            return (start, items)
        }
        let cs = d.clients
        cPlace = cs.map(\.placeability.rawValue)
        cImplied = cs.map(\.licences.withImplied.rawValue)
        cCode95 = cs.map { $0.code95ValidUntil?.daysSince1970 ?? Int32.min }
        cDutch = cs.map { $0.dutchLevel.rank.map(Int8.init) ?? -1 }
        cRung = cs.map(\.rung.rawValue)
        cTargets = cs.map(\.targetGroups.rawValue)
        cLocation = cs.map(\.location)
        cCos = cosClients
        cMaxTravel = cs.map(\.maxTravelKm)
        cAvail = cs.map(\.availability.rawValue)
        cAttitude = cs.map(\.attitude.rawValue)
        cHours = cs.map(\.hoursPerWeek)
        cClash = cs.map { c in mask(c.restrictions.compactMap { t[$0].clashesWith }) }
        cGroups = cs.map { c in c.competences.reduce(UInt64(0)) { $0 | (1 << UInt64(t[$1.competence].group.index & 63)) } }
        let comps = csr(cs.map(\.competences))
        cCompStart = comps.start
        cCompID = comps.items.map(\.competence.index)
        cCompLevel = comps.items.map(\.level)
        let wishes = csr(cs.map { $0.wishes.map(\.index) })
        cWishStart = wishes.start
        cWish = wishes.items

        let os = d.openings
        oKind = os.map(\.kind.rawValue)
        oAccepted = accepted.map(\.rawValue)
        oValidUntil = os.map { $0.validUntil?.daysSince1970 ?? Int32.max }
        oLicences = os.map(\.requiredLicences.rawValue)
        oCode95 = os.map(\.requiresCode95)
        oDutch = os.map { Int8($0.minDutchLevel.rank ?? 0) }
        oTargets = os.map(\.targetGroups.rawValue)
        oRung = os.map(\.rung.rawValue)
        oLocation = os.map(\.location)
        oCos = cosOpenings
        oConditions = os.map { mask($0.conditions) }
        oShiftNeeds = os.map { o in
            o.schedule.reduce(UInt32(0)) { m, shift in shift.dayParts.reduce(m) { $0 | Availability(shift.day, $1).rawValue } }
        }
        oShiftNight = os.map { $0.schedule.contains(where: \.startsBeforeMorning) }
        oIsDriver = os.map { $0.kind == .driverSlot }
        oIsSocial = os.map { $0.kind == .socialReturn }
        let required = csr(os.map(\.requiredCompetences))
        oReqStart = required.start
        oReqID = required.items.map(\.competence.index)
        oReqLevel = required.items.map(\.level)
        oReqGroup = required.items.map { t[$0.competence].group.index }
        let wished = csr(os.map { $0.wishedCompetences.map(\.index) })
        oWishedStart = wished.start
        oWished = wished.items
        let tags = csr(os.map { ($0.sectors + $0.activities).map(\.index).sorted() })
        oTagStart = tags.start
        oTag = tags.items
        oHours = os.map(\.hoursPerWeek)
        oInstruments = os.map { $0.instruments.rawValue.nonzeroBitCount }
    }

    /// The level at which client `c` holds competence `id`, or 0 (binary search in its CSR row).
    @inline(__always) func level(_ c: Int, _ id: Int32) -> UInt8 {
        var low = Int(cCompStart[c]), high = Int(cCompStart[c + 1])
        while low < high {
            let mid = (low + high) >> 1
            if cCompID[mid] < id { low = mid + 1 } else { high = mid }
        }
        return low < Int(cCompStart[c + 1]) && cCompID[low] == id ? cCompLevel[low] : 0
    }
}
