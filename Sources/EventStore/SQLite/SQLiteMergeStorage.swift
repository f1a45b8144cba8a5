import EventModel
import GRDB

/// `MergeStorage` over one open SQLite transaction.
struct SQLiteMergeStorage: MergeStorage {
    let db: Database
    /// Decoded merge features of stored events, shared across batches (nil: decode every time).
    var featureCache: FeatureCache?

    mutating func insertReport(_ article: Article, contentHash: String) throws -> ReportReference? {
        if try ReportRow.id(forHash: contentHash, in: db) != nil { return nil }
        var row = ReportRow(article, contentHash: contentHash)
        try row.insert(db)
        return row.reference
    }

    mutating func insertClaims(_ claims: [CasualtyClaim], report: ReportReference) throws -> [Int64] {
        var ids: [Int64] = []
        ids.reserveCapacity(claims.count)
        for (i, claim) in claims.enumerated() {
            var row = ClaimRow(claim, reportID: report.storeID, ordinal: i)
            try row.insert(db)
            ids.append(row.id ?? 0)
        }
        return ids
    }

    mutating func candidates(near window: DateWindow, tolerance: Int, country: String?) throws -> [MergeCandidate] {
        let (low, high, lastFrom) = (window.first - tolerance - DateWindow.maximumSpan, window.last + tolerance, window.first - tolerance)
        var sql = """
            SELECT \(EventRow.featureColumns), m.member_count, e.id FROM event e JOIN merged_event m ON m.id = e.merged_id
            """
        var args: StatementArguments
        if let country {
            // Two ranges of the (merge_country, window_first) index: the country's events, and those without a country.
            sql += """
                 WHERE ((e.merge_country = ? AND e.window_first BETWEEN ? AND ?)
                     OR (e.merge_country IS NULL AND e.window_first BETWEEN ? AND ?)) AND e.window_last >= ?
                """
            args = [country, low, high, low, high, lastFrom]
        } else {
            sql += " WHERE e.window_first BETWEEN ? AND ? AND e.window_last >= ?"
            args = [low, high, lastFrom]
        }
        sql += " ORDER BY e.merged_id, e.id"
        var groups: [MergeCandidate] = []
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: args)
        while let row = try rows.next() {
            let mergedID: Int64 = row[0]
            let eventID: Int64 = row[15]
            let features: MergeFeatures
            if let cached = featureCache?.get(eventID) {
                features = cached
            } else {
                features = try EventRow.features(from: row)
                featureCache?.set(features, for: eventID)
            }
            let member = MergeCandidate.Member(reportID: row[1], features: features)
            if groups.last?.mergedID == mergedID {
                groups[groups.count - 1].members.append(member)
            } else {
                groups.append(MergeCandidate(mergedID: mergedID, memberCount: row[14], members: [member]))
            }
        }
        return groups
    }

    mutating func newMergedEvent() throws -> Int64 {
        try MergedEventRow.create(db)
    }

    mutating func insertEvent(
        _ event: ConflictEvent, ordinal: Int, report: ReportReference, claimIDs: [Int64], features: MergeFeatures, mergedID: Int64
    ) throws -> Int64 {
        var row = EventRow(id: nil, reportID: report.storeID, ordinal: ordinal, mergedID: mergedID, event: event, features: features)
        try row.insert(db)
        let id = row.id ?? 0
        try EventRow.link(eventID: id, claimIDs: claimIDs, in: db)
        try db.cachedStatement(sql: "UPDATE merged_event SET member_count = member_count + 1 WHERE id = ?").execute(arguments: [mergedID])
        return id
    }

    mutating func members(ofMerged id: Int64) throws -> [MemberEvent] {
        // Three queries per merged event (events, their actors, their claims), whatever its size.
        let sql = """
            SELECT \(EventRow.eventColumns), r.id, r.input_id, r.outlet, r.url, r.published
            FROM event e JOIN report r ON r.id = e.report_id WHERE e.merged_id = ? ORDER BY e.id
            """
        let rows = try Row.fetchAll(db.cachedStatement(sql: sql), arguments: [id])
        let actors = try actors(where: "e.merged_id = ?", arguments: [id])
        let claims = try claims(where: "e.merged_id = ?", arguments: [id])
        var members: [MemberEvent] = []
        members.reserveCapacity(rows.count)
        for row in rows { members.append(try member(from: row, actors: actors, claims: claims)) }
        return members
    }

    /// A member event from a row of `EventRow.eventColumns` followed by the report's id, input id, outlet, url and
    /// publication date.
    private func member(from row: Row, actors: [Int64: [EventActor]], claims: [Int64: [CasualtyClaim]]) throws -> MemberEvent {
        let eventID: Int64 = row[0]
        var event = try EventRow.event(from: row)
        let published: String? = row[30]
        let report = ReportReference(
            storeID: row[26], inputID: row[27], outlet: row[28], url: row[29], published: published.flatMap(CalendarDate.init(iso:))
        )
        event.actors = actors[eventID] ?? []
        let eventClaims = claims[eventID] ?? []
        event.claims = Array(eventClaims.indices)
        return MemberEvent(eventID: eventID, report: report, event: event, claims: eventClaims)
    }

    /// Merged events loaded per query by `members(ofMergedIDs:)` (SQLite allows far more bound values than this).
    static let idChunk = 400

    mutating func members(ofMergedIDs ids: [Int64]) throws -> [Int64: [MemberEvent]] {
        // Three queries per chunk of merged events rather than three per merged event: the same rows, in the same
        // order within each merged event.
        var out: [Int64: [MemberEvent]] = [:]
        var start = 0
        while start < ids.count {
            let chunk = Array(ids[start..<min(ids.count, start + Self.idChunk)])
            start += chunk.count
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            let args = StatementArguments(chunk)
            let actors = try actors(where: "e.merged_id IN (\(marks))", arguments: args)
            let claims = try claims(where: "e.merged_id IN (\(marks))", arguments: args)
            let sql = """
                SELECT \(EventRow.eventColumns), r.id, r.input_id, r.outlet, r.url, r.published, e.merged_id
                FROM event e JOIN report r ON r.id = e.report_id WHERE e.merged_id IN (\(marks)) ORDER BY e.merged_id, e.id
                """
            for row in try Row.fetchAll(db, sql: sql, arguments: args) {
                out[row[31], default: []].append(try member(from: row, actors: actors, claims: claims))
            }
        }
        return out
    }

    mutating func saveSummary(_ merged: MergedEvent) throws {
        try MergedEventRow(merged: merged).save(db)
    }

    /// The actors of every member event of the merged events `condition` selects (over `event` aliased `e`), by event
    /// id, in order.
    private func actors(where condition: String, arguments: StatementArguments) throws -> [Int64: [EventActor]] {
        let sql = """
            SELECT a.event_id, a.name, a.role, a.span_start, a.span_end FROM event_actor a JOIN event e ON e.id = a.event_id
            WHERE \(condition) ORDER BY a.event_id, a.ordinal
            """
        var result: [Int64: [EventActor]] = [:]
        for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
            let start: Int? = row[3]
            let end: Int? = row[4]
            let role = ActorRole(rawValue: row[2]) ?? .actor1
            let actor = EventActor(name: row[1], role: role, span: start.flatMap { s in end.map { TextSpan(start: s, end: $0) } })
            result[row[0], default: []].append(actor)
        }
        return result
    }

    /// The claims of every member event of the merged events `condition` selects (over `event` aliased `e`), by event
    /// id, in the event's order.
    private func claims(where condition: String, arguments: StatementArguments) throws -> [Int64: [CasualtyClaim]] {
        let sql = """
            SELECT ec.event_id, \(ClaimRow.columns) FROM event_claim ec JOIN event e ON e.id = ec.event_id
            JOIN claim c ON c.id = ec.claim_id WHERE \(condition) ORDER BY ec.event_id, ec.ordinal
            """
        var result: [Int64: [CasualtyClaim]] = [:]
        for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
            result[row[0], default: []].append(try ClaimRow.claim(from: row, at: 1))
        }
        return result
    }
}
