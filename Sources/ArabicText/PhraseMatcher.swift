/// Finds lexicon phrases (one or more words) in a token sequence, allowing clitics on each word.
///
/// Entries are given in matching form; each word of the text is read through a `CliticAnalyzer`, so "وبمقتل" matches
/// مقتل and "والجرحى" matches جرحى. Longest match wins at each position.
public struct PhraseMatcher<Value: Sendable>: Sendable {
    public struct Entry: Sendable {
        public var words: [WordKey]
        public var value: Value
        /// Whether the first word may carry clitics (false for short function words that clitics would fake).
        public var allowsClitics: Bool
        /// Whether the first word may carry the article ال (false for verbs: "الكشف" is not "كشف").
        public var allowsArticle: Bool
        /// A verb: its first word takes only the conjunctions و and ف before it ("بنقلهم" is not the verb نقل).
        public var isVerb: Bool
    }

    public struct Match: Sendable {
        @inlinable
        public init(tokens: Range<Int>, value: Value, prefixLength: Int, suffixLength: Int, entry: Int) {
            self.tokens = tokens
            self.value = value
            self.prefixLength = prefixLength
            self.suffixLength = suffixLength
            self.entry = entry
        }

        /// Token range of the whole phrase.
        public var tokens: Range<Int>
        public var value: Value
        /// Proclitic letters on the first token (e.g. 1 for "و" in "وقتل").
        public var prefixLength: Int
        /// Ending letters on the first token beyond the entry (e.g. 2 for "هم" in "حتفهم", "ان" in "طفلتان" read as طفل+تان).
        public var suffixLength: Int = 0
        /// Index of the entry in insertion order.
        public var entry: Int
    }

    /// Entry indexes by the key of their first word.
    @usableFromInline var byFirst = WordKeyChains()
    /// Each entry's words' keys, all entries in one flat array (entry `e`'s at `wordStarts[e]..<wordStarts[e + 1]`), and
    /// its flags (`Flag`): matching reads these rather than copy an `Entry` (its array and value retained) per try.
    @usableFromInline var wordKeys: [WordKey] = []
    @usableFromInline var wordStarts: [Int32] = [0]
    @usableFromInline var flags: [UInt8] = []
    /// The keys of the entries' second words: a token none of whose segmentations is among them continues no entry,
    /// so the entries of two words or more starting before it are not tried one by one.
    @usableFromInline var secondWords = WordKeyTable<Bool>()
    /// The index the matcher uses when the document's segmentations are at hand (`TokenSegments`): per first word, its
    /// one-word entries (a chain through `nextSingle`) and whether entries of two words or more start with it; those are
    /// chained by their first two words (`pairs`, keyed by `pairKey`). A common first word (في, من) then costs a few
    /// lookups of its pairs with the next token's segmentations, not a try of every entry that starts with it.
    @usableFromInline var firstWords = WordKeyTable<FirstWord>()
    @usableFromInline var nextSingle: [Int32] = []
    @usableFromInline var pairs = WordKeyChains()
    /// The first word of every entry, as scalars in matching form.
    public private(set) var firstWordForms: [[Unicode.Scalar]] = []
    public private(set) var entries: [Entry] = []
    public let analyzer: CliticAnalyzer

    /// What one first word starts: the first and last of its one-word entries (-1: none), and whether longer entries
    /// start with it.
    @usableFromInline struct FirstWord: Sendable {
        @usableFromInline var firstSingle: Int32 = -1
        @usableFromInline var lastSingle: Int32 = -1
        @usableFromInline var hasLonger = false

        @inlinable init() {}
    }

    /// The key a two-word beginning is chained under (any mix of the two keys: a chain's entries are checked word by word).
    @inlinable @inline(__always)
    static func pairKey(_ first: WordKey, _ second: WordKey) -> WordKey {
        WordKey(value: (first.value &* 0x9E37_79B9_7F4A_7C15) ^ second.value ^ (second.value >> 31))
    }

    /// Bits of `flags`.
    @usableFromInline enum Flag {
        @inlinable static var allowsClitics: UInt8 { 1 }
        @inlinable static var allowsArticle: UInt8 { 2 }
        @inlinable static var isVerb: UInt8 { 4 }
    }

