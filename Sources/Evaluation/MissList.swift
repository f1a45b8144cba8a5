import EventModel

/// The disagreements found while scoring, by kind, so a person can read gold and prediction side by side.
public struct MissList: Sendable {
    /// What kind of disagreement a row shows.
    public enum Kind: Hashable, Sendable, Comparable, CustomStringConvertible {
        /// A gold claim with no prediction of the same category and value (false negative).
        case claimMissed
        /// A predicted claim with no gold claim of the same category and value (false positive).
        case claimSpurious
        /// A matched claim whose field (`kind`, `via`, `hedged`, `background`, `qualifier`) differs.
        case claimField(String)
        /// A gold event with no prediction of the same type and country.
        case eventMissed
        /// A predicted event with no gold event of the same type and country.
        case eventSpurious
        /// A matched event whose field (`location`, `date`, `fatalities_best`, ...) differs.
        case eventField(String)

        public var description: String {
            switch self {
            case .claimMissed: return "claims missed (gold, not predicted)"
            case .claimSpurious: return "claims spurious (predicted, not in gold)"
            case .claimField(let f): return "claim \(f == "kind" ? "source kind" : f) differs"
            case .eventMissed: return "events missed (gold, not predicted)"
            case .eventSpurious: return "events spurious (predicted, not in gold)"
            case .eventField("fatalities_inj"): return "event injuries best differs"
            case .eventField(let f): return "event \(f.replacingOccurrences(of: "_", with: " ")) differs"
            }
        }

        /// Report order: claims before events, misses before field differences.
        private var rank: (Int, String) {
            switch self {
            case .claimMissed: return (0, "")
            case .claimSpurious: return (1, "")
            case .claimField(let f): return (2, Self.fieldOrder(f))
            case .eventMissed: return (3, "")
            case .eventSpurious: return (4, "")
            case .eventField(let f): return (5, Self.fieldOrder(f))
            }
        }

        private static func fieldOrder(_ f: String) -> String {
            let order = ["kind", "via", "hedged", "background", "qualifier", "location", "date",
                         "fatalities_best", "fatalities_low", "fatalities_high", "fatalities_inj"]
            return String(format: "%02d", order.firstIndex(of: f) ?? 99) + f
        }

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rank < rhs.rank }
    }

    /// One disagreement: the article, what gold says, what was predicted, and the quoted text.
    public struct Row: Sendable {
        public var articleID: String
        public var gold: String
        public var predicted: String
        public var quote: String
    }

    public private(set) var rows: [Kind: [Row]] = [:]

    public init() {}

    /// Kinds that have rows, in report order.
    public var kinds: [Kind] { rows.keys.sorted() }

    mutating func add(_ kind: Kind, _ id: String, gold: ScoredClaim?, predicted: ScoredClaim?) {
        let quote = gold?.quote ?? predicted?.quote ?? ""
        rows[kind, default: []].append(
            Row(articleID: id, gold: gold.map(Self.describe) ?? "-", predicted: predicted.map(Self.describe) ?? "-", quote: quote)
        )
    }

    mutating func add(_ kind: Kind, _ id: String, gold: ScoredEvent?, predicted: ScoredEvent?) {
        rows[kind, default: []].append(
            Row(articleID: id, gold: gold.map(Self.describe) ?? "-", predicted: predicted.map(Self.describe) ?? "-", quote: "")
        )
    }

    /// `killed 70+ (at_least) security via AFP, hedged`.
    static func describe(_ c: ScoredClaim) -> String {
        var value = c.min.description
        if !c.max.isNull && c.max != c.min { value += "-" + c.max.description }
        if c.max.isNull { value += "+" }
        var s = "\(c.category) \(value) (\(c.qualifier)) \(c.kind)"
        if c.via.isTruthy { s += " via \(c.via)" }
        if c.hedged.isTruthy { s += ", hedged" }
        if c.background.isTruthy { s += ", background" }
        return s
    }

    /// `explosions_remote_violence ML Bamako 2024-09-17 killed 77 [70-100] injured 255`.
    static func describe(_ e: ScoredEvent) -> String {
        var s = "\(e.type) \(e.country)"
        if e.location.isTruthy { s += " \(e.location)" }
        if e.date.isTruthy { s += " \(e.date)" }
        if !e.best.isNull || !e.low.isNull || !e.high.isNull {
            s += " killed \(e.best) [\(e.low)-\(e.high)]"
        }
        if !e.injuries.isNull { s += " injured \(e.injuries)" }
        return s
    }
}

extension MissList {
    /// Up to `limit` rows of each kind as one JSON object: `{"claim kind differs": [{"id", "gold", "predicted", "quote"}]}`.
    public func json(limit: Int) -> String {
        var w = JSONWriter()
        w.beginObject()
        for kind in kinds {
            w.key(kind.description)
            w.beginArray()
            for row in (rows[kind] ?? []).prefix(limit) {
                w.beginObject()
                w.key("id"); w.value(row.articleID)
                w.key("gold"); w.value(row.gold)
                w.key("predicted"); w.value(row.predicted)
                w.key("quote"); w.value(row.quote)
                w.endObject()
            }
            w.endArray()
        }
        w.endObject()
        return w.string
    }
}
