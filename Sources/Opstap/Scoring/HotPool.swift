#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The fields the rules and the score read, as flat arrays of numbers (struct of arrays), built
/// once per run. Evaluating a pair by index reads only these: no `Client` or `Opening` value is
/// copied, so no array inside one is retained. Retain/release of shared arrays from two threads
/// was most of the time in the profile before this existed (docs/performance.md).
///
/// Rows are in the order given (`clientOrder`, `openingOrder`): the pool matcher passes its grid
/// order, so the clients of one grid cell are next to each other in every array and a cell is
/// read as one contiguous stretch of memory. Indices here are positions in that order.
struct HotPool: Sendable {
    // Clients.
    /// The first rules' client side packed in one word (see `Word`); `oRequire`, `oPlaceAny` and
    /// `oTargetAny` are the openings' side: a pair passes when every required bit is set and it
    /// shares a bit with each non-zero "any" mask.
    let cWord: [UInt64]
    let cPlace: [UInt8], cRung: [UInt8]
    let cLocation: [GeoPoint], cCos: [Double], cUnit: [UnitVector], cMaxTravel: [Double], cAvail: [UInt32], cAttitude: [UInt8], cHours: [Double]
    /// (travel distance / earth radius)^2, loosened a little: a pair whose squared chord on the
    /// unit sphere is larger is certainly out of reach (the chord is shorter than the arc).
    let cReachSquared: [Double]
    /// Conditions a client's restrictions clash with, as a bit mask over condition tags.
    let cClash: [UInt64]
    /// Competence groups a client holds anything in, as a bit mask.
    let cGroups: [UInt64]
    /// Competences (CSR: client k's are compStart[k] ..< compStart[k + 1], sorted by id).
    let cCompStart: [Int32], cCompID: [Int32], cCompLevel: [UInt8]
    let cWishStart: [Int32], cWish: [Int32]
    /// What the bulk bound reads, one record per client (see BulkBound.swift).
    let boundClients: [BoundClient]

    // Openings.
    let oRequire: [UInt64], oPlaceAny: [UInt64], oTargetAny: [UInt64]
    let oKind: [UInt8], oRung: [UInt8], oLocation: [GeoPoint], oCos: [Double], oUnit: [UnitVector], oConditions: [UInt64]
    /// Driver slots: the availability bits the shifts need, and whether a shift starts before 06:00.
    /// (Zero and false for every kind but driver slots, which is what the schedule rule reads.)
    let oShiftNeeds: [UInt32], oShiftNight: [Bool]
    /// The competence groups of the required competences as a bit mask, and how many of them a
    /// client must hold something in to reach the kind's minimum coverage (the coverage bound as
    /// a popcount); 0 when the required competences share a group (the matcher's loop decides).
    let oGroupMask: [UInt64], oGroupsNeeded: [Int]
    /// True when no two required competences share a group: then the coverage bound is the
    /// popcount of the groups held over the number required, without the loop.
    let oGroupsDistinct: [Bool]
    /// True when a client must hold something in one of the required competences' groups to be
    /// eligible: the opening requires competences and its kind a coverage above 0 (every
    /// credit, even the related one, needs the group).
    let oNeedsSharedGroup: [Bool]
    let oReqStart: [Int32], oReqID: [Int32], oReqLevel: [UInt8], oReqGroup: [Int32]
    let oWishedStart: [Int32], oWished: [Int32]
    /// Sector and activity tags together, sorted: what a client's wishes are matched against.
    let oTagStart: [Int32], oTag: [Int32]
    let oHours: [Double], oInstruments: [Int]
    /// What the bulk bound reads, one record per opening (see BulkBound.swift).
    let boundOpenings: [BoundOpening]

    /// False when the taxonomy has more than 64 condition tags or competence groups: the bit
    /// masks cannot hold them, and the pool matcher falls back to `Scorer.evaluateIfEligible`.
    let usable: Bool

