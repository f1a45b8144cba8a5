import ArgumentParser
import Evaluation
import EventExtraction
import Foundation

/// `rasid bench`: throughput per stage on one core and on all, peak memory and start-up time.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure throughput (MB/s, documents/s) per stage on one core and all cores, peak memory and start-up.",
        discussion: """
            Documents are decoded before timing; MB/s counts the UTF-8 bytes of the texts. Each figure is the best of \
            --repeat passes. Build with `swift build -c release` first: debug figures are not comparable. \
            See docs/measuring.md.
            """
    )

    static let defaultCorpus = "../shared/corpus/arabic_news.jsonl"

    @Option(name: .long, help: ArgumentHelp("JSONL documents (default: \(defaultCorpus)).", valueName: "FILE.jsonl"))
    var corpus: String?

    @Option(name: .long, help: ArgumentHelp("Only this stage: text, claims or full (default: all).", valueName: "stage"))
    var stage: String?

    @Option(name: .long, help: ArgumentHelp("Passes per measurement; the fastest counts.", valueName: "N"))
    var `repeat`: Int = 3

    @Option(name: .long, help: "Threads for the parallel measurement (default: all cores).")
    var jobs: Int?

    @Flag(name: .long, help: "Print one JSON object instead of the table.")
    var json = false

    @Option(
        name: .long,
        help: ArgumentHelp("Instead of timing, write the text stage's number expressions per document (JSONL).", valueName: "FILE.jsonl")
    )
    var dumpNumbers: String?

    func validate() throws {
        if `repeat` < 1 { throw ValidationError("--repeat must be at least 1") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let stage, BenchStage(rawValue: stage) == nil {
            throw ValidationError("--stage must be one of: " + BenchStage.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }

    func run() throws {
        let path = corpus ?? Self.defaultCorpus
        if corpus == nil && !FileManager.default.fileExists(atPath: path) {
            throw ValidationErrorMessage("no corpus at \(path) (run from the repository root, or give --corpus FILE.jsonl)")
        }
        // Start-up first, on a cold process: what every command pays before reading its first document.
        let cpuBefore = Stopwatch.processCPUSeconds()
        let (startup, extractor) = try Stopwatch.time { try Extractor.standard() }
        let startupCPU = Stopwatch.processCPUSeconds() - cpuBefore
        let documents = try BenchCorpus.load(path: path)

        if let dumpNumbers {
            let sink = try OutputSink(path: dumpNumbers)
            for article in documents.articles { sink.writeLine(NumberDump.line(for: article, analyze: extractor.analyze)) }
            sink.flush()
            return
        }

        let benchmark = Benchmark(
            corpus: documents, runners: .standard(extractor: extractor), repeatCount: `repeat`,
            workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount
        )
        let stages = stage.flatMap(BenchStage.init(rawValue:)).map { [$0] } ?? BenchStage.allCases
        let showProgress = stderrIsTerminal
        var measured: [StageMeasurement] = []
        var unavailable: [BenchStage] = []
        for s in stages {
            let m = benchmark.measure(s) { message in
                if showProgress { printError("\r\u{1B}[K" + message, newline: false) }
            }
            if let m { measured.append(m) } else { unavailable.append(s) }
        }
        if showProgress { printError("\r\u{1B}[K", newline: false) }
        let report = BenchReport(
            corpus: documents, repeatCount: `repeat`, startupSeconds: startup, startupCPUSeconds: startupCPU, stages: measured,
            unavailable: unavailable, peakResidentBytes: ResourceUsage.peakResidentBytes()
        )
        print(json ? report.json : report.table)
    }
}
