import Opstap

/// A policy as loaded: the rules, and what identifies them in outputs.
public struct LoadedPolicy: Sendable {
    public var policy: Policy
    /// The file it came from, or `<built-in>/policy/default.json`.
    public var file: String
    /// SHA-256 of the file's bytes, in hex.
    public var sha256: String
}

/// Reads and checks `policy.json`: known keys only, every key present, weights non-negative,
/// thresholds in range. Every problem is reported with file:line:column.
public enum PolicyLoader {
    public static let builtInFile = "<built-in>/policy/default.json"

    /// The policy compiled into the binary (`datasets/policy/default.json`).
    public static func builtIn() -> LoadedPolicy {
        // The built-in policy is tested to load; failing here would be a bug, not bad input.
        try! load(Array(DefaultPolicy.json.utf8), file: builtInFile)
    }

    /// The policy file at `path`, or the built-in policy when `path` is nil.
    public static func load(path: String?) throws -> LoadedPolicy {
        guard let path else { return builtIn() }
        return try load(InputFileError.read(path), file: path)
    }

    public static func load(_ bytes: [UInt8], file: String) throws(DataErrors) -> LoadedPolicy {
        var log = IssueLog()
        let root: JSONNode
        do {
            root = try JSONNode.parse(bytes, file: file)
        } catch {
            log.add(error)
            try log.throwIfAny()
            fatalError("unreachable")
        }
        var reader = Reader(bytes: bytes, file: file, log: log)
        let policy = reader.policy(root)
        try reader.log.throwIfAny()
        return LoadedPolicy(policy: policy!, file: file, sha256: SHA256.hex(bytes))
    }

    private struct Reader {
        let bytes: [UInt8]
        let file: String
        var log: IssueLog

        mutating func problem(_ node: JSONNode?, _ path: String, _ message: String, offset: Int? = nil) {
            let (line, column) = TextPosition.locate(offset ?? node?.offset ?? 0, in: bytes)
            log.add(DataIssue(file: file, line: line, column: column, field: path, message: message))
        }

        /// The members of an object, checking that exactly the expected keys are there.
        mutating func members(_ node: JSONNode, _ path: String, keys: [String], optional: [String] = []) -> [String: JSONNode]? {
            guard case .object(let list, _) = node else {
                problem(node, path, "expected an object, found \(node.typeName)")
                return nil
            }
            var result: [String: JSONNode] = [:]
            for member in list {
                if keys.contains(member.key) || optional.contains(member.key) {
                    result[member.key] = member.value
                } else {
                    let hint = suggestion(for: member.key, among: keys + optional).map { "; did you mean '\($0)'?" } ?? ""
                    problem(nil, path, "unknown key '\(member.key)'\(hint)", offset: member.keyOffset)
                }
            }
            for key in keys where result[key] == nil {
                problem(node, path, "missing key '\(key)'")
            }
            return result
        }

        mutating func number(_ node: JSONNode?, _ path: String, in range: ClosedRange<Double>) -> Double? {
            guard let node else { return nil }
            guard case .number(let value, _) = node else {
                problem(node, path, "expected a number, found \(node.typeName)")
                return nil
            }
            guard range.contains(value) else {
                problem(node, path, "\(Cells.format(value)) is out of range; expected \(Cells.format(range.lowerBound)) to \(Cells.format(range.upperBound))")
                return nil
            }
            return value
        }

        mutating func bool(_ node: JSONNode?, _ path: String) -> Bool? {
            guard let node else { return nil }
            guard case .bool(let value, _) = node else {
                problem(node, path, "expected true or false, found \(node.typeName)")
                return nil
            }
            return value
        }

