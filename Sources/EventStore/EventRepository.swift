import EventModel

/// Where reports, claims, events and merged events live.
///
/// Two implementations: `InMemoryEventRepository` (tests, demos) and `SQLiteEventRepository` (the `rasid ingest` store).
/// Both merge with the same `MergePolicy` and `MergedEventBuilder`, so they agree on every result.
public protocol EventRepository: AnyObject {
    /// Stores a batch of reports in one transaction, merging each report's events into the incidents they belong to.
    /// A report whose content hash is already stored (or repeats an earlier one in the batch) is skipped.
    func store(_ items: [IngestItem]) throws -> StoreOutcome

    /// Which of `hashes` are already stored.
    func storedHashes(among hashes: [String]) throws -> Set<String>

    /// Merged events passing `query`, oldest first (by date window, then id).
    func mergedEvents(matching query: EventQuery) throws -> [MergedEvent]

    /// Row counts.
    func statistics() throws -> StoreStatistics
}

/// What one `store` call did.
public struct StoreOutcome: Hashable, Sendable {
    public var stored: Int
    public var skipped: Int

    public init(stored: Int = 0, skipped: Int = 0) {
        self.stored = stored
        self.skipped = skipped
    }
}

/// How much the store holds.
public struct StoreStatistics: Hashable, Sendable {
    public var reports: Int
    public var claims: Int
    public var events: Int
    public var mergedEvents: Int

    public init(reports: Int, claims: Int, events: Int, mergedEvents: Int) {
        self.reports = reports
        self.claims = claims
        self.events = events
        self.mergedEvents = mergedEvents
    }
}

extension Array where Element == MergedEvent {
    /// The order every repository lists merged events in: earliest window first, undated last, then by id.
    func sortedForListing() -> [MergedEvent] {
        sorted { a, b in
            let fa = a.window?.first ?? Int.max, fb = b.window?.first ?? Int.max
            return fa != fb ? fa < fb : a.id < b.id
        }
    }
}
