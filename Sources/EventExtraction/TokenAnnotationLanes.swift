import ArabicText

/// The `covers` of several lexicons' annotations of one document in one array, a lane of `count` tokens each: one
/// allocation per document instead of one per lexicon. Every lane must be filled once (`fill(lane:with:)`) before the
/// annotations read it.
struct TokenAnnotationLanes: Sendable {
    /// Every lane, one after the other (-1: no match).
    private(set) var covers: [Int32]
    /// Tokens of the document: the length of a lane.
    let count: Int
    /// Bit `l`: lane `l` has been filled (its entries are set); checked in debug builds.
    private(set) var filled: UInt64 = 0

    init(count: Int, lanes: Int) {
        assert(lanes <= 64, "at most 64 lanes")
        self.count = count
        // Left unset here: each lane is set to -1 when it is filled. One fill of the whole array is a `memset` above glibc's
        // `rep stosb` threshold, which callgrind counts byte by byte; a lane at a time mostly stays on its vector path.
        covers = [Int32](unsafeUninitializedCapacity: count * lanes) { _, initialized in initialized = count * lanes }
    }

    /// Sets lane `lane` from the matches `found` (see `TokenAnnotations.covers`). The matches are read in place:
    /// enumerating them copied each one (its value retained and released).
    mutating func fill<Value>(lane: Int, with found: [PhraseMatcher<Value>.Match]) {
        precondition(lane >= 0 && (lane + 1) * count <= covers.count, "no such lane")
        #if DEBUG
        filled |= 1 << UInt64(lane)
        #endif
        let base = lane * count, count = count
        covers.withUnsafeMutableBufferPointer { covers in
            UnsafeMutableBufferPointer(rebasing: covers[base..<(base + count)]).update(repeating: -1)
            found.withUnsafeBufferPointer { found in
                for i in found.indices {
                    let tokens = found[i].tokens
                    for t in tokens where t >= 0 && t < count { covers[base + t] = t == tokens.lowerBound ? Int32(i) : Int32(-2 - i) }
                }
            }
        }
    }
}
