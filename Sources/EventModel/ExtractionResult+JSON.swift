// MARK: - rasid.v1 encoding

extension TextSpan {
    public func write(to w: inout JSONWriter) { w.value(self) }
}

extension Optional where Wrapped == TextSpan {
    func write(to w: inout JSONWriter) {
        if let span = self { w.value(span) } else { w.null() }
    }
}

extension CasualtyClaim {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("category"); w.value(category.rawValue)
        w.field("min"); w.value(min)
        w.field("max"); w.value(max)
        w.field("qualifier"); w.value(qualifier.rawValue)
        w.field("victims"); w.value(victims.rawValue)
        w.field("source")
        w.beginObject()
        w.field("text"); w.value(source.text)
        w.field("kind"); w.value(source.kind.rawValue)
        w.field("via"); w.value(source.via)
        w.field("span"); source.span.write(to: &w)
        w.endObject()
        w.field("hedged"); w.value(hedged)
        w.field("background"); w.value(background)
        w.field("span"); span.write(to: &w)
        w.field("quote"); w.value(quote)
        w.field("rule"); w.value(rule)
        w.endObject()
    }
}

extension Toll {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("low"); w.value(low)
        w.field("best"); w.value(best)
        w.field("high"); w.value(high)
        w.field("set_by")
        w.beginObject()
        w.field("low"); w.value(lowClaim)
        w.field("best"); w.value(bestClaim)
        w.field("high"); w.value(highClaim)
        w.endObject()
        w.field("rule"); w.value(rule)
        w.endObject()
    }
}

extension ConflictEvent {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("type"); w.value(type.rawValue)
        w.field("subtype"); w.value(subtype)
        w.field("country"); w.value(country)
        w.field("location")
        if let loc = location {
            w.beginObject()
            w.field("name"); w.value(loc.name)
            w.field("name_ar"); w.value(loc.nameArabic)
            w.field("admin1"); w.value(loc.admin1)
            w.field("latitude"); w.value(loc.latitude)
            w.field("longitude"); w.value(loc.longitude)
            w.field("precision"); w.value(loc.precision)
            w.field("span"); loc.span.write(to: &w)
            w.endObject()
        } else {
            w.null()
        }
        w.field("date")
        if let date {
            w.beginObject()
            w.field("value"); w.value(date.value)
            w.field("precision"); w.value(date.precision.rawValue)
            w.field("span"); date.span.write(to: &w)
            w.endObject()
        } else {
            w.null()
        }
        w.field("actors")
        w.beginArray()
        for actor in actors {
            w.beginObject()
            w.field("name"); w.value(actor.name)
            w.field("role"); w.value(actor.role.rawValue)
            w.field("span"); actor.span.write(to: &w)
            w.endObject()
        }
        w.endArray()
        w.field("fatalities"); fatalities.write(to: &w)
        w.field("injuries"); injuries.write(to: &w)
        w.field("claims")
        w.beginArray()
        for c in claims { w.value(c) }
        w.endArray()
        w.field("span"); span.write(to: &w)
        w.field("rule"); w.value(rule)
        w.endObject()
    }
}

extension ExtractionResult {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("id"); w.value(id)
        w.field("schema"); w.value(Self.schema)
        w.field("lang"); w.value(lang)
        w.field("published")
        if let published { w.value(published) } else { w.null() }
        w.field("claims")
        w.beginArray()
        for c in claims { c.write(to: &w) }
        w.endArray()
        w.field("events")
        w.beginArray()
        for e in events { e.write(to: &w) }
        w.endArray()
        w.field("diagnostics")
        w.beginArray()
        for d in diagnostics {
            w.beginObject()
            w.field("severity"); w.value(d.severity.rawValue)
            w.field("message"); w.value(d.message)
            w.field("span"); d.span.write(to: &w)
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

    /// The UTF-8 bytes of `json(pretty:)`, with no String made of them (so no UTF-8 check of the finished document):
    /// what `rasid extract` writes and `rasid bench --stage full` counts.
    ///
    /// Written straight into the array's storage, sized from the numbers of claims, events and diagnostics (enough for
    /// every report of the shared corpus, at about twice the bytes); a result that needs more is written on in the
    /// writer's own buffer and copied (copying every line cost about 3,000 instructions a report).
    public func jsonBytes(pretty: Bool = false) -> [UInt8] {
        let estimate = (pretty ? 3 : 1) * (256 + 640 * claims.count + 1024 * events.count + 256 * diagnostics.count)
        var spilled: [UInt8]?
        let bytes = [UInt8](unsafeUninitializedCapacity: estimate) { buffer, count in
            var w = JSONWriter(into: buffer, pretty: pretty)
            write(to: &w)
            if w.isInCallerBuffer {
                count = w.byteCount
            } else {
                spilled = w.bytes
                count = 0
            }
        }
        return spilled ?? bytes
    }
}

/// The output line for a document that could not be read.
public func errorLineJSON(id: String?, error: String) -> String {
    String(decoding: errorLineJSONBytes(id: id, error: error), as: UTF8.self)
}

/// The UTF-8 bytes of `errorLineJSON(id:error:)`.
public func errorLineJSONBytes(id: String?, error: String) -> [UInt8] {
    var w = JSONWriter()
    w.beginObject()
    w.field("id"); w.value(id)
    w.field("schema"); w.value(ExtractionResult.schema)
    w.field("error"); w.value(error)
    w.endObject()
    return w.bytes
}
