/// A part of the day in a client's availability.
public enum DayPart: UInt8, Coded {
    case morning = 0, afternoon, evening

    public var code: String {
        switch self {
        case .morning: "morning"
        case .afternoon: "afternoon"
        case .evening: "evening"
        }
    }

    /// The clock hours the part covers, in minutes since midnight: 06-12, 12-18, 18-24.
    public var minutes: Range<Int> {
        switch self {
        case .morning: 360..<720
        case .afternoon: 720..<1080
        case .evening: 1080..<1440
        }
    }
}

/// A day of the week, Monday first.
public enum Weekday: UInt8, Coded {
    case monday = 0, tuesday, wednesday, thursday, friday, saturday, sunday

    public var code: String {
        switch self {
        case .monday: "mon"
        case .tuesday: "tue"
        case .wednesday: "wed"
        case .thursday: "thu"
        case .friday: "fri"
        case .saturday: "sat"
        case .sunday: "sun"
        }
    }
}

/// When a client can work: 7 days x morning / afternoon / evening, as a 21-bit mask.
public struct Availability: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public init(_ day: Weekday, _ part: DayPart) {
        rawValue = 1 << (UInt32(day.rawValue) * 3 + UInt32(part.rawValue))
    }

    /// Every day, every part: what an empty availability cell means (nothing recorded, no limits).
    public static let always = Availability(rawValue: (1 << 21) - 1)

    public func contains(_ day: Weekday, _ part: DayPart) -> Bool { contains(Availability(day, part)) }

    /// The slots in order, Monday morning first.
    public var slots: [(Weekday, DayPart)] {
        var result: [(Weekday, DayPart)] = []
        for day in Weekday.allCases {
            for part in DayPart.allCases where contains(day, part) { result.append((day, part)) }
        }
        return result
    }
}
