import EventModel

/// The storage operations merging needs; both repositories provide them inside one write transaction.
protocol MergeStorage {
    /// Stores the report; nil when a report with the same content hash is already stored.
    mutating func insertReport(_ article: Article, contentHash: String) throws -> ReportReference?
    /// Stores the report's claims in order; returns their ids.
    mutating func insertClaims(_ claims: [CasualtyClaim], report: ReportReference) throws -> [Int64]
    /// Merged events with a member whose window lies within `window` widened by `tolerance` days, in `country` or
    /// without a country (any country when nil).
    mutating func candidates(near window: DateWindow, tolerance: Int, country: String?) throws -> [MergeCandidate]
    /// Opens a new, empty merged event.
    mutating func newMergedEvent() throws -> Int64
    /// Stores one event of a report as a member of `mergedID`.
    mutating func insertEvent(
        _ event: ConflictEvent, ordinal: Int, report: ReportReference, claimIDs: [Int64], features: MergeFeatures, mergedID: Int64
    ) throws -> Int64
    mutating func members(ofMerged id: Int64) throws -> [MemberEvent]
    /// The members of each of `ids` (a storage may load them together).
    mutating func members(ofMergedIDs ids: [Int64]) throws -> [Int64: [MemberEvent]]
    /// Saves the merged event's representative facts and tolls.
    mutating func saveSummary(_ merged: MergedEvent) throws
}

extension MergeStorage {
    mutating func members(ofMergedIDs ids: [Int64]) throws -> [Int64: [MemberEvent]] {
        var out: [Int64: [MemberEvent]] = [:]
        for id in ids { out[id] = try members(ofMerged: id) }
        return out
    }
}

/// Adds reports to a `MergeStorage`, merging each event into the incident it belongs to.
///
/// Merge decisions read only the stored events, never the merged summaries, so summaries are rebuilt once per batch
/// (`refresh`) for the merged events the batch touched, rather than after every event.
enum MergeEngine {
    /// Stores a batch of reports and merges their events; returns how many were new and how many already stored.
    static func add<S: MergeStorage>(_ items: [IngestItem], to storage: inout S, policy: MergePolicy, afterEach: () -> Void = {}) throws -> StoreOutcome {
        var outcome = StoreOutcome()
        var touched: Set<Int64> = []
        for item in items {
            if try add(item, to: &storage, policy: policy, touched: &touched) {
                outcome.stored += 1
                afterEach()
            } else {
                outcome.skipped += 1
            }
        }
        try refresh(touched, in: &storage)
        return outcome
    }

    /// Rebuilds and saves the summaries of `ids`.
    static func refresh<S: MergeStorage>(_ ids: Set<Int64>, in storage: inout S) throws {
        let sorted = ids.sorted()
        let members = try storage.members(ofMergedIDs: sorted)
        for id in sorted {
            guard let merged = MergedEventBuilder.build(id: id, members: members[id] ?? []) else {
                throw StoreError.corrupt("merged event \(id) has no members after insert")
            }
            try storage.saveSummary(merged)
        }
    }

    /// Stores one report and merges its events; false when the report was already stored.
    static func add<S: MergeStorage>(
        _ item: IngestItem, to storage: inout S, policy: MergePolicy, touched: inout Set<Int64>
    ) throws -> Bool {
        guard let report = try storage.insertReport(item.article, contentHash: item.contentHash) else { return false }
        let claims = item.result.claims
        let claimIDs = try storage.insertClaims(claims, report: report)
        var taken: Set<Int64> = []
        for (ordinal, event) in item.result.events.enumerated() {
            let features = MergeFeatures(event, published: report.published)
            var mergedID: Int64?
            if let window = features.window {
                let candidates = try storage.candidates(near: window, tolerance: policy.dayTolerance, country: features.country)
                mergedID = MergePlanner.choose(
                    features, reportID: report.storeID, among: candidates, policy: policy, excluding: taken
                )
            }
            let target = try mergedID ?? storage.newMergedEvent()
            taken.insert(target)
            let linked = event.claims.filter { claimIDs.indices.contains($0) }.map { claimIDs[$0] }
            _ = try storage.insertEvent(event, ordinal: ordinal, report: report, claimIDs: linked, features: features, mergedID: target)
            touched.insert(target)
        }
        return true
    }
}
