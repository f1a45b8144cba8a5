import EventModel
import EventStore
import Foundation
import Testing

/// Merging scenarios told by several outlets, run through both repositories and checked against golden JSON
/// (Tests/EventStoreTests/Golden; regenerate with RASID_UPDATE_GOLDEN=1 after a deliberate change, and review the diff).
struct MergeGoldenTests {
    typealias F = Fixtures

    /// Stores each report in its own batch (as a stream would) and returns the merged events.
    static func run(_ items: [IngestItem], on kind: RepositoryKind, golden: String) throws -> [MergedEvent] {
        let repo = try kind.make()
        for item in items { _ = try repo.store([item]) }
        let events = try repo.mergedEvents(matching: EventQuery())
        try checkGolden(EventExporter.string(events, format: .json), name: golden)
        return events
    }

    static func checkGolden(_ actual: String, name: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name).json")
        if ProcessInfo.processInfo.environment["RASID_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "golden \(name).json differs")
    }

    static func reportIDs(_ e: MergedEvent) -> [String] { e.reports.map(\.inputID) }

    @Test(arguments: RepositoryKind.allCases)
    func sameIncidentToldByDifferentOutlets(_ kind: RepositoryKind) throws {
        let events = try Self.run([
            F.report("one-1", outlet: "Outlet One", published: "2018-03-10", date: "2018-03-10",
                     claims: [F.claim(5, source: "الدفاع المدني", kind: .official)]),
            F.report("two-1", outlet: "Outlet Two", published: "2018-03-10", town: F.harasta, date: "2018-03-10",
                     claims: [F.claim(6, source: "مصدر طبي", kind: .medical, via: "AFP")]),
        ], on: kind, golden: "same-incident")
        try #require(events.count == 1)
        let e = events[0]
        #expect(Self.reportIDs(e) == ["one-1", "two-1"])
        #expect(e.location?.name == "Douma")
        #expect(e.claims.count == 2)
        #expect((e.fatalities.low, e.fatalities.best, e.fatalities.high) == (5, 6, 6))
    }

    @Test(arguments: RepositoryKind.allCases)
    func updatedToll(_ kind: RepositoryKind) throws {
        let events = try Self.run([
            F.report("first", outlet: "Outlet One", published: "2018-03-10", date: "2018-03-10", claims: [F.claim(4)]),
            // The next day: "the toll of yesterday's strike rose to 9", resolved to the same day.
            F.report("update", outlet: "Outlet Two", published: "2018-03-11", date: "2018-03-10",
                     claims: [F.claim(9, source: "وزارة الصحة", kind: .official), F.claim(20, .injured, source: "وزارة الصحة", kind: .official)]),
        ], on: kind, golden: "updated-toll")
        try #require(events.count == 1)
        let e = events[0]
        #expect(Self.reportIDs(e) == ["first", "update"])
        #expect((e.fatalities.low, e.fatalities.best, e.fatalities.high) == (4, 9, 9))
        #expect(e.injuries.best == 20)
        #expect(e.fatalities.bestClaim.map { e.claims[$0].report } == "update")
    }

    @Test(arguments: RepositoryKind.allCases)
    func nearDuplicateWireCopies(_ kind: RepositoryKind) throws {
        let wire = { F.claim(7, source: "مصدر أمني", kind: .security, via: "AFP") }
        let events = try Self.run([
            F.report("wire-a", outlet: "Outlet One", published: "2018-03-10", date: "2018-03-10", claims: [wire()],
                     text: "قال مصدر أمني لوكالة فرانس برس إن سبعة أشخاص قتلوا في غارة على دوما."),
            F.report("wire-b", outlet: "Outlet Two", published: "2018-03-10", date: "2018-03-10",
                     claims: [F.claim(7, source: "مصدرٌ أمنيّ", kind: .security, via: "AFP")],
                     text: "وقال مصدرٌ أمنيّ لوكالة فرانس برس إن سبعة أشخاص قُتلوا في غارة على مدينة دوما."),
            F.report("wire-c", outlet: "Outlet Three", published: "2018-03-10", date: "2018-03-10",
                     claims: [wire(), F.claim(8, source: "مراسلنا", kind: .media)],
                     text: "قتل سبعة أشخاص في غارة على دوما بحسب مصدر أمني لفرانس برس، فيما قال مراسلنا إن القتلى ثمانية."),
        ], on: kind, golden: "wire-copies")
        try #require(events.count == 1)
        let e = events[0]
        #expect(e.reports.count == 3)
        // The AFP statement counts once, carried by three reports; the correspondent's figure is its own claim.
        #expect(e.claims.count == 2)
        #expect(e.claims[0].report == "wire-a" && e.claims[0].alsoIn == ["wire-b", "wire-c"])
        #expect((e.fatalities.low, e.fatalities.best, e.fatalities.high) == (7, 7, 8))
    }

