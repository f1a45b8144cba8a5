import EventModel
import GRDB

/// One row of `report`: a stored report, text included.
struct ReportRow {
    var id: Int64?
    var inputID: String
    var contentHash: String
    var outlet: String?
    var url: String?
    var published: String?
    var language: String
    var title: String?
    var text: String

    init(_ article: Article, contentHash: String) {
        inputID = article.id
        self.contentHash = contentHash
        outlet = article.outlet
        url = article.url
        published = article.published?.description
        language = article.lang ?? "ar"
        title = article.title
        text = article.text
    }

    /// The id of the report stored under `contentHash`, if any.
    static func id(forHash contentHash: String, in db: Database) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM report WHERE content_hash = ?"), arguments: [contentHash])
    }

    mutating func insert(_ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO report (input_id, content_hash, outlet, url, published, language, title, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [inputID, contentHash, outlet, url, published, language, title, text])
        id = db.lastInsertedRowID
    }

    var reference: ReportReference {
        ReportReference(storeID: id ?? 0, inputID: inputID, outlet: outlet, url: url, published: published.flatMap(CalendarDate.init(iso:)))
    }
}
