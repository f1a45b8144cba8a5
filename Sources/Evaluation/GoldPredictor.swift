import Dispatch
import EventExtraction
import EventModel

/// Runs an extractor over gold articles and reads its output back as predictions.
///
/// Every result goes through its rasid.v1 JSON, so scoring in memory and scoring a saved prediction file
/// read the very same fields.
public struct GoldPredictor: Sendable {
    public var extract: @Sendable (Article) -> ExtractionResult

    public init(extract: @escaping @Sendable (Article) -> ExtractionResult) {
        self.extract = extract
    }

    public init(extractor: Extractor) {
        self.init(extract: { extractor.extract($0) })
    }

    /// The rasid.v1 line for each gold article, in gold order; an article that cannot be read (no text,
    /// bad date) gets an error line, which scores as an article with nothing found.
    /// `progress`, when given, is called after each article with its text size in bytes, from any worker thread.
    public func predictionLines(
        for gold: ScoreFile<GoldArticle>, jobs: Int = 1, progress: (@Sendable (Int) -> Void)? = nil
    ) -> [String] {
        let articles = gold.ordered
        let lines = ConcurrentSlots<String>(count: articles.count)
        let extract = self.extract
        let one: @Sendable (Int) -> Void = { i in
            let g = articles[i]
            defer { progress?(g.text?.utf8.count ?? 0) }
            guard let text = g.text else {
                lines[i] = errorLineJSON(id: g.id, error: "gold article has no \"text\"")
                return
            }
            switch ArticleDecoder.validate(id: g.id, text: text, published: g.published) {
            case .success(let article): lines[i] = extract(article).json()
            case .failure(let error): lines[i] = errorLineJSON(id: g.id, error: error.message)
            }
        }
        Parallel.forEach(count: articles.count, workers: jobs, one)
        return lines.values
    }

    /// Predictions for the gold articles, read back from their JSON.
    public func predictions(
        for gold: ScoreFile<GoldArticle>, jobs: Int = 1, progress: (@Sendable (Int) -> Void)? = nil
    ) throws -> (file: ScoreFile<ScoredArticle>, lines: [String]) {
        let lines = predictionLines(for: gold, jobs: jobs, progress: progress)
        var file = ScoreFile<ScoredArticle>()
        for (id, line) in zip(gold.ids, lines) {
            file.insert(try ScoredArticle(prediction: JSONLines.object(line), id: id), id: id)
        }
        return (file, lines)
    }
}
