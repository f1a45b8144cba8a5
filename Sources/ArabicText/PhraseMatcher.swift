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

    @usableFromInline var byFirst = WordKeyTable<[Int]>()
    /// The first word of every entry, as scalars in matching form.
    public private(set) var firstWordForms: [[Unicode.Scalar]] = []
    public private(set) var entries: [Entry] = []
    public let analyzer: CliticAnalyzer

    public init(analyzer: CliticAnalyzer) {
        self.analyzer = analyzer
    }

    /// Adds a phrase; words are split on spaces and normalised for matching.
    public mutating func add(_ phrase: String, value: Value, allowsClitics: Bool = true, allowsArticle: Bool = true, isVerb: Bool = false) {
        let normalized = ArabicNormalizer.normalizedString(phrase)
        let words = normalized.split(separator: " ").map { WordKey(String($0)) }
        guard !words.isEmpty else { return }
        entries.append(Entry(words: words, value: value, allowsClitics: allowsClitics, allowsArticle: allowsArticle && !isVerb, isVerb: isVerb))
        byFirst[words[0]] = (byFirst[words[0]] ?? []) + [entries.count - 1]
        firstWordForms.append(Array(normalized.split(separator: " ")[0].unicodeScalars))
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// Whether a single token (with clitics) is the first word of some entry.
    public func startsEntry(_ token: Token, in text: NormalizedText) -> Bool {
        guard token.isWord else { return false }
        if byFirst.contains(token.key) { return true }
        var segs: [CliticAnalyzer.Segment] = []
        analyzer.segments(of: text.scalars[token.range], into: &segs)
        return segs.contains { byFirst.contains($0.key) }
    }

    /// The longest entry starting at token `i`, if any.
    @inlinable
    public func match(at i: Int, tokens: [Token], text: NormalizedText, segments: TokenSegments? = nil) -> Match? {
        guard tokens[i].isWord else { return nil }
        if let segments {
            return match(at: i, firstRange: tokens[i].range, segs: segments.of(i), tokens: tokens, text: text, segments: segments)
        }
        var segs: [CliticAnalyzer.Segment] = []
        segs.reserveCapacity(8)
        analyzer.segments(of: text.scalars[tokens[i].range], into: &segs)
        return match(at: i, firstRange: tokens[i].range, segs: segs[...], tokens: tokens, text: text, segments: nil)
    }

    @inlinable
    func match(
        at i: Int, firstRange: Range<Int>, segs: ArraySlice<CliticAnalyzer.Segment>, tokens: [Token], text: NormalizedText,
        segments: TokenSegments?
    ) -> Match? {
        var best: Match?
        var bestLength = 0
        for seg in segs {
            guard let candidates = byFirst[seg.key] else { continue }
            for e in candidates {
                let entry = entries[e]
                if !entry.allowsClitics && (seg.prefixLength > 0 || seg.suffixLength > 0) { continue }
                if !entry.allowsArticle && seg.prefixLength >= 2 && Self.endsWithArticle(text.scalars[firstRange].prefix(seg.prefixLength)) {
                    continue
                }
                if entry.isVerb && !text.scalars[firstRange].prefix(seg.prefixLength).allSatisfy({ $0 == "و" || $0 == "ف" }) {
                    continue
                }
                let length = entry.words.count
                guard length > bestLength || (length == bestLength && best.map { seg.prefixLength < $0.prefixLength } ?? false)
                else { continue }
                if length > 1 && !matchesRest(entry.words, from: i + 1, tokens: tokens, text: text, segments: segments) { continue }
                best = Match(tokens: i..<(i + length), value: entry.value, prefixLength: seg.prefixLength, suffixLength: seg.suffixLength, entry: e)
                bestLength = length
            }
        }
        return best
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

    /// Whether a proclitic chain ends in the article (ال, or لل for ل + ال).
    @inlinable
    static func endsWithArticle(_ prefix: ArraySlice<Unicode.Scalar>) -> Bool {
        let p = Array(prefix)
        guard p.count >= 2 else { return false }
        let a = p[p.count - 2], b = p[p.count - 1]
        return (a == "ا" && b == "ل") || (a == "ل" && b == "ل")
    }

    @inlinable
    func matchesRest(_ words: [WordKey], from start: Int, tokens: [Token], text: NormalizedText, segments: TokenSegments?) -> Bool {
        var segs: [CliticAnalyzer.Segment] = []
        for (k, word) in words.dropFirst().enumerated() {
            let t = start + k
            guard t < tokens.count, tokens[t].isWord else { return false }
            if tokens[t].key == word { continue }
            if let segments {
                if !segments.of(t).contains(where: { $0.key == word }) { return false }
                continue
            }
            segs.removeAll(keepingCapacity: true)
            analyzer.segments(of: text.scalars[tokens[t].range], into: &segs)
            // Later words may carry suffixes (حتفهم) and the article, not a fresh conjunction.
            if !segs.contains(where: { $0.key == word }) { return false }
        }
        return true
    }
}
