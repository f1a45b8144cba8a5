import Dispatch
import EventExtraction
import EventModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Streams JSONL documents through the extractor on several threads, keeping input order and bounded memory.
struct BatchRunner {
    let extractor: Extractor
    let jobs: Int
    /// Documents read ahead per round; memory is bounded by this many documents and their results.
    var batchSize = 256

    /// Returns the number of lines that failed.
    func run(input: String, sink: OutputSink, pretty: Bool) throws -> Int {
        let reader = try LineReader(path: input)
        var failures = 0
        var progress = Progress(enabled: stderrIsTerminal)
        while true {
            var batch: [(line: Int, bytes: [UInt8])] = []
            batch.reserveCapacity(batchSize)
            while batch.count < batchSize, let bytes = reader.nextLine() {
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }  // blank lines are not documents
                batch.append((reader.lineNumber, bytes))
            }
            if batch.isEmpty { break }
            let outputs = process(batch, pretty: pretty)
            for (i, output) in outputs.enumerated() {
                if let error = output.error {
                    failures += 1
                    printError("rasid: line \(batch[i].line): \(error)")
                }
                sink.writeLine(output.json)
                progress.add(bytes: batch[i].bytes.count)
            }
        }
        progress.finish()
        return failures
    }

    private struct Output {
        var json: [UInt8] = []
        var error: String?
    }

    private func process(_ batch: [(line: Int, bytes: [UInt8])], pretty: Bool) -> [Output] {
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<Output>.allocate(capacity: batch.count)
        results.initialize(repeating: Output())
        defer { results.deallocate() }
        let workers = max(1, min(jobs, batch.count))
        let extractor = self.extractor
        let one: @Sendable (Int) -> Void = { i in
            switch ArticleDecoder.decode(line: batch[i].bytes, lineNumber: batch[i].line) {
            case .success(let article):
                results[i] = Output(json: extractor.extract(article).jsonBytes(pretty: pretty))
            case .failure(let error):
                results[i] = Output(json: errorLineJSONBytes(id: error.id, error: error.message), error: error.message)
            }
        }
        if workers == 1 {
            for i in batch.indices { one(i) }
        } else {
            // Interleaved slices keep the load even when documents vary in length.
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                var i = w
                while i < batch.count {
                    one(i)
                    i += workers
                }
            }
        }
        return Array(results)
    }
}

/// A one-line progress report on stderr, shown only on a terminal.
struct Progress {
    let enabled: Bool
    private var documents = 0
    private var bytes = 0
    private let start = DispatchTime.now()
    private var lastShown = DispatchTime.now()

    init(enabled: Bool) { self.enabled = enabled }

    mutating func add(bytes n: Int) {
        documents += 1
        bytes += n
        guard enabled else { return }
        let now = DispatchTime.now()
        if now.uptimeNanoseconds - lastShown.uptimeNanoseconds > 250_000_000 {
            lastShown = now
            show(now)
        }
    }

    func finish() {
        guard enabled, documents > 0 else { return }
        show(DispatchTime.now())
        printError("")
    }

    private func show(_ now: DispatchTime) {
        let seconds = Double(now.uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let mbps = seconds > 0 ? Double(bytes) / 1_048_576 / seconds : 0
        let line = "\r\(documents) documents, \(String(format: "%.1f", mbps)) MB/s"
        printError(line, newline: false)
    }
}
