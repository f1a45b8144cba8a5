import Foundation

/// Times pipeline stages over a corpus on one core and on several, best of a number of passes.
public struct Benchmark: Sendable {
    public var corpus: BenchCorpus
    public var runners: StageRunners
    /// Passes per measurement; the fastest counts (the others absorb warm-up and noise).
    public var repeatCount: Int
    /// Worker threads for the parallel measurement (the machine's cores by default).
    public var workers: Int

    public init(corpus: BenchCorpus, runners: StageRunners, repeatCount: Int = 3, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.corpus = corpus
        self.runners = runners
        self.repeatCount = max(1, repeatCount)
        self.workers = max(1, workers)
    }

    /// Measures `stage`; nil when the pipeline does not expose it. `progress` is called before each pass.
    public func measure(_ stage: BenchStage, progress: (String) -> Void = { _ in }) -> StageMeasurement? {
        guard let work = runners[stage] else { return nil }
        let articles = corpus.articles
        func pass(workers: Int) -> (seconds: Double, cpu: Double, found: Int) {
            let found = ConcurrentSlots<Int>(count: articles.count)
            let cpuStart = Stopwatch.processCPUSeconds()
            let (seconds, _) = Stopwatch.time {
                Parallel.forEach(count: articles.count, workers: workers) { i in found[i] = work(articles[i]) }
            }
            return (seconds, Stopwatch.processCPUSeconds() - cpuStart, found.values.reduce(0, +))
        }
        func best(workers: Int, label: String) -> (seconds: Double, cpu: Double, found: Int) {
            var best = (seconds: Double.infinity, cpu: 0.0, found: 0)
            for n in 1...repeatCount {
                progress("\(stage.rawValue) stage, \(label), pass \(n)/\(repeatCount)")
                let run = pass(workers: workers)
                if run.seconds < best.seconds { best = run }
            }
            return best
        }
        let one = best(workers: 1, label: "1 thread")
        let parallel = workers > 1 ? best(workers: workers, label: "\(workers) threads") : one
        return StageMeasurement(
            stage: stage, documents: articles.count, bytes: corpus.textBytes, found: one.found,
            oneCoreSeconds: one.seconds, oneCoreCPUSeconds: one.cpu, workers: workers, parallelSeconds: parallel.seconds,
            parallelCPUSeconds: parallel.cpu
        )
    }
}

/// One stage's throughput on one core and with `workers` threads.
public struct StageMeasurement: Sendable {
    public var stage: BenchStage
    public var documents: Int
    /// UTF-8 bytes of the texts processed per pass.
    public var bytes: Int
    /// What the stage found over the corpus (number expressions, claims, JSON bytes): a check that work was done.
    public var found: Int
    public var oneCoreSeconds: Double
    /// CPU seconds the one-thread pass used: well below `oneCoreSeconds` means other work took the core.
    public var oneCoreCPUSeconds: Double
    public var workers: Int
    public var parallelSeconds: Double
    public var parallelCPUSeconds: Double

    public var oneCoreMBPerSecond: Double { Double(bytes) / 1_000_000 / oneCoreSeconds }
    public var oneCoreDocumentsPerSecond: Double { Double(documents) / oneCoreSeconds }
    public var parallelMBPerSecond: Double { Double(bytes) / 1_000_000 / parallelSeconds }
    public var parallelDocumentsPerSecond: Double { Double(documents) / parallelSeconds }
    /// Parallel throughput over one-core throughput.
    public var speedup: Double { oneCoreSeconds / parallelSeconds }
    /// Throughput per CPU second on one thread: what one core does when it is not shared.
    public var oneCoreMBPerCPUSecond: Double { Double(bytes) / 1_000_000 / oneCoreCPUSeconds }
    /// Share of one core the one-thread pass had (1 = all of it).
    public var oneCoreCPUShare: Double { oneCoreCPUSeconds / oneCoreSeconds }
    /// Cores' worth of CPU the parallel pass had (at most `workers`).
    public var parallelCPUShare: Double { parallelCPUSeconds / parallelSeconds }
}

/// Everything `rasid bench` reports.
public struct BenchReport: Sendable {
    public var corpusPath: String
    public var documents: Int
    public var bytes: Int
    public var skippedLines: Int
    public var repeatCount: Int
    public var cores: Int
    /// `release` or `debug`: figures only mean something for release.
    public var build: String
    /// Seconds to load the lexicon and gazetteer (`Extractor.standard()`).
    public var startupSeconds: Double
    /// CPU seconds the start-up used (all threads).
    public var startupCPUSeconds: Double?
    public var stages: [StageMeasurement]
    /// Stages asked for that the pipeline does not expose yet.
    public var unavailable: [BenchStage]
    /// Peak resident set size of the process at the end of the run.
    public var peakResidentBytes: Int?

    public init(
        corpus: BenchCorpus, repeatCount: Int, startupSeconds: Double, startupCPUSeconds: Double? = nil, stages: [StageMeasurement],
        unavailable: [BenchStage], peakResidentBytes: Int?
    ) {
        corpusPath = corpus.path
        documents = corpus.articles.count
        bytes = corpus.textBytes
        skippedLines = corpus.skipped.count
        self.repeatCount = repeatCount
        cores = ProcessInfo.processInfo.activeProcessorCount
        build = Self.buildConfiguration
        self.startupSeconds = startupSeconds
        self.startupCPUSeconds = startupCPUSeconds
        self.stages = stages
        self.unavailable = unavailable
        self.peakResidentBytes = peakResidentBytes
    }

    public static var buildConfiguration: String {
        #if DEBUG
            return "debug"
        #else
            return "release"
        #endif
    }
}
