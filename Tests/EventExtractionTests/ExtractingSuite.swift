@testable import EventExtraction
import EventModel

/// The standard extractor (lexicons and gazetteer), loaded once for the test process.
enum StandardExtractor {
    static let shared = Result { try Extractor.standard() }
}

/// A suite that runs whole reports of its own through the standard extractor.
protocol ExtractingSuite {}

extension ExtractingSuite {
    /// The extraction of `text` published on `published` (none when nil).
    func extract(_ text: String, published: String? = "2022-04-14") throws -> ExtractionResult {
        let article = Article(id: "t", text: text, published: published.flatMap(CalendarDate.init(iso:)))
        return try StandardExtractor.shared.get().extract(article)
    }
}
