import Foundation
import Testing

@testable import EventModel

@Suite("JSON writer")
struct JSONWriterTests {
    @Test(arguments: [
        ("plain", "\"plain\""),
        ("quote \" and backslash \\", "\"quote \\\" and backslash \\\\\""),
        ("line\nbreak\ttab\r", "\"line\\nbreak\\ttab\\r\""),
        ("\u{01}control", "\"\\u0001control\""),
        ("مقتل 12 شخصا", "\"مقتل 12 شخصا\""),
    ])
    func escapesStrings(_ input: String, _ expected: String) {
        var w = JSONWriter()
        w.value(input)
        #expect(w.string == expected)
    }

    @Test func keepsKeyOrderAndNulls() {
        var w = JSONWriter()
        w.beginObject()
        w.key("b"); w.value(2)
        w.key("a"); w.null()
        w.key("list")
        w.beginArray()
        w.value(true)
        w.value(1.5)
        w.endArray()
        w.endObject()
        #expect(w.string == #"{"b":2,"a":null,"list":[true,1.5]}"#)
    }

    @Test(arguments: [(12.345678912, "12.345679"), (-0.5, "-0.5"), (3.0, "3"), (Double.nan, "null")])
    func formatsDoubles(_ d: Double, _ expected: String) {
        var w = JSONWriter()
        w.value(d)
        #expect(w.string == expected)
    }

    @Test func prettyOutputParses() throws {
        var w = JSONWriter(pretty: true)
        w.beginObject()
        w.key("x"); w.beginArray(); w.value(1); w.value(2); w.endArray()
        w.key("empty"); w.beginArray(); w.endArray()
        w.endObject()
        let parsed = try JSONSerialization.jsonObject(with: Data(w.string.utf8)) as? [String: Any]
        #expect((parsed?["x"] as? [Int]) == [1, 2])
        #expect(w.string.contains("\n"))
    }

    @Test func resultFollowsTheContract() throws {
        let claim = CasualtyClaim(
            category: .killed, min: 70, max: nil, qualifier: .atLeast, source: ClaimSource(text: "مصادر أمنية", kind: .security, via: "AFP"),
            hedged: true, span: TextSpan(start: 3, end: 10), quote: "أكثر من", rule: "casualty.count_cue"
        )
        var event = ConflictEvent(type: .battles, subtype: "armed_clash", country: "ML", span: TextSpan(start: 0, end: 2), rule: "t")
        event.fatalities = Toll(low: 70, best: 77, high: 100)
        event.claims = [0]
        let result = ExtractionResult(
            id: "doc-1", lang: "ar", published: CalendarDate(iso: "2024-09-19"), claims: [claim], events: [event],
            diagnostics: [Diagnostic(.note, "a note")]
        )
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.json().utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "rasid.v1")
        #expect(object["published"] as? String == "2024-09-19")
        let claims = try #require(object["claims"] as? [[String: Any]])
        #expect(claims[0]["qualifier"] as? String == "at_least")
        #expect(claims[0]["max"] is NSNull)
        #expect((claims[0]["source"] as? [String: Any])?["via"] as? String == "AFP")
        let events = try #require(object["events"] as? [[String: Any]])
        #expect((events[0]["fatalities"] as? [String: Any])?["best"] as? Int == 77)
        #expect(events[0]["location"] is NSNull)
    }

    @Test(arguments: [false, true])
    func bytesAreTheStringsUTF8(pretty: Bool) {
        let claim = CasualtyClaim(
            category: .killed, min: 3, max: nil, qualifier: .exact, span: TextSpan(start: 0, end: 4), quote: "قتل \"ثلاثة\"\n", rule: "r"
        )
        let result = ExtractionResult(id: "doc-2", lang: "ar", published: nil, claims: [claim], events: [], diagnostics: [])
        let bytes = result.jsonBytes(pretty: pretty)
        #expect(bytes == Array(result.json(pretty: pretty).utf8))
        #expect(bytes.count > 20)
    }

    /// `jsonBytes` writes into storage sized from the numbers of claims and events; a longer result (here one claim with
    /// a quote far longer than that room) goes on in the writer's own buffer and must come out the same.
    @Test(arguments: [(false, 10), (false, 5_000), (true, 5_000)])
    func bytesPastTheirEstimateAreTheStringsUTF8(pretty: Bool, quoteWords: Int) {
        let quote = Array(repeating: "قتل \"ثلاثة\"", count: quoteWords).joined(separator: " ")
        let claim = CasualtyClaim(category: .killed, min: 3, max: nil, qualifier: .exact, span: TextSpan(start: 0, end: 4), quote: quote, rule: "r")
        let result = ExtractionResult(id: "doc-3", lang: "ar", published: nil, claims: [claim], events: [], diagnostics: [])
        let bytes = result.jsonBytes(pretty: pretty)
        #expect(bytes == Array(result.json(pretty: pretty).utf8))
        #expect(bytes.count > quote.utf8.count)
    }

    @Test func errorLineNamesTheDocument() throws {
        let line = errorLineJSON(id: "x", error: "invalid UTF-8")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "x")
        #expect(object["error"] as? String == "invalid UTF-8")
    }

    @Test func errorLineBytesAreTheLinesUTF8() {
        #expect(errorLineJSONBytes(id: "ن", error: "bad \"line\"") == Array(errorLineJSON(id: "ن", error: "bad \"line\"").utf8))
    }
}

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test(arguments: ["2024-09-19", "2000-02-29", "1970-01-01", "2023-12-31"])
    func roundTrips(_ iso: String) throws {
        let date = try #require(CalendarDate(iso: iso))
        #expect(date.description == iso)
        #expect(CalendarDate(dayNumber: date.dayNumber) == date)
    }

    @Test(arguments: ["2023-02-29", "2024-13-01", "24-09-19", "2024-09", "yesterday", ""])
    func rejectsMalformedDates(_ iso: String) {
        #expect(CalendarDate(iso: iso) == nil)
    }

    @Test(arguments: [("2024-09-19", 4), ("2024-09-17", 2), ("1970-01-01", 4), ("2025-03-09", 0)])
    func knowsTheWeekday(_ iso: String, _ weekday: Int) throws {
        #expect(try #require(CalendarDate(iso: iso)).weekday == weekday)
    }

    @Test func addsDaysAcrossMonthsAndYears() throws {
        let d = try #require(CalendarDate(iso: "2024-12-30"))
        #expect(d.adding(days: 3).description == "2025-01-02")
        #expect(d.adding(days: -365).description == "2023-12-31")
    }
}

@Suite("Great-circle distances")
struct GeoDistanceTests {
    @Test func knownDistances() {
        // Damascus to Aleppo is about 310 km; a point to itself is 0.
        let d = GeoDistance.kilometres(33.5138, 36.2765, 36.2021, 37.1343)
        #expect(d > 300 && d < 320)
        #expect(GeoDistance.kilometres(12.65, -8.0, 12.65, -8.0) == 0)
    }
}
