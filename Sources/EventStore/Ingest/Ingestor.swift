import Dispatch
import EventExtraction
import EventModel
import Foundation

/// Reads reports, extracts them and stores them in a repository, batch by batch.
///
/// Each batch is decoded and extracted in parallel, then stored in one transaction (merging included). Reports whose
/// content hash is already stored are skipped before extraction. Memory is bounded by one batch. Bad input (unreadable
/// files, malformed lines, empty texts) is counted as failed with its reason and never stops the run; only a storage
/// error does.
///
/// ```swift
/// let store = try SQLiteEventRepository(path: "/tmp/demo.sqlite")   // or InMemoryEventRepository()
/// let summary = try Ingestor(repository: store, extractor: .standard()).ingest(paths: ["samples/"])
/// let events = try store.mergedEvents(matching: EventQuery())
/// ```
public struct Ingestor {
    public let repository: any EventRepository
    public let extractor: Extractor
    /// Documents per transaction.
    public var batchSize: Int
    /// Worker threads for decoding and extraction.
    public var jobs: Int

    public init(
        repository: any EventRepository, extractor: Extractor, batchSize: Int = 256,
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.repository = repository
        self.extractor = extractor
        self.batchSize = max(1, batchSize)
        self.jobs = max(1, jobs)
    }

    /// Ingests every document under `paths`; `progress` is called after each stored batch with the running totals.
    ///
    /// Batches are pipelined: while one batch is written (one transaction, in input order), the next is read and
    /// extracted on the worker threads. A crash loses at most the batches not yet committed.
    public func ingest(paths: [String], progress: ((IngestSummary) -> Void)? = nil) throws -> IngestSummary {
        let start = DispatchTime.now()
        var input = InputDocuments(paths: paths)
        var summary = IngestSummary()
        let writer = PipelinedWriter(repository: repository)
        while true {
            let raws = input.next(limit: batchSize)
            if raws.isEmpty { break }
            let decoded = parallelMap(raws.count) { i in Self.decode(raws[i]) }
            let prepared = try prepare(decoded, into: &summary)
            // The previous batch must be committed before this one is handed over (batches commit in order).
            try writer.finish(into: &summary)
            summary.seconds = Self.seconds(from: start, to: DispatchTime.now())
            if summary.documents > 0 { progress?(summary) }
            writer.start(prepared)
        }
        try writer.finish(into: &summary)
        summary.seconds = Self.seconds(from: start, to: DispatchTime.now())
        progress?(summary)
        return summary
    }

    /// Ingests already-read articles (for callers that build them in code, e.g. the demo).
    public func ingest(articles: [Article]) throws -> IngestSummary {
        var summary = IngestSummary()
        var i = 0
        while i < articles.count {
            let slice = Array(articles[i..<min(articles.count, i + batchSize)])
            let decoded = slice.map { Decoded.article($0, hash: ContentHash.of($0), location: $0.id) }
            try store(decoded, into: &summary)
            i += batchSize
        }
        return summary
    }

    // MARK: - Batches

    private enum Decoded: Sendable {
        case article(Article, hash: String, location: String)
        case failure(IngestSummary.Failure)
    }

    private func store(_ decoded: [Decoded], into summary: inout IngestSummary) throws {
        let items = try prepare(decoded, into: &summary)
        let storeStart = DispatchTime.now()
        let outcome = try repository.store(items)
        summary.storeSeconds += Self.seconds(from: storeStart, to: DispatchTime.now())
        summary.stored += outcome.stored
        summary.skipped += outcome.skipped
    }

