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
    @usableFromInline var byFirstWord = WordKeyTable<[Int]>()
    /// ... and entries whose first word is a prefix pattern, keyed by its first two scalars.
    @usableFromInline var prefixEntries = WordKeyTable<[Int]>()

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
        entries.append(Entry(words: words, value: value))
        if first.isPrefix {
            let key = Self.prefixKey(first.text)
            prefixEntries[key] = (prefixEntries[key] ?? []) + [index]
        } else {
            let key = WordKey(first.text)
            byFirstWord[key] = (byFirstWord[key] ?? []) + [index]
        }
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
            for index in byFirstWord[firstStemKeys[firstStemKeys.startIndex + n]] ?? [] {
                if let length = matchLength(entries[index].words, words, start, firstStem: candidate) {
                    found.append(Match(value: entries[index].value, length: length, entryIndex: index))
                }
            }
            guard prefixEntries.count > 0 else { continue }
            for index in prefixEntries[Self.prefixKey(candidate)] ?? [] {
                if let length = matchLength(entries[index].words, words, start, firstStem: candidate) {
                    found.append(Match(value: entries[index].value, length: length, entryIndex: index))
                }
            }
        }
        if found.count <= 1 { return found }
        // One entry may match through two stems; keep each entry once.
        var seen = Set<Int>()
        found = found.filter { seen.insert($0.entryIndex).inserted }
        found.sort { $0.length != $1.length ? $0.length > $1.length : $0.entryIndex < $1.entryIndex }
        return found
    }

    /// The longest match starting at `start`, if any.
    public func longestMatch(in words: [String], at start: Int) -> Match? {
        matches(in: words, at: start).first
    }

    /// As `longestMatch(in:at:)`, with the first word's stems already computed.
    public func longestMatch(in words: [String], at start: Int, firstStems: [String]) -> Match? {
        matches(in: words, at: start, firstStems: firstStems).first
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

    /// Adds the keys under which this table's phrases start to `starts` (see `PhraseStarts`).
    public func addStarts(to starts: inout PhraseStarts) {
        for entry in entries {
            guard let first = entry.words.first else { continue }
            if first.isPrefix {
                starts.prefixes[Self.prefixKey(first.text)] = true
            } else {
                starts.exact[WordKey(first.text)] = true
            }
        }
    }

    /// The key of a word's first two scalars (prefix patterns are indexed by it).
    @inlinable
    static func prefixKey(_ word: String) -> WordKey {
        var h = WordKey.offsetBasis
        var n = 0
        for s in word.unicodeScalars {
            if n == 2 { break }
            h = WordKey.combine(h, s)
            n += 1
        }
        return WordKey(value: h)
    }
}
