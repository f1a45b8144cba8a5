import ArabicText

/// The matches of one lexicon over a document, indexed by token for constant-time lookups.
public struct TokenAnnotations<Value: Sendable>: Sendable {
    public let matches: [PhraseMatcher<Value>.Match]
    /// For each token, the index `i` of the match starting there, `-2 - i` for a later token of match `i`, or -1 for no
    /// match (matches do not overlap): one array per lexicon to allocate and fill per document, and whether a match
    /// starts at a token is read from it alone.
    private let covers: [Int32]

    public init(_ matcher: borrowing PhraseMatcher<Value>, _ text: AnalyzedText) {
        self.init(matches: matcher.matches(in: text.tokens, text: text.normalized, segments: text.segments), count: text.tokens.count)
    }

    /// As `init(_:_:)`, trying only the tokens whose start mask has `bit` (see `PhraseStartMask`): the same matches;
    /// `keep`, when given, filters them.
    public init(
        _ matcher: borrowing PhraseMatcher<Value>, _ text: AnalyzedText, starts: [UInt16], bit: Int,
        keeping keep: ((PhraseMatcher<Value>.Match) -> Bool)? = nil
    ) {
        let found = matcher.matches(in: text.tokens, text: text.normalized, segments: text.segments, starts: starts, bit: bit)
        self.init(matches: keep.map { found.filter($0) } ?? found, count: text.tokens.count)
    }

    /// As `init(_:_:)`, trying only the tokens `marks` lists under `bit` (see `PhraseStartMask.Marks`): the same
    /// matches; `keep`, when given, filters them.
    init(
        _ matcher: borrowing PhraseMatcher<Value>, _ text: AnalyzedText, marks: PhraseStartMask.Marks, bit: Int,
        keeping keep: ((PhraseMatcher<Value>.Match) -> Bool)? = nil
    ) {
        var found = matcher.matches(in: text.tokens, text: text.normalized, segments: text.segments, marks: marks, bit: bit)
        if let keep { found.removeAll { !keep($0) } }  // in place: no second array
        self.init(matches: found, count: text.tokens.count)
    }

    /// The matches of `matcher` over `text` that `keep` accepts.
    public init(_ matcher: borrowing PhraseMatcher<Value>, _ text: AnalyzedText, keeping keep: (PhraseMatcher<Value>.Match) -> Bool) {
        self.init(matches: matcher.matches(in: text.tokens, text: text.normalized, segments: text.segments).filter(keep), count: text.tokens.count)
    }

    private init(matches found: [PhraseMatcher<Value>.Match], count: Int) {
        // Read in place and written through buffers: enumerating the matches copied each one (its value retained and
        // released), and each write checked the array's uniqueness.
        self.covers = [Int32](unsafeUninitializedCapacity: count) { covers, initialized in
            covers.initialize(repeating: -1)
            found.withUnsafeBufferPointer { found in
                for i in found.indices {
                    let tokens = found[i].tokens
                    for t in tokens where t >= 0 && t < count { covers[t] = t == tokens.lowerBound ? Int32(i) : Int32(-2 - i) }
                }
            }
            initialized = count
        }
        matches = found
    }

    public func starting(at token: Int) -> PhraseMatcher<Value>.Match? {
        guard token >= 0, token < covers.count, covers[token] >= 0 else { return nil }
        return matches[Int(covers[token])]
    }

    /// Whether a match starts at `token`.
    private func starts(at token: Int) -> Bool {
        token >= 0 && token < covers.count && covers[token] >= 0
    }

    public func covering(_ token: Int) -> PhraseMatcher<Value>.Match? {
        guard token >= 0, token < covers.count, covers[token] != -1 else { return nil }
        let c = Int(covers[token])
        return matches[c >= 0 ? c : -2 - c]
    }

    /// The first match whose first token lies in `range` and that `accept` takes, found without building the list of
    /// matches in `range` (`matches(in:)`).
    public func firstMatch(
        in range: Range<Int>, where accept: (PhraseMatcher<Value>.Match) -> Bool = { _ in true }
    ) -> PhraseMatcher<Value>.Match? {
        for t in range where starts(at: t) {
            let m = matches[Int(covers[t])]
            if accept(m) { return m }
        }
        return nil
    }

    /// Whether a match starts in `range`.
    public func hasMatch(in range: Range<Int>) -> Bool {
        for t in range where starts(at: t) { return true }
        return false
    }

    /// Matches whose first token lies in `range`.
    public func matches(in range: Range<Int>) -> [PhraseMatcher<Value>.Match] {
        var out: [PhraseMatcher<Value>.Match] = []
        for t in range where starts(at: t) { out.append(matches[Int(covers[t])]) }
        return out
    }
}
