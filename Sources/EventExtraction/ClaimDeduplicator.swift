import ArabicText
import EventModel

/// Merges repeats inside one article (eval/GUIDELINE.md, conventions):
/// the same figure from the same source told twice (lead and body) is one claim; an unattributed figure that another
/// sentence attributes to a named source is one claim, under the named source. The same figure from two sources stays two.
enum ClaimDeduplicator {
    /// `container[i]` marks a claim whose source is only a container noun ("بيان"): like an unattributed figure, it
    /// yields to the same figure under a named source.
    static func deduplicate(_ claims: [CasualtyClaim], container: [Bool]? = nil) -> [CasualtyClaim] {
        let weak = container ?? [Bool](repeating: false, count: claims.count)
        var keep = [Bool](repeating: true, count: claims.count)
        for i in claims.indices {
            for j in claims.indices where j != i && keep[j] && keep[i] {
                let a = claims[i], b = claims[j]
                guard a.category == b.category, a.min == b.min, a.max == b.max, a.background == b.background else { continue }
                // "ثلاثة مدنيين وثلاثة رجال شرطة": the same number of different people is two figures.
                if a.victims != b.victims && a.victims != .unspecified && b.victims != .unspecified { continue }
                if a.span == b.span {
                    if j > i { keep[j] = false }
                    continue
                }
                let sameSource = a.source.kind == b.source.kind && a.source.comparisonText == b.source.comparisonText
                if sameSource && j > i {
                    keep[j] = false
                } else if a.source.kind == .unattributed || weak[i], b.source.kind != .unattributed, !weak[j], a.qualifier == b.qualifier {
                    keep[i] = false
                }
            }
        }
        return claims.indices.filter { keep[$0] }.map { claims[$0] }
    }
}

extension ClaimSource {
    /// The source's text in the form sources are compared in: normalised for matching (harakat, tatweel, alef forms,
    /// ة/ه, ى/ي), white space folded, and each word without the article — "مصدر أمني" and "المصدر الأمني" are one
    /// source. Used for de-duplication inside an article and across reports (the store's source-independence key).
    public var comparisonText: String {
        ArabicNormalizer.normalizedString(text).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map { word in
            word.hasPrefix("ال") && word.count > 3 ? String(word.dropFirst(2)) : String(word)
        }.joined(separator: " ").lowercased()
    }
}
