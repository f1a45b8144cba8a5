import EventExtraction
import EventModel
import EventStore
import Foundation
import Testing

/// The ingest pipeline: idempotence, bad input, folders and plain-text files.
struct IngestorTests {
    @Test(arguments: RepositoryKind.allCases)
    func ingestingTwiceStoresEachReportOnce(_ kind: RepositoryKind) throws {
        let path = try SyntheticCorpus.write(SyntheticCorpus.lines(count: 24))
        let repo = try kind.make()
        let ingestor = Ingestor(repository: repo, extractor: try .standard(), batchSize: 7, jobs: 2)
        let first = try ingestor.ingest(paths: [path])
        #expect((first.stored, first.skipped, first.failed) == (24, 0, 0))
        let before = try repo.mergedEvents(matching: EventQuery()).map { EventExporter.json($0) }
        let second = try ingestor.ingest(paths: [path])
        #expect((second.stored, second.skipped, second.failed) == (0, 24, 0))
        #expect(try repo.statistics().reports == 24)
        #expect(try repo.mergedEvents(matching: EventQuery()).map { EventExporter.json($0) } == before)
    }

    @Test func badInputIsCountedNotFatal() throws {
        var lines = SyntheticCorpus.lines(count: 5)
        lines.insert("{not json", at: 1)
        lines.insert(#"{"id": "no-text"}"#, at: 3)
        lines.insert(#"{"id": "blank", "text": "   "}"#, at: 4)
        lines.insert(#"{"id": "bad-date", "text": "قتل شخص", "published": "yesterday"}"#, at: 5)
        lines.append(lines[0])  // the same report again within the run
        let path = try SyntheticCorpus.write(lines)
        let repo = InMemoryEventRepository()
        let summary = try Ingestor(repository: repo, extractor: try .standard(), batchSize: 3).ingest(paths: [path, "/no/such/file.jsonl"])
        #expect(summary.stored == 5)
        #expect(summary.skipped == 1)
        #expect(summary.failed == 5)
        let reasons = summary.failures.map(\.reason)
        #expect(reasons.contains("not valid JSON"))
        #expect(reasons.contains("missing \"text\" (a string)"))
        #expect(reasons.contains("empty text"))
        #expect(reasons.contains("no such file or folder"))
        #expect(summary.failures.first?.location.hasSuffix("input.jsonl:2") == true, "failures name file and line")
    }

    @Test func foldersAndPlainTextFiles() throws {
        let jsonl = try SyntheticCorpus.write(SyntheticCorpus.lines(count: 3))
        let folder = (jsonl as NSString).deletingLastPathComponent
        try "قتل ثلاثة أشخاص في هجوم على حاجز للشرطة.".write(toFile: folder + "/note.txt", atomically: true, encoding: .utf8)
        try "ignored".write(toFile: folder + "/readme.md", atomically: true, encoding: .utf8)
        try Data([0xFF, 0xFE, 0x41]).write(to: URL(fileURLWithPath: folder + "/broken.txt"))
        let repo = InMemoryEventRepository()
        let summary = try Ingestor(repository: repo, extractor: try .standard()).ingest(paths: [folder])
        #expect((summary.stored, summary.failed) == (4, 1))
        #expect(summary.failures.first?.reason == "invalid UTF-8")
    }

    @Test func outletAndURLAreKept() throws {
        let path = try SyntheticCorpus.write(SyntheticCorpus.lines(count: 1))
        let db = Fixtures.temporaryDatabase()
        let repo = try SQLiteEventRepository(path: db)
        _ = try Ingestor(repository: repo, extractor: try .standard()).ingest(paths: [path])
        let item = Fixtures.report("kept", outlet: "Outlet Nine", published: "2018-03-02", date: "2018-03-01", claims: [Fixtures.claim(2)])
        _ = try repo.store([item])
        let event = try #require(try repo.mergedEvents(matching: EventQuery()).first { $0.reports.contains { $0.inputID == "kept" } })
        let report = try #require(event.reports.first { $0.inputID == "kept" })
        #expect(report.outlet == "Outlet Nine")
        #expect(report.url == "https://example.org/kept")
        #expect(report.published?.description == "2018-03-02")
        #expect(try repo.integrityProblems().isEmpty)
    }
}
