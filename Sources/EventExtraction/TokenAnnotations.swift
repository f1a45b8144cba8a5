import ArabicText

/// The matches of one lexicon over a document, indexed by token for constant-time lookups.
public struct TokenAnnotations<Value: Sendable>: Sendable {
    public let matches: [PhraseMatcher<Value>.Match]
    /// For each token, the index `i` of the match starting there, `-2 - i` for a later token of match `i`, or -1 for no
    /// match (matches do not overlap): whether a match starts at a token is read from it alone. The claims stage's
    /// lexicons share one array (`TokenAnnotationLanes`), this lexicon's tokens at `base..<base + count`: one allocation per document.
    private let covers: [Int32]
    private let base: Int
    private let count: Int

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
        var lanes = TokenAnnotationLanes(count: count, lanes: 1)
        lanes.fill(lane: 0, with: found)
        self.init(matches: found, lanes: lanes, lane: 0)
    }

    /// The annotation of `found` from its lane of `lanes` (filled with `TokenAnnotationLanes.fill(lane:with:)`).
    init(matches found: [PhraseMatcher<Value>.Match], lanes: TokenAnnotationLanes, lane: Int) {
        assert(lanes.filled & (1 << UInt64(lane)) != 0, "an annotation's lane is filled before it is read")
        matches = found
        covers = lanes.covers
        base = lane * lanes.count
        count = lanes.count
    }

    /// The entry of `token` in `covers` (-1 outside the document).
    @inline(__always)
    private func cover(_ token: Int) -> Int32 {
        guard token >= 0, token < count else { return -1 }
        // Within the lane, checked above: read without a second bounds check.
        return covers.withUnsafeBufferPointer { $0[base + token] }
    }

    public func starting(at token: Int) -> PhraseMatcher<Value>.Match? {
        let c = cover(token)
        guard c >= 0 else { return nil }
        return matches[Int(c)]
    }

    /// Whether a match starts at `token`.
    private func starts(at token: Int) -> Bool {
        cover(token) >= 0
    }

    public func covering(_ token: Int) -> PhraseMatcher<Value>.Match? {
        let c = Int(cover(token))
        guard c != -1 else { return nil }
        return matches[c >= 0 ? c : -2 - c]
    }

    /// The first match whose first token lies in `range` and that `accept` takes, found without building the list of
    /// matches in `range` (`matches(in:)`).
    public func firstMatch(
        in range: Range<Int>, where accept: (PhraseMatcher<Value>.Match) -> Bool = { _ in true }
    ) -> PhraseMatcher<Value>.Match? {
        for i in matchIndexes(in: range) where accept(matches[i]) { return matches[i] }
        return nil
    }

    /// Whether a match starts in `range`.
    public func hasMatch(in range: Range<Int>) -> Bool {
        !matchIndexes(in: range).isEmpty
    }

    /// Matches whose first token lies in `range`.
    public func matches(in range: Range<Int>) -> [PhraseMatcher<Value>.Match] {
        Array(matches[matchIndexes(in: range)])
    }

    /// The indexes in `matches` of the matches whose first token lies in `range`, in text order (the order of `matches`:
    /// they do not overlap). A sentence's matches are found by a binary search, not a look at each of its tokens.
    func matchIndexes(in range: Range<Int>) -> Range<Int> {
        matches.withUnsafeBufferPointer { m in
            // The first match starting at or after `bound`.
            func first(from bound: Int) -> Int {
                var lo = 0, hi = m.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if m[mid].tokens.lowerBound < bound { lo = mid + 1 } else { hi = mid }
                }
                return lo
            }
            let lower = first(from: range.lowerBound)
            var upper = lower
            while upper < m.count && m[upper].tokens.lowerBound < range.upperBound { upper += 1 }
            return lower..<upper
        }
    }
}
