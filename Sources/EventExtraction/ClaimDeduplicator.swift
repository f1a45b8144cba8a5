import ArabicText
import EventModel

/// Merges repeats inside one article (eval/GUIDELINE.md, conventions):
/// the same figure from the same source told twice (lead and body) is one claim; an unattributed figure that another
/// sentence attributes to a named source is one claim, under the named source. The same figure from two sources stays two.
enum ClaimDeduplicator {
    static func deduplicate(_ claims: [CasualtyClaim]) -> [CasualtyClaim] {
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
                let sameSource = a.source.kind == b.source.kind && sourceKey(a.source.text) == sourceKey(b.source.text)
                if sameSource && j > i {
                    keep[j] = false
                } else if a.source.kind == .unattributed && b.source.kind != .unattributed && a.qualifier == b.qualifier {
                    keep[i] = false
                }
            }
        }
        return claims.indices.filter { keep[$0] }.map { claims[$0] }
    }

    /// A source phrase compared without the article: "مصدر أمني" and "المصدر الأمني" are one source.
    static func sourceKey(_ text: String) -> String {
        text.split(separator: " ").map { word in
            let w = ArabicNormalizer.normalizedString(String(word))
            return w.hasPrefix("ال") && w.count > 3 ? String(w.dropFirst(2)) : w
        }.joined(separator: " ")
    }
}