        mutating func policy(_ root: JSONNode) -> Policy? {
            guard let m = members(root, "policy", keys: ["name", "unknown_dutch_level_passes", "both_tracks", "competences", "kinds"],
                                  optional: ["social_return_value", "step_kinds_by_rung"]) else { return nil }
            var name: String?
            if let node = m["name"] {
                if case .string(let s, _) = node, !s.isEmpty { name = s } else { problem(node, "name", "expected a non-empty text") }
            }
            let unknownPasses = bool(m["unknown_dutch_level_passes"], "unknown_dutch_level_passes")
            let bothTracks = bool(m["both_tracks"], "both_tracks")
            var credits: (Double?, Double?, Double?) = (nil, nil, nil)
            if let node = m["competences"], let c = members(node, "competences", keys: ["below_level_credit", "related_competence_credit", "wished_share"]) {
                credits = (number(c["below_level_credit"], "competences.below_level_credit", in: 0...1),
                           number(c["related_competence_credit"], "competences.related_competence_credit", in: 0...1),
                           number(c["wished_share"], "competences.wished_share", in: 0...1))
            }
            var kinds: [KindPolicy?] = Array(repeating: nil, count: OpeningKind.allCases.count)
            if let node = m["kinds"], let k = members(node, "kinds", keys: OpeningKind.allCodes) {
                for kind in OpeningKind.allCases {
                    if let node = k[kind.code] { kinds[Int(kind.rawValue)] = kindPolicy(node, "kinds.\(kind.code)") }
                }
            }
            var value: SocialReturnValue? = Policy.defaultSocialReturnValue
            if let node = m["social_return_value"] { value = socialReturnValue(node, "social_return_value") }
            var stepKinds: [Set<OpeningKind>]? = Policy.defaultStepKindsByRung
            if let node = m["step_kinds_by_rung"] { stepKinds = stepKindsByRung(node, "step_kinds_by_rung") }
            guard let name, let unknownPasses, let bothTracks, let below = credits.0, let related = credits.1, let wished = credits.2,
                  kinds.allSatisfy({ $0 != nil }), let value, let stepKinds else { return nil }
            return Policy(name: name, kinds: kinds.map { $0! }, unknownDutchLevelPasses: unknownPasses, bothTracks: bothTracks,
                          belowLevelCredit: below, relatedCompetenceCredit: related, wishedShare: wished, socialReturnValue: value,
                          stepKindsByRung: stepKinds)
        }

        /// `{"1": ["volunteer"], ..., "6": ["vacancy", ...]}`: every rung present, each a list of
        /// kind codes (an empty list: no steps are proposed for that rung).
        mutating func stepKindsByRung(_ node: JSONNode, _ path: String) -> [Set<OpeningKind>]? {
            let rungs = LadderRung.allCases.map { String($0.rawValue) }
            guard let m = members(node, path, keys: rungs) else { return nil }
            var table: [Set<OpeningKind>]? = []
            for rung in rungs {
                guard let item = m[rung] else { table = nil; continue }
                guard case .array(let items, _) = item else {
                    problem(item, "\(path).\(rung)", "expected a list of kinds (\(OpeningKind.allCodes.joined(separator: ", ")))")
                    table = nil
                    continue
                }
                var kinds = Set<OpeningKind>()
                for k in items {
                    if case .string(let code, _) = k, let kind = OpeningKind(code: code) {
                        kinds.insert(kind)
                    } else {
                        problem(k, "\(path).\(rung)", "expected one of \(OpeningKind.allCodes.joined(separator: ", "))")
                        table = nil
                    }
                }
                table?.append(kinds)
            }
            return table
        }

        /// `{"full_time_hours": 36, "months": 12, "per_year": {"bijstand": 35000, ...},
        /// "bonus": {"leerwerkplek": 2500}}`: target groups left out of `per_year` do not count;
        /// instruments left out of `bonus` add nothing.
        mutating func socialReturnValue(_ node: JSONNode, _ path: String) -> SocialReturnValue? {
            guard let m = members(node, path, keys: ["full_time_hours", "months", "per_year", "bonus"]) else { return nil }
            let hours = number(m["full_time_hours"], "\(path).full_time_hours", in: 1...80)
            let months = number(m["months"], "\(path).months", in: 1...120)
            var perYear = [Double?](repeating: nil, count: TargetGroup.allCases.count)
            var bonus = [Double](repeating: 0, count: SupportInstrument.allCases.count)
            let groups = euroTable(m["per_year"], "\(path).per_year", TargetGroup.self, "target group: euros per full-time year")
            let instruments = euroTable(m["bonus"], "\(path).bonus", SupportInstrument.self, "support instrument: euros")
            for (g, v) in groups ?? [:] { perYear[Int(g.rawValue)] = v }
            for (i, v) in instruments ?? [:] { bonus[Int(i.rawValue)] = v }
            let complete = groups != nil && instruments != nil
            guard let hours, let months, complete else { return nil }
            return SocialReturnValue(perYear: perYear, fullTimeHours: hours, months: months, bonus: bonus)
        }

