/// Scores predictions against gold: a line-by-line port of `shared/eval/score.py`.
///
/// Kept quirks, on purpose, so both give the same figures:
/// - matching is greedy and one-to-one, gold items in order, each taking the first unused prediction with an equal key;
/// - field accuracies count only matched pairs (via only where gold has one; location and date only where gold has
///   one; each toll field only where gold's is not null);
/// - values compare as Python does (`77 == 77.0`, `true == 1`, strings by code point);
/// - end-to-end facts are deduplicated sets; a gold place fact matches a predicted one of the same event type when
///   `samePlace` holds. score.py walks Python sets (hash order) here; this port walks facts in the order they are
///   first met, which can differ only when one gold place is within reach of two different predicted places.
public struct Scorer: Sendable {
    public var agencies: AgencyTable

    public init(agencies: AgencyTable) {
        self.agencies = agencies
    }

    /// A scorer with the bundled agency table.
    public static func standard() throws -> Scorer {
        Scorer(agencies: try AgencyTable.standard())
    }

    static let claimFields = ["kind", "hedged", "background", "qualifier"]
    static let tollFields = ["best", "low", "high", "inj"]

    public func score(gold: ScoreFile<GoldArticle>, predictions: ScoreFile<ScoredArticle>) -> Scoring {
        var counts: [String: Int] = [:]
        var accuracies: [String: (right: Int, n: Int)] = [:]
        var endToEnd = (tp: 0, fp: 0, fn: 0)
        var misses = MissList()
        var missing = 0

        func count(_ name: String, _ pairs: Int, _ fn: Int, _ fp: Int) {
            counts[name + "_tp", default: 0] += pairs
            counts[name + "_fn", default: 0] += fn
            counts[name + "_fp", default: 0] += fp
        }
        func tally(_ name: String, _ right: Bool) {
            accuracies[name, default: (0, 0)].n += 1
            if right { accuracies[name, default: (0, 0)].right += 1 }
        }

        for g in gold.ordered {
            let predicted = predictions[g.id]
            if predicted == nil { missing += 1 }
            let p = predicted ?? ScoredArticle(id: g.id)
            let id = g.id

            // Claims.
            let gc = g.expected.claims
            let pc = p.claims
            let claimMatch = Self.match(gc, pc) { [$0.category, $0.min, $0.max] }
            count("claim", claimMatch.pairs.count, claimMatch.unmatchedGold.count, claimMatch.unmatchedPredicted.count)
            let valueMatch = Self.match(gc, pc) { [$0.min, $0.max] }
            count("value", valueMatch.pairs.count, valueMatch.unmatchedGold.count, valueMatch.unmatchedPredicted.count)
            for (gi, pi) in claimMatch.pairs {
                let gg = gc[gi], pp = pc[pi]
                for field in Self.claimFields {
                    let right = gg[field] == pp[field]
                    tally("claim_" + field, right)
                    if !right { misses.add(.claimField(field), id, gold: gg, predicted: pp) }
                }
                if gg.via.isTruthy {
                    let right = NameMatching.normalizedAgency(gg.via, agencies: agencies)
                        == NameMatching.normalizedAgency(pp.via, agencies: agencies)
                    tally("claim_via", right)
                    if !right { misses.add(.claimField("via"), id, gold: gg, predicted: pp) }
                }
            }
            for gi in claimMatch.unmatchedGold {
                // Show the prediction with the same value, if any: usually the category is what went wrong.
                let sameValue = claimMatch.unmatchedPredicted.first { pc[$0].min == gc[gi].min && pc[$0].max == gc[gi].max }
                misses.add(.claimMissed, id, gold: gc[gi], predicted: sameValue.map { pc[$0] })
            }
            for pi in claimMatch.unmatchedPredicted {
                misses.add(.claimSpurious, id, gold: nil, predicted: pc[pi])
            }

            // Events.
            let ge = g.expected.events
            let pe = p.events
            let eventMatch = Self.match(ge, pe) { [$0.type, $0.country] }
            count("event", eventMatch.pairs.count, eventMatch.unmatchedGold.count, eventMatch.unmatchedPredicted.count)
            let countryMatch = Self.match(ge, pe) { [$0.country] }
            count("country", countryMatch.pairs.count, countryMatch.unmatchedGold.count, countryMatch.unmatchedPredicted.count)
            for (gi, pi) in eventMatch.pairs {
                let gg = ge[gi], pp = pe[pi]
                if gg.location.isTruthy {
                    let right = NameMatching.samePlace(gg.location.string, pp.location.string)
                    tally("event_location", right)
                    if !right { misses.add(.eventField("location"), id, gold: gg, predicted: pp) }
                }
                if gg.date.isTruthy {
                    let right = gg.date == pp.date
                    tally("event_date", right)
                    if !right { misses.add(.eventField("date"), id, gold: gg, predicted: pp) }
                }
                for field in Self.tollFields where !gg[field].isNull {
                    let right = gg[field] == pp[field]
                    tally("event_fatalities_" + field, right)
                    if !right { misses.add(.eventField("fatalities_" + field), id, gold: gg, predicted: pp) }
                }
            }
            for gi in eventMatch.unmatchedGold {
                let sameCountry = eventMatch.unmatchedPredicted.first { pe[$0].country == ge[gi].country }
                misses.add(.eventMissed, id, gold: ge[gi], predicted: sameCountry.map { pe[$0] })
            }
            for pi in eventMatch.unmatchedPredicted {
                misses.add(.eventSpurious, id, gold: nil, predicted: pe[pi])
            }

            // End to end.
            let gs = Self.facts(ge)
            let ps = Self.facts(pe)
            var left = ps
            var tp = 0
            for f in gs {
                let hit = left.firstIndex { q in
                    if f.tag == "loc" && q.tag == "loc" && f.type == q.type && NameMatching.samePlace(f.value.string, q.value.string) {
                        return true
                    }
                    return f == q
                }
                if let hit {
                    tp += 1
                    left.remove(at: hit)
                }
            }
            endToEnd.tp += tp
            endToEnd.fp += ps.count - tp
            endToEnd.fn += gs.count - tp
        }

        func prf(_ name: String) -> ScoreReport.PRF {
            ScoreReport.PRF(tp: counts[name + "_tp", default: 0], fp: counts[name + "_fp", default: 0], fn: counts[name + "_fn", default: 0])
        }
        let report = ScoreReport(
            articles: gold.count, missingArticles: missing, claim: prf("claim"), value: prf("value"), event: prf("event"),
            country: prf("country"), accuracies: accuracies.mapValues { ScoreReport.Accuracy(right: $0.right, n: $0.n) },
            endToEnd: ScoreReport.PRF(tp: endToEnd.tp, fp: endToEnd.fp, fn: endToEnd.fn)
        )
        return Scoring(report: report, misses: misses)
    }

