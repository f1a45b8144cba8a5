import ArabicText

/// A table of multi-word phrases with values, matched longest-first over a sequence of folded words.
///
/// The first word of a phrase may carry Arabic proclitics in the text: و (wa), ف (fa), ب (bi), ل (li), ك (ka) and their
/// pairs (وب، ول، فب ...), and an article-initial phrase word (الحوثيين) also matches the assimilated لل form (للحوثيين).
/// Later words must match exactly (or by prefix when written `word*`); a later word written `_` matches any one word
/// (أطلق _ النار: "fired", with the subject between verb and object).
public struct PhraseTable<Value: Sendable>: Sendable {
    public struct Entry: Sendable {
        public var words: [PatternWord]
        public var value: Value
    }

    public struct Match: Sendable {
        @inlinable
        public init(value: Value, length: Int, entryIndex: Int) {
            self.value = value
            self.length = length
            self.entryIndex = entryIndex
        }

        public var value: Value
        /// Number of text words the phrase covers.
        public var length: Int
        /// Index of the entry in insertion order (ties keep file order).
        public var entryIndex: Int
    }

    public private(set) var entries: [Entry] = []
    /// Entry indexes keyed by the first word's text (exact words) ...
    @usableFromInline var byFirstWord = WordKeyChains()
    /// ... and entries whose first word is a prefix pattern, keyed by its first two scalars.
    @usableFromInline var prefixEntries = WordKeyChains()
    /// Every entry's words as keys and kinds (`WordKind`), all entries in one flat array (entry `e`'s words at
    /// `wordStarts[e]..<wordStarts[e + 1]`): matching by key reads these rather than copy an `Entry` and compare strings.
    @usableFromInline var wordKeys: [WordKey] = []
    @usableFromInline var wordKinds: [UInt8] = []
    @usableFromInline var wordStarts: [Int32] = [0]
    /// Whether entry `e` has the same words as entry `e - 1` (one phrase with several rows, as triggers with several
    /// contexts): matching reuses the previous entry's result instead of comparing the words again.
    @usableFromInline var samePhrase: [Bool] = []

    /// Values of `wordKinds`.
    @usableFromInline enum WordKind {
        @inlinable static var exact: UInt8 { 0 }
        @inlinable static var prefix: UInt8 { 1 }
        @inlinable static var any: UInt8 { 2 }
    }

    public init() {}

    public var isEmpty: Bool { entries.isEmpty }
    public var count: Int { entries.count }

    /// Adds a phrase (raw lexicon text; folded here). Empty phrases are ignored.
    public mutating func add(_ phrase: String, _ value: Value) {
        add(words: MatchKey.pattern(phrase), value)
    }

    public mutating func add(words: [PatternWord], _ value: Value) {
        guard let first = words.first else { return }
        let index = entries.count
        samePhrase.append(index > 0 && entries[index - 1].words == words)
        entries.append(Entry(words: words, value: value))
        if first.isPrefix {
            prefixEntries.append(index, under: Self.prefixKey(first.text))
        } else {
            byFirstWord.append(index, under: WordKey(first.text))
        }
        for word in words {
            wordKeys.append(WordKey(word.text))
            wordKinds.append(word.isAnyWord ? WordKind.any : word.isPrefix ? WordKind.prefix : WordKind.exact)
        }
        wordStarts.append(Int32(wordKeys.count))
    }

    /// All matches starting at `start`, longest first (then in insertion order).
    public func matches(in words: [String], at start: Int) -> [Match] {
        guard start < words.count else { return [] }
        return matches(in: words, at: start, firstStems: MatchKey.stems(of: words[start]))
    }

    /// As `matches(in:at:)`, with the first word's stems already computed (`MatchKey.stems(of: words[start])`), so a
    /// caller that matches many tables over one text computes them once per word.
    public func matches(in words: [String], at start: Int, firstStems: [String]) -> [Match] {
        matches(in: words, at: start, firstStems: firstStems, firstStemKeys: firstStems.map { WordKey($0) })
    }

    /// As `matches(in:at:firstStems:)`, with the stems' keys computed too (`WordKey(stem)` for each stem).
    @inlinable
    public func matches(in words: [String], at start: Int, firstStems: [String], firstStemKeys: [WordKey]) -> [Match] {
        matches(in: words, at: start, firstStems: firstStems[...], firstStemKeys: firstStemKeys[...])
    }

    /// As `matches(in:at:firstStems:firstStemKeys:)`, with stems and keys as slices of flat per-document arrays
    /// (`WordSequence` keeps all stems in one array rather than one array per word).
    @inlinable
    public func matches(
        in words: [String], at start: Int, firstStems: ArraySlice<String>, firstStemKeys: ArraySlice<WordKey>
    ) -> [Match] {
        guard start < words.count else { return [] }
        var found: [Match] = []
        for n in 0..<firstStems.count {
            let candidate = firstStems[firstStems.startIndex + n]
            byFirstWord.forEach(firstStemKeys[firstStemKeys.startIndex + n]) { index in
                if let length = matchLength(entries[index].words, words, start, firstStem: candidate) {
                    found.append(Match(value: entries[index].value, length: length, entryIndex: index))
                }
            }
            guard prefixEntries.count > 0 else { continue }
            prefixEntries.forEach(Self.prefixKey(candidate)) { index in
                if let length = matchLength(entries[index].words, words, start, firstStem: candidate) {
                    found.append(Match(value: entries[index].value, length: length, entryIndex: index))
                }
            }
        }
        return Self.ordered(found)
    }

