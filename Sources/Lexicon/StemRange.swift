import ArabicText

/// One stem of a word (`MatchKey.forEachStem`) as a range of a document's scalars, after an alef ا for the article
/// form of an assimilated لل word (للحوثيين -> الحوثيين).
public struct StemRange: Sendable, Hashable {
    public var start: Int32
    public var end: Int32
    public var withAlef: Bool

    @inlinable
    public init(start: Int32, end: Int32, withAlef: Bool) {
        self.start = start
        self.end = end
        self.withAlef = withAlef
    }

    /// Whether the stem, read in `scalars`, starts with the scalars of `prefix` (as comparing their UTF-8 bytes).
    @inlinable
    public func starts(with prefix: String, in scalars: [Unicode.Scalar]) -> Bool {
        var at = Int(start)
        var alefPending = withAlef
        for p in prefix.unicodeScalars {
            if alefPending {
                if p != "\u{0627}" { return false }
                alefPending = false
                continue
            }
            guard at < Int(end), scalars[at] == p else { return false }
            at += 1
        }
        return true
    }

    /// The stem's prefix key (`MatchKey.prefixKey`: the key of its first two scalars, the alef of an article form
    /// included), read in `scalars`: computed where a prefix pattern is looked up rather than stored for every stem.
    @inlinable @inline(__always)
    public func prefixKey(in scalars: [Unicode.Scalar]) -> WordKey {
        var h = WordKey.offsetBasis
        let start = Int(start), end = Int(end)
        if withAlef {
            h = WordKey.combine(h, "\u{0627}")
            if start < end { h = WordKey.combine(h, scalars[start]) }
        } else if start < end {
            h = WordKey.combine(h, scalars[start])
            if start + 1 < end { h = WordKey.combine(h, scalars[start + 1]) }
        }
        return WordKey(value: h)
    }

    /// The stem as a string.
    public func string(in scalars: [Unicode.Scalar]) -> String {
        let text = MatchKey.string(scalars[Int(start)..<Int(end)])
        return withAlef ? "\u{0627}" + text : text
    }
}
