import EventModel
import Foundation

/// The in-memory twin of `SQLiteEventRepository`: same merging, no disk. For tests and throwaway runs.
/// Safe to call from several threads (the ingest writes one batch while it extracts the next): a lock guards the state.
public final class InMemoryEventRepository: EventRepository, @unchecked Sendable {
    private var _state = State()
    private let lock = NSLock()
    private var state: State {
        get { lock.withLock { _state } }
        set { lock.withLock { _state = newValue } }
    }
    public let policy: MergePolicy

    public init(policy: MergePolicy = .standard) {
        self.policy = policy
    }

    public func store(_ items: [IngestItem]) throws -> StoreOutcome {
        var draft = state  // a failed batch leaves the store as it was, like a rolled-back transaction
        let outcome = try MergeEngine.add(items, to: &draft, policy: policy)
        state = draft
        return outcome
    }

    public func storedHashes(among hashes: [String]) throws -> Set<String> {
        Set(hashes.filter { state.reportByHash[$0] != nil })
    }

    public func mergedEvents(matching query: EventQuery) throws -> [MergedEvent] {
        state.merged.values.filter { query.matches($0) }.sortedForListing()
    }

    public func statistics() throws -> StoreStatistics {
        StoreStatistics(
            reports: state.reports.count, claims: state.claims.count, events: state.events.count,
            mergedEvents: state.merged.count
        )
    }

    /// Everything the twin holds, as plain values.
    struct State: MergeStorage {
        struct StoredEvent {
            var id: Int64
            var report: ReportReference
            var event: ConflictEvent
            var claimIDs: [Int64]
            var features: MergeFeatures
            var mergedID: Int64
        }

        var reports: [ReportReference] = []
        var reportByHash: [String: Int64] = [:]
        var claims: [CasualtyClaim] = []
        var events: [StoredEvent] = []
        var membersByMerged: [Int64: [Int]] = [:]
        var merged: [Int64: MergedEvent] = [:]
        var nextMergedID: Int64 = 1

        mutating func insertReport(_ article: Article, contentHash: String) throws -> ReportReference? {
            guard reportByHash[contentHash] == nil else { return nil }
            let ref = ReportReference(
                storeID: Int64(reports.count + 1), inputID: article.id, outlet: article.outlet, url: article.url,
                published: article.published
            )
            reports.append(ref)
            reportByHash[contentHash] = ref.storeID
            return ref
        }

        mutating func insertClaims(_ claims: [CasualtyClaim], report: ReportReference) throws -> [Int64] {
            var ids: [Int64] = []
            for claim in claims {
                self.claims.append(claim)
                ids.append(Int64(self.claims.count))
            }
            return ids
        }

        mutating func candidates(near window: DateWindow, tolerance: Int, country: String?) throws -> [MergeCandidate] {
            var byMerged: [Int64: [MergeCandidate.Member]] = [:]
            for e in events {
                guard let w = e.features.window, w.gap(to: window) <= tolerance else { continue }
                if let country, let c = e.features.country, c != country { continue }
                byMerged[e.mergedID, default: []].append(MergeCandidate.Member(reportID: e.report.storeID, features: e.features))
            }
            return byMerged.keys.sorted().map { id in
                MergeCandidate(mergedID: id, memberCount: membersByMerged[id]?.count ?? 0, members: byMerged[id] ?? [])
            }
        }

        mutating func newMergedEvent() throws -> Int64 {
            defer { nextMergedID += 1 }
            return nextMergedID
        }

        mutating func insertEvent(
            _ event: ConflictEvent, ordinal: Int, report: ReportReference, claimIDs: [Int64], features: MergeFeatures,
            mergedID: Int64
        ) throws -> Int64 {
            let id = Int64(events.count + 1)
            events.append(StoredEvent(id: id, report: report, event: event, claimIDs: claimIDs, features: features, mergedID: mergedID))
            membersByMerged[mergedID, default: []].append(events.count - 1)
            return id
        }

        mutating func members(ofMerged id: Int64) throws -> [MemberEvent] {
            (membersByMerged[id] ?? []).map { i in
                let e = events[i]
                var event = e.event
                event.claims = Array(e.claimIDs.indices)
                return MemberEvent(eventID: e.id, report: e.report, event: event, claims: e.claimIDs.map { claims[Int($0) - 1] })
            }
        }

        mutating func saveSummary(_ merged: MergedEvent) throws {
            self.merged[merged.id] = merged
        }
    }
}