    /// Matches each entry once, longest first, then in insertion order.
    @inlinable
    public static func ordered(_ matches: [Match]) -> [Match] {
        if matches.count <= 1 { return matches }
        // One entry may match through two stems; keep each entry once (its first match). A handful of matches: a linear
        // scan beats a set, and sorting their indexes moves no values.
        var order: [Int] = []
        order.reserveCapacity(matches.count)
        for i in matches.indices where !order.contains(where: { matches[$0].entryIndex == matches[i].entryIndex }) {
            order.append(i)
        }
        // Entries are unique now, so (length, entry) orders them totally: any sort gives the same order.
        order.sort { a, b in
            matches[a].length != matches[b].length ? matches[a].length > matches[b].length : matches[a].entryIndex < matches[b].entryIndex
        }
        return order.map { matches[$0] }
    }

    /// The longest match starting at `start`, if any.
    public func longestMatch(in words: [String], at start: Int) -> Match? {
        matches(in: words, at: start).first
    }

    /// As `longestMatch(in:at:)`, with the first word's stems already computed.
    public func longestMatch(in words: [String], at start: Int, firstStems: [String]) -> Match? {
        matches(in: words, at: start, firstStems: firstStems).first
    }

    // MARK: - Matching by key

    /// Calls `body(entry, length)` for every entry that matches at `start` (an entry once per stem it matches through),
    /// comparing words by key: the same matches as `matches(in:at:firstStems:firstStemKeys:)`, without building them.
    ///
    /// `wordKeys[t]` is the `WordKey` of word `t`, `words[t]` its scalars as a range of `scalars`; `firstStemKeys` and
    /// `firstStemPrefixKeys` are `WordKey` and `prefixKey` of each stem of the first word (`MatchKey.stems`), `firstStems`
    /// the stems themselves as ranges of `scalars` (read only for a first word written `word*`). Only prefix patterns
    /// read the words' scalars; no string is built.
    @inlinable @inline(__always)
    public func forEachMatch(
        words: [StemRange], wordKeys: [WordKey], at start: Int, firstStemKeys: ArraySlice<WordKey>, firstStemPrefixKeys: ArraySlice<WordKey>,
        firstStems: ArraySlice<StemRange>, scalars: [Unicode.Scalar], _ body: (_ entry: Int, _ length: Int) -> Void
    ) {
        guard start < words.count else { return }
        for n in 0..<firstStemKeys.count {
            byFirstWord.forEach(firstStemKeys[firstStemKeys.startIndex + n]) { e in
                // The first word is the stem (the key was looked up); the rest are checked.
                if let length = restLength(e, words: words, wordKeys: wordKeys, scalars: scalars, start: start) { body(e, length) }
            }
            guard prefixEntries.count > 0 else { continue }
            prefixEntries.forEach(firstStemPrefixKeys[firstStemPrefixKeys.startIndex + n]) { e in
                guard firstStems[firstStems.startIndex + n].starts(with: entries[e].words[0].text, in: scalars) else { return }
                if let length = restLength(e, words: words, wordKeys: wordKeys, scalars: scalars, start: start) { body(e, length) }
            }
        }
    }

    /// As `forEachMatch(words:wordKeys:at:firstStemKeys:firstStemPrefixKeys:firstStems:scalars:_:)`, with the first
    /// word's stems given as indexes `stems` of flat per-document arrays (`stemKeys`, `stemRanges`; a stem's prefix key
    /// is computed from its range where a prefix pattern may start): no slice is made (each slice retained and released
    /// its array at every word tried).
    @inlinable @inline(__always)
    public func forEachMatch(
        words: [StemRange], wordKeys: [WordKey], at start: Int, stems: Range<Int>, stemKeys: [WordKey], stemRanges: [StemRange],
        scalars: [Unicode.Scalar], _ body: (_ entry: Int, _ length: Int) -> Void
    ) {
        guard start < words.count else { return }
        for k in stems {
            // Rows of one phrase are consecutive entries of one chain: the words are compared once for them all.
            var previous = -2
            var previousLength: Int?
            byFirstWord.forEach(stemKeys[k]) { e in
                // The first word is the stem (the key was looked up); the rest are checked.
                let length = e == previous + 1 && samePhrase[e]
                    ? previousLength : restLength(e, words: words, wordKeys: wordKeys, scalars: scalars, start: start)
                previous = e
                previousLength = length
                if let length { body(e, length) }
            }
            guard prefixEntries.count > 0 else { continue }
            prefixEntries.forEach(stemRanges[k].prefixKey(in: scalars)) { e in
                guard stemRanges[k].starts(with: entries[e].words[0].text, in: scalars) else { return }
                if let length = restLength(e, words: words, wordKeys: wordKeys, scalars: scalars, start: start) { body(e, length) }
            }
        }
    }

