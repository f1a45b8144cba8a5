import ArabicText
import Lexicon

/// The grammar words and endings the claims stage reads (grammar_words.tsv), looked up once when the extractor is
/// built: looking each up by its role name for every document hashed a dozen strings per document.
struct ClaimGrammar: Sendable {
    let partitives: Set<WordKey>
    let conjunctions: Set<WordKey>
    let others: Set<WordKey>
    let adverbs: Set<WordKey>
    let confirmWords: Set<WordKey>
    /// `confirmWords` as a plain array: a few keys compared in turn, not hashed per segmentation.
    let confirmWordList: [WordKey]
    let relayFrom: Set<WordKey>
    let medium: Set<WordKey>
    let interviewWith: Set<WordKey>
    let pluralVerbEndings: [[Unicode.Scalar]]
    let dualVerbEndings: [[Unicode.Scalar]]
    let dualNounEndings: [[Unicode.Scalar]]
    let obliqueDualNounEndings: [[Unicode.Scalar]]
    let abstractEndings: [[Unicode.Scalar]]
    let conjunctionLetters: Set<Unicode.Scalar>
    let nisbaLetters: [Unicode.Scalar]
    let nisbaAdjectiveEndings: [[Unicode.Scalar]]

    init(_ claims: ClaimLexicon) {
        partitives = claims.grammarWords("partitive")
        conjunctions = claims.grammarWords("conjunction")
        others = claims.grammarWords("another")
        adverbs = claims.grammarWords("adverb")
        confirmWords = claims.grammarWords("confirm")
        confirmWordList = Array(confirmWords)
        relayFrom = claims.grammarWords("relay_from")
        medium = claims.grammarWords("medium")
        interviewWith = claims.grammarWords("interview_with")
        pluralVerbEndings = claims.grammarForms["plural_verb_ending"] ?? []
        dualVerbEndings = claims.grammarForms["dual_verb_ending"] ?? []
        dualNounEndings = claims.grammarForms["dual_noun_ending"] ?? []
        obliqueDualNounEndings = claims.grammarForms["oblique_dual_noun_ending"] ?? []
        abstractEndings = claims.grammarForms["abstract_ending"] ?? []
        conjunctionLetters = Set((claims.grammarForms["conjunction"] ?? []).compactMap { $0.count == 1 ? $0[0] : nil })
        nisbaLetters = (claims.grammarForms["nisba_letter"] ?? []).compactMap(\.first)
        nisbaAdjectiveEndings = claims.grammarForms["nisba_adjective_ending"] ?? []
    }
}
