import Foundation
import Testing

@testable import Evaluation

struct ScoreFileTests {
    func temporaryFile(_ contents: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rasid-\(UUID().uuidString).jsonl").path
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func repeatedIdKeepsFirstPlaceAndLaterRecord() throws {
        let path = try temporaryFile("""
            {"id": "a", "claims": [{"category": "killed", "min": 1}]}
            {"id": "b"}

            {"id": "a", "claims": []}
            """)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = try ScoreFile.predictions(path: path)
        #expect(file.ids == ["a", "b"])
        #expect(file["a"]?.claims.isEmpty == true)
    }

    @Test(arguments: [
        ("{\"id\": \"x\", \"claims\": [", "1: not valid JSON"),
        ("[1, 2]", "1: not a JSON object"),
        ("{\"text\": \"نص\"}", "1: no \"id\""),
        ("{\"id\": \"x\", \"claims\": [{\"min\": 3}]}", "claim 1 has no \"category\""),
        ("{\"id\": \"x\", \"events\": [{\"event_type\": \"battles\"}]}", "event 1 has no \"country\""),
        ("{\"id\": \"x\", \"claims\": \"many\"}", "\"claims\" is not a list"),
    ])
    func badGoldLinesAreNamed(line: String, message: String) throws {
        let path = try temporaryFile(line + "\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            _ = try ScoreFile.gold(path: path)
        } throws: { error in
            "\(error)".contains(message)
        }
    }

    @Test func missingFileIsAnError() {
        #expect(throws: EvaluationError.self) { _ = try ScoreFile.gold(path: "/nonexistent/gold.jsonl") }
    }

    @Test func predictionFieldsFollowScorePy() throws {
        let object = try JSONSerialization.jsonObject(with: Data("""
            {"claims": [{"category": "killed", "min": 5, "max": 5, "source": null}],
             "events": [{"type": "battles", "country": "", "location": {"name": "Aden", "country": "YE"}, "date": {"value": "2020-01-02"},
                         "actors": [{"name": "A", "role": "actor2"}, {"name": "B", "role": "initiator"}], "fatalities": {"best": 2}}]}
            """.utf8)) as! [String: Any]
        let article = try ScoredArticle(prediction: object, id: "p")
        #expect(article.claims[0].kind == .null)
        let event = article.events[0]
        #expect(event.country == .string("YE"))  // "" is falsy: the location's country is used
        #expect(event.date == .string("2020-01-02"))
        #expect(event.actor1 == .string("B"))
        #expect(event.best == .number(2))
        #expect(event.injuries == .null)
    }
}
