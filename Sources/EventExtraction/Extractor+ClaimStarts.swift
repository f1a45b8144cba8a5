import ArabicText
import Lexicon

extension Extractor {
    /// The claims stage's lexicons, each under its bit of the start mask (`PhraseStartMask`).
    enum ClaimMatcher: Int, CaseIterable {
        case casualty, reporting, persons, filters, sources, agencies, hedges, background, timeWords
    }

    /// The start mask of the claims lexicons: one lookup per word segmentation tells which of them may match there.
    static func claimStarts(_ claims: ClaimLexicon) -> PhraseStartMask {
        var mask = PhraseStartMask()
        for which in ClaimMatcher.allCases {
            switch which {
            case .casualty: mask.add(claims.casualty, bit: which.rawValue)
            case .reporting: mask.add(claims.reporting, bit: which.rawValue)
            case .persons: mask.add(claims.persons, bit: which.rawValue)
            case .filters: mask.add(claims.filters, bit: which.rawValue)
            case .sources: mask.add(claims.sources, bit: which.rawValue)
            case .agencies: mask.add(claims.agencies, bit: which.rawValue)
            case .hedges: mask.add(claims.hedges, bit: which.rawValue)
            case .background: mask.add(claims.background, bit: which.rawValue)
            case .timeWords: mask.add(claims.timeWords, bit: which.rawValue)
            }
        }
        return mask
    }
}
