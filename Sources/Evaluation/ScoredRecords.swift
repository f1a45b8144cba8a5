import Foundation

/// One claim reduced to the fields `score.py` compares (`gold_claims` / `pred_claims`).
public struct ScoredClaim: Sendable {
    public var category: ScoreValue
    public var min: ScoreValue
    public var max: ScoreValue
    public var qualifier: ScoreValue
    /// Source kind (`source_kind` in gold, `source.kind` in predictions).
    public var kind: ScoreValue
    public var via: ScoreValue
    public var hedged: ScoreValue
    public var background: ScoreValue
    public var victims: ScoreValue
    /// For error listings only: the quoted text and the source as named.
    public var quote: String?
    public var sourceText: String?

    /// Field by score.py's name (`kind`, `hedged`, `background`, `qualifier`, `via`).
    subscript(field: String) -> ScoreValue {
        switch field {
        case "category": return category
        case "min": return min
        case "max": return max
        case "qualifier": return qualifier
        case "kind": return kind
        case "via": return via
        case "hedged": return hedged
        case "background": return background
        case "victims": return victims
        default: return .null
        }
    }
}

/// One event reduced to the fields `score.py` compares (`gold_events` / `pred_events`).
public struct ScoredEvent: Sendable {
    public var type: ScoreValue
    public var country: ScoreValue
    public var location: ScoreValue
    public var date: ScoreValue
    public var best: ScoreValue
    public var low: ScoreValue
    public var high: ScoreValue
    /// Injuries, best figure.
    public var injuries: ScoreValue
    public var actor1: ScoreValue
    /// For error listings only.
    public var subtype: String?

    /// Field by score.py's name (`best`, `low`, `high`, `inj`).
    subscript(field: String) -> ScoreValue {
        switch field {
        case "type": return type
        case "country": return country
        case "location": return location
        case "date": return date
        case "best": return best
        case "low": return low
        case "high": return high
        case "inj": return injuries
        case "actor1": return actor1
        default: return .null
        }
    }
}

/// The claims and events of one article, from gold or from predictions.
public struct ScoredArticle: Sendable {
    public var id: String
    public var claims: [ScoredClaim]
    public var events: [ScoredEvent]

    public init(id: String, claims: [ScoredClaim] = [], events: [ScoredEvent] = []) {
        self.id = id
        self.claims = claims
        self.events = events
    }
}

// MARK: - Reading predictions (rasid.v1)

extension ScoredArticle {
    /// Reads a rasid.v1 output object the way `pred_claims` / `pred_events` do: every field optional,
    /// a missing or null list is empty, country from the event or else from its location,
    /// `actor1` from the first actor whose role is actor1, perpetrator or initiator.
    public init(prediction object: [String: Any], id: String) throws {
        self.id = id
        claims = try Self.list(object["claims"], "claims", id).map { c in
            let source = c["source"] as? [String: Any] ?? [:]
            return ScoredClaim(
                category: ScoreValue(json: c["category"]), min: ScoreValue(json: c["min"]), max: ScoreValue(json: c["max"]),
                qualifier: ScoreValue(json: c["qualifier"]), kind: ScoreValue(json: source["kind"]),
                via: ScoreValue(json: source["via"]), hedged: ScoreValue(json: c["hedged"]),
                background: ScoreValue(json: c["background"]), victims: ScoreValue(json: c["victims"]),
                quote: c["quote"] as? String, sourceText: source["text"] as? String
            )
        }
        events = try Self.list(object["events"], "events", id).map { e in
            let location = e["location"] as? [String: Any] ?? [:]
            let fatalities = e["fatalities"] as? [String: Any] ?? [:]
            let injuries = e["injuries"] as? [String: Any] ?? [:]
            let date: ScoreValue
            if let d = e["date"] as? [String: Any] {
                date = ScoreValue(json: d["value"])
            } else {
                let raw = ScoreValue(json: e["date"])
                date = raw.isTruthy ? raw : .null  // `e.get("date") or {}` then `.get("value")`
            }
            var country = ScoreValue(json: e["country"])
            if !country.isTruthy { country = ScoreValue(json: location["country"]) }
            let actors = e["actors"] as? [[String: Any]] ?? []
            let roles: Set<String> = ["actor1", "perpetrator", "initiator"]
            let actor1 = actors.first { ($0["role"] as? String).map(roles.contains) ?? false }
            return ScoredEvent(
                type: ScoreValue(json: e["type"]), country: country, location: ScoreValue(json: location["name"]),
                date: date, best: ScoreValue(json: fatalities["best"]), low: ScoreValue(json: fatalities["low"]),
                high: ScoreValue(json: fatalities["high"]), injuries: ScoreValue(json: injuries["best"]),
                actor1: ScoreValue(json: actor1?["name"]), subtype: e["subtype"] as? String
            )
        }
    }

    /// Reads a gold object (GUIDELINE.md) the way `gold_claims` / `gold_events` do; fields score.py requires
    /// (`category`, `min`, `qualifier`, `source_kind`, `hedged`, `background`; `event_type`, `country`) must be present.
    public init(gold object: [String: Any], id: String) throws {
        self.id = id
        claims = try Self.list(object["claims"], "claims", id).enumerated().map { n, c in
            func required(_ key: String) throws -> ScoreValue {
                guard let value = c[key] else {
                    throw EvaluationError.other("gold article \(id): claim \(n + 1) has no \"\(key)\"")
                }
                return ScoreValue(json: value)
            }
            return ScoredClaim(
                category: try required("category"), min: try required("min"), max: ScoreValue(json: c["max"]),
                qualifier: try required("qualifier"), kind: try required("source_kind"), via: ScoreValue(json: c["via"]),
                hedged: try required("hedged"), background: try required("background"),
                victims: ScoreValue(json: c["victims"]), quote: c["quote"] as? String, sourceText: c["source"] as? String
            )
        }
        events = try Self.list(object["events"], "events", id).enumerated().map { n, e in
            func required(_ key: String) throws -> ScoreValue {
                guard let value = e[key] else {
                    throw EvaluationError.other("gold article \(id): event \(n + 1) has no \"\(key)\"")
                }
                return ScoreValue(json: value)
            }
            return ScoredEvent(
                type: try required("event_type"), country: try required("country"), location: ScoreValue(json: e["location"]),
                date: ScoreValue(json: e["date"]), best: ScoreValue(json: e["fatalities_best"]),
                low: ScoreValue(json: e["fatalities_low"]), high: ScoreValue(json: e["fatalities_high"]),
                injuries: ScoreValue(json: e["injuries_best"]), actor1: ScoreValue(json: e["actor1"]),
                subtype: e["sub_event_type"] as? String
            )
        }
    }

    /// A list of objects; absent or null is empty, anything else is an error rather than a crash.
    private static func list(_ value: Any?, _ name: String, _ id: String) throws -> [[String: Any]] {
        switch value {
        case nil, is NSNull: return []
        case let items as [Any]:
            return try items.map { item in
                guard let object = item as? [String: Any] else {
                    throw EvaluationError.other("article \(id): an item of \"\(name)\" is not a JSON object")
                }
                return object
            }
        default:
            throw EvaluationError.other("article \(id): \"\(name)\" is not a list")
        }
    }
}
