import EventModel

/// What a date expression dates, as far as its context tells.
public enum DateRole: String, Sendable, Hashable {
    /// A date of something that happened (the candidate event dates).
    case event
    /// The start of a continuing event ("منذ الأربعاء"): an event date with week precision.
    case since
    /// The date a statement was made ("قال الجيش، الأحد، إن"): a fallback event date.
    case report
    /// A date in the dateline at the head of the report.
    case dateline
    /// A past period or a date long before the report: never the event date.
    case background
    /// A date after the reference date: planned or expected, never the event date.
    case future
}

/// One date expression found in a text, resolved.
public struct DateMention: Sendable, Hashable {
    /// The resolved date, its precision and the expression's span.
    public var date: EventDate
    public var role: DateRole
    /// Stable id of the rule that read the expression, e.g. `date.weekday`, `date.yesterday`, `date.explicit.day_month_year`.
    public var rule: String
    /// Token range of the expression in the `WordSequence`.
    public var tokens: Range<Int>
    public var sentence: Int

    public init(date: EventDate, role: DateRole, rule: String, tokens: Range<Int>, sentence: Int) {
        self.date = date
        self.role = role
        self.rule = rule
        self.tokens = tokens
        self.sentence = sentence
    }
}
