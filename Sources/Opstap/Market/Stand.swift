/// A stand at a vacaturemarkt or vrijwilligersmarkt: an organisation with the openings it brings
/// and how many conversations it can hold during the market.
public struct Stand: Hashable, Sendable {
    public var id: String
    public var organisation: String
    /// The openings the stand brings, in index order.
    public var openings: [OpeningID]
    /// How many visitors the stand can talk to.
    public var conversations: Int32

    public init(id: String, organisation: String, openings: [OpeningID], conversations: Int32) {
        self.id = id
        self.organisation = organisation
        self.openings = openings
        self.conversations = conversations
    }
}

/// What followed a conversation at the market (seed 001, appendix 2: record it).
public enum Outcome: String, Coded, Comparable {
    case none, interested, appointment, started
    public var code: String { rawValue }
    /// Later stages include the earlier ones: an appointment means the client was interested.
    public var stage: Int { Outcome.allCases.firstIndex(of: self)! }
    public static func < (a: Outcome, b: Outcome) -> Bool { a.stage < b.stage }
}

/// One line of an outcomes file.
public struct OutcomeRecord: Hashable, Sendable {
    public var client: ClientID
    /// The stand, when recorded per stand.
    public var stand: Int?
    /// The opening, when recorded per opening.
    public var opening: OpeningID?
    public var outcome: Outcome
    public init(client: ClientID, stand: Int?, opening: OpeningID?, outcome: Outcome) {
        self.client = client
        self.stand = stand
        self.opening = opening
        self.outcome = outcome
    }
}

/// One stop of an invitation: a client, a stand, and the opening he was invited for.
public struct Invitation: Hashable, Sendable {
    public var client: ClientID
    public var stand: Int
    public var opening: OpeningID?
    public init(client: ClientID, stand: Int, opening: OpeningID?) {
        self.client = client
        self.stand = stand
        self.opening = opening
    }
}

/// The invitations joined with the outcomes recorded after the market. A stop without a
/// recorded outcome is *unknown*, never a failure: conversion is counted over recorded stops.
public struct OutcomeReport: Sendable {
    public struct Tally: Hashable, Sendable {
        /// Stand visits planned (one per invitation stop).
        public var visits = 0
        /// Distinct clients among those visits: the people invited.
        public var clients = 0
        public var unknown = 0
        /// Recorded stops per outcome, indexed by `Outcome` order.
        public var recorded = [0, 0, 0, 0]
        public var recordedTotal: Int { recorded.reduce(0, +) }
        /// Recorded stops that reached at least `outcome`.
        public func reached(_ outcome: Outcome) -> Int { recorded[outcome.stage...].reduce(0, +) }
        mutating func add(_ outcome: Outcome?, newClient: Bool) {
            visits += 1
            if newClient { clients += 1 }
            if let outcome { recorded[outcome.stage] += 1 } else { unknown += 1 }
        }
    }
    public var total = Tally()
    public var perStand: [Tally]
    /// Indexed by `OpeningKind.rawValue`.
    public var perKind: [Tally]
    /// Indexed by `Placeability.rawValue`.
    public var perPlaceability: [Tally]
    /// Outcomes about clients or stands that were not on the invitation list (walk-ins).
    public var notInvited = 0

    public init(invitations: [Invitation], outcomes: [OutcomeRecord], stands: [Stand], dataset: Dataset) {
        perStand = Array(repeating: Tally(), count: stands.count)
        perKind = Array(repeating: Tally(), count: OpeningKind.allCases.count)
        perPlaceability = Array(repeating: Tally(), count: Placeability.allCases.count)
        var used = [Bool](repeating: false, count: outcomes.count)
        var byClient: [Int32: [Int]] = [:]
        for (k, r) in outcomes.enumerated() { byClient[r.client.index, default: []].append(k) }
        // Clients already counted per tally: a client with three stops is one person invited.
        var seen = Set<Int32>(), seenAtStand = Set<[Int]>(), seenInKind = Set<[Int]>()
        for inv in invitations {
            // The furthest outcome recorded for this stop: by stand, or by the opening.
            var outcome: Outcome?
            for k in byClient[inv.client.index] ?? [] {
                let r = outcomes[k]
                let matches = (r.stand == inv.stand) || (r.stand == nil && r.opening != nil && stands[inv.stand].openings.contains(r.opening!))
                guard matches else { continue }
                used[k] = true
                outcome = max(outcome ?? r.outcome, r.outcome)
            }
            let c = Int(inv.client.index)
            let newClient = seen.insert(inv.client.index).inserted
            total.add(outcome, newClient: newClient)
            perStand[inv.stand].add(outcome, newClient: seenAtStand.insert([inv.stand, c]).inserted)
            if let o = inv.opening {
                let kind = Int(dataset.openings[Int(o.index)].kind.rawValue)
                perKind[kind].add(outcome, newClient: seenInKind.insert([kind, c]).inserted)
            }
            // A client has one placeability, so his first stop is his first in that group too.
            perPlaceability[Int(dataset.clients[c].placeability.rawValue)].add(outcome, newClient: newClient)
        }
        notInvited = used.count { !$0 }
    }
}
