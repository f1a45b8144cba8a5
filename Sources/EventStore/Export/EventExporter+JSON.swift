import EventModel

extension EventExporter {
    /// A JSON array, one merged event per line:
    /// `{"id", "type", "subtype", "country", "location", "date", "window", "actors", "fatalities", "injuries",
    /// "reports": [{"id", "outlet", "url", "published"}], "claims": [{"report", "also_in", "source_key", "claim"}]}`.
    /// Toll `set_by` indexes refer to the event's `claims`.
    static func writeJSON(_ events: [MergedEvent], to emit: (String) -> Void) {
        emit("[")
        for (i, e) in events.enumerated() {
            emit(json(e) + (i + 1 < events.count ? "," : ""))
        }
        emit("]")
    }

    /// One merged event as a JSON object.
    public static func json(_ e: MergedEvent) -> String {
        var w = JSONWriter(capacity: 4096)
        w.beginObject()
        w.key("id"); w.value(Int(e.id))
        w.key("type"); w.value(e.type.rawValue)
        w.key("subtype"); w.value(e.subtype)
        w.key("country"); w.value(e.country)
        w.key("location")
        if let loc = e.location {
            w.beginObject()
            w.key("name"); w.value(loc.name)
            w.key("name_ar"); w.value(loc.nameArabic)
            w.key("admin1"); w.value(loc.admin1)
            w.key("latitude"); w.value(loc.latitude)
            w.key("longitude"); w.value(loc.longitude)
            w.key("precision"); w.value(loc.precision)
            w.endObject()
        } else {
            w.null()
        }
        w.key("date")
        if let date = e.date {
            w.beginObject()
            w.key("value"); w.value(date.value.description)
            w.key("precision"); w.value(date.precision.rawValue)
            w.endObject()
        } else {
            w.null()
        }
        w.key("window")
        if let window = e.window {
            w.beginObject()
            w.key("first"); w.value(window.firstDate.description)
            w.key("last"); w.value(window.lastDate.description)
            w.endObject()
        } else {
            w.null()
        }
        w.key("actors")
        w.beginArray()
        for actor in e.actors {
            w.beginObject()
            w.key("name"); w.value(actor.name)
            w.key("role"); w.value(actor.role.rawValue)
            w.endObject()
        }
        w.endArray()
        w.key("fatalities"); e.fatalities.write(to: &w)
        w.key("injuries"); e.injuries.write(to: &w)
        w.key("reports")
        w.beginArray()
        for r in e.reports {
            w.beginObject()
            w.key("id"); w.value(r.inputID)
            w.key("outlet"); w.value(r.outlet)
            w.key("url"); w.value(r.url)
            w.key("published"); w.value(r.published?.description)
            w.endObject()
        }
        w.endArray()
        w.key("claims")
        w.beginArray()
        for c in e.claims {
            w.beginObject()
            w.key("report"); w.value(c.report)
            w.key("also_in")
            w.beginArray()
            for id in c.alsoIn { w.value(id) }
            w.endArray()
            w.key("source_key"); w.value(c.sourceKey)
            w.key("claim"); c.claim.write(to: &w)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.string
    }
}
