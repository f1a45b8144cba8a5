import EventModel
import Foundation

extension EventExporter {
    /// Aligned columns: id, date, type, country, place, fatalities low/best/high, injuries, reports and outlets.
    static func writeTable(_ events: [MergedEvent], to emit: (String) -> Void) {
        let header = ["id", "date", "type", "cc", "place", "killed (low/best/high)", "injured", "reports", "outlets"]
        var rows: [[String]] = [header]
        for e in events {
            let date = e.date.map { $0.precision == .day ? $0.value.description : "\($0.value) (\($0.precision.rawValue))" }
                ?? e.window.map { "~\($0.lastDate)" } ?? "-"
            let place = e.location.map { $0.nameArabic.isEmpty ? $0.name : "\($0.name) \($0.nameArabic)" } ?? "-"
            rows.append([
                String(e.id), date, e.type.rawValue, e.country ?? "-", place, tollText(e.fatalities),
                e.injuries.best.map(String.init) ?? "-", String(e.reports.count), outlets(e).joined(separator: ", "),
            ])
        }
        var widths = [Int](repeating: 0, count: header.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        for row in rows {
            var line = ""
            for (i, cell) in row.enumerated() {
                line += cell
                if i + 1 < row.count { line += String(repeating: " ", count: widths[i] - cell.count + 2) }
            }
            emit(line)
        }
        emit("\(events.count) event\(events.count == 1 ? "" : "s")")
    }

    static func tollText(_ t: Toll) -> String {
        guard let best = t.best else { return "-" }
        return "\(t.low.map(String.init) ?? "?")/\(best)/\(t.high.map(String.init) ?? "?")"
    }

    /// A GeoJSON FeatureCollection of the events that have coordinates (one Point feature each).
    static func writeGeoJSON(_ events: [MergedEvent], to emit: (String) -> Void) {
        emit("{\"type\":\"FeatureCollection\",\"features\":[")
        let located = events.filter { $0.location != nil }
        for (i, e) in located.enumerated() {
            guard let loc = e.location else { continue }
            var w = JSONWriter(capacity: 1024)
            w.beginObject()
            w.key("type"); w.value("Feature")
            w.key("geometry")
            w.beginObject()
            w.key("type"); w.value("Point")
            w.key("coordinates")
            w.beginArray(); w.value(loc.longitude); w.value(loc.latitude); w.endArray()
            w.endObject()
            w.key("properties")
            w.beginObject()
            w.key("id"); w.value(Int(e.id))
            w.key("type"); w.value(e.type.rawValue)
            w.key("subtype"); w.value(e.subtype)
            w.key("country"); w.value(e.country)
            w.key("location"); w.value(loc.name)
            w.key("location_ar"); w.value(loc.nameArabic)
            w.key("geo_precision"); w.value(loc.precision)
            w.key("date"); w.value(e.date?.value.description)
            w.key("date_precision"); w.value(e.date?.precision.rawValue)
            w.key("fatalities_low"); w.value(e.fatalities.low)
            w.key("fatalities_best"); w.value(e.fatalities.best)
            w.key("fatalities_high"); w.value(e.fatalities.high)
            w.key("injuries_best"); w.value(e.injuries.best)
            w.key("reports")
            w.beginArray()
            for r in e.reports { w.value(r.inputID) }
            w.endArray()
            w.key("outlets")
            w.beginArray()
            for o in outlets(e) { w.value(o) }
            w.endArray()
            w.endObject()
            w.endObject()
            emit(w.string + (i + 1 < located.count ? "," : ""))
        }
        emit("]}")
    }
}
