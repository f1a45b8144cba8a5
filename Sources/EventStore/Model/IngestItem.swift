import EventModel

/// One report ready to store: the article as read, what extraction found in it, and its content hash.
public struct IngestItem: Sendable {
    public var article: Article
    public var result: ExtractionResult
    public var contentHash: String

    public init(article: Article, result: ExtractionResult, contentHash: String? = nil) {
        self.article = article
        self.result = result
        self.contentHash = contentHash ?? ContentHash.of(article)
    }
}
