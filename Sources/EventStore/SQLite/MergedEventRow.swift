import EventModel
import GRDB

/// One row of `merged_event`: an incident's representative facts and reconciled tolls, kept for filtering and listing.
///
/// The row is a summary; the merged event itself is rebuilt from its member events by `MergedEventBuilder`.
struct MergedEventRow {
    var merged: MergedEvent

    /// Opens an empty merged event (filled by `save` before the transaction commits); returns its id.
    static func create(_ db: Database) throws -> Int64 {
        try db.cachedStatement(sql: """
            INSERT INTO merged_event (type, subtype, member_count, report_count, claim_count) VALUES ('', '', 0, 0, 0)
            """).execute()
        return db.lastInsertedRowID
    }

    func save(_ db: Database) throws {
        let m = merged
        let loc = m.location
        let args: StatementArguments = [
            m.type.rawValue, m.subtype, m.country, loc?.name, loc?.nameArabic, loc?.admin1, loc?.latitude, loc?.longitude,
            loc?.precision, m.date?.value.description, m.date?.precision.rawValue, m.window?.first, m.window?.last, m.actor1,
            m.actor2, m.fatalities.low, m.fatalities.best, m.fatalities.high, m.injuries.low, m.injuries.best, m.injuries.high,
            m.members.count, m.reports.count, m.claims.count, m.id,
        ]
        try db.cachedStatement(sql: """
            UPDATE merged_event SET type = ?, subtype = ?, country = ?, location_name = ?, location_name_ar = ?, admin1 = ?,
                latitude = ?, longitude = ?, geo_precision = ?, date = ?, date_precision = ?, window_first = ?, window_last = ?,
                actor1 = ?, actor2 = ?, fatalities_low = ?, fatalities_best = ?, fatalities_high = ?, injuries_low = ?,
                injuries_best = ?, injuries_high = ?, member_count = ?, report_count = ?, claim_count = ?
            WHERE id = ?
            """).execute(arguments: args)
    }
}