    @Test(arguments: RepositoryKind.allCases)
    func twoIncidentsInOneTownOnOneDay(_ kind: RepositoryKind) throws {
        let events = try Self.run([
            F.report("strike-a", outlet: "Outlet One", published: "2018-03-10", date: "2018-03-10", claims: [F.claim(3)]),
            F.report("protest", outlet: "Outlet Two", published: "2018-03-10", type: .protests, subtype: "peaceful_protest",
                     date: "2018-03-10", claims: []),
            F.report("clash", outlet: "Outlet Two", published: "2018-03-10", type: .battles, subtype: "armed_clash",
                     date: "2018-03-10", actors: ["Syrian Army", "Jaysh al-Islam"], claims: [F.claim(11, victims: .combatants)]),
            F.report("strike-b", outlet: "Outlet Three", published: "2018-03-10", date: "2018-03-10", claims: [F.claim(3)]),
            F.report("execution", outlet: "Outlet Three", published: "2018-03-10", type: .violenceAgainstCivilians,
                     subtype: "attack", date: "2018-03-10", actors: ["Islamic State"], claims: [F.claim(2, victims: .civilians)]),
        ], on: kind, golden: "two-incidents")
        let groups = Set(events.map { Self.reportIDs($0).joined(separator: "+") })
        #expect(groups == ["strike-a+strike-b", "protest", "clash", "execution"])
    }

    @Test(arguments: RepositoryKind.allCases)
    func eitherSideOfMidnight(_ kind: RepositoryKind) throws {
        let events = try Self.run([
            // "late on Saturday" vs "in the first hours of Sunday".
            F.report("late", outlet: "Outlet One", published: "2018-03-11", date: "2018-03-10", claims: [F.claim(6)]),
            F.report("early", outlet: "Outlet Two", published: "2018-03-11", date: "2018-03-11", claims: [F.claim(6)]),
            // Two days on, another strike on the same town is another incident.
            F.report("later", outlet: "Outlet Two", published: "2018-03-13", date: "2018-03-13", claims: [F.claim(2)]),
        ], on: kind, golden: "midnight")
        let groups = events.map { Self.reportIDs($0).joined(separator: "+") }
        #expect(groups == ["late+early", "later"])
        #expect(events.first?.date?.value.description == "2018-03-10", "the earlier of two day-precision dates")
    }

    @Test(arguments: RepositoryKind.allCases)
    func regionLevelReportJoinsTownReport(_ kind: RepositoryKind) throws {
        let events = try Self.run([
            F.report("region", outlet: "Outlet One", published: "2018-03-10", town: F.rifDimashq, date: "2018-03-10", claims: [F.claim(5)]),
            F.report("town", outlet: "Outlet Two", published: "2018-03-10", date: "2018-03-10", claims: [F.claim(5)]),
            F.report("elsewhere", outlet: "Outlet Two", published: "2018-03-10", town: F.homs, date: "2018-03-10", claims: [F.claim(5)]),
        ], on: kind, golden: "region-level")
        let groups = events.map { Self.reportIDs($0).joined(separator: "+") }
        #expect(groups.sorted() == ["elsewhere", "region+town"])
        #expect(events.first { $0.reports.count == 2 }?.location?.name == "Douma", "the most precise place represents the event")
    }

    @Test func bothRepositoriesAgree() throws {
        // A mixed stream stored in batches of three: both repositories must produce the same export.
        var items: [IngestItem] = []
        let towns = [F.douma, F.harasta, F.homs, F.rifDimashq]
        for i in 0..<24 {
            let day = 10 + (i * 7) % 5
            items.append(F.report(
                "r\(i)", outlet: "Outlet \(i % 4)", published: "2018-03-\(day + 1)", type: i % 5 == 0 ? .protests : .explosionsRemoteViolence,
                town: towns[(i * 3) % 4], date: i % 6 == 0 ? nil : "2018-03-\(day)", claims: [F.claim(1 + i % 7)]
            ))
        }
        var outputs: [String] = []
        for kind in RepositoryKind.allCases {
            let repo = try kind.make()
            var i = 0
            while i < items.count {
                _ = try repo.store(Array(items[i..<min(i + 3, items.count)]))
                i += 3
            }
            outputs.append(EventExporter.string(try repo.mergedEvents(matching: EventQuery()), format: .json))
        }
        #expect(outputs[0] == outputs[1])
    }
}
