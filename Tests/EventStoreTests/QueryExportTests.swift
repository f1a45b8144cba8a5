import EventModel
import EventStore
import Foundation
import Testing

/// `rasid events` filters and export formats over a small store.
struct QueryExportTests {
    typealias F = Fixtures

    static func store(_ kind: RepositoryKind) throws -> any EventRepository {
        let repo = try kind.make()
        _ = try repo.store([
            F.report("douma", outlet: "Outlet One", published: "2018-03-10", date: "2018-03-10",
                     claims: [F.claim(12, source: "الدفاع المدني", kind: .official, victims: .civilians)]),
            F.report("homs", outlet: "Outlet Two", published: "2018-04-02", type: .battles, subtype: "armed_clash", town: F.homs,
                     date: "2018-04-01", actors: ["Syrian Army", "Islamic State"], claims: [F.claim(3)]),
            F.report("protest", outlet: "Outlet, Three", published: "2018-05-05", type: .protests, subtype: "peaceful_protest",
                     town: F.harasta, date: "2018-05-04", precision: .week, claims: []),
        ])
        return repo
    }

    struct Filter: CustomStringConvertible, Sendable {
        var name: String
        var query: EventQuery
        var expected: [String]
        var description: String { name }
    }

    static let filters: [Filter] = [
        Filter(name: "all", query: EventQuery(), expected: ["douma", "homs", "protest"]),
        Filter(name: "country", query: EventQuery(country: "sy"), expected: ["douma", "homs", "protest"]),
        Filter(name: "other country", query: EventQuery(country: "IQ"), expected: []),
        Filter(name: "from", query: EventQuery(from: F.day("2018-04-01")), expected: ["homs", "protest"]),
        Filter(name: "to", query: EventQuery(to: F.day("2018-04-01")), expected: ["douma", "homs"]),
        Filter(name: "week window reaches back", query: EventQuery(to: F.day("2018-05-02")), expected: ["douma", "homs", "protest"]),
        Filter(name: "type", query: EventQuery(type: .battles), expected: ["homs"]),
        Filter(name: "min fatalities", query: EventQuery(minFatalities: 5), expected: ["douma"]),
        Filter(name: "near Douma", query: EventQuery(near: .init(latitude: 33.57, longitude: 36.40, kilometres: 10)), expected: ["douma", "protest"]),
        Filter(name: "near, too small", query: EventQuery(near: .init(latitude: 33.57, longitude: 36.40, kilometres: 1)), expected: ["douma"]),
    ]

    @Test(arguments: RepositoryKind.allCases, filters)
    func filter(_ kind: RepositoryKind, _ f: Filter) throws {
        let events = try Self.store(kind).mergedEvents(matching: f.query)
        #expect(events.flatMap { $0.reports.map(\.inputID) } == f.expected)
    }

    @Test func nearParsing() throws {
        let near = try EventQuery.Near(parsing: "33.5, 36.3, 25")
        #expect(near.kilometres == 25)
        #expect(throws: StoreError.self) { try EventQuery.Near(parsing: "33.5,36.3") }
        #expect(throws: StoreError.self) { try EventQuery.Near(parsing: "100,36.3,5") }
    }

    static func csv(_ text: String) -> [[String]] {
        // Enough of RFC 4180 for these tests: quoted fields with commas and doubled quotes.
        text.split(separator: "\n").map { line in
            var fields: [String] = []
            var field = ""
            var quoted = false
            var chars = Array(line)
            var i = 0
            while i < chars.count {
                let c = chars[i]
                if quoted {
                    if c == "\"" && i + 1 < chars.count && chars[i + 1] == "\"" { field.append("\""); i += 1 }
                    else if c == "\"" { quoted = false }
                    else { field.append(c) }
                } else if c == "\"" { quoted = true }
                else if c == "," { fields.append(field); field = "" }
                else { field.append(c) }
                i += 1
            }
            fields.append(field)
            chars = []
            return fields
        }
    }

    @Test func acledColumns() throws {
        let events = try Self.store(.memory).mergedEvents(matching: EventQuery())
        let rows = Self.csv(EventExporter.string(events, format: .acledCSV))
        let header = rows[0]
        for column in ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
                       "actor1", "actor2", "civilian_targeting", "country", "admin1", "location", "latitude", "longitude",
                       "geo_precision", "source", "notes", "fatalities"] {
            #expect(header.contains(column), "ACLED column \(column)")
        }
        let douma = Dictionary(uniqueKeysWithValues: zip(header, rows[1]))
        #expect(douma["event_id_cnty"] == "SY1")
        #expect(douma["event_type"] == "Explosions/Remote violence")
        #expect(douma["sub_event_type"] == "Air/drone strike")
        #expect(douma["country"] == "Syria")
        #expect(douma["fatalities"] == "12")
        #expect(douma["time_precision"] == "1")
        #expect(douma["civilian_targeting"] == "Civilian targeting")
        let protest = Dictionary(uniqueKeysWithValues: zip(header, rows[3]))
        #expect(protest["source"] == "Outlet, Three", "a comma inside a field survives quoting")
        #expect(protest["time_precision"] == "2")
        #expect(rows.allSatisfy { $0.count == header.count })
    }

    @Test func ucdpColumns() throws {
        let events = try Self.store(.memory).mergedEvents(matching: EventQuery())
        let rows = Self.csv(EventExporter.string(events, format: .ucdpCSV))
        let header = rows[0]
        for column in ["best", "low", "high", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "where_prec", "date_prec",
                       "date_start", "date_end", "type_of_violence", "side_a", "side_b"] {
            #expect(header.contains(column), "UCDP column \(column)")
        }
        let homs = Dictionary(uniqueKeysWithValues: zip(header, rows[2]))
        #expect(homs["best"] == "3" && homs["deaths_unknown"] == "3" && homs["deaths_civilians"] == "0")
        #expect(homs["side_a"] == "Syrian Army" && homs["side_b"] == "Islamic State")
        #expect(homs["where_prec"] == "1" && homs["date_prec"] == "1")
        let douma = Dictionary(uniqueKeysWithValues: zip(header, rows[1]))
        #expect(douma["deaths_civilians"] == "12" && douma["type_of_violence"] == "1")
    }

    @Test(arguments: [ExportFormat.json, .geojson])
    func jsonFormatsParse(_ format: ExportFormat) throws {
        let events = try Self.store(.sqlite).mergedEvents(matching: EventQuery())
        let text = EventExporter.string(events, format: format)
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
        if format == .json {
            let array = try #require(parsed as? [[String: Any]])
            #expect(array.count == 3)
            let reports = try #require(array[0]["reports"] as? [[String: Any]])
            #expect(reports.first?["id"] as? String == "douma")
            #expect(reports.first?["outlet"] as? String == "Outlet One")
        } else {
            let features = try #require((parsed as? [String: Any])?["features"] as? [[String: Any]])
            #expect(features.count == 3)
            let coordinates = (features[0]["geometry"] as? [String: Any])?["coordinates"] as? [Double]
            #expect(coordinates == [36.4022, 33.5722], "GeoJSON is longitude first")
        }
    }

    @Test func tableListsEveryEvent() throws {
        let events = try Self.store(.memory).mergedEvents(matching: EventQuery())
        let lines = EventExporter.string(events, format: .table).split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines[1].contains("Douma") && lines[1].contains("12/12/12"))
        #expect(lines.last == "3 events")
    }
}
