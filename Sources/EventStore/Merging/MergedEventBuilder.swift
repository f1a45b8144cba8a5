import EventExtraction
import EventModel

/// Builds a merged event from its member events: picks the representative facts and re-reconciles the tolls over all
/// members' claims, each independent statement once.
///
/// - type and subtype: the first member's (ingest order);
/// - country: the first member's that names one;
/// - location: the most precise (lowest ACLED geo precision), the earlier member on ties;
/// - date: the most precise (day before week before month), the earlier date on ties;
/// - actors: every member's, each name once, in order of appearance;
/// - claims: every member's, deduplicated by `SourceKey` (the first report keeps the claim, later ones are listed in
///   `alsoIn`), then `Reconciler.reconcile` over the deduplicated list.
public enum MergedEventBuilder {
    public static func build(id: Int64, members unsorted: [MemberEvent]) -> MergedEvent? {
        let members = unsorted.sorted { $0.eventID < $1.eventID }
        guard let first = members.first else { return nil }

        var reports: [ReportReference] = []
        var seenReports: Set<Int64> = []
        var claims: [MergedEvent.Claim] = []
        var claimIndex: [String: Int] = [:]
        var actors: [EventActor] = []
        var seenActors: Set<String> = []
        var location: EventLocation?
        var date: EventDate?
        var window: DateWindow?
        var country: String?

        for member in members {
            if seenReports.insert(member.report.storeID).inserted { reports.append(member.report) }
            for claim in member.claims {
                let key = SourceKey.key(for: claim)
                if let i = claimIndex[key] {
                    if claims[i].report != member.report.inputID && !claims[i].alsoIn.contains(member.report.inputID) {
                        claims[i].alsoIn.append(member.report.inputID)
                    }
                } else {
                    claimIndex[key] = claims.count
                    claims.append(MergedEvent.Claim(claim: claim, report: member.report.inputID, alsoIn: [], sourceKey: key))
                }
            }
            let event = member.event
            for actor in event.actors where seenActors.insert(actor.name.lowercased()).inserted {
                actors.append(EventActor(name: actor.name, role: actor.role, span: nil))
            }
            if country == nil { country = event.country ?? event.location?.country }
            if let loc = event.location, location.map({ loc.precision < $0.precision }) ?? true {
                location = loc
            }
            if let d = event.date, date.map({ isBetter(d, than: $0) }) ?? true {
                date = d
            }
            if let w = member.features.window {
                window = window.map { DateWindow(first: min($0.first, w.first), last: max($0.last, w.last)) } ?? w
            }
        }
        if let d = date {
            // A stated date sets the window; publication days only stand in when no member dates the incident.
            window = DateWindow(d)
        }
        let (fatalities, injuries) = Reconciler.reconcile(claims.map(\.claim), type: first.event.type)
        return MergedEvent(
            id: id, type: first.event.type, subtype: first.event.subtype, country: country, location: location.map(stripSpan),
            date: date.map { EventDate(value: $0.value, precision: $0.precision, span: nil) }, window: window, actors: actors,
            fatalities: fatalities, injuries: injuries, reports: reports, claims: claims, members: members
        )
    }

    static func rank(_ p: DatePrecision) -> Int {
        switch p {
        case .day: return 0
        case .week: return 1
        case .month: return 2
        }
    }

    static func isBetter(_ a: EventDate, than b: EventDate) -> Bool {
        if rank(a.precision) != rank(b.precision) { return rank(a.precision) < rank(b.precision) }
        return a.value < b.value
    }

    /// Spans point into one report's text; a merged location has none.
    static func stripSpan(_ loc: EventLocation) -> EventLocation {
        var l = loc
        l.span = nil
        return l
    }
}
