import EventModel
import Foundation
import Testing

@testable import Evaluation

/// Scoring extraction in memory must give what scoring its saved rasid.v1 lines gives.
struct GoldPredictorTests {
    /// A stand-in extractor: finds the AFP-attributed figures of the market fixture, nothing elsewhere.
    static let stub: @Sendable (Article) -> ExtractionResult = { article in
        var result = ExtractionResult(id: article.id, lang: "ar", published: article.published)
        guard article.text.contains("فرانس برس") else { return result }
        let source = ClaimSource(text: "وزارة الصحة", kind: .official, via: "AFP")
        let span = TextSpan(start: 0, end: 1)
        result.claims = [
            CasualtyClaim(category: .killed, min: 12, max: 12, qualifier: .exact, source: source, span: span, quote: "12", rule: "t"),
            CasualtyClaim(category: .injured, min: 30, max: 30, qualifier: .exact, source: source, span: span, quote: "30", rule: "t"),
        ]
        return result
    }

    @Test func inMemoryAndSavedPredictionsScoreAlike() throws {
        let gold = try ScoreFile.gold(path: TestPaths.fixture("gold.jsonl"))
        let (inMemory, lines) = try GoldPredictor(extract: Self.stub).predictions(for: gold, jobs: 2)
        #expect(lines.count == gold.count)

        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rasid-pred-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)

        let scorer = try Scorer.standard()
        let a = scorer.score(gold: gold, predictions: inMemory).report
        let b = scorer.score(gold: gold, predictions: try .predictions(path: path)).report
        #expect(a == b)
        #expect(a.claim.tp == 2)
        #expect(a.missingArticles == 0)
        #expect(a.accuracies["claim_via"] == ScoreReport.Accuracy(right: 2, n: 2))
    }

    @Test func articleWithoutTextBecomesAnErrorLine() throws {
        var gold = ScoreFile<GoldArticle>()
        gold.insert(GoldArticle(id: "no-text", text: nil, published: nil, expected: ScoredArticle(id: "no-text")), id: "no-text")
        gold.insert(GoldArticle(id: "bad-date", text: "نص", published: "yesterday", expected: ScoredArticle(id: "bad-date")), id: "bad-date")
        let lines = GoldPredictor(extract: Self.stub).predictionLines(for: gold)
        #expect(lines.allSatisfy { $0.contains("\"error\"") })
    }
}