    public init(analyzer: CliticAnalyzer) {
        self.analyzer = analyzer
    }

    /// Adds a phrase; words are split on spaces and normalised for matching.
    public mutating func add(_ phrase: String, value: Value, allowsClitics: Bool = true, allowsArticle: Bool = true, isVerb: Bool = false) {
        let normalized = ArabicNormalizer.normalizedString(phrase)
        let words = normalized.split(separator: " ").map { WordKey(String($0)) }
        guard !words.isEmpty else { return }
        let entry = Entry(words: words, value: value, allowsClitics: allowsClitics, allowsArticle: allowsArticle && !isVerb, isVerb: isVerb)
        entries.append(entry)
        byFirst.append(entries.count - 1, under: words[0])
        wordKeys.append(contentsOf: words)
        if words.count > 1 { secondWords[words[1]] = true }
        let e = entries.count - 1
        var first = firstWords[words[0]] ?? FirstWord()
        nextSingle.append(-1)
        if words.count == 1 {
            if first.lastSingle >= 0 { nextSingle[Int(first.lastSingle)] = Int32(e) } else { first.firstSingle = Int32(e) }
            first.lastSingle = Int32(e)
        } else {
            first.hasLonger = true
            pairs.append(e, under: Self.pairKey(words[0], words[1]))
        }
        firstWords[words[0]] = first
        wordStarts.append(Int32(wordKeys.count))
        flags.append(
            (entry.allowsClitics ? Flag.allowsClitics : 0) | (entry.allowsArticle ? Flag.allowsArticle : 0) | (isVerb ? Flag.isVerb : 0)
        )
        firstWordForms.append(Array(normalized.split(separator: " ")[0].unicodeScalars))
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// Whether a single token (with clitics) is the first word of some entry.
    public func startsEntry(_ token: Token, in text: NormalizedText) -> Bool {
        guard token.isWord else { return false }
        if byFirst.contains(token.key) { return true }
        var found = false
        analyzer.forEachSegment(of: text.scalars[token.range]) { seg in
            found = byFirst.contains(seg.key)
            return !found
        }
        return found
    }

    /// The longest entry starting at token `i`, if any.
    @inlinable
    public func match(at i: Int, tokens: [Token], text: NormalizedText, segments: TokenSegments? = nil) -> Match? {
        guard Self.isWord(tokens, i) else { return nil }
        let range = Self.range(tokens, i)
        if let segments {
            return indexedMatch(at: i, firstRange: range, tokens: tokens, text: text, segments: segments, segmentBits: [], flag: 0, mayContinue: true)
        }
        return match(at: i, firstRange: range, tokens: tokens, text: text, segments: nil)
    }

    /// The longest entry starting at token `i` (at `firstRange`), its segmentations found one by one as the analyzer
    /// produces them (no array allocated per call: the number parser of the text stage alone comes here for every try).
    @inlinable
    func match(at i: Int, firstRange: Range<Int>, tokens: [Token], text: NormalizedText, segments: TokenSegments?) -> Match? {
        var bestEntry = -1
        var bestLength = 0
        var bestSegment = CliticAnalyzer.Segment(prefixLength: 0, suffixLength: 0, key: WordKey(value: 0))
        var mayContinue: Bool?  // whether token i + 1 may be some entry's second word, found when first needed
        analyzer.forEachSegment(of: text.scalars[firstRange]) { seg in
            byFirst.forEach(seg.key) { e in
                guard acceptsFirst(entry: e, seg, firstRange: firstRange, text: text) else { return }
                let length = Int(wordStarts[e + 1] - wordStarts[e])
                guard length > bestLength || (length == bestLength && bestEntry >= 0 && seg.prefixLength < bestSegment.prefixLength)
                else { return }
                if length > 1 {
                    if mayContinue == nil { mayContinue = continues(at: i + 1, tokens: tokens, segments: segments) }
                    if mayContinue == false || !matchesRest(entry: e, from: i + 1, tokens: tokens, text: text, segments: segments) { return }
                }
                bestEntry = e
                bestLength = length
                bestSegment = seg
            }
            return true
        }
        guard bestEntry >= 0 else { return nil }
        return Match(
            tokens: i..<(i + bestLength), value: entries[bestEntry].value, prefixLength: bestSegment.prefixLength,
            suffixLength: bestSegment.suffixLength, entry: bestEntry
        )
    }

    /// `match(at:firstRange:tokens:text:segments:)` through the first-word and two-word index: the same match.
    ///
    /// That loop keeps, of the entries that match, the longest; among those the one read with the fewest proclitic
    /// letters; among those the first tried (segmentations in order, then entries in insertion order). Here entries are
    /// tried in another order, so that choice is made explicitly: (length, prefix length, segmentation, entry).
    ///
    /// With a `flag` (this matcher's bit of a `PhraseStartMask`), only the segmentations whose `segmentBits` have it are
    /// looked up, and entries of two words or more are tried only when `mayContinue` (the next token's `seconds` have it).
    @inlinable
    func indexedMatch(
        at i: Int, firstRange: Range<Int>, tokens: [Token], text: NormalizedText, segments: TokenSegments, segmentBits: [UInt16], flag: UInt16,
        mayContinue: Bool
    ) -> Match? {
        var bestEntry = -1
        var bestLength = 0
        var bestRank = 0  // index of the best entry's segmentation among token i's
        var bestSegment = CliticAnalyzer.Segment(prefixLength: 0, suffixLength: 0, key: WordKey(value: 0))
        var secondBits: UInt64?  // which keys of token i + 1 are some entry's second word (found when first needed)
        var rank = 0
        let segs = segments.of(i)
        for k in segs.indices {
            defer { rank += 1 }
            if flag != 0 && segmentBits[k] & flag == 0 { continue }
            let seg = segs[k]
            guard let first = firstWords[seg.key] else { continue }

            // Whether entry `e` (of `length` words) read with `seg` would beat the best so far, and passes the first word's checks.
            @inline(__always) func beats(_ e: Int, _ length: Int) -> Bool {
                guard length > bestLength
                    || (length == bestLength
                        && (seg.prefixLength < bestSegment.prefixLength || (seg.prefixLength == bestSegment.prefixLength && rank == bestRank && e < bestEntry)))
                else { return false }
                return acceptsFirst(entry: e, seg, firstRange: firstRange, text: text)
            }

            var e = first.firstSingle
            while e >= 0 {
                if beats(Int(e), 1) {
                    bestEntry = Int(e)
                    bestLength = 1
                    bestRank = rank
                    bestSegment = seg
                }
                e = nextSingle.withUnsafeBufferPointer { $0[Int(e)] }
            }
            guard first.hasLonger, mayContinue else { continue }
            if secondBits == nil { secondBits = self.secondBits(at: i + 1, tokens: tokens, segments: segments) }
            guard let bits = secondBits, bits != 0 else { continue }
            let wholeKey = Self.key(tokens, i + 1)
            let nextSegments = segments.of(i + 1)
            for n in 0...nextSegments.count where bits & (1 << Swift.min(n, 63)) != 0 {
                // Bit 0: the next token's own key; bit n: its segmentation n - 1 (from bit 63 on, all of them).
                let second = n == 0 ? wholeKey : nextSegments[nextSegments.startIndex + n - 1].key
                if n > 0 && second == wholeKey { continue }
                pairs.forEach(Self.pairKey(seg.key, second)) { p in
                    let w = Int(wordStarts[p])
                    guard wordKeys[w] == seg.key, wordKeys[w + 1] == second else { return }
                    let length = Int(wordStarts[p + 1]) - w
                    guard beats(p, length), matchesRest(entry: p, fromWord: 2, at: i + 2, tokens: tokens, segments: segments) else { return }
                    bestEntry = p
                    bestLength = length
                    bestRank = rank
                    bestSegment = seg
                }
            }
        }
        guard bestEntry >= 0 else { return nil }
        return Match(
            tokens: i..<(i + bestLength), value: entries[bestEntry].value, prefixLength: bestSegment.prefixLength,
            suffixLength: bestSegment.suffixLength, entry: bestEntry
        )
    }

    /// Which keys of token `t` are the second word of some entry: bit 0 its own key, bit n its segmentation n - 1 (bit 63
    /// stands for that one and all after it); 0 when it is no word.
    @inlinable
    func secondBits(at t: Int, tokens: [Token], segments: TokenSegments) -> UInt64 {
        guard t < tokens.count, Self.isWord(tokens, t) else { return 0 }
        var bits: UInt64 = secondWords.contains(Self.key(tokens, t)) ? 1 : 0
        var n = 1
        for seg in segments.of(t) {
            if n >= 63 {
                bits |= 1 << 63
                break
            }
            if secondWords.contains(seg.key) { bits |= 1 << UInt64(n) }
            n += 1
        }
        return bits
    }

    /// Whether entry `e`'s first word may be read as segmentation `seg` of the token at `firstRange` (clitics, article, verb).
    @inlinable @inline(__always)
    func acceptsFirst(entry e: Int, _ seg: CliticAnalyzer.Segment, firstRange: Range<Int>, text: NormalizedText) -> Bool {
        let f = flags[e]
        if f & Flag.allowsClitics == 0 && (seg.prefixLength > 0 || seg.suffixLength > 0) { return false }
        if f & Flag.allowsArticle == 0 && seg.prefixLength >= 2
            && CliticAnalyzer.endsWithArticle(text.scalars, before: firstRange.lowerBound + seg.prefixLength) {
            return false
        }
        if f & Flag.isVerb != 0 {
            for k in firstRange.lowerBound..<(firstRange.lowerBound + seg.prefixLength)
            where text.scalars[k] != "\u{0648}" && text.scalars[k] != "\u{0641}" {  // و، ف
                return false
            }
        }
        return true
    }

    /// Whether entry `e`'s words from its `fromWord`th on match the tokens from `start` on (as `matchesRest`).
    @inlinable
    func matchesRest(entry e: Int, fromWord: Int, at start: Int, tokens: [Token], segments: TokenSegments) -> Bool {
        let first = Int(wordStarts[e]) + fromWord, end = Int(wordStarts[e + 1])
        guard first < end else { return true }
        for w in first..<end {
            let word = wordKeys[w]
            let t = start + (w - first)
            guard t < tokens.count, Self.isWord(tokens, t) else { return false }
            if Self.key(tokens, t) == word { continue }
            if !segments.of(t).contains(where: { $0.key == word }) { return false }
        }
        return true
    }

    /// Every match, scanning left to right; matches do not overlap.
    @inlinable
    public func matches(in tokens: [Token], text: NormalizedText, segments: TokenSegments? = nil) -> [Match] {
        var out: [Match] = []
        var i = 0
        while i < tokens.count {
            if let m = match(at: i, tokens: tokens, text: text, segments: segments) {
                out.append(m)
                i = m.tokens.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    // MARK: - Token fields without copying tokens

    // Reading `tokens[i].isWord` copied the whole token (its string retained and released) for every token of every
    // lexicon pass; reading the fields through the buffer does not.

    @inlinable @inline(__always)
    static func isWord(_ tokens: [Token], _ i: Int) -> Bool {
        tokens.withUnsafeBufferPointer {
            precondition(i >= 0 && i < $0.count, "token index out of range")
            return $0[i].kind == .word || $0[i].kind == .latin
        }
    }

    @inlinable @inline(__always)
    static func range(_ tokens: [Token], _ i: Int) -> Range<Int> {
        tokens.withUnsafeBufferPointer {
            precondition(i >= 0 && i < $0.count, "token index out of range")
            return $0[i].range
        }
    }

    @inlinable @inline(__always)
    static func key(_ tokens: [Token], _ i: Int) -> WordKey {
        tokens.withUnsafeBufferPointer {
            precondition(i >= 0 && i < $0.count, "token index out of range")
            return $0[i].key
        }
    }

    /// As `matches(in:text:segments:)`, trying only the tokens whose start mask (`PhraseStartMask.masks`, built with this
    /// matcher under `bit` and from the same `segments`) has the bit: the same matches, without looking up the other
    /// tokens' segmentations again.
    @inlinable
    public func matches(in tokens: [Token], text: NormalizedText, segments: TokenSegments, starts: [UInt16], bit: Int) -> [Match] {
        precondition(starts.count == tokens.count, "one start mask per token")
        let flag = UInt16(1) << UInt16(bit)
        var out: [Match] = []
        var i = 0
        while i < tokens.count {
            if starts[i] & flag != 0, let m = match(at: i, tokens: tokens, text: text, segments: segments) {
                out.append(m)
                i = m.tokens.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    /// As `matches(in:text:segments:starts:bit:)` with the marks of a `PhraseStartMask` this matcher was added to under
    /// `bit`: only the tokens listed under the bit are tried, and of those only the segmentations that start an entry
    /// (`PhraseStartMask.Marks`): the same matches.
    @inlinable
    public func matches(in tokens: [Token], text: NormalizedText, segments: TokenSegments, marks: PhraseStartMask.Marks, bit: Int) -> [Match] {
        let candidates = marks.tokens(bit: bit)
        guard !candidates.isEmpty else { return [] }
        let flag = UInt16(1) << UInt16(bit)
        var out: [Match] = []
        out.reserveCapacity(candidates.count)
        var next = 0
        // The tokens and the marks' per-token arrays read through buffers opened once, not with a check per read.
        tokens.withUnsafeBufferPointer { tokenBuffer in
        marks.seconds.withUnsafeBufferPointer { seconds in
        marks.singles.withUnsafeBufferPointer { singles in
            precondition(seconds.count == tokenBuffer.count && singles.count == tokenBuffer.count, "marks of another document")
            for c in candidates {
                let t = Int(c)
                precondition(t >= 0 && t < tokenBuffer.count, "token index out of range")
                guard t >= next, tokenBuffer[t].kind == .word || tokenBuffer[t].kind == .latin else { continue }
                let mayContinue = t + 1 < tokenBuffer.count && seconds[t + 1] & flag != 0
                // Only entries of two words or more start here, and no second word follows: no match (a common case: في, من).
                if !mayContinue && singles[t] & flag == 0 { continue }
                guard let m = indexedMatch(
                    at: t, firstRange: tokenBuffer[t].range, tokens: tokens, text: text, segments: segments,
                    segmentBits: marks.segmentBits, flag: flag, mayContinue: mayContinue
                ) else { continue }
                out.append(m)
                next = m.tokens.upperBound
            }
        }
        }
        }
        return out
    }

    /// Whether token `t` may be the second word of some entry: false only when `matchesRest` would refuse it for every
    /// entry (it is no word, or neither it nor any of its segmentations is a second word).
    @inlinable
    func continues(at t: Int, tokens: [Token], segments: TokenSegments?) -> Bool {
        guard t < tokens.count, Self.isWord(tokens, t) else { return false }
        if secondWords.contains(Self.key(tokens, t)) { return true }
        guard let segments else { return true }  // no segmentation at hand: `matchesRest` decides
        return segments.of(t).contains { secondWords.contains($0.key) }
    }

    /// Whether entry `e`'s words after the first match the tokens from `start` on.
    @inlinable
    func matchesRest(entry e: Int, from start: Int, tokens: [Token], text: NormalizedText, segments: TokenSegments?) -> Bool {
        let first = Int(wordStarts[e]) + 1, end = Int(wordStarts[e + 1])
        for w in first..<end {
            let word = wordKeys[w]
            let t = start + (w - first)
            guard t < tokens.count, Self.isWord(tokens, t) else { return false }
            if Self.key(tokens, t) == word { continue }
            if let segments {
                if !segments.of(t).contains(where: { $0.key == word }) { return false }
                continue
            }
            // Later words may carry suffixes (حتفهم) and the article, not a fresh conjunction.
            var found = false
            analyzer.forEachSegment(of: text.scalars[Self.range(tokens, t)]) { seg in
                found = seg.key == word
                return !found
            }
            if !found { return false }
        }
        return true
    }
}
