/// One line of a shortlist or a list of steps.
public struct Match: Hashable, Sendable {
    public var client: ClientID
    public var opening: OpeningID
    /// 1 for the best.
    public var rank: Int
    public var pair: PairScore
}

/// A candidate who fails exactly one rule: a gap a professional may bridge (a licence course,
/// a trial placement), listed apart with that rule.
public struct NearMiss: Hashable, Sendable {
    public var client: ClientID
    public var opening: OpeningID
    public var rule: Rule
    public var pair: PairScore
}

/// Builds shortlists (clients per opening) and steps (openings per client) from the scorer.
public struct Matcher: Sendable {
    public let scorer: Scorer

    public init(scorer: Scorer) { self.scorer = scorer }

    /// The bedrijfsdienstverlener's shortlist for one opening: the top `top` eligible clients
    /// with score at least the kind's minimum, best first, ties to the lower client id; and,
    /// when `nearMisses` > 0, that many clients failing exactly one rule.
    /// - Complexity: O(clients x pair cost + clients x log top).
    public func shortlist(for opening: OpeningID, top: Int, nearMisses: Int = 0) -> (matches: [Match], nearMisses: [NearMiss]) {
        let o = scorer.dataset.openings[Int(opening.index)]
        let minScore = scorer.policy[o.kind].minScore
        var best = TopN(top)
        var near = TopN(nearMisses)
        var nearPairs: [Int32: PairScore] = [:]
        for c in scorer.dataset.clients {
            let p = scorer.evaluate(c, o)
            if p.isEligible {
                if p.score >= minScore { best.offer(p.score, c.id.index) }
            } else if nearMisses > 0 && p.failures.count == 1 && p.score >= minScore {
                near.offer(p.score, c.id.index)
                nearPairs[c.id.index] = p
            }
        }
        let matches = best.sorted().enumerated().map { k, item in
            Match(client: ClientID(item.id), opening: opening, rank: k + 1, pair: scorer.evaluate(ClientID(item.id), opening))
        }
        let misses = near.sorted().map { item in
            let p = nearPairs[item.id]!
            return NearMiss(client: ClientID(item.id), opening: opening, rule: p.failures.members[0], pair: p)
        }
        return (matches, misses)
    }

    /// The participatiecoach's steps for one client: the top `top` eligible openings of the given
    /// kinds, best first, ties to the lower opening id.
    public func steps(for client: ClientID, kinds: Set<OpeningKind>, top: Int, nearMisses: Int = 0) -> (matches: [Match], nearMisses: [NearMiss]) {
        let c = scorer.dataset.clients[Int(client.index)]
        var best = TopN(top)
        var near = TopN(nearMisses)
        var nearPairs: [Int32: PairScore] = [:]
        for o in scorer.dataset.openings where kinds.contains(o.kind) {
            let p = scorer.evaluate(c, o)
            let minScore = scorer.policy[o.kind].minScore
            if p.isEligible {
                if p.score >= minScore { best.offer(p.score, o.id.index) }
            } else if nearMisses > 0 && p.failures.count == 1 && p.score >= minScore {
                near.offer(p.score, o.id.index)
                nearPairs[o.id.index] = p
            }
        }
        let matches = best.sorted().enumerated().map { k, item in
            Match(client: client, opening: OpeningID(item.id), rank: k + 1, pair: scorer.evaluate(client, OpeningID(item.id)))
        }
        let misses = near.sorted().map { item in
            let p = nearPairs[item.id]!
            return NearMiss(client: client, opening: OpeningID(item.id), rule: p.failures.members[0], pair: p)
        }
        return (matches, misses)
    }
}
