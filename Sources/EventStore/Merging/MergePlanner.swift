/// A merged event a new event might join, with those of its members whose dates fall near the new event's.
public struct MergeCandidate: Sendable {
    public struct Member: Sendable {
        public var reportID: Int64
        public var features: MergeFeatures

        public init(reportID: Int64, features: MergeFeatures) {
            self.reportID = reportID
            self.features = features
        }
    }

    public var mergedID: Int64
    /// How many member events the merged event has in all.
    public var memberCount: Int
    /// The members found near the new event's dates (all of them when the merged event can be joined).
    public var members: [Member]

    public init(mergedID: Int64, memberCount: Int, members: [Member]) {
        self.mergedID = mergedID
        self.memberCount = memberCount
        self.members = members
    }
}

/// Chooses the merged event a new event joins (complete linkage: it must be the same incident as every member).
public enum MergePlanner {
    /// The merged event to join, or nil to found a new one.
    ///
    /// A candidate qualifies when the new event agrees with every one of its members (`MergePolicy.conflict` is nil) and
    /// none of them comes from the same report (one report's events were already told apart by extraction). Among
    /// qualifying candidates the nearest wins: smallest date gap, then smallest distance, then the oldest.
    public static func choose(
        _ features: MergeFeatures, reportID: Int64, among candidates: [MergeCandidate], policy: MergePolicy
    ) -> Int64? {
        var best: (gap: Int, distance: Double, id: Int64)?
        for candidate in candidates {
            guard candidate.members.count == candidate.memberCount, !candidate.members.isEmpty else { continue }
            var gap = Int.max
            var distance = Double.infinity
            var ok = true
            for member in candidate.members {
                if member.reportID == reportID || policy.conflict(features, member.features) != nil {
                    ok = false
                    break
                }
                if let a = features.window, let b = member.features.window { gap = min(gap, a.gap(to: b)) }
                if let a = features.place, let b = member.features.place {
                    distance = min(distance, MergePolicy.distanceKilometres(a, b))
                }
            }
            guard ok else { continue }
            let key = (gap: gap, distance: distance, id: candidate.mergedID)
            if let current = best {
                if (key.gap, key.distance, key.id) < (current.gap, current.distance, current.id) { best = key }
            } else {
                best = key
            }
        }
        return best?.id
    }
}
