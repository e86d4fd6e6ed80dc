import Testing
@testable import Opstap

@Suite struct DayTests {
    @Test func knownDatesHaveKnownDayNumbers() {
        #expect(Day(year: 1970, month: 1, day: 1)?.daysSince1970 == 0)
        #expect(Day(year: 2000, month: 3, day: 1)?.daysSince1970 == 11_017)
        #expect(Day(year: 2026, month: 11, day: 23)?.daysSince1970 == 20_780)  // checked with Python datetime
        #expect(Day(year: 1969, month: 12, day: 31)?.daysSince1970 == -1)
    }

    @Test func weekdayIsMondayZero() {
        #expect(Day(year: 2026, month: 11, day: 23)?.weekday == 0)  // a Monday
        #expect(Day(year: 1970, month: 1, day: 1)?.weekday == 3)    // a Thursday
    }

    @Test func impossibleDatesAreRefused() {
        #expect(Day(iso: "2025-02-29") == nil)
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "1900-02-29") == nil)
        #expect(Day(iso: "2000-02-29") != nil)
        #expect(Day(iso: "2026-13-01") == nil)
        #expect(Day(iso: "2026-04-31") == nil)
        #expect(Day(iso: "26-04-01") == nil)
        #expect(Day(iso: "2026/04/01") == nil)
        #expect(Day(iso: "2026-4-1") == nil)
    }

    @Test func textRoundTripsForEveryDayOverFourCenturies() {
        var day = Day(year: 1800, month: 1, day: 1)!
        let end = Day(year: 2200, month: 1, day: 1)!
        var previous = day.adding(days: -1)
        while day < end {
            #expect(Day(iso: day.description) == day)
            let (y, m, d) = day.components
            let (py, pm, pd) = previous.components
            // Consecutive days: either the next day of the month, or the first of the next month.
            #expect((y == py && m == pm && d == pd + 1) || (d == 1 && (m == pm + 1 || (m == 1 && pm == 12 && y == py + 1))))
            previous = day
            day = day.adding(days: 1)
        }
    }
}
