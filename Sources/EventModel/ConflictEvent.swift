/// ACLED event types.
public enum EventType: String, Sendable, CaseIterable {
    case battles
    case explosionsRemoteViolence = "explosions_remote_violence"
    case violenceAgainstCivilians = "violence_against_civilians"
    case protests, riots
    case strategicDevelopments = "strategic_developments"
}

/// How precisely a date is known.
public enum DatePrecision: String, Sendable {
    case day, week, month
}

/// A calendar date without time zone.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil when malformed or out of range.
    public init?(iso: String) {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...CalendarDate.daysIn(month: m, year: y)).contains(d)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var description: String {
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: Swift.max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// Day of the week, 0 = Sunday ... 6 = Saturday.
    public var weekday: Int { ((dayNumber % 7) + 11) % 7 }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool { lhs.dayNumber < rhs.dayNumber }
}

/// An event date with its precision.
public struct EventDate: Hashable, Sendable {
    public var value: CalendarDate
    public var precision: DatePrecision
    public var span: TextSpan?

    public init(value: CalendarDate, precision: DatePrecision, span: TextSpan? = nil) {
        self.value = value
        self.precision = precision
        self.span = span
    }
}

/// A resolved place.
public struct EventLocation: Hashable, Sendable {
    public var name: String
    public var nameArabic: String
    public var admin1: String?
    public var country: String?
    public var latitude: Double
    public var longitude: Double
    /// ACLED geo precision: 1 town, 2 near a town / part of a region, 3 region only.
    public var precision: Int
    public var span: TextSpan?

    public init(
        name: String, nameArabic: String, admin1: String?, country: String?, latitude: Double, longitude: Double,
        precision: Int, span: TextSpan?
    ) {
        self.name = name
        self.nameArabic = nameArabic
        self.admin1 = admin1
        self.country = country
        self.latitude = latitude
        self.longitude = longitude
        self.precision = precision
        self.span = span
    }
}

/// The role an actor plays in an event.
public enum ActorRole: String, Sendable {
    case actor1, actor2
}

public struct EventActor: Hashable, Sendable {
    public var name: String
    public var role: ActorRole
    public var span: TextSpan?

    public init(name: String, role: ActorRole, span: TextSpan?) {
        self.name = name
        self.role = role
        self.span = span
    }
}

/// A reconciled figure: low / best / high, with the claims (indexes) that set each.
public struct Toll: Hashable, Sendable {
    public var low: Int?
    public var best: Int?
    public var high: Int?
    public var lowClaim: Int?
    public var bestClaim: Int?
    public var highClaim: Int?
    /// Id of the reconciliation rule that chose `best`.
    public var rule: String?

    public init(low: Int? = nil, best: Int? = nil, high: Int? = nil) {
        self.low = low
        self.best = best
        self.high = high
    }

    public static let empty = Toll()
}

/// One ACLED-style event an article reports.
public struct ConflictEvent: Hashable, Sendable {
    public var type: EventType
    public var subtype: String
    public var country: String?
    public var location: EventLocation?
    public var date: EventDate?
    public var actors: [EventActor]
    public var fatalities: Toll
    public var injuries: Toll
    /// Indexes into the document's claims.
    public var claims: [Int]
    public var span: TextSpan
    /// Id of the trigger rule that produced the event.
    public var rule: String

    public init(
        type: EventType, subtype: String, country: String? = nil, location: EventLocation? = nil, date: EventDate? = nil,
        actors: [EventActor] = [], fatalities: Toll = .empty, injuries: Toll = .empty, claims: [Int] = [],
        span: TextSpan, rule: String
    ) {
        self.type = type
        self.subtype = subtype
        self.country = country
        self.location = location
        self.date = date
        self.actors = actors
        self.fatalities = fatalities
        self.injuries = injuries
        self.claims = claims
        self.span = span
        self.rule = rule
    }
}
