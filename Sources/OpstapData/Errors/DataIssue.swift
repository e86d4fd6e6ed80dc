/// One problem in an input file, with what a person needs to fix it.
///
/// Printed as `file:line:column: field: message`. The message names the offending value in single
/// quotes unless the field is personal data (ids, home location), where it never does.
public struct DataIssue: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based physical line; for a cell that spans lines, the line where it starts.
    public var line: Int
    /// 1-based character (Unicode scalar) position of the cell's first character in its line.
    public var column: Int
    /// The column or key the problem is about, when there is one.
    public var field: String?
    public var message: String

    public init(file: String, line: Int, column: Int, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    public var description: String {
        "\(file):\(line):\(column): " + (field.map { "\($0): " } ?? "") + message
    }
}

/// All the problems found in a run's input files; thrown so that nothing gets written.
public struct DataErrors: Error, Sendable, CustomStringConvertible {
    /// The first `IssueLog.limit` problems, in the order found.
    public var issues: [DataIssue]
    /// How many problems there were in all.
    public var total: Int

    public init(issues: [DataIssue], total: Int) {
        self.issues = issues
        self.total = total
    }

    public var description: String {
        var lines = issues.map(\.description)
        if total > issues.count { lines.append("... and \(total - issues.count) more problems (\(total) in all)") }
        return lines.joined(separator: "\n")
    }
}

/// Collects problems while reading, keeping the first `limit` and counting the rest.
public struct IssueLog: Sendable {
    public static let limit = 100
    public private(set) var issues: [DataIssue] = []
    public private(set) var total = 0

    public init() {}

    public var isEmpty: Bool { total == 0 }

    public mutating func add(_ issue: DataIssue) {
        total += 1
        if issues.count < IssueLog.limit { issues.append(issue) }
    }

    /// Adds another log's problems after this one's, as if they had been added here one by one.
    public mutating func append(_ other: IssueLog) {
        total += other.total
        issues += other.issues.prefix(max(0, IssueLog.limit - issues.count))
    }

    /// Throws everything collected, if anything was.
    public func throwIfAny() throws(DataErrors) {
        if total > 0 { throw DataErrors(issues: issues, total: total) }
    }
}
