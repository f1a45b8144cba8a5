import Foundation

/// The figures `score.py` reports, with the same names, rounding and JSON layout.
public struct ScoreReport: Sendable, Equatable {
    /// Precision, recall and F1 (rounded to 3 decimals) with the counts behind them.
    public struct PRF: Sendable, Equatable {
        public var precision: Double
        public var recall: Double
        public var f1: Double
        public var tp: Int
        public var fp: Int
        public var fn: Int

        public init(tp: Int, fp: Int, fn: Int) {
            self.tp = tp
            self.fp = fp
            self.fn = fn
            let p = tp + fp > 0 ? Double(tp) / Double(tp + fp) : 0
            let r = tp + fn > 0 ? Double(tp) / Double(tp + fn) : 0
            let f = p + r > 0 ? 2 * p * r / (p + r) : 0
            precision = ScoreReport.round3(p)
            recall = ScoreReport.round3(r)
            f1 = ScoreReport.round3(f)
        }
    }

    /// Share of matched items whose field agrees, over `n` items (nil when none).
    public struct Accuracy: Sendable, Equatable {
        public var accuracy: Double?
        public var right: Int
        public var n: Int

        public init(right: Int, n: Int) {
            self.right = right
            self.n = n
            accuracy = n > 0 ? ScoreReport.round3(Double(right) / Double(n)) : nil
        }
    }

    public var articles: Int
    /// Gold articles with no prediction line at all.
    public var missingArticles: Int
    /// Claims matched on (category, min, max).
    public var claim: PRF
    /// Claims matched on (min, max) only.
    public var value: PRF
    /// Events matched on (type, country).
    public var event: PRF
    /// Events matched on country only.
    public var country: PRF
    /// Field accuracies on matched claims and events, by score.py's name (`claim_kind`, `event_date`, ...);
    /// a name is present only when at least one item was compared.
    public var accuracies: [String: Accuracy]
    /// Pooled event facts (type+country, place, date, best toll); tp/fp/fn kept for reading.
    public var endToEnd: PRF

    /// Python's `round(x, 3)`: the decimal nearest to the exact binary value, ties to even (as C's printf).
    static func round3(_ x: Double) -> Double {
        Double(String(format: "%.3f", x)) ?? x
    }

    // MARK: - score.py's JSON

    /// One JSON object, byte for byte what `score.py --json` prints for the same input.
    public var scorePyJSON: String {
        var parts: [String] = ["\"articles\": \(articles)", "\"missing_articles\": \(missingArticles)"]
        for (name, prf) in [("claim", claim), ("value", value), ("event", event), ("country", country)] {
            parts.append(
                "\"\(name)\": {\"precision\": \(Self.pyFloat(prf.precision)), \"recall\": \(Self.pyFloat(prf.recall)), "
                    + "\"f1\": \(Self.pyFloat(prf.f1)), \"tp\": \(prf.tp), \"fp\": \(prf.fp), \"fn\": \(prf.fn)}"
            )
        }
        for name in accuracies.keys.sorted() {
            let a = accuracies[name]!
            parts.append("\"\(name)\": {\"accuracy\": \(a.accuracy.map(Self.pyFloat) ?? "null"), \"n\": \(a.n)}")
        }
        parts.append(
            "\"end_to_end\": {\"precision\": \(Self.pyFloat(endToEnd.precision)), \"recall\": \(Self.pyFloat(endToEnd.recall)), "
                + "\"f1\": \(Self.pyFloat(endToEnd.f1))}"
        )
        return "{" + parts.joined(separator: ", ") + "}"
    }

    /// Python's `repr(float)`: shortest round-trip digits, always with a decimal point.
    static func pyFloat(_ d: Double) -> String {
        let s = "\(d)"
        return s.contains(".") || s.contains("e") || s.contains("n") ? s : s + ".0"
    }
}
