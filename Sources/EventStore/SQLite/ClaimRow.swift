import EventModel
import GRDB

/// One row of `claim`: a casualty claim of a report, with its source-independence key.
struct ClaimRow {
    var id: Int64?
    var reportID: Int64
    var ordinal: Int
    var claim: CasualtyClaim
    var sourceKey: String

    init(_ claim: CasualtyClaim, reportID: Int64, ordinal: Int) {
        self.reportID = reportID
        self.ordinal = ordinal
        self.claim = claim
        sourceKey = SourceKey.key(for: claim)
    }

    mutating func insert(_ db: Database) throws {
        let c = claim
        let args: StatementArguments = [
            reportID, ordinal, c.category.rawValue, c.min, c.max, c.qualifier.rawValue, c.victims.rawValue, c.source.text,
            c.source.kind.rawValue, c.source.via, c.source.span?.start, c.source.span?.end, c.hedged, c.background,
            c.span.start, c.span.end, c.quote, c.rule, sourceKey,
        ]
        try db.cachedStatement(sql: """
            INSERT INTO claim (report_id, ordinal, category, min, max, qualifier, victims, source_text, source_kind, source_via,
                source_start, source_end, hedged, background, span_start, span_end, quote, rule, source_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: args)
        id = db.lastInsertedRowID
    }

    /// The columns `init(row:)` reads, in order, for a query over `claim` aliased `c`.
    static let columns = """
        c.category, c.min, c.max, c.qualifier, c.victims, c.source_text, c.source_kind, c.source_via, c.source_start,
        c.source_end, c.hedged, c.background, c.span_start, c.span_end, c.quote, c.rule
        """

    /// Reads a claim from a row selecting `columns` from position `at` on.
    static func claim(from row: Row, at o: Int = 0) throws -> CasualtyClaim {
        guard let category = HarmCategory(rawValue: row[o]), let qualifier = Qualifier(rawValue: row[o + 3]),
              let victims = VictimGroup(rawValue: row[o + 4]), let kind = SourceKind(rawValue: row[o + 6])
        else { throw StoreError.corrupt("claim row with unknown category, qualifier, victims or source kind") }
        let sourceStart: Int? = row[o + 8]
        let sourceEnd: Int? = row[o + 9]
        let sourceSpan = sourceStart.flatMap { s in sourceEnd.map { TextSpan(start: s, end: $0) } }
        return CasualtyClaim(
            category: category, min: row[o + 1], max: row[o + 2], qualifier: qualifier, victims: victims,
            source: ClaimSource(text: row[o + 5], kind: kind, via: row[o + 7], span: sourceSpan), hedged: row[o + 10],
            background: row[o + 11], span: TextSpan(start: row[o + 12], end: row[o + 13]), quote: row[o + 14], rule: row[o + 15]
        )
    }
}
