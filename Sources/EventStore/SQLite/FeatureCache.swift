import Foundation

/// The merge features of stored events by event id, as decoded from their rows, kept across the batches of one open
/// store so that the candidate look-up decodes each event's features once rather than once per new event near it.
///
/// Event rows are never updated, so an entry stays true for as long as its row exists. A batch whose transaction fails
/// may leave entries for rows that were rolled back (and whose ids SQLite may hand out again): the repository clears
/// the cache then. Bounded by `limit` entries; past it the cache starts again empty.
final class FeatureCache: @unchecked Sendable {
    private var features: [Int64: MergeFeatures] = [:]
    private let lock = NSLock()
    let limit: Int

    init(limit: Int = 200_000) {
        self.limit = limit
    }

    func get(_ eventID: Int64) -> MergeFeatures? {
        lock.lock()
        defer { lock.unlock() }
        return features[eventID]
    }

    func set(_ value: MergeFeatures, for eventID: Int64) {
        lock.lock()
        defer { lock.unlock() }
        if features.count >= limit { features.removeAll(keepingCapacity: true) }
        features[eventID] = value
    }

    func clear() {
        lock.lock()
        defer { lock.unlock() }
        features.removeAll()
    }
}
