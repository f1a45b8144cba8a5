// MARK: - rasid.v1 encoding

extension TextSpan {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("start"); w.value(start)
        w.key("end"); w.value(end)
        w.endObject()
    }
}

extension Optional where Wrapped == TextSpan {
    func write(to w: inout JSONWriter) {
        if let span = self { span.write(to: &w) } else { w.null() }
    }
}

extension CasualtyClaim {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("category"); w.value(category.rawValue)
        w.key("min"); w.value(min)
        w.key("max"); w.value(max)
        w.key("qualifier"); w.value(qualifier.rawValue)
        w.key("victims"); w.value(victims.rawValue)
        w.key("source")
        w.beginObject()
        w.key("text"); w.value(source.text)
        w.key("kind"); w.value(source.kind.rawValue)
        w.key("via"); w.value(source.via)
        w.key("span"); source.span.write(to: &w)
        w.endObject()
        w.key("hedged"); w.value(hedged)
        w.key("background"); w.value(background)
        w.key("span"); span.write(to: &w)
        w.key("quote"); w.value(quote)
        w.key("rule"); w.value(rule)
        w.endObject()
    }
}

extension Toll {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("low"); w.value(low)
        w.key("best"); w.value(best)
        w.key("high"); w.value(high)
        w.key("set_by")
        w.beginObject()
        w.key("low"); w.value(lowClaim)
        w.key("best"); w.value(bestClaim)
        w.key("high"); w.value(highClaim)
        w.endObject()
        w.key("rule"); w.value(rule)
        w.endObject()
    }
}

extension ConflictEvent {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("type"); w.value(type.rawValue)
        w.key("subtype"); w.value(subtype)
        w.key("country"); w.value(country)
        w.key("location")
        if let loc = location {
            w.beginObject()
            w.key("name"); w.value(loc.name)
            w.key("name_ar"); w.value(loc.nameArabic)
            w.key("admin1"); w.value(loc.admin1)
            w.key("latitude"); w.value(loc.latitude)
            w.key("longitude"); w.value(loc.longitude)
            w.key("precision"); w.value(loc.precision)
            w.key("span"); loc.span.write(to: &w)
            w.endObject()
        } else {
            w.null()
        }
        w.key("date")
        if let date {
            w.beginObject()
            w.key("value"); w.value(date.value.description)
            w.key("precision"); w.value(date.precision.rawValue)
            w.key("span"); date.span.write(to: &w)
            w.endObject()
        } else {
            w.null()
        }
        w.key("actors")
        w.beginArray()
        for actor in actors {
            w.beginObject()
            w.key("name"); w.value(actor.name)
            w.key("role"); w.value(actor.role.rawValue)
            w.key("span"); actor.span.write(to: &w)
            w.endObject()
        }
        w.endArray()
        w.key("fatalities"); fatalities.write(to: &w)
        w.key("injuries"); injuries.write(to: &w)
        w.key("claims")
        w.beginArray()
        for c in claims { w.value(c) }
        w.endArray()
        w.key("span"); span.write(to: &w)
        w.key("rule"); w.value(rule)
        w.endObject()
    }
}

extension ExtractionResult {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.value(id)
        w.key("schema"); w.value(Self.schema)
        w.key("lang"); w.value(lang)
        w.key("published"); w.value(published?.description)
        w.key("claims")
        w.beginArray()
        for c in claims { c.write(to: &w) }
        w.endArray()
        w.key("events")
        w.beginArray()
        for e in events { e.write(to: &w) }
        w.endArray()
        w.key("diagnostics")
        w.beginArray()
        for d in diagnostics {
            w.beginObject()
            w.key("severity"); w.value(d.severity.rawValue)
            w.key("message"); w.value(d.message)
            w.key("span"); d.span.write(to: &w)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    /// The result as one JSON document (one line unless `pretty`).
    public func json(pretty: Bool = false) -> String {
        var w = JSONWriter(pretty: pretty, capacity: 2048)
        write(to: &w)
        return w.string
    }
}

/// The output line for a document that could not be read.
public func errorLineJSON(id: String?, error: String) -> String {
    var w = JSONWriter()
    w.beginObject()
    w.key("id"); w.value(id)
    w.key("schema"); w.value(ExtractionResult.schema)
    w.key("error"); w.value(error)
    w.endObject()
    return w.string
}
