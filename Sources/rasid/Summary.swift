import EventModel

/// A readable, plain-text account of one extraction result.
enum Summary {
    static func render(article: Article, result: ExtractionResult) -> String {
        var out: [String] = []
        let outlet = article.outlet.map { " · \($0)" } ?? ""
        out.append("━━ \(result.id)\(outlet) · published \(result.published?.description ?? "unknown")")
        if result.events.isEmpty { out.append("  (no event found)") }
        for (n, e) in result.events.enumerated() {
            var place = e.location.map { "\($0.name) (\($0.nameArabic)), precision \($0.precision)" } ?? "place unknown"
            if let c = e.country { place += ", \(c)" }
            let date = e.date.map { "\($0.value) (\($0.precision.rawValue))" } ?? "date unknown"
            out.append("  event \(n + 1): \(e.type.rawValue) / \(e.subtype) — \(place) — \(date)")
            let a1 = e.actors.first { $0.role == .actor1 }?.name ?? "?"
            let a2 = e.actors.first { $0.role == .actor2 }?.name ?? "?"
            out.append("    actors: \(a1) → \(a2)")
            out.append("    killed:  \(toll(e.fatalities))")
            out.append("    injured: \(toll(e.injuries))")
        }
        out.append("  claims:")
        for (i, c) in result.claims.enumerated() {
            let value: String
            switch c.qualifier {
            case .exact: value = "\(c.min)"
            case .approx: value = "about \(c.min)"
            case .atLeast: value = "at least \(c.min)"
            case .atMost: value = "up to \(c.max ?? c.min)"
            case .range: value = "\(c.min)–\(c.max ?? c.min)"
            case .vague: value = "\(c.min)–\(c.max ?? c.min) (vague)"
            }
            var source = c.source.kind == .unattributed ? "unattributed" : "\(c.source.kind.rawValue): \(c.source.text)"
            if let via = c.source.via { source += " via \(via)" }
            var flags: [String] = []
            if c.hedged { flags.append("hedged") }
            if c.background { flags.append("background") }
            let flagText = flags.isEmpty ? "" : " [\(flags.joined(separator: ", "))]"
            out.append("    #\(i) \(c.category.rawValue) \(value) — \(source)\(flagText)")
            out.append("        «\(c.quote)» (\(c.rule))")
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func toll(_ t: Toll) -> String {
        guard t.best != nil || t.low != nil || t.high != nil else { return "no figure" }
        func v(_ x: Int?, _ c: Int?) -> String {
            guard let x else { return "–" }
            return c.map { "\(x) (claim #\($0))" } ?? "\(x)"
        }
        return "low \(v(t.low, t.lowClaim)) · best \(v(t.best, t.bestClaim)) · high \(v(t.high, t.highClaim))"
    }
}
