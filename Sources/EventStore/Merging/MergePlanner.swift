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

/// Chooses the merged event a new event joins (majority linkage: it must be the same incident as most members).
public enum MergePlanner {
    /// The merged event to join, or nil to found a new one. `taken` lists merged events the report's other events
    /// already joined.
    ///
    /// A candidate qualifies when the new event agrees (`MergePolicy.conflict` is nil) with more than half of its members
    /// — all of them while it has one or two — and none of them comes from the same report (one report's events were
    /// already told apart by extraction). Members outside the look-up's date range count as disagreeing. A majority
    /// keeps one badly extracted member from splitting an incident, yet stops chains (A like B like C) from gluing
    /// distinct incidents together. Among qualifying candidates one with an agreeing member of the same sub-event type
    /// wins (a chemical attack joins the chemical attack rather than an air strike told at that place that day), then
    /// the nearest: smallest date gap, then smallest distance (both over the agreeing members), then the oldest.
    public static func choose(
        _ features: MergeFeatures, reportID: Int64, among candidates: [MergeCandidate], policy: MergePolicy,
        excluding taken: Set<Int64> = []
    ) -> Int64? {
        var best: (otherSubtype: Int, gap: Int, distance: Double, id: Int64)?
        for candidate in candidates {
            guard !candidate.members.isEmpty, !taken.contains(candidate.mergedID),
                  !candidate.members.contains(where: { $0.reportID == reportID })
            else { continue }
            var gap = Int.max
            var distance = Double.infinity
            var agreeing = 0
            var otherSubtype = 1
            for member in candidate.members where policy.conflict(features, member.features) == nil {
                agreeing += 1
                if features.subtype != nil && member.features.subtype == features.subtype { otherSubtype = 0 }
                if let a = features.window, let b = member.features.window { gap = min(gap, a.gap(to: b)) }
                if let a = features.place, let b = member.features.place {
                    distance = min(distance, MergePolicy.distanceKilometres(a, b))
                }
            }
            guard agreeing * 2 > max(candidate.memberCount, candidate.members.count) else { continue }
            let key = (otherSubtype: otherSubtype, gap: gap, distance: distance, id: candidate.mergedID)
            if let current = best {
                if (key.otherSubtype, key.gap, key.distance, key.id) < (current.otherSubtype, current.gap, current.distance, current.id) {
                    best = key
                }
            } else {
                best = key
            }
        }
        return best?.id
    }
}
