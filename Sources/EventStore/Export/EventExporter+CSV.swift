import Foundation
import EventModel

extension EventExporter {
    /// Rasid's flat columns, one merged event a row.
    static let csvColumns = [
        "id", "date", "date_precision", "window_first", "window_last", "type", "subtype", "country", "admin1", "location",
        "location_ar", "latitude", "longitude", "geo_precision", "actor1", "actor2", "fatalities_low", "fatalities_best",
        "fatalities_high", "injuries_low", "injuries_best", "injuries_high", "report_count", "claim_count", "report_ids",
        "outlets", "urls",
    ]

    static func writeCSV(_ events: [MergedEvent], to emit: (String) -> Void) {
        emit(CSVRow(csvColumns).line)
        for e in events {
            var row = CSVRow()
            row.add(Int(e.id))
            row.add(e.date?.value.description ?? "")
            row.add(e.date?.precision.rawValue ?? "")
            row.add(isoDate(e.window?.first))
            row.add(isoDate(e.window?.last))
            row.add(e.type.rawValue)
            row.add(e.subtype)
            row.add(e.country ?? "")
            row.add(e.location?.admin1 ?? "")
            row.add(e.location?.name ?? "")
            row.add(e.location?.nameArabic ?? "")
            row.add(e.location?.latitude)
            row.add(e.location?.longitude)
            row.add(e.location?.precision)
            row.add(e.actor1 ?? "")
            row.add(e.actor2 ?? "")
            row.add(e.fatalities.low)
            row.add(e.fatalities.best)
            row.add(e.fatalities.high)
            row.add(e.injuries.low)
            row.add(e.injuries.best)
            row.add(e.injuries.high)
            row.add(e.reports.count)
            row.add(e.claims.count)
            row.add(e.reports.map(\.inputID).joined(separator: "; "))
            row.add(outlets(e).joined(separator: "; "))
            row.add(e.reports.compactMap(\.url).joined(separator: "; "))
            emit(row.line)
        }
    }

    /// ACLED's export columns (docs/store.md lists how each is filled). Columns Rasid cannot know stay empty.
    static let acledColumns = [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
        "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
        "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
        "source_scale", "notes", "fatalities", "tags", "timestamp",
    ]

    static func writeACLED(_ events: [MergedEvent], to emit: (String) -> Void) {
        emit(CSVRow(acledColumns).line)
        for e in events {
            let day = e.date?.value ?? e.window.map(\.firstDate)
            var row = CSVRow()
            row.add("\(e.country ?? "XX")\(e.id)")  // event_id_cnty: country code + store id
            row.add(day?.description ?? "")
            row.add(day?.year)
            row.add(timePrecision(e))
            row.add(disorderType(e.type))
            row.add(acledName(e.type.rawValue))
            row.add(acledName(e.subtype))
            row.add(e.actor1 ?? "")
            row.add("")  // assoc_actor_1
            row.add("")  // inter1
            row.add(e.actor2 ?? "")
            row.add("")  // assoc_actor_2
            row.add("")  // inter2
            row.add("")  // interaction
            row.add(isCivilianTargeting(e) ? "Civilian targeting" : "")
            row.add("")  // iso (numeric ISO 3166 code; not known)
            row.add("")  // region
            row.add(countryName(e.country))
            row.add(e.location?.admin1 ?? "")
            row.add("")  // admin2
            row.add("")  // admin3
            row.add(e.location?.name ?? "")
            row.add(e.location?.latitude)
            row.add(e.location?.longitude)
            row.add(e.location?.precision)
            row.add(outlets(e).joined(separator: "; "))
            row.add("")  // source_scale
            row.add(notes(e))
            row.add(e.fatalities.best ?? 0)
            row.add("")  // tags
            row.add("")  // timestamp
            emit(row.line)
        }
    }

    /// UCDP GED columns Rasid can fill (docs/store.md); dyad, conflict and Gleditsch-Ward ids are not known.
    static let ucdpColumns = [
        "id", "year", "type_of_violence", "side_a", "side_b", "number_of_sources", "source_article", "source_office",
        "source_date", "source_headline", "where_prec", "where_coordinates", "where_description", "adm_1", "latitude",
        "longitude", "geom_wkt", "country", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b",
        "deaths_civilians", "deaths_unknown", "best", "high", "low",
    ]

