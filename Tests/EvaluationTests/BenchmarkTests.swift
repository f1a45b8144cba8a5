import EventModel
import Foundation
import Testing

@testable import Evaluation

struct BenchmarkTests {
    static let corpus = BenchCorpus(
        path: "memory",
        articles: (0..<40).map { Article(id: "d\($0)", text: String(repeating: "قتل ٣ ", count: $0 + 1)) }
    )

    @Test(arguments: [1, 2, 4])
    func parallelVisitsEveryIndexOnce(workers: Int) {
        let hits = ConcurrentSlots<Int>(count: 100)
        for i in 0..<100 { hits[i] = 0 }
        Parallel.forEach(count: 100, workers: workers) { i in hits[i] += 1 }
        #expect(hits.values == Array(repeating: 1, count: 100))
    }

    @Test func measuresWhatTheStageFoundOnOneAndSeveralThreads() throws {
        let runners = StageRunners(text: { $0.text.unicodeScalars.filter { $0 == "٣" }.count }, claims: nil, full: nil)
        let bench = Benchmark(corpus: Self.corpus, runners: runners, repeatCount: 2, workers: 2)
        var passes: [String] = []
        let m = try #require(bench.measure(.text) { passes.append($0) })
        #expect(m.found == (1...40).reduce(0, +))
        #expect(m.documents == 40)
        #expect(m.bytes == Self.corpus.textBytes)
        #expect(m.oneCoreSeconds > 0 && m.parallelSeconds > 0)
        #expect(passes.count == 4)
        #expect(bench.measure(.claims) == nil)
    }

    @Test func corpusSkipsUnreadableLines() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rasid-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let lines = "{\"id\": \"a\", \"text\": \"قتل ٣\"}\nnot json\n\n{\"id\": \"b\", \"text\": \"جرح ٤\"}\n"
        try lines.write(toFile: path, atomically: true, encoding: .utf8)
        let corpus = try BenchCorpus.load(path: path)
        #expect(corpus.articles.map(\.id) == ["a", "b"])
        #expect(corpus.skipped.count == 1)
    }

    @Test func reportsPeakMemoryFromProc() throws {
        // Current first: the peak, read after, cannot be below it even while other tests allocate.
        let now = try #require(ResourceUsage.residentBytes())
        let peak = try #require(ResourceUsage.peakResidentBytes())
        #expect(peak >= now && now > 0)
    }

    @Test func reportJSONCarriesTheFigures() throws {
        let runners = StageRunners(text: { $0.text.count }, claims: nil, full: nil)
        let m = try #require(Benchmark(corpus: Self.corpus, runners: runners, repeatCount: 1, workers: 1).measure(.text))
        let report = BenchReport(
            corpus: Self.corpus, repeatCount: 1, startupSeconds: 0.01, stages: [m],
            unavailable: [.claims], peakResidentBytes: 1_000_000
        )
        let object = try #require(JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any])
        #expect(object["documents"] as? Int == 40)
        #expect(object["unavailable"] as? [String] == ["claims"])
        let stages = try #require(object["stages"] as? [[String: Any]])
        #expect(stages.first?["stage"] as? String == "text")
        #expect(report.table.contains("claims"))
    }
}
