import ArabicText
import Lexicon

extension PhraseTable {
    /// All matches starting at token `i` of `words`, longest first, using the sequence's precomputed stems and keys.
    func matches(in words: WordSequence, at i: Int) -> [Match] {
        guard i < words.count, mayStart(in: words, at: i) else { return [] }
        return matches(
            words: words.ranges, wordKeys: words.wordKeys, at: i, firstStemKeys: words.stemKeys(of: i),
            firstStemPrefixKeys: words.stemPrefixKeys(of: i), firstStems: words.stemRanges(of: i), scalars: words.scalars
        )
    }

    /// The longest match starting at token `i` of `words`, if any (the first entry on ties).
    func longestMatch(in words: WordSequence, at i: Int) -> Match? {
        guard i < words.count, mayStart(in: words, at: i) else { return nil }
        return longestMatch(
            words: words.ranges, wordKeys: words.wordKeys, at: i, firstStemKeys: words.stemKeys(of: i),
            firstStemPrefixKeys: words.stemPrefixKeys(of: i), firstStems: words.stemRanges(of: i), scalars: words.scalars
        )
    }
}

extension PhraseTable {
    /// As `matches(in:at:)` for a table whose start bit in `words`' start masks is `bit` (see `EventTable`): words its
    /// bit is not set at go without a lookup.
    @inline(__always)
    func matches(in words: WordSequence, at i: Int, bit: UInt64) -> [Match] {
        guard i < words.count, words.mayStart(bit: bit, at: i) ?? mayStart(in: words, at: i) else { return [] }
        return matches(
            words: words.ranges, wordKeys: words.wordKeys, at: i, firstStemKeys: words.stemKeys(of: i),
            firstStemPrefixKeys: words.stemPrefixKeys(of: i), firstStems: words.stemRanges(of: i), scalars: words.scalars
        )
    }

    /// As `longestMatch(in:at:)` for a table whose start bit in `words`' start masks is `bit`.
    @inline(__always)
    func longestMatch(in words: WordSequence, at i: Int, bit: UInt64) -> Match? {
        guard i < words.count, words.mayStart(bit: bit, at: i) ?? mayStart(in: words, at: i) else { return nil }
        return longestMatch(
            words: words.ranges, wordKeys: words.wordKeys, at: i, firstStemKeys: words.stemKeys(of: i),
            firstStemPrefixKeys: words.stemPrefixKeys(of: i), firstStems: words.stemRanges(of: i), scalars: words.scalars
        )
    }

    /// Calls `body(entry, length)` for every entry that matches at token `i` of `words` (see `PhraseTable.forEachMatch`),
    /// in no particular order: the matches of `matches(in:at:bit:)` without building them.
    @inline(__always)
    func forEachMatch(in words: WordSequence, at i: Int, bit: UInt64, _ body: (_ entry: Int, _ length: Int) -> Void) {
        guard i < words.count, words.mayStart(bit: bit, at: i) ?? mayStart(in: words, at: i) else { return }
        forEachMatch(
            words: words.ranges, wordKeys: words.wordKeys, at: i, firstStemKeys: words.stemKeys(of: i),
            firstStemPrefixKeys: words.stemPrefixKeys(of: i), firstStems: words.stemRanges(of: i), scalars: words.scalars, body
        )
    }

    /// The entries of the longest phrases starting at token `i` of `words`, each once, in file order (into `rows`), and
    /// their length (0 when none starts there): the rows `matches(in:at:bit:)` puts first, without building matches.
    func longestEntries(in words: WordSequence, at i: Int, bit: UInt64, into rows: inout [Int]) -> Int {
        rows.removeAll(keepingCapacity: true)
        guard i < words.count, words.mayStart(bit: bit, at: i) ?? mayStart(in: words, at: i) else { return 0 }
        var longest = 0
        forEachMatch(
            words: words.ranges, wordKeys: words.wordKeys, at: i, firstStemKeys: words.stemKeys(of: i),
            firstStemPrefixKeys: words.stemPrefixKeys(of: i), firstStems: words.stemRanges(of: i), scalars: words.scalars
        ) { e, length in
            if length > longest {
                longest = length
                rows.removeAll(keepingCapacity: true)
                rows.append(e)
            } else if length == longest, !rows.contains(e) {
                rows.append(e)
            }
        }
        rows.sort()
        return longest
    }

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
