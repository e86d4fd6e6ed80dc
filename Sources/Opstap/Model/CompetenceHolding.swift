/// A competence at a level: 1 basic, 2 good (zelfstandig), 3 expert (can teach others).
///
/// A client holds competences at a level; an opening requires them at a minimum level.
public struct CompetenceHolding: Hashable, Sendable {
    public var competence: CompetenceID
    /// 1 ... 3.
    public var level: UInt8

    public init(_ competence: CompetenceID, level: UInt8) {
        self.competence = competence
        self.level = level
    }

    public static let levels: ClosedRange<UInt8> = 1...3
}