    init(dataset d: Dataset, accepted: [PlaceabilitySet], cosClients: [Double], cosOpenings: [Double], clientOrder: [Int32], openingOrder: [Int32],
         policy: Policy, day: Day) {
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
        let cs = clientOrder.map { d.clients[Int($0)] }
        cPlace = cs.map(\.placeability.rawValue)
        cRung = cs.map(\.rung.rawValue)
        cLocation = cs.map(\.location)
        cCos = clientOrder.map { cosClients[Int($0)] }
        cUnit = cs.map { UnitVector($0.location) }
        cMaxTravel = cs.map(\.maxTravelKm)
        cReachSquared = cs.map { c in
            let reach = (max(0, c.maxTravelKm) * (1 + 1e-6) + 1e-6) / GeoPoint.earthRadiusKm
            return reach * reach
        }
        cAvail = cs.map(\.availability.rawValue)
        cAttitude = cs.map(\.attitude.rawValue)
        cWord = cs.map { Word.client($0, day: day, unknownDutchPasses: policy.unknownDutchLevelPasses) }
        cHours = cs.map(\.hoursPerWeek)
        cClash = cs.map { c in mask(c.restrictions.compactMap { t[$0].clashesWith }) }
        let groups = cs.map { c in c.competences.reduce(UInt64(0)) { $0 | (1 << UInt64(t[$1.competence].group.index & 63)) } }
        cGroups = groups
        let comps = csr(cs.map(\.competences))
        cCompStart = comps.start
        cCompID = comps.items.map(\.competence.index)
        cCompLevel = comps.items.map(\.level)
        let wishes = csr(cs.map { $0.wishes.map(\.index) })
        cWishStart = wishes.start
        cWish = wishes.items
        boundClients = cs.indices.map { BoundClient(cs[$0], groups: groups[$0]) }

        let os = openingOrder.map { d.openings[Int($0)] }
        oKind = os.map(\.kind.rawValue)
        oRequire = os.map { Word.required($0, policy: policy, day: day) }
        oPlaceAny = openingOrder.map { UInt64(accepted[Int($0)].rawValue) << Word.placeability }
        oTargetAny = os.map { $0.kind == .socialReturn ? UInt64($0.targetGroups.rawValue) << Word.targetGroups : 0 }
        oRung = os.map(\.rung.rawValue)
        oLocation = os.map(\.location)
        oCos = openingOrder.map { cosOpenings[Int($0)] }
        oUnit = os.map { UnitVector($0.location) }
        oConditions = os.map { mask($0.conditions) }
        oShiftNeeds = os.map { o in
            o.kind != .driverSlot ? 0 : o.schedule.reduce(UInt32(0)) { m, shift in shift.dayParts.reduce(m) { $0 | Availability(shift.day, $1).rawValue } }
        }
        oShiftNight = os.map { $0.kind == .driverSlot && $0.schedule.contains(where: \.startsBeforeMorning) }
        let groupMask = os.map { o in o.requiredCompetences.reduce(UInt64(0)) { $0 | 1 << UInt64(t[$1.competence].group.index & 63) } }
        oGroupMask = groupMask
        oNeedsSharedGroup = os.map { !$0.requiredCompetences.isEmpty && policy[$0.kind].minRequiredCoverage > 0 }
        let distinct = os.map { o in Set(o.requiredCompetences.map { t[$0.competence].group.index & 63 }).count == o.requiredCompetences.count }
        oGroupsDistinct = distinct
        oGroupsNeeded = os.indices.map { k in
            let o = os[k], n = o.requiredCompetences.count
            guard n > 0, distinct[k] else { return 0 }
            // The same comparison as the loop's: reachable / n < minimum rejects.
            let minimum = policy[o.kind].minRequiredCoverage
            return (0...n).first { Double($0) / Double(n) >= minimum } ?? 65
        }
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
        boundOpenings = os.indices.map {
            BoundOpening(os[$0], groupMask: groupMask[$0], groupsDistinct: distinct[$0], taxonomy: t, policy: policy)
        }
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

/// A point as a unit vector in 3-D. The straight-line (chord) distance between two of them,
/// times the earth's radius, is never more than the great-circle distance, and costs three
/// subtractions and no sine: the bulk path's cheap lower bound of the distance.
struct UnitVector: Sendable {
    let x: Double, y: Double, z: Double

    init(_ p: GeoPoint) {
        let rad = Double.pi / 180
        let c = cos(p.latitude * rad)
        x = c * cos(p.longitude * rad)
        y = c * sin(p.longitude * rad)
        z = sin(p.latitude * rad)
    }

    /// A lower bound of the great-circle distance in km: the chord (2R sin(d / 2R) <= d), made
    /// a little smaller again to absorb rounding, so it stays below the haversine as computed.
    @inline(__always) static func distanceLowerBoundKm(_ a: UnitVector, _ b: UnitVector) -> Double {
        let dx = a.x - b.x, dy = a.y - b.y, dz = a.z - b.z
        let chord = (dx * dx + dy * dy + dz * dz).squareRoot() * GeoPoint.earthRadiusKm
        return max(0, chord * (1 - 1e-9) - 1e-9)
    }
}

/// The bits of `HotPool.cWord`: what the first rules need from a client, so that one load and
/// three bit tests decide placeability, validity, licences, code 95, Dutch level, target group
/// and ladder step. Levels are stored as thermometer codes ("at least j"), so that a minimum
/// becomes one required bit.
enum Word {
    static let placeability: UInt64 = 0   // 8 bits: 1 << placeability
    static let licences: UInt64 = 8       // 16 bits: licences with the ones they imply
    static let code95: UInt64 = 24        // 1 bit: code 95 valid on the reference day
    static let dutch: UInt64 = 24         // bits 25-30: Dutch level at least j (j = 1...6)
    static let targetGroups: UInt64 = 32  // 8 bits
    static let rung: UInt64 = 40          // bits 40-47: ladder rung at least j (j = 0...7)
    /// Never set in a client's word: an opening that requires it accepts nobody.
    static let never: UInt64 = 1 << 63

    static func client(_ c: Client, day: Day, unknownDutchPasses: Bool) -> UInt64 {
        var w = UInt64(1) << (placeability + UInt64(c.placeability.rawValue))
        w |= UInt64(c.licences.withImplied.rawValue) << licences
        if let until = c.code95ValidUntil, until >= day { w |= 1 << code95 }
        let dutchRank = c.dutchLevel.rank ?? (unknownDutchPasses ? 6 : 0)
        for j in 0..<min(max(dutchRank, 0), 6) { w |= 1 << (dutch + UInt64(j + 1)) }
        w |= UInt64(c.targetGroups.rawValue) << targetGroups
        for j in 0...min(Int(c.rung.rawValue), 7) { w |= 1 << (rung + UInt64(j)) }
        return w
    }

    static func required(_ o: Opening, policy: Policy, day: Day) -> UInt64 {
        if let until = o.validUntil, until < day { return never }
        if o.kind == .socialReturn && o.targetGroups.rawValue == 0 { return never }
        var w = UInt64(o.requiredLicences.rawValue) << licences
        if o.requiresCode95 { w |= 1 << code95 }
        if let need = o.minDutchLevel.rank, need > 0 { w |= need <= 6 ? 1 << (dutch + UInt64(need)) : never }
        if let maxUp = policy[o.kind].maxStepUp {
            let minRung = Int(o.rung.rawValue) - maxUp
            if minRung > 7 { w |= never } else if minRung > 0 { w |= 1 << (rung + UInt64(minRung)) }
        }
        return w
    }
}
