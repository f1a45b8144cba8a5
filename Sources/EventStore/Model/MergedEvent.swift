import EventModel

/// One incident as the store knows it: every report that tells it, their claims (each independent statement once) and
/// tolls reconciled over all of them.
public struct MergedEvent: Sendable {
    /// A claim of a merged event, with the reports that carry it.
    public struct Claim: Sendable {
        public var claim: CasualtyClaim
        /// Input id of the first report that carries the claim (its span and quote refer to that report's text).
        public var report: String
        /// Input ids of the other reports carrying the same statement (same source-independence key).
        public var alsoIn: [String]
        public var sourceKey: String

        public init(claim: CasualtyClaim, report: String, alsoIn: [String], sourceKey: String) {
            self.claim = claim
            self.report = report
            self.alsoIn = alsoIn
            self.sourceKey = sourceKey
        }
    }

    public var id: Int64
    public var type: EventType
    public var subtype: String
    public var country: String?
    public var location: EventLocation?
    public var date: EventDate?
    /// The days the incident may have happened on (over all member events).
    public var window: DateWindow?
    public var actors: [EventActor]
    /// Reconciled over `claims`; `set_by` indexes refer to `claims`.
    public var fatalities: Toll
    public var injuries: Toll
    /// In ingest order, each report once.
    public var reports: [ReportReference]
    public var claims: [Claim]
    /// The member events, in ingest order.
    public var members: [MemberEvent]

    public init(
        id: Int64, type: EventType, subtype: String, country: String?, location: EventLocation?, date: EventDate?,
        window: DateWindow?, actors: [EventActor], fatalities: Toll, injuries: Toll, reports: [ReportReference],
        claims: [Claim], members: [MemberEvent]
    ) {
        self.id = id
        self.type = type
        self.subtype = subtype
        self.country = country
        self.location = location
        self.date = date
        self.window = window
        self.actors = actors
        self.fatalities = fatalities
        self.injuries = injuries
        self.reports = reports
        self.claims = claims
        self.members = members
    }

    /// ACLED-style actor 1 and 2 names.
    public var actor1: String? { actors.first { $0.role == .actor1 }?.name }
    public var actor2: String? { actors.first { $0.role == .actor2 }?.name }
}
