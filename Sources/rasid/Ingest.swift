import ArgumentParser
import EventExtraction
import EventStore
import Foundation

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract reports and store them, merging reports of one incident (files, folders, JSONL, '-').",
        discussion: """
            `rasid ingest corpus.jsonl --db events.sqlite`. A .jsonl file (or '-', standard input) holds one report a \
            line: {"id", "text", "published"?, "title"?, "lang"?, "outlet"?, "url"?}; other files are one plain-text \
            report each; folders are read for .jsonl and .txt files. A report already stored (same text) is skipped. \
            Bad input is reported in the summary and never stops the run. Query the store with `rasid events`.
            """
    )

    @Argument(help: "Files, folders, or '-' for JSONL on standard input.")
    var paths: [String]

    @Option(name: .long, help: ArgumentHelp("The store to add to (created if missing).", valueName: "PATH"))
    var db = "rasid.sqlite"

    @Option(name: .long, help: "Reports per transaction.")
    var batchSize = 256

    @Option(name: .long, help: "Worker threads for extraction (default: all cores).")
    var jobs: Int?

    @Flag(name: .long, help: "Exit non-zero at the end if any report failed.")
    var strict = false

    /// Crash tests only: seconds to pause after each report inside the transaction.
    @Option(name: .long, help: .hidden)
    var pausePerReport: Double = 0

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give one or more files or folders, or '-' for standard input") }
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let store = try SQLiteEventRepository(path: db, options: .init(pausePerReport: pausePerReport))
        let ingestor = Ingestor(
            repository: store, extractor: try Extractor.standard(), batchSize: batchSize,
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount
        )
        let showProgress = stderrIsTerminal
        let summary = try ingestor.ingest(paths: paths) { running in
            guard showProgress else { return }
            printError(
                "\r\(running.documents) reports: \(running.stored) new, \(running.skipped) skipped, \(running.failed) failed"
                    + String(format: " (%.0f/s)", running.rate),
                newline: false
            )
        }
        if showProgress { printError("") }
        for failure in summary.failures { printError("rasid: \(failure)") }
        if summary.failed > summary.failures.count {
            printError("rasid: ... and \(summary.failed - summary.failures.count) more failures")
        }
        let stats = try store.statistics()
        print(
            "ingested \(summary.documents) reports into \(db): \(summary.stored) new, \(summary.skipped) skipped (already stored), "
                + "\(summary.failed) failed; " + String(format: "%.1f s, %.0f reports/s", summary.seconds, summary.rate)
                + String(format: " (extraction %.1f s, storage and merging %.1f s)", summary.extractSeconds, summary.storeSeconds)
        )
        print("store: \(stats.reports) reports, \(stats.claims) claims, \(stats.events) events, \(stats.mergedEvents) merged events")
        if strict && summary.failed > 0 { throw ExitCode(1) }
    }
}