    static func writeUCDP(_ events: [MergedEvent], to emit: (String) -> Void) {
        emit(CSVRow(ucdpColumns).line)
        for e in events {
            var row = CSVRow()
            row.add(Int(e.id))
            row.add(e.window.map { $0.firstDate.year })
            row.add(e.type == .violenceAgainstCivilians ? 3 : 1)
            row.add(e.actor1 ?? "")
            row.add(e.actor2 ?? "")
            row.add(e.reports.count)
            row.add(e.reports.map { $0.url ?? $0.inputID }.joined(separator: "; "))
            row.add(outlets(e).joined(separator: "; "))
            row.add(e.reports.compactMap { $0.published?.description }.joined(separator: "; "))
            row.add("")  // source_headline
            row.add(wherePrecision(e))
            row.add(e.location?.name ?? "")
            row.add(e.location?.nameArabic ?? "")
            row.add(e.location?.admin1 ?? "")
            row.add(e.location?.latitude)
            row.add(e.location?.longitude)
            if let loc = e.location {
                row.add("POINT (\(String(format: "%.5f", loc.longitude)) \(String(format: "%.5f", loc.latitude)))")
            } else {
                row.add("")
            }
            row.add(countryName(e.country))
            row.add(datePrecision(e))
            row.add(isoDate(e.window?.first))
            row.add(isoDate(e.window?.last))
            let best = e.fatalities.best ?? 0
            let civilian = fatalitiesAreCivilian(e)
            row.add(0)  // deaths_a
            row.add(0)  // deaths_b
            row.add(civilian ? best : 0)
            row.add(civilian ? 0 : best)
            row.add(best)
            row.add(e.fatalities.high ?? best)
            row.add(e.fatalities.low ?? best)
            emit(row.line)
        }
    }

    // MARK: - Codes

    /// ACLED time_precision: 1 day, 2 week, 3 month.
    static func timePrecision(_ e: MergedEvent) -> Int {
        switch e.date?.precision {
        case .day: return 1
        case .week, nil: return 2
        case .month: return 3
        }
    }

    /// UCDP date_prec: 1 exact day, 2 two to six days, 3 a week, 4 a month, 5 longer.
    static func datePrecision(_ e: MergedEvent) -> Int {
        switch e.date?.precision {
        case .day: return 1
        case nil: return 2
        case .week: return 3
        case .month: return 4
        }
    }

    /// UCDP where_prec: 1 exact place, 2 within 25 km, 4 first-order admin unit, 6 country only.
    static func wherePrecision(_ e: MergedEvent) -> Int {
        guard let loc = e.location else { return 6 }
        switch loc.precision {
        case 1: return 1
        case 2: return 2
        default: return 4
        }
    }

    static func disorderType(_ type: EventType) -> String {
        switch type {
        case .battles, .explosionsRemoteViolence, .violenceAgainstCivilians: return "Political violence"
        case .protests, .riots: return "Demonstrations"
        case .strategicDevelopments: return "Strategic developments"
        }
    }

    static func isCivilianTargeting(_ e: MergedEvent) -> Bool {
        e.type == .violenceAgainstCivilians || fatalitiesAreCivilian(e)
    }

    /// Whether the claim that set the best fatality figure counts civilians.
    static func fatalitiesAreCivilian(_ e: MergedEvent) -> Bool {
        guard let i = e.fatalities.bestClaim, e.claims.indices.contains(i) else { return false }
        return e.claims[i].claim.victims == .civilians
    }

    /// ACLED-style notes: the toll's provenance and the reports merged.
    static func notes(_ e: MergedEvent) -> String {
        var parts: [String] = []
        if let best = e.fatalities.best, let i = e.fatalities.bestClaim, e.claims.indices.contains(i) {
            let c = e.claims[i].claim
            let source = c.source.text.isEmpty ? c.source.kind.rawValue : c.source.text
            parts.append("Fatalities \(best) per \(source) (\(e.claims[i].report))")
        }
        parts.append("Merged from \(e.reports.count) report\(e.reports.count == 1 ? "" : "s")")
        return parts.joined(separator: ". ") + "."
    }
}
