import EventModel

/// The days an event may have happened on, as a closed range of day numbers (days since 1970-01-01).
///
/// - day precision: the day itself;
/// - week precision: three days either side of the stated day;
/// - month precision: the whole calendar month;
/// - no date: the report's publication day and the two days before it (reports tell of the last days' events).
public struct DateWindow: Hashable, Sendable {
    public var first: Int
    public var last: Int

    public init(first: Int, last: Int) {
        self.first = min(first, last)
        self.last = max(first, last)
    }

    public init(_ date: EventDate) {
        let d = date.value.dayNumber
        switch date.precision {
        case .day:
            self.init(first: d, last: d)
        case .week:
            self.init(first: d - 3, last: d + 3)
        case .month:
            let start = CalendarDate(year: date.value.year, month: date.value.month, day: 1)
            let days = CalendarDate.daysIn(month: date.value.month, year: date.value.year)
            self.init(first: start.dayNumber, last: start.dayNumber + days - 1)
        }
    }

    /// The window of an undated event reported on `published`.
    public init(published: CalendarDate) {
        self.init(first: published.dayNumber - 2, last: published.dayNumber)
    }

    /// The widest window any date yields (a 31-day month); candidate look-ups widen their range by this much.
    public static let maximumSpan = 31

    /// Days between the two windows (0 when they overlap).
    public func gap(to other: DateWindow) -> Int {
        if other.first > last { return other.first - last }
        if first > other.last { return first - other.last }
        return 0
    }

    public var firstDate: CalendarDate { CalendarDate(dayNumber: first) }
    public var lastDate: CalendarDate { CalendarDate(dayNumber: last) }
}
