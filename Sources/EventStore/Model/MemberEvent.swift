import EventModel

/// One report's event inside a merged event, with the claims it rests on.
public struct MemberEvent: Sendable {
    /// The store's row id of the event (ingest order).
    public var eventID: Int64
    public var report: ReportReference
    /// The event as extracted; its `claims` indexes are rewritten to index `claims` below.
    public var event: ConflictEvent
    public var claims: [CasualtyClaim]

    public init(eventID: Int64, report: ReportReference, event: ConflictEvent, claims: [CasualtyClaim]) {
        self.eventID = eventID
        self.report = report
        self.event = event
        self.claims = claims
    }

    public var features: MergeFeatures { MergeFeatures(event, published: report.published) }
}