    /// Whether a phrase may start with a word that has a stem with this key (`WordKey`) and prefix key (`prefixKey`):
    /// false for most words, which callers then let go without setting up a match.
    @inlinable @inline(__always)
    public func mayStart(stemKey: WordKey, prefixKey: WordKey) -> Bool {
        byFirstWord.contains(stemKey) || (prefixEntries.count > 0 && prefixEntries.contains(prefixKey))
    }

    /// All matches at `start`, longest first (then in insertion order), matched by key (see `forEachMatch`).
    @inlinable
    public func matches(
        words: [StemRange], wordKeys: [WordKey], at start: Int, firstStemKeys: ArraySlice<WordKey>, firstStemPrefixKeys: ArraySlice<WordKey>,
        firstStems: ArraySlice<StemRange>, scalars: [Unicode.Scalar]
    ) -> [Match] {
        var found: [Match] = []
        forEachMatch(
            words: words, wordKeys: wordKeys, at: start, firstStemKeys: firstStemKeys, firstStemPrefixKeys: firstStemPrefixKeys,
            firstStems: firstStems, scalars: scalars
        ) { e, length in
            found.append(Match(value: entries[e].value, length: length, entryIndex: e))
        }
        return found.count <= 1 ? found : Self.ordered(found)
    }

    /// The longest match at `start` (the first entry on ties), matched by key, without building the others.
    @inlinable
    public func longestMatch(
        words: [StemRange], wordKeys: [WordKey], at start: Int, firstStemKeys: ArraySlice<WordKey>, firstStemPrefixKeys: ArraySlice<WordKey>,
        firstStems: ArraySlice<StemRange>, scalars: [Unicode.Scalar]
    ) -> Match? {
        var best = -1
        var bestLength = 0
        forEachMatch(
            words: words, wordKeys: wordKeys, at: start, firstStemKeys: firstStemKeys, firstStemPrefixKeys: firstStemPrefixKeys,
            firstStems: firstStems, scalars: scalars
        ) { e, length in
            if length > bestLength || (length == bestLength && e < best) {
                best = e
                bestLength = length
            }
        }
        guard best >= 0 else { return nil }
        return Match(value: entries[best].value, length: bestLength, entryIndex: best)
    }

    /// The number of words entry `e` covers when its words after the first match `words` from `start + 1` on, or nil.
    /// A word written `word*` matches a word whose scalars start with its scalars (as comparing their UTF-8 bytes).
    @inlinable @inline(__always)
    func restLength(_ e: Int, words: [StemRange], wordKeys: [WordKey], scalars: [Unicode.Scalar], start: Int) -> Int? {
        let first = Int(wordStarts[e]), end = Int(wordStarts[e + 1])
        let count = end - first
        guard start + count <= words.count else { return nil }
        var w = first + 1
        while w < end {
            let t = start + (w - first)
            switch wordKinds[w] {
            case WordKind.exact: if wordKeys[t] != self.wordKeys[w] { return nil }
            case WordKind.prefix: if !words[t].starts(with: entries[e].words[w - first].text, in: scalars) { return nil }
            default: break
            }
            w += 1
        }
        return count
    }

    /// The number of words covered when `pattern` matches at `start` with its first word read as `firstStem`.
    @inlinable
    func matchLength(_ pattern: [PatternWord], _ words: [String], _ start: Int, firstStem: String) -> Int? {
        guard start + pattern.count <= words.count else { return nil }
        for (offset, p) in pattern.enumerated() {
            let word = offset == 0 ? firstStem : words[start + offset]
            if !Self.wordMatches(word, p) { return nil }
        }
        return pattern.count
    }

    /// Words are compared by their UTF-8 bytes: both sides are folded the same way, so no Unicode-aware comparison
    /// is needed.
    @inlinable @inline(__always)
    static func wordMatches(_ word: String, _ p: PatternWord) -> Bool {
        if p.isAnyWord { return true }
        if p.isPrefix {
            return word.utf8.count >= p.text.utf8.count && word.utf8.starts(with: p.text.utf8)
        }
        // Lengths first (constant time for native strings): most candidate words differ in length.
        return word.utf8.count == p.text.utf8.count && word.utf8.elementsEqual(p.text.utf8)
    }

    /// Adds the keys under which this table's phrases start to `starts`, under `bits` (see `PhraseStarts`; add tables
    /// with `PhraseStarts.add`, which also rebuilds its probe tables).
    public func addStarts(to starts: inout PhraseStarts, bits: UInt64 = 1) {
        for entry in entries {
            guard let first = entry.words.first else { continue }
            if first.isPrefix {
                starts.addPrefix(first.text, bits: bits)
            } else {
                starts.addExact(WordKey(first.text), bits: bits)
            }
        }
    }

    /// The key of a word's first two scalars (prefix patterns are indexed by it; see `MatchKey.prefixKey`).
    @inlinable
    public static func prefixKey(_ word: String) -> WordKey { MatchKey.prefixKey(word.unicodeScalars) }
}
