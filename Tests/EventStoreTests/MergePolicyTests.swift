import EventModel
@testable import EventStore
import Testing

/// The merge rules one at a time, over features built by hand.
struct MergePolicyTests {
    typealias Place = MergeFeatures.Place

    static let douma = Place(name: "Douma", admin1: "Rif Dimashq", latitude: 33.5722, longitude: 36.4022, precision: 1)
    static let harasta = Place(name: "Harasta", admin1: "Rif Dimashq", latitude: 33.5586, longitude: 36.3650, precision: 1)
    static let homs = Place(name: "Homs", admin1: "Homs", latitude: 34.7324, longitude: 36.7137, precision: 1)
    static let rifRegion = Place(name: "Rif Dimashq", admin1: "Rif Dimashq", latitude: 33.5167, longitude: 36.95, precision: 3)
    /// The city of Deir ez-Zor, named like its governorate, and Mayadin, 45 km away in that governorate.
    static let deirEzZor = Place(name: "Deir ez-Zor", admin1: "Deir ez-Zor", latitude: 35.336, longitude: 40.1408, precision: 1)
    static let mayadin = Place(name: "Mayadin", admin1: "Deir ez-Zor", latitude: 35.0206, longitude: 40.4519, precision: 2)
    /// Same admin1 as Douma but 60 km away, a town.
    static let yabroud = Place(name: "Yabroud", admin1: "Rif Dimashq", latitude: 33.9672, longitude: 36.6575, precision: 1)

