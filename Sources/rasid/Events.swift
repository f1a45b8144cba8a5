import ArgumentParser
import EventModel
import EventStore

struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List merged events from the store, filtered, as a table, JSON, CSV, ACLED/UCDP CSV or GeoJSON.",
        discussion: """
            `rasid events --db events.sqlite --country SY --from 2018-07-01 --min-fatalities 5 --format acled-csv`. \
            Each event lists every report that tells it; tolls are reconciled over all their claims.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The store to read.", valueName: "PATH"))
    var db = "rasid.sqlite"

    @Option(name: .long, help: "ISO 3166-1 alpha-2 country code, e.g. SY.")
    var country: String?

    @Option(name: .long, help: ArgumentHelp("Events on or after this day.", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Events on or before this day.", valueName: "YYYY-MM-DD"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp("Event type: \(EventType.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "TYPE"))
    var type: String?

    @Option(name: .long, help: "Best fatality figure at least this.")
    var minFatalities: Int?

    @Option(name: .long, help: ArgumentHelp("Within KM kilometres of a point.", valueName: "LAT,LON,KM"))
    var near: String?

    @Option(name: .long, help: ArgumentHelp("Output format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "FORMAT"))
    var format = "table"

    @Option(name: .long, help: ArgumentHelp("Write output here instead of stdout.", valueName: "FILE"))
    var out: String?

    func validate() throws {
        _ = try query()
        if ExportFormat(rawValue: format) == nil {
            throw ValidationError("--format must be one of \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func query() throws -> EventQuery {
        var q = EventQuery()
        if let country {
            guard country.count == 2, country.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw ValidationError("--country takes an ISO 3166-1 alpha-2 code such as SY, got '\(country)'")
            }
            q.country = country.uppercased()
        }
        if let from {
            guard let d = CalendarDate(iso: from) else { throw ValidationError("--from must be YYYY-MM-DD, got '\(from)'") }
            q.from = d
        }
        if let to {
            guard let d = CalendarDate(iso: to) else { throw ValidationError("--to must be YYYY-MM-DD, got '\(to)'") }
            q.to = d
        }
        if let type {
            guard let t = EventType(rawValue: type) else {
                throw ValidationError("--type must be one of \(EventType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            q.type = t
        }
        if let minFatalities {
            guard minFatalities >= 0 else { throw ValidationError("--min-fatalities must be 0 or more") }
            q.minFatalities = minFatalities
        }
        if let near {
            do { q.near = try EventQuery.Near(parsing: near) } catch { throw ValidationError("\(error)") }
        }
        return q
    }

    func run() throws {
        let store = try SQLiteEventRepository.openExisting(path: db)
        let events = try store.mergedEvents(matching: try query())
        let sink = try OutputSink(path: out)
        EventExporter.write(events, format: ExportFormat(rawValue: format) ?? .table) { sink.writeLine($0) }
        sink.flush()
    }
}
