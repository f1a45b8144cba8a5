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

    private var byFirst: [WordKey: [Int]] = [:]
    /// The first word of every entry, as scalars in matching form.
    public private(set) var firstWordForms: [[Unicode.Scalar]] = []
    /// `byFirst` as a fast table, rebuilt on every `add`.
    private var firstTable = WordKeyTable<[Int]>([])
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
        byFirst[words[0], default: []].append(entries.count - 1)
        firstWordForms.append(Array(normalized.split(separator: " ")[0].unicodeScalars))
        firstTable = WordKeyTable(byFirst.map { ($0.key, $0.value) })
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// Whether a single token (with clitics) is the first word of some entry.
    public func startsEntry(_ token: Token, in text: NormalizedText) -> Bool {
        guard token.isWord else { return false }
        if firstTable.contains(token.key) { return true }
        var found = false
        let table = firstTable
        analyzer.forEachSegment(of: text.scalars[token.range]) { seg in
            found = table.contains(seg.key)
            return !found
        }
        return found
    }

    /// The longest entry starting at token `i`, if any.
    public func match(at i: Int, tokens: [Token], text: NormalizedText) -> Match? {
        let first = tokens[i]
        guard first.isWord else { return nil }
        var best: Match?
        var bestLength = 0
        // Local copies: a closure that reads `self` would copy the whole matcher on every call.
        let table = firstTable
        let entries = entries
        let analyzer = analyzer
        analyzer.forEachSegment(of: text.scalars[first.range]) { seg in
            guard let candidates = table[seg.key] else { return true }
            for e in candidates {
                let entry = entries[e]
                if !entry.allowsClitics && (seg.prefixLength > 0 || seg.suffixLength > 0) { continue }
                if !entry.allowsArticle && seg.prefixLength >= 2 && Self.endsWithArticle(text.scalars[first.range].prefix(seg.prefixLength)) {
                    continue
                }
                if entry.isVerb && !text.scalars[first.range].prefix(seg.prefixLength).allSatisfy({ $0 == "و" || $0 == "ف" }) {
                    continue
                }
                let length = entry.words.count
                guard length > bestLength || (length == bestLength && best.map { seg.prefixLength < $0.prefixLength } ?? false)
                else { continue }
                if length > 1 && !Self.matchesRest(entry.words, from: i + 1, tokens: tokens, text: text, analyzer: analyzer) { continue }
                best = Match(tokens: i..<(i + length), value: entry.value, prefixLength: seg.prefixLength, suffixLength: seg.suffixLength, entry: e)
                bestLength = length
            }
            return true
        }
        return best
    }

    /// Every match, scanning left to right; matches do not overlap.
    public func matches(in tokens: [Token], text: NormalizedText) -> [Match] {
        var out: [Match] = []
        var i = 0
        while i < tokens.count {
            if let m = match(at: i, tokens: tokens, text: text) {
                out.append(m)
                i = m.tokens.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    /// Whether a proclitic chain ends in the article (ال, or لل for ل + ال).
    static func endsWithArticle(_ prefix: ArraySlice<Unicode.Scalar>) -> Bool {
        let p = Array(prefix)
        guard p.count >= 2 else { return false }
        let a = p[p.count - 2], b = p[p.count - 1]
        return (a == "ا" && b == "ل") || (a == "ل" && b == "ل")
    }

    private static func matchesRest(_ words: [WordKey], from start: Int, tokens: [Token], text: NormalizedText, analyzer: CliticAnalyzer) -> Bool {
        for (k, word) in words.dropFirst().enumerated() {
            let t = start + k
            guard t < tokens.count, tokens[t].isWord else { return false }
            if tokens[t].key == word { continue }
            // Later words may carry suffixes (حتفهم) and the article, not a fresh conjunction.
            var found = false
            analyzer.forEachSegment(of: text.scalars[tokens[t].range]) { seg in
                found = seg.key == word
                return !found
            }
            if !found { return false }
        }
        return true
    }
}
