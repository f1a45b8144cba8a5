/// What an ingest run did: reports stored, skipped as already stored, and failed (with reasons).
public struct IngestSummary: Sendable {
    /// One document that could not be stored, and why.
    public struct Failure: Sendable, CustomStringConvertible {
        /// `path`, or `path:line` for JSONL.
        public var location: String
        public var id: String?
        public var reason: String

        public init(location: String, id: String?, reason: String) {
            self.location = location
            self.id = id
            self.reason = reason
        }

        public var description: String { "\(location)\(id.map { " (\($0))" } ?? ""): \(reason)" }
    }

    public var stored = 0
    public var skipped = 0
    public var failed = 0
    /// The first `failureLimit` failures (the count above is complete).
    public var failures: [Failure] = []
    /// Wall-clock seconds of the whole run, and of its extraction and storage (merging included) phases.
    public var seconds: Double = 0
    public var extractSeconds: Double = 0
    public var storeSeconds: Double = 0

    /// Failures kept in detail; more are only counted, so memory stays bounded on a bad input.
    public static let failureLimit = 1000

    public init() {}

    /// Documents read, whatever became of them.
    public var documents: Int { stored + skipped + failed }

    /// Documents per second over the run.
    public var rate: Double { seconds > 0 ? Double(documents) / seconds : 0 }

    mutating func fail(_ failure: Failure) {
        failed += 1
        if failures.count < Self.failureLimit { failures.append(failure) }
    }
}
