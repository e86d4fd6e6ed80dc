/// The nearest of `candidates` to `name` by edit distance, for "did you mean" hints on the
/// command line; nil when nothing is close.
public func nearestName(to name: String, among candidates: [String]) -> String? {
    suggestion(for: name, among: candidates)
}
