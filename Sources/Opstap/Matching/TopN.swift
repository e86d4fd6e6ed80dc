/// Keeps the best `k` of a stream of (score, id): higher score first, ties to the lower id.
///
/// A binary heap with the worst kept item at the root, so each offer is O(log k) and most offers
/// (worse than everything kept) are one comparison.
public struct TopN: Sendable {
    public let k: Int
    private var heap: [(score: Double, id: Int32)] = []

    public init(_ k: Int) {
        self.k = k
        heap.reserveCapacity(min(k, 1024))
    }

    /// True when `a` ranks below `b` (is worse).
    @inline(__always) static func worse(_ a: (score: Double, id: Int32), _ b: (score: Double, id: Int32)) -> Bool {
        a.score < b.score || (a.score == b.score && a.id > b.id)
    }

    @inline(__always)
    public mutating func offer(_ score: Double, _ id: Int32) {
        guard k > 0 else { return }
        let item = (score: score, id: id)
        if heap.count < k {
            heap.append(item)
            var i = heap.count - 1
            while i > 0 {
                let parent = (i - 1) / 2
                guard TopN.worse(heap[i], heap[parent]) else { break }
                heap.swapAt(i, parent)
                i = parent
            }
        } else if TopN.worse(heap[0], item) {
            heap[0] = item
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var worst = i
                if l < heap.count && TopN.worse(heap[l], heap[worst]) { worst = l }
                if r < heap.count && TopN.worse(heap[r], heap[worst]) { worst = r }
                if worst == i { break }
                heap.swapAt(i, worst)
                i = worst
            }
        }
    }

    public var count: Int { heap.count }

    /// The score an item must reach to be kept: the worst kept score once `k` items are kept
    /// (an equal score gets in only with a lower id), minus infinity before that.
    @inline(__always) public var threshold: Double { heap.count == k && k > 0 ? heap[0].score : -Double.infinity }

    /// The kept items, best first.
    public func sorted() -> [(score: Double, id: Int32)] {
        heap.sorted { TopN.worse($1, $0) }
    }
}
