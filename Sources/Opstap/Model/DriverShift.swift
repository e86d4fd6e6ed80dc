/// One shift of a chauffeurspoule (driver pool) slot: a weekday and a time window.
public struct DriverShift: Hashable, Sendable {
    public var day: Weekday
    /// Minutes since midnight, start < end, within one day.
    public var startMinute: Int16
    public var endMinute: Int16

    public init(day: Weekday, startMinute: Int16, endMinute: Int16) {
        self.day = day
        self.startMinute = startMinute
        self.endMinute = endMinute
    }

    /// The day parts the window touches: a client must be available in each of them.
    public var dayParts: [DayPart] {
        DayPart.allCases.filter { part in
            part.minutes.overlaps(Int(startMinute)..<Int(endMinute))
        }
    }

    /// True when part of the window lies before 06:00, outside every day part.
    public var startsBeforeMorning: Bool { startMinute < 360 }

    /// `mon 06:00-14:00`, the form used in files.
    public var code: String {
        func clock(_ minutes: Int16) -> String {
            let h = Int(minutes) / 60, m = Int(minutes) % 60
            return (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
        }
        return "\(day.code) \(clock(startMinute))-\(clock(endMinute))"
    }
}
