import Lexicon

extension PhraseTable {
    /// All matches starting at token `i` of `words`, longest first, using the sequence's precomputed stems.
    func matches(in words: WordSequence, at i: Int) -> [Match] {
        guard i < words.count else { return [] }
        return matches(in: words.keys, at: i, firstStems: words.stems(of: i), firstStemKeys: words.stemKeys(of: i))
    }

    /// The longest match starting at token `i` of `words`, if any.
    func longestMatch(in words: WordSequence, at i: Int) -> Match? {
        matches(in: words, at: i).first
    }
}