        /// An object of code: euros (0 to a million); codes left out are absent from the result.
        mutating func euroTable<T: Coded & RawRepresentable>(_ node: JSONNode?, _ path: String, _ type: T.Type, _ what: String) -> [T: Double]? {
            guard let node else { return nil }
            guard case .object(let list, _) = node else {
                problem(node, path, "expected an object of \(what)")
                return nil
            }
            var table: [T: Double]? = [:]
            for member in list {
                guard let code = T(code: member.key) else {
                    problem(nil, path, "unknown code '\(member.key)'; expected one of \(T.allCodes.joined(separator: ", "))", offset: member.keyOffset)
                    table = nil
                    continue
                }
                if let v = number(member.value, "\(path).\(member.key)", in: 0...1_000_000) { table?[code] = v } else { table = nil }
            }
            return table
        }

        mutating func kindPolicy(_ node: JSONNode, _ path: String) -> KindPolicy? {
            guard let m = members(node, path, keys: ["accepted_placeability", "weights", "min_required_coverage", "min_score", "travel_decay", "max_step_up"],
                                  optional: ["placeability_preference"]) else { return nil }
            var accepted: PlaceabilitySet?
            if let node = m["accepted_placeability"] {
                if case .array(let items, _) = node, !items.isEmpty {
                    var set = PlaceabilitySet()
                    for item in items {
                        if case .string(let code, _) = item, let value = Placeability(code: code) {
                            set.insert(PlaceabilitySet(value))
                        } else {
                            problem(item, "\(path).accepted_placeability", "expected one of \(Placeability.allCodes.joined(separator: ", "))")
                        }
                    }
                    accepted = set
                } else {
                    problem(node, "\(path).accepted_placeability", "expected a non-empty list of placeabilities")
                }
            }
            var weights: ComponentValues?
            // `purpose` may be left out (weight 0): policy files written before it existed keep
            // their scores.
            let optionalWeights: [ScoreComponent] = [.purpose]
            if let node = m["weights"], let w = members(node, "\(path).weights", keys: ScoreComponent.allCases.filter { !optionalWeights.contains($0) }.map(\.code),
                                                        optional: optionalWeights.map(\.code)) {
                var values = ComponentValues()
                var complete = true
                for component in ScoreComponent.allCases where w[component.code] != nil || !optionalWeights.contains(component) {
                    if let v = number(w[component.code], "\(path).weights.\(component.code)", in: 0...1000) { values[component] = v } else { complete = false }
                }
                if complete {
                    if values.list.reduce(0, +) > 0 { weights = values } else { problem(node, "\(path).weights", "at least one weight must be above 0") }
                }
            }
            let coverage = number(m["min_required_coverage"], "\(path).min_required_coverage", in: 0...1)
            let minScore = number(m["min_score"], "\(path).min_score", in: 0...100)
            var decay = number(m["travel_decay"], "\(path).travel_decay", in: 0...10)
            if let d = decay, d <= 0 {
                problem(m["travel_decay"], "\(path).travel_decay", "must be above 0")
                decay = nil
            }
            var maxStepUp: Int?? = nil
            if let node = m["max_step_up"] {
                if case .null = node {
                    maxStepUp = .some(nil)
                } else if let v = number(node, "\(path).max_step_up", in: 0...5) {
                    if v == v.rounded() { maxStepUp = .some(Int(v)) } else { problem(node, "\(path).max_step_up", "expected a whole number of rungs or null") }
                }
            }
            var preference: PlaceabilityPreference? = PlaceabilityPreference.none
            if let node = m["placeability_preference"],
               let p = members(node, "\(path).placeability_preference", keys: Placeability.allCodes) {
                for placeability in Placeability.allCases {
                    let key = "\(path).placeability_preference.\(placeability.code)"
                    if let v = number(p[placeability.code], key, in: 0...1) { preference?[placeability] = v } else { preference = nil }
                }
            } else if m["placeability_preference"] != nil {
                preference = nil
            } else if let weights, weights[.purpose] > 0 {
                problem(node, "\(path).placeability_preference", "missing: the weight of 'purpose' is above 0, so the policy must say whom this kind is meant for (a value from 0 to 1 per placeability)")
                preference = nil
            }
            guard let accepted, let weights, let coverage, let minScore, let decay, let maxStepUp, let preference else { return nil }
            return KindPolicy(acceptedPlaceability: accepted, weights: weights, minRequiredCoverage: coverage, minScore: minScore,
                              travelDecay: decay, maxStepUp: maxStepUp, placeabilityPreference: preference)
        }
    }
}
