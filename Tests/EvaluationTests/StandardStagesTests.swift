import EventExtraction
import EventModel
import Foundation
import Testing

@testable import Evaluation

/// The bench's stages are wired to the real pipeline (made-up passage).
struct StandardStagesTests {
    static let article = Article(
        id: "made-up", text: "قال مصدر أمني إن 12 شخصا قتلوا وأصيب 30 آخرون في انفجار أمس.",
        published: CalendarDate(iso: "2023-04-02")
    )

    @Test func eachStageDoesItsWork() throws {
        let runners = StageRunners.standard(extractor: try Extractor.standard())
        let text = try #require(runners.text)
        let claims = try #require(runners.claims)
        let full = try #require(runners.full)
        #expect(text(Self.article) >= 2)  // 12 and 30
        #expect(claims(Self.article) >= 1)
        #expect(full(Self.article) > 0)
    }

    @Test func numberDumpListsTheTextStageExpressions() throws {
        let extractor = try Extractor.standard()
        let line = NumberDump.line(for: Self.article, analyze: extractor.analyze)
        let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "made-up")
        let numbers = try #require(object["numbers"] as? [[String: Any]])
        let minima = numbers.compactMap { $0["min"] as? Int }
        #expect(minima.contains(12) && minima.contains(30))
        #expect(numbers.allSatisfy { $0["text"] is String })
    }
}
