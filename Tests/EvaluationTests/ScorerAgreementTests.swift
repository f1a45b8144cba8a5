import Foundation
import Testing

@testable import Evaluation

/// The Swift scorer must print what score.py prints for the same gold and predictions.
@Suite struct ScorerAgreementTests {
    let gold = TestPaths.fixture("gold.jsonl")
    let predictions = TestPaths.fixture("predictions.jsonl")

    func swiftJSON() throws -> String {
        let scoring = try Scorer.standard().score(
            gold: .gold(path: gold), predictions: .predictions(path: predictions)
        )
        return scoring.report.scorePyJSON
    }

    @Test func matchesCommittedScorePyOutput() throws {
        let expected = try String(contentsOfFile: TestPaths.fixture("expected_score.json"), encoding: .utf8)
        #expect(try swiftJSON() == expected.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test(.enabled(if: TestPaths.canRunScorePy, "needs python3 and ../shared/eval/score.py"))
    func matchesLiveScorePy() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestPaths.python3!)
        process.arguments = [TestPaths.scorePy!, gold, predictions, "--json"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let live = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try swiftJSON() == live)
    }

    @Test func readsCountsAndAccuraciesTheFixtureWasBuiltFor() throws {
        let r = try Scorer.standard().score(gold: .gold(path: gold), predictions: .predictions(path: predictions)).report
        #expect(r.articles == 5)
        #expect(r.missingArticles == 1)
        // 12.0 matches 12; the vague injured claim and the two claims of unscored articles are missed; one extra.
        #expect(r.claim.tp == 6 && r.claim.fn == 3 && r.claim.fp == 1)
        // Hasaka and Khan Sheikhoun pass the fuzzy test; Tel Kalah (3 edits from tallkalakh, limit round(2.5) = 2)
        // and an Arabic-script name do not.
        #expect(r.accuracies["event_location"] == ScoreReport.Accuracy(right: 2, n: 4))
        // AFP spelled in Arabic and anadolu/ANADOLU agree; Associated Press is not Reuters.
        #expect(r.accuracies["claim_via"] == ScoreReport.Accuracy(right: 4, n: 5))
    }
}

/// What `--errors` lists for the fixture.
struct MissListTests {
    @Test func listsEachKindOfMissWithBothSides() throws {
        let scoring = try Scorer.standard().score(
            gold: .gold(path: TestPaths.fixture("gold.jsonl")), predictions: .predictions(path: TestPaths.fixture("predictions.jsonl"))
        )
        let misses = scoring.misses
        #expect(misses.rows[.claimMissed]?.count == scoring.report.claim.fn)
        #expect(misses.rows[.claimSpurious]?.count == scoring.report.claim.fp)
        #expect(misses.rows[.eventMissed]?.count == scoring.report.event.fn)
        let kind = try #require(misses.rows[.claimField("kind")]?.first)
        #expect(kind.gold.contains("official") && kind.predicted.contains("medical"))
        #expect(kind.quote == "وأصيب 30 آخرون")
        #expect(misses.kinds.first == .claimMissed)
        let text = EvaluationTable.render(misses, limit: 1)
        #expect(text.contains("first 1"))
    }
}