    // MARK: - Matching

    /// score.py's `match`: greedy one-to-one on equal keys, gold in order.
    static func match<T>(_ gold: [T], _ predicted: [T], key: (T) -> [ScoreValue]) -> MatchResult {
        var used = Array(repeating: false, count: predicted.count)
        var result = MatchResult()
        for (gi, g) in gold.enumerated() {
            let gk = key(g)
            if let pi = predicted.indices.first(where: { !used[$0] && key(predicted[$0]) == gk }) {
                used[pi] = true
                result.pairs.append((gi, pi))
            } else {
                result.unmatchedGold.append(gi)
            }
        }
        result.unmatchedPredicted = predicted.indices.filter { !used[$0] }
        return result
    }

    struct MatchResult {
        var pairs: [(gold: Int, predicted: Int)] = []
        var unmatchedGold: [Int] = []
        var unmatchedPredicted: [Int] = []
    }

    // MARK: - End-to-end facts

    struct Fact: Hashable {
        var tag: String
        var type: ScoreValue
        var value: ScoreValue
    }

    /// score.py's `facts`: a set of (field, type, value), here kept in first-seen order.
    static func facts(_ events: [ScoredEvent]) -> [Fact] {
        var seen = Set<Fact>()
        var out: [Fact] = []
        func add(_ f: Fact) {
            if seen.insert(f).inserted { out.append(f) }
        }
        for e in events {
            add(Fact(tag: "type", type: e.type, value: e.country))
            if e.location.isTruthy {
                add(Fact(tag: "loc", type: e.type, value: .string(NameMatching.normalizedPlaceName(e.location.string))))
            }
            if e.date.isTruthy { add(Fact(tag: "date", type: e.type, value: e.date)) }
            if !e.best.isNull { add(Fact(tag: "fat", type: e.type, value: e.best)) }
        }
        return out
    }
}

/// A score report and the misses behind it.
public struct Scoring: Sendable {
    public var report: ScoreReport
    public var misses: MissList
}
