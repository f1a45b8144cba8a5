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

    /// Reads a claim from a row selecting `columns` first.
    static func claim(from row: Row) throws -> CasualtyClaim {
        guard let category = HarmCategory(rawValue: row[0]), let qualifier = Qualifier(rawValue: row[3]),
              let victims = VictimGroup(rawValue: row[4]), let kind = SourceKind(rawValue: row[6])
        else { throw StoreError.corrupt("claim row with unknown category, qualifier, victims or source kind") }
        let sourceStart: Int? = row[8]
        let sourceEnd: Int? = row[9]
        let sourceSpan = sourceStart.flatMap { s in sourceEnd.map { TextSpan(start: s, end: $0) } }
        return CasualtyClaim(
            category: category, min: row[1], max: row[2], qualifier: qualifier, victims: victims,
            source: ClaimSource(text: row[5], kind: kind, via: row[7], span: sourceSpan), hedged: row[10], background: row[11],
            span: TextSpan(start: row[12], end: row[13]), quote: row[14], rule: row[15]
        )
    }
}