    static func features(
        _ type: EventType = .explosionsRemoteViolence, country: String? = "SY", date: String? = "2018-03-10",
        precision: DatePrecision = .day, place: Place? = douma, initiators: [String] = [], others: [String] = [],
        subtype: String? = nil
    ) -> MergeFeatures {
        let window = date.map { DateWindow(EventDate(value: CalendarDate(iso: $0)!, precision: precision)) }
        return MergeFeatures(
            family: EventFamily(type), country: country, window: window, place: place,
            actors: Set(others.map { $0.lowercased() }), initiators: Set(initiators.map { $0.lowercased() }), subtype: subtype
        )
    }

    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var a: MergeFeatures
        var b: MergeFeatures
        var conflict: MergeConflict?
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "identical", a: features(), b: features(), conflict: nil),
        Case(name: "battle and attack on civilians are one family", a: features(.battles), b: features(.violenceAgainstCivilians), conflict: nil),
        Case(name: "air strike and protest differ", a: features(), b: features(.protests), conflict: .family),
        Case(name: "protest and riot are one family", a: features(.protests), b: features(.riots), conflict: nil),
        Case(name: "countries differ", a: features(), b: features(country: "IQ"), conflict: .country),
        Case(name: "one country unknown", a: features(), b: features(country: nil), conflict: nil),
        Case(name: "next day (either side of midnight)", a: features(), b: features(date: "2018-03-11"), conflict: nil),
        Case(name: "two days apart", a: features(), b: features(date: "2018-03-12"), conflict: .date),
        Case(name: "across a month end", a: features(date: "2018-02-28"), b: features(date: "2018-03-01"), conflict: nil),
        Case(name: "week precision covers three days", a: features(date: "2018-03-13", precision: .week), b: features(), conflict: nil),
        Case(name: "month precision covers the month", a: features(date: "2018-03-01", precision: .month), b: features(date: "2018-03-30"), conflict: nil),
        Case(name: "month precision, next month too far", a: features(date: "2018-02-01", precision: .month), b: features(date: "2018-03-10"), conflict: .date),
        Case(name: "undated", a: features(date: nil), b: features(), conflict: .date),
        Case(name: "nearby town within 25 km", a: features(), b: features(place: harasta), conflict: nil),
        Case(name: "far town", a: features(), b: features(place: homs), conflict: .place),
        Case(name: "same admin1, both towns, 60 km", a: features(), b: features(place: yabroud), conflict: .place),
        Case(name: "admin-level side in the same admin1", a: features(), b: features(place: rifRegion), conflict: nil),
        Case(name: "admin-level side in another admin1", a: features(place: homs), b: features(place: rifRegion), conflict: .place),
        Case(name: "one place unknown", a: features(), b: features(place: nil), conflict: .place),
        Case(name: "a town named like the region stands for it", a: features(place: deirEzZor), b: features(place: mayadin), conflict: nil),
        Case(name: "initiator of one takes part in the other", a: features(initiators: ["Syrian Army"], others: ["HTS"]), b: features(initiators: ["HTS"]), conflict: nil),
        Case(name: "role swap is no conflict", a: features(initiators: ["Syrian Army"], others: ["HTS"]), b: features(initiators: ["HTS"], others: ["Syrian Army"]), conflict: nil),
        Case(name: "different initiators conflict", a: features(initiators: ["Syrian Army"]), b: features(initiators: ["Islamic State"]), conflict: .actors),
        Case(name: "victims are not initiators", a: features(initiators: ["Islamic State"]), b: features(others: ["Civilians (Syria)"]), conflict: nil),
        Case(name: "an unidentified group names no one", a: features(initiators: ["Unidentified Armed Group (Syria)"]), b: features(initiators: ["Islamic State"]), conflict: nil),
        Case(name: "initiator on one side only", a: features(initiators: ["Syrian Army"]), b: features(), conflict: nil),
        Case(name: "same initiator bridges clash and bombing", a: features(.battles, initiators: ["Islamic State"]), b: features(initiators: ["Islamic State"]), conflict: nil),
        Case(name: "clash and bombing without a shared initiator", a: features(.battles, initiators: ["Islamic State"]), b: features(initiators: ["Syrian Army"]), conflict: .family),
        Case(name: "a shared initiator does not bridge a protest", a: features(.protests, initiators: ["Hamas"]), b: features(initiators: ["Hamas"]), conflict: .family),
    ]

    @Test(arguments: cases)
    func rule(_ c: Case) {
        #expect(MergePolicy.standard.conflict(c.a, c.b) == c.conflict)
        #expect(MergePolicy.standard.conflict(c.b, c.a) == c.conflict, "the rules are symmetric")
    }

    @Test func unknownPlaceMergesWhenAllowed() {
        let policy = MergePolicy(mergeUnknownPlace: true)
        #expect(policy.conflict(Self.features(), Self.features(place: nil)) == nil)
        #expect(policy.conflict(Self.features(country: nil), Self.features(place: nil)) == .place)
    }

    @Test func distance() {
        let km = MergePolicy.distanceKilometres(Self.douma, Self.homs)
        #expect(km > 130 && km < 150)
        #expect(MergePolicy.distanceKilometres(Self.douma, Self.douma) == 0)
    }

    @Test(arguments: [
        (DatePrecision.day, "2018-03-10", "2018-03-10", "2018-03-10"),
        (.week, "2018-03-10", "2018-03-07", "2018-03-13"),
        (.month, "2018-02-14", "2018-02-01", "2018-02-28"),
        (.month, "2016-02-14", "2016-02-01", "2016-02-29"),
    ])
    func window(_ precision: DatePrecision, _ date: String, _ first: String, _ last: String) {
        let w = DateWindow(EventDate(value: CalendarDate(iso: date)!, precision: precision))
        #expect(w.firstDate.description == first)
        #expect(w.lastDate.description == last)
    }

    @Test func plannerPrefersNearestAndRequiresAMajority() {
        let new = Self.features()
        let member = { (report: Int64, f: MergeFeatures) in MergeCandidate.Member(reportID: report, features: f) }
        let nextDay = MergeCandidate(mergedID: 1, memberCount: 1, members: [member(10, Self.features(date: "2018-03-11"))])
        let sameDay = MergeCandidate(mergedID: 2, memberCount: 1, members: [member(11, Self.features(place: Self.harasta))])
        #expect(MergePlanner.choose(new, reportID: 99, among: [nextDay, sameDay], policy: .standard) == 2)
        // Half the members is not a majority; a member outside the look-up's dates counts against.
        let partial = MergeCandidate(mergedID: 3, memberCount: 2, members: [member(12, Self.features())])
        let mixed = MergeCandidate(mergedID: 4, memberCount: 2, members: [member(13, Self.features()), member(14, Self.features(place: Self.homs))])
        #expect(MergePlanner.choose(new, reportID: 99, among: [partial, mixed], policy: .standard) == nil)
        // Two of three is: one badly placed member does not split the incident.
        let most = MergeCandidate(mergedID: 6, memberCount: 3, members: [
            member(15, Self.features()), member(16, Self.features(place: Self.harasta)), member(17, Self.features(place: Self.homs)),
        ])
        #expect(MergePlanner.choose(new, reportID: 99, among: [mixed, most], policy: .standard) == 6)
        #expect(MergePlanner.choose(new, reportID: 99, among: [most], policy: .standard, excluding: [6]) == nil, "the report's own events")
        // Never two events of one report.
        let sameReport = MergeCandidate(mergedID: 5, memberCount: 1, members: [member(99, Self.features())])
        #expect(MergePlanner.choose(new, reportID: 99, among: [sameReport], policy: .standard) == nil)
    }
}

extension MergePolicyTests {
    @Test func plannerPrefersTheSameSubEventType() {
        // A chemical attack told at Douma that day joins the chemical attack, not the air strike founded before it.
        let member = { (report: Int64, f: MergeFeatures) in MergeCandidate.Member(reportID: report, features: f) }
        let airStrike = MergeCandidate(mergedID: 1, memberCount: 1, members: [member(10, Self.features(subtype: "air_drone_strike"))])
        let chemical = MergeCandidate(
            mergedID: 2, memberCount: 1, members: [member(11, Self.features(date: "2018-03-11", subtype: "chemical_weapon"))]
        )
        let new = Self.features(subtype: "chemical_weapon")
        #expect(MergePlanner.choose(new, reportID: 99, among: [airStrike, chemical], policy: .standard) == 2)
        // Without a sub-event type, the nearest (same day) and then the oldest win, as before.
        #expect(MergePlanner.choose(Self.features(), reportID: 99, among: [airStrike, chemical], policy: .standard) == 1)
    }
}
