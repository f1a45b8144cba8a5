import ArabicText
import Lexicon

extension PhraseTable {
    /// All matches starting at token `i` of `words`, longest first, using the sequence's precomputed stems and keys.
    func matches(in words: WordSequence, at i: Int) -> [Match] {
        guard i < words.count, mayStart(in: words, at: i) else { return [] }
        return matches(
            words: words.keys, wordKeys: words.wordKeys, at: i, firstStemKeys: words.stemKeys(of: i),
            firstStemPrefixKeys: words.stemPrefixKeys(of: i), firstStems: words.stemRanges(of: i), scalars: words.scalars
        )
    }

    /// The longest match starting at token `i` of `words`, if any (the first entry on ties).
    func longestMatch(in words: WordSequence, at i: Int) -> Match? {
        guard i < words.count, mayStart(in: words, at: i) else { return nil }
        return longestMatch(
            words: words.keys, wordKeys: words.wordKeys, at: i, firstStemKeys: words.stemKeys(of: i),
            firstStemPrefixKeys: words.stemPrefixKeys(of: i), firstStems: words.stemRanges(of: i), scalars: words.scalars
        )
    }
}

extension PhraseTable {
    /// False when no phrase of the table starts at token `i` of `words` (most words): one lookup per stem, before a match
    /// is set up at all.
    @inline(__always)
    func mayStart(in words: WordSequence, at i: Int) -> Bool {
        for k in words.stemIndexes(of: i) where mayStart(stemKey: words.stemKey(k), prefixKey: words.stemPrefixKey(k)) { return true }
        return false
    }
}

extension PhraseStarts {
    /// False when no phrase of the tables can start at token `i` of `words`.
    func mayStart(in words: WordSequence, at i: Int) -> Bool {
        mayStart(keys: words.stemKeys(of: i), prefixKeys: words.stemPrefixKeys(of: i))
    }
}
