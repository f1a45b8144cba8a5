import Foundation

/// Readable renderings of a score report and of its misses.
public enum EvaluationTable {
    /// The metrics as aligned tables: detection (P/R/F1 with counts), then field accuracies, then end to end.
    public static func render(_ r: ScoreReport, title: String? = nil) -> String {
        var out: [String] = []
        if let title { out.append(title) }
        out.append("\(r.articles) articles" + (r.missingArticles > 0 ? ", \(r.missingArticles) with no prediction" : ""))
        out.append("")
        out.append(row("detection", "P", "R", "F1", "TP", "FP", "FN"))
        let detections: [(String, ScoreReport.PRF)] = [
            ("claims (category + value)", r.claim), ("values (min + max)", r.value),
            ("events (type + country)", r.event), ("countries", r.country),
        ]
        for (name, p) in detections {
            out.append(row(name, fixed(p.precision), fixed(p.recall), fixed(p.f1), "\(p.tp)", "\(p.fp)", "\(p.fn)"))
        }
        out.append(row("end to end (event facts)", fixed(r.endToEnd.precision), fixed(r.endToEnd.recall), fixed(r.endToEnd.f1),
                       "\(r.endToEnd.tp)", "\(r.endToEnd.fp)", "\(r.endToEnd.fn)"))
        out.append("")
        out.append(row("accuracy on matched items", "acc", "right", "n", "", "", ""))
        let labels: [(String, String)] = [
            ("claim_kind", "claim source kind"), ("claim_via", "claim via (agency)"), ("claim_hedged", "claim hedged"),
            ("claim_background", "claim background"), ("claim_qualifier", "claim qualifier"),
            ("event_location", "event location"), ("event_date", "event date"),
            ("event_fatalities_best", "event fatalities best"), ("event_fatalities_low", "event fatalities low"),
            ("event_fatalities_high", "event fatalities high"), ("event_fatalities_inj", "event injuries best"),
        ]
        let known = Set(labels.map(\.0))
        let extra = r.accuracies.keys.filter { !known.contains($0) }.sorted().map { ($0, $0) }
        for (key, label) in labels + extra {
            guard let a = r.accuracies[key] else {
                out.append(row(label, "-", "0", "0", "", "", ""))
                continue
            }
            out.append(row(label, a.accuracy.map(fixed) ?? "-", "\(a.right)", "\(a.n)", "", "", ""))
        }
        return out.joined(separator: "\n")
    }

    /// Up to `limit` rows of each kind of miss: article, gold, predicted, quote.
    public static func render(_ misses: MissList, limit: Int) -> String {
        var out: [String] = []
        for kind in misses.kinds {
            let rows = misses.rows[kind] ?? []
            out.append("")
            out.append("== \(kind): \(rows.count)" + (rows.count > limit ? ", first \(limit)" : ""))
            for r in rows.prefix(limit) {
                out.append("  [\(r.articleID)]")
                out.append("    gold:      \(r.gold)")
                out.append("    predicted: \(r.predicted)")
                if !r.quote.isEmpty { out.append("    quote:     \(oneLine(r.quote))") }
            }
        }
        if out.isEmpty { out.append("no misses") }
        return out.joined(separator: "\n")
    }

    private static func oneLine(_ s: String) -> String {
        s.replacingOccurrences(of: "\n", with: " ")
    }

    private static func fixed(_ d: Double) -> String { String(format: "%.3f", d) }

    private static func row(_ name: String, _ cells: String...) -> String {
        let first = name.padding(toLength: 28, withPad: " ", startingAt: 0)
        let rest = cells.map { String(repeating: " ", count: max(0, 7 - $0.count)) + $0 }.joined()
        return (first + rest).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }
}
