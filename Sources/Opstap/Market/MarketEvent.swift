/// When and where a market takes place: printed on every route card.
///
/// Every part is optional. A card leaves out what is missing and says that the klantmanager
/// gives the date and the place instead.
public struct MarketEvent: Equatable, Sendable {
    /// A name for people, e.g. "Vrijwilligersmarkt Wijchen".
    public var name: String?
    public var date: Day?
    /// Opening hours in minutes after midnight, start before end.
    public var hours: ClosedRange<Int>?
    /// The building and address, as it should be printed.
    public var place: String?

    public init(name: String? = nil, date: Day? = nil, hours: ClosedRange<Int>? = nil, place: String? = nil) {
        self.name = name
        self.date = date
        self.hours = hours
        self.place = place
    }

    /// Whether the cards can say both the day and the place.
    public var isComplete: Bool { date != nil && place != nil }

    /// The parts given in `other` replace these (options over the file).
    public func overridden(by other: MarketEvent) -> MarketEvent {
        MarketEvent(name: other.name ?? name, date: other.date ?? date, hours: other.hours ?? hours, place: other.place ?? place)
    }

    /// Parses exactly `HH:MM-HH:MM` (24-hour clock, start before end); nil otherwise.
    public static func parseHours(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let start = minute(parts[0]), let end = minute(parts[1]), start < end else { return nil }
        return start...end
    }

    static func minute(_ text: Substring) -> Int? {
        let bytes = Array(text.utf8)
        guard bytes.count == 5, bytes[2] == UInt8(ascii: ":") else { return nil }
        let digits = [bytes[0], bytes[1], bytes[3], bytes[4]].map { Int($0) - 48 }
        guard digits.allSatisfy({ (0...9).contains($0) }) else { return nil }
        let h = digits[0] * 10 + digits[1], m = digits[2] * 10 + digits[3]
        guard h <= 23, m <= 59 else { return nil }
        return h * 60 + m
    }

    /// `13:00`.
    public static func clock(_ minute: Int) -> String {
        let h = minute / 60, m = minute % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }

    /// The day written out: "donderdag 15 april 2027" or "Thursday 15 April 2027".
    public static func longDate(_ day: Day, _ lang: Language) -> String {
        let (y, m, d) = day.components
        let weekdays = lang == .nl ? ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
                                   : ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let months = lang == .nl ? ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
                                 : ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(weekdays[day.weekday]) \(d) \(months[m - 1]) \(y)"
    }
}
