import EventModel
import GRDB

/// One row of `event`: an event as one report tells it, the merged event it belongs to, and the features merging reads.
struct EventRow {
    var id: Int64?
    var reportID: Int64
    var ordinal: Int
    var mergedID: Int64
    var event: ConflictEvent
    var features: MergeFeatures

    /// Separates actor names in `actor_names` (U+001F, the unit separator, never in a name).
    static let actorSeparator: Character = "\u{1F}"

    mutating func insert(_ db: Database) throws {
        let e = event
        let loc = e.location
        let args: StatementArguments = [
            reportID, ordinal, mergedID, e.type.rawValue, e.subtype, e.country, loc?.name, loc?.nameArabic, loc?.admin1,
            loc?.country, loc?.latitude, loc?.longitude, loc?.precision, loc?.span?.start, loc?.span?.end,
            e.date?.value.description, e.date?.precision.rawValue, e.date?.span?.start, e.date?.span?.end,
            e.fatalities.low, e.fatalities.best, e.fatalities.high, e.injuries.low, e.injuries.best, e.injuries.high,
            e.span.start, e.span.end, e.rule, features.family.rawValue, features.country, features.window?.first,
            features.window?.last, features.actors.sorted().joined(separator: String(Self.actorSeparator)),
            features.initiators.sorted().joined(separator: String(Self.actorSeparator)),
        ]
        try db.cachedStatement(sql: """
            INSERT INTO event (report_id, ordinal, merged_id, type, subtype, country, location_name, location_name_ar, admin1,
                location_country, latitude, longitude, geo_precision, location_start, location_end, date, date_precision,
                date_start, date_end, fatalities_low, fatalities_best, fatalities_high, injuries_low, injuries_best,
                injuries_high, span_start, span_end, rule, family, merge_country, window_first, window_last, actor_names,
                initiator_names)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: args)
        let eventID = db.lastInsertedRowID
        id = eventID
        for (i, actor) in e.actors.enumerated() {
            try db.cachedStatement(sql: """
                INSERT INTO event_actor (event_id, ordinal, name, role, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?)
                """).execute(arguments: [eventID, i, actor.name, actor.role.rawValue, actor.span?.start, actor.span?.end])
        }
    }

    /// Links the event to its claims, in the event's order.
    static func link(eventID: Int64, claimIDs: [Int64], in db: Database) throws {
        for (i, claimID) in claimIDs.enumerated() {
            try db.cachedStatement(sql: "INSERT INTO event_claim (event_id, ordinal, claim_id) VALUES (?, ?, ?)")
                .execute(arguments: [eventID, i, claimID])
        }
    }

    // MARK: - Reading

    /// Columns for `features(from:)`, over `event` aliased `e`.
    static let featureColumns = """
        e.merged_id, e.report_id, e.family, e.merge_country, e.window_first, e.window_last, e.location_name, e.admin1,
        e.latitude, e.longitude, e.geo_precision, e.actor_names, e.initiator_names, e.subtype
        """

    static func features(from row: Row) throws -> MergeFeatures {
        guard let family = EventFamily(rawValue: row[2]) else { throw StoreError.corrupt("event row with unknown family") }
        let first: Int? = row[4]
        let last: Int? = row[5]
        let window = first.flatMap { f in last.map { DateWindow(first: f, last: $0) } }
        var place: MergeFeatures.Place?
        if let name: String = row[6], let lat: Double = row[8], let lon: Double = row[9], let precision: Int = row[10] {
            place = MergeFeatures.Place(name: name, admin1: row[7], latitude: lat, longitude: lon, precision: precision)
        }
        let names: String = row[11]
        let initiatorNames: String = row[12]
        let actors = Set(names.split(separator: actorSeparator).map(String.init))
        let initiators = Set(initiatorNames.split(separator: actorSeparator).map(String.init))
        return MergeFeatures(
            family: family, country: row[3], window: window, place: place, actors: actors, initiators: initiators, subtype: row[13]
        )
    }

    /// Columns for `event(from:)`, over `event` aliased `e`.
    static let eventColumns = """
        e.id, e.type, e.subtype, e.country, e.location_name, e.location_name_ar, e.admin1, e.location_country, e.latitude,
        e.longitude, e.geo_precision, e.location_start, e.location_end, e.date, e.date_precision, e.date_start, e.date_end,
        e.fatalities_low, e.fatalities_best, e.fatalities_high, e.injuries_low, e.injuries_best, e.injuries_high,
        e.span_start, e.span_end, e.rule
        """

    /// The event as stored, without its actors and claims.
    static func event(from row: Row) throws -> ConflictEvent {
        guard let type = EventType(rawValue: row[1]) else { throw StoreError.corrupt("event row with unknown type") }
        var location: EventLocation?
        if let name: String = row[4], let lat: Double = row[8], let lon: Double = row[9], let precision: Int = row[10] {
            location = EventLocation(
                name: name, nameArabic: row[5] ?? "", admin1: row[6], country: row[7], latitude: lat, longitude: lon,
                precision: precision, span: span(row[11], row[12])
            )
        }
        var date: EventDate?
        if let iso: String = row[13], let value = CalendarDate(iso: iso), let p: String = row[14], let precision = DatePrecision(rawValue: p) {
            date = EventDate(value: value, precision: precision, span: span(row[15], row[16]))
        }
        var fatalities = Toll(low: row[17], best: row[18], high: row[19])
        fatalities.rule = nil
        let injuries = Toll(low: row[20], best: row[21], high: row[22])
        return ConflictEvent(
            type: type, subtype: row[2], country: row[3], location: location, date: date, fatalities: fatalities,
            injuries: injuries, span: TextSpan(start: row[23], end: row[24]), rule: row[25]
        )
    }

    private static func span(_ start: Int?, _ end: Int?) -> TextSpan? {
        guard let start, let end else { return nil }
        return TextSpan(start: start, end: end)
    }
}
