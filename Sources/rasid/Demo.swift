import ArgumentParser
import EventExtraction
import EventModel
import EventStore
import Foundation

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract the bundled sample reports, store them, and show the merged events.",
        discussion: """
            The samples are short reports written for Rasid (fictional incidents in real places). For each one the \
            demo shows its events with reconciled tolls, and every casualty claim with its source and the rule that \
            found it. It then ingests them into a temporary SQLite store, where two outlets' reports of one incident \
            merge into one event whose toll is reconciled over both, and prints the merged events.
            """
    )

    func run() throws {
        guard let url = Bundle.module.url(forResource: "samples", withExtension: "jsonl"),
              let data = FileManager.default.contents(atPath: url.path)
        else {
            throw ValidationErrorMessage("the bundled samples are missing from this build")
        }
        let extractor = try Extractor.standard()
        var line = 0
        var articles: [Article] = []
        for raw in data.split(separator: UInt8(ascii: "\n")) {
            line += 1
            switch ArticleDecoder.decode(line: Array(raw), lineNumber: line) {
            case .success(let article):
                articles.append(article)
                print(Summary.render(article: article, result: extractor.extract(article)))
            case .failure(let error):
                printError("rasid: sample line \(line): \(error.message)")
            }
        }
        // The same reports in an embedded store, merged across outlets.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rasid-demo-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteEventRepository(path: directory.appendingPathComponent("demo.sqlite").path)
        let summary = try Ingestor(repository: store, extractor: extractor).ingest(articles: articles)
        let merged = try store.mergedEvents(matching: EventQuery())
        print("━━ merged events in a temporary store (\(summary.stored) reports stored)")
        EventExporter.write(merged, format: .table) { print($0) }
    }
}
