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
        var collector = Collector(top: top, nearMisses: nearMisses)
        for c in scorer.dataset.clients { collector.offer(c.id.index, scorer.evaluate(c, o), minScore: scorer.policy[o.kind].minScore) }
        return collector.result(pair: { (ClientID($0), opening) }, evaluate: { scorer.evaluate(ClientID($0), opening) })
    }

    /// The participatiecoach's steps for one client: the top `top` eligible openings of the given
    /// kinds, best first, ties to the lower opening id.
    public func steps(for client: ClientID, kinds: Set<OpeningKind>, top: Int, nearMisses: Int = 0) -> (matches: [Match], nearMisses: [NearMiss]) {
        steps(for: client, filter: StepFilter(kinds: kinds), top: top, nearMisses: nearMisses)
    }

    /// The same among the openings `filter` admits for the client. Openings past their date
    /// are left out, also as near misses (a gap nobody can bridge).
    public func steps(for client: ClientID, filter: StepFilter, top: Int, nearMisses: Int = 0) -> (matches: [Match], nearMisses: [NearMiss]) {
        let c = scorer.dataset.clients[Int(client.index)]
        var collector = Collector(top: top, nearMisses: nearMisses)
        for o in scorer.dataset.openings where filter.admits(c, o) && !(o.validUntil.map { $0 < scorer.referenceDay } ?? false) {
            collector.offer(o.id.index, scorer.evaluate(c, o), minScore: scorer.policy[o.kind].minScore)
        }
        return collector.result(pair: { (client, OpeningID($0)) }, evaluate: { scorer.evaluate(client, OpeningID($0)) })
    }

    /// Keeps the best eligible pairs and the best near misses of one list, as (score, id) only:
    /// the few that make the list are evaluated again for their details, which costs less than
    /// keeping every pair.
    private struct Collector {
        var best: TopN
        var near: TopN

        init(top: Int, nearMisses: Int) {
            best = TopN(top)
            near = TopN(nearMisses)
        }

        mutating func offer(_ id: Int32, _ p: PairScore, minScore: Double) {
            guard p.score >= minScore else { return }
            if p.isEligible {
                best.offer(p.score, id)
            } else if near.k > 0 && p.failures.count == 1 {
                near.offer(p.score, id)
            }
        }

        func result(pair: (Int32) -> (ClientID, OpeningID), evaluate: (Int32) -> PairScore) -> (matches: [Match], nearMisses: [NearMiss]) {
            let matches = best.sorted().enumerated().map { k, item in
                let (c, o) = pair(item.id)
                return Match(client: c, opening: o, rank: k + 1, pair: evaluate(item.id))
            }
            let misses = near.sorted().map { item in
                let (c, o) = pair(item.id)
                let p = evaluate(item.id)
                return NearMiss(client: c, opening: o, rule: p.failures.members[0], pair: p)
            }
            return (matches, misses)
        }
    }
}
