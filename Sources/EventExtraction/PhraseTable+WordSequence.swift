import ArabicText
import Lexicon

extension PhraseTable {
    /// All matches starting at token `i` of `words`, longest first, using the sequence's precomputed stems and keys.
    func matches(in words: WordSequence, at i: Int) -> [Match] {
        guard i < words.count, mayStart(in: words, at: i) else { return [] }
        return collectMatches(in: words, at: i)
    }

    /// The longest match starting at token `i` of `words`, if any (the first entry on ties).
    func longestMatch(in words: WordSequence, at i: Int) -> Match? {
        guard i < words.count, mayStart(in: words, at: i) else { return nil }
        return longestEntry(words, at: i).map { Match(value: entries[$0.entry].value, length: $0.length, entryIndex: $0.entry) }
    }
}

extension PhraseTable {
    /// As `matches(in:at:)` for a table whose start bit in `words`' start masks is `bit` (see `EventTable`): words its
    /// bit is not set at go without a lookup.
    @inline(__always)
    func matches(in words: WordSequence, at i: Int, bit: UInt64) -> [Match] {
        guard i < words.count, words.mayStart(bit: bit, at: i) ?? mayStart(in: words, at: i) else { return [] }
        return collectMatches(in: words, at: i)
    }

    /// As `longestMatch(in:at:)` for a table whose start bit in `words`' start masks is `bit`.
    @inline(__always)
    func longestMatch(in words: WordSequence, at i: Int, bit: UInt64) -> Match? {
        guard let (entry, length) = longestEntry(in: words, at: i, bit: bit) else { return nil }
        return Match(value: entries[entry].value, length: length, entryIndex: entry)
    }

    /// The entry and length of `longestMatch(in:at:bit:)`, without copying the entry's value.
    @inline(__always)
    func longestEntry(in words: WordSequence, at i: Int, bit: UInt64) -> (entry: Int, length: Int)? {
        guard i < words.count, words.mayStart(bit: bit, at: i) ?? mayStart(in: words, at: i) else { return nil }
        return longestEntry(words, at: i)
    }

    /// Whether a phrase of the table starts at token `i` of `words` (`longestMatch(in:at:bit:) != nil`).
    @inline(__always)
    func hasMatch(in words: WordSequence, at i: Int, bit: UInt64) -> Bool {
        guard i < words.count, words.mayStart(bit: bit, at: i) ?? mayStart(in: words, at: i) else { return false }
        return anyMatch(words, at: i)
    }

    /// Calls `body(entry, length)` for every entry that matches at token `i` of `words` (see `PhraseTable.forEachMatch`),
    /// in no particular order: the matches of `matches(in:at:bit:)` without building them.
    @inline(__always)
    func forEachMatch(in words: WordSequence, at i: Int, bit: UInt64, _ body: (_ entry: Int, _ length: Int) -> Void) {
        guard i < words.count, words.mayStart(bit: bit, at: i) ?? mayStart(in: words, at: i) else { return }
        forEachMatch(words, at: i, body)
    }

    /// The entries of the longest phrases starting at token `i` of `words`, each once, in file order (into `rows`), and
    /// their length (0 when none starts there): the rows `matches(in:at:bit:)` puts first, without building matches.
    func longestEntries(in words: WordSequence, at i: Int, bit: UInt64, into rows: inout [Int]) -> Int {
        if !rows.isEmpty { rows.removeAll(keepingCapacity: true) }
        guard i < words.count, words.mayStart(bit: bit, at: i) ?? mayStart(in: words, at: i) else { return 0 }
        var longest = 0
        forEachMatch(words, at: i) { e, length in
            if length > longest {
                longest = length
                if !rows.isEmpty { rows.removeAll(keepingCapacity: true) }
                rows.append(e)
            } else if length == longest, !rows.contains(e) {
                rows.append(e)
            }
        }
        // Usually one row or a few, mostly in file order already: an insertion sort, not the library's sort.
        if rows.count > 1 {
            rows.withUnsafeMutableBufferPointer { rows in
                for a in 1..<rows.count {
                    let row = rows[a]
                    var b = a
                    while b > 0 && rows[b - 1] > row {
                        rows[b] = rows[b - 1]
                        b -= 1
                    }
                    rows[b] = row
                }
            }
        }
        return longest
    }

    /// False when no phrase of the table starts at token `i` of `words` (most words): one lookup per stem, before a match
    /// is set up at all.
    @inline(__always)
    func mayStart(in words: WordSequence, at i: Int) -> Bool {
        for k in words.stemIndexes(of: i) where mayStart(stemKey: words.stemKey(k), prefixKey: words.stemPrefixKey(k)) { return true }
        return false
    }

    /// `PhraseTable.forEachMatch` at token `i` of `words`, reading its stems by index in the word view's flat arrays.
    @inline(__always)
    private func forEachMatch(_ words: WordSequence, at i: Int, _ body: (_ entry: Int, _ length: Int) -> Void) {
        forEachMatch(
            words: words.ranges, wordKeys: words.wordKeys, at: i, stems: words.stemIndexes(of: i), stemKeys: words.stemKeyValues,
            stemRanges: words.stemRangeValues, scalars: words.scalars, body
        )
    }

    /// Whether any phrase matches at token `i` (out of line: callers inline only the start-mask test before it).
    @inline(never)
    private func anyMatch(_ words: WordSequence, at i: Int) -> Bool {
        var found = false
        forEachMatch(words, at: i) { _, _ in found = true }
        return found
    }

    /// The longest match's entry and length at token `i` (the first entry on ties), by key (out of line: callers inline
    /// only the start-mask test before it).
    @inline(never)
    private func longestEntry(_ words: WordSequence, at i: Int) -> (entry: Int, length: Int)? {
        var best = -1
        var bestLength = 0
        forEachMatch(words, at: i) { e, length in
            if length > bestLength || (length == bestLength && e < best) {
                best = e
                bestLength = length
            }
        }
        return best >= 0 ? (best, bestLength) : nil
    }

    /// All matches at token `i`, longest first (then in insertion order), each entry once.
    private func collectMatches(in words: WordSequence, at i: Int) -> [Match] {
        var found: [Match] = []
        forEachMatch(words, at: i) { e, length in
            found.append(Match(value: entries[e].value, length: length, entryIndex: e))
        }
        return found.count <= 1 ? found : Self.ordered(found)
    }
}

extension PhraseStarts {
    /// False when no phrase of the tables can start at token `i` of `words`.
    func mayStart(in words: WordSequence, at i: Int) -> Bool {
        mayStart(keys: words.stemKeys(of: i), prefixKeys: words.stemPrefixKeys(of: i))
    }
}
