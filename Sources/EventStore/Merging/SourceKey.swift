import EventExtraction
import EventModel

/// The source-independence key of a claim: source kind + source text + via + figure.
///
/// Two claims with the same key are one statement, however many outlets reprint it (one AFP wire quoted by five papers
/// counts once). The source text is compared as inside an article (`ClaimSource.comparisonText`: normalised for
/// matching, white space folded, articles dropped).
public enum SourceKey {
    public static func key(for claim: CasualtyClaim) -> String {
        var key = claim.source.kind.rawValue
        key += "|"
        key += claim.source.comparisonText
        key += "|"
        key += (claim.source.via ?? "").lowercased()
        key += "|"
        key += claim.category.rawValue
        key += ":"
        key += String(claim.min)
        key += "-"
        key += claim.max.map(String.init) ?? ""
        return key
    }
}