    /// Counts failures and reports already stored, and extracts the rest (on `jobs` threads).
    private func prepare(_ decoded: [Decoded], into summary: inout IngestSummary) throws -> [IngestItem] {
        var hashes: [String] = []
        for d in decoded {
            if case .article(_, let hash, _) = d { hashes.append(hash) }
        }
        let known = try repository.storedHashes(among: hashes)
        var articles: [(Article, String)] = []
        var seen: Set<String> = []
        for d in decoded {
            switch d {
            case .failure(let failure):
                summary.fail(failure)
            case .article(let article, let hash, _):
                if known.contains(hash) || !seen.insert(hash).inserted {
                    summary.skipped += 1
                } else {
                    articles.append((article, hash))
                }
            }
        }
        let extractor = self.extractor
        let fresh = articles
        let extractStart = DispatchTime.now()
        let items = parallelMap(fresh.count) { i in
            IngestItem(article: fresh[i].0, result: extractor.extract(fresh[i].0), contentHash: fresh[i].1)
        }
        summary.extractSeconds += Self.seconds(from: extractStart, to: DispatchTime.now())
        return items
    }

    /// Writes one batch at a time on a background thread, so the next batch can be extracted meanwhile.
    private final class PipelinedWriter: @unchecked Sendable {
        private let repository: any EventRepository
        private let queue = DispatchQueue(label: "rasid.ingest.writer")
        private let group = DispatchGroup()
        /// Set by the writer thread, read after `group.wait()`: the wait orders the accesses.
        private var outcome: StoreOutcome?
        private var error: Error?
        private var seconds: Double = 0

        init(repository: any EventRepository) {
            self.repository = repository
        }

        func start(_ items: [IngestItem]) {
            queue.async(group: group) { [self] in
                let begin = DispatchTime.now()
                do {
                    outcome = try repository.store(items)
                } catch {
                    self.error = error
                }
                seconds = Ingestor.seconds(from: begin, to: DispatchTime.now())
            }
        }

        /// Waits for the batch in flight and adds its outcome to `summary`; rethrows its error.
        func finish(into summary: inout IngestSummary) throws {
            group.wait()
            if let error {
                self.error = nil
                throw error
            }
            if let outcome {
                summary.stored += outcome.stored
                summary.skipped += outcome.skipped
                summary.storeSeconds += seconds
                self.outcome = nil
            }
        }
    }

    fileprivate static func seconds(from a: DispatchTime, to b: DispatchTime) -> Double {
        Double(b.uptimeNanoseconds - a.uptimeNanoseconds) / 1e9
    }

    private static func decode(_ raw: InputDocuments.Raw) -> Decoded {
        switch raw {
        case .unreadable(let location, let reason):
            return .failure(.init(location: location, id: nil, reason: reason))
        case .jsonLine(let bytes, let location, let lineNumber):
            switch ArticleDecoder.decode(line: bytes, lineNumber: lineNumber) {
            case .success(let article): return .article(article, hash: ContentHash.of(article), location: location)
            case .failure(let error): return .failure(.init(location: location, id: error.id, reason: error.message))
            }
        case .textFile(let path):
            let id = (path as NSString).lastPathComponent
            guard let data = FileManager.default.contents(atPath: path) else {
                return .failure(.init(location: path, id: id, reason: "cannot read file"))
            }
            guard data.count <= ArticleDecoder.maxDocumentBytes else {
                return .failure(.init(location: path, id: id, reason: "file too large (\(data.count) bytes)"))
            }
            guard let text = String(validating: Array(data), as: UTF8.self) else {
                return .failure(.init(location: path, id: id, reason: "invalid UTF-8"))
            }
            switch ArticleDecoder.validate(id: id, text: text, published: nil) {
            case .success(let article): return .article(article, hash: ContentHash.of(article), location: path)
            case .failure(let error): return .failure(.init(location: path, id: id, reason: error.message))
            }
        }
    }

    /// `body(0..<count)` on `jobs` threads, results in order.
    private func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let workers = min(jobs, count)
        if workers == 1 { return (0..<count).map(body) }
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var i = w
            while i < count {
                results[i] = body(i)
                i += workers
            }
        }
        return results.map { $0! }
    }
}
