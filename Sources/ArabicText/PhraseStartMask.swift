/// Which of several `PhraseMatcher`s (up to 16) may start an entry at each token of a document, found in one pass.
///
/// A document read with eight lexicons used to be scanned eight times, each scan looking every segmentation of every
/// word up in its own table. Here one table maps each first word's key to the set (bit mask) of matchers that have an
/// entry starting with it, so each segmentation is looked up once for all of them; a matcher then tries only the
/// tokens whose mask has its bit (`PhraseMatcher.matches(in:text:segments:starts:bit:)`), which finds exactly the
/// matches a full scan finds: a token none of whose segmentations starts an entry never matches.
public struct PhraseStartMask: Sendable {
    /// Per word key: bit `b` when matcher `b` has an entry starting with it, bit `16 + b` when it is the second word of
    /// one of matcher `b`'s entries, bit `32 + b` when it is one of matcher `b`'s one-word entries.
    @usableFromInline var table = WordKeyTable<UInt64>()
    /// One more than the highest bit added (the lanes `marks(tokens:segments:)` lists tokens in).
    @usableFromInline var bitCount = 0

    public init() {}

    /// Adds the first words of `matcher`'s entries under `bit` (0...15).
    public mutating func add<Value>(_ matcher: PhraseMatcher<Value>, bit: Int) {
        precondition((0..<16).contains(bit), "a start mask holds 16 matchers")
        bitCount = Swift.max(bitCount, bit + 1)
        for entry in matcher.entries {
            guard let first = entry.words.first else { continue }
            table[first] = (table[first] ?? 0) | UInt64(1) << UInt64(entry.words.count == 1 ? 32 + bit : bit) | UInt64(1) << UInt64(bit)
            if entry.words.count > 1 { table[entry.words[1]] = (table[entry.words[1]] ?? 0) | UInt64(1) << UInt64(16 + bit) }
        }
        // Nearly every segmentation looked up misses; at most one slot in eight taken, a miss mostly ends at its first probe.
        var sparse = WordKeyTable<UInt64>(capacity: table.count * 4)
        for i in table.tags.indices where table.tags[i] != 0 {
            sparse[WordKey(value: table.keys[i])] = table.values[i]
        }
        table = sparse
    }

    /// The start masks of a document's tokens, and for each matcher (bit) the tokens whose mask has it, in order: a
    /// matcher walks its own few candidates instead of testing its bit at every token of the document.
    public struct Marks: Sendable {
        /// For each token, the matchers (bits) one of whose entries has its key or one of its segmentations' keys as
        /// second word (0 for tokens that are not words): an entry of two words or more can only match before such a token.
        public let seconds: [UInt16]
        /// For each token, the matchers that have a one-word entry one of its segmentations is: with no second word after
        /// it, a token without a one-word entry matches nothing.
        public let singles: [UInt16]
        /// For each segmentation (by its index in `TokenSegments`), the matchers that have an entry starting with its key:
        /// a matcher looks up only those segmentations of a token.
        public let segmentBits: [UInt16]
        /// The tokens of each bit, a lane of `lane` places per bit (bit `b`'s at `b * lane..<b * lane + bitCounts[b]`; the
        /// rest of a lane is unused): written in the one pass over the tokens, without counting them first.
        @usableFromInline let tokensByBit: [Int32]
        @usableFromInline let bitCounts: [Int32]
        @usableFromInline let lane: Int

        /// The tokens whose start mask has `bit`, ascending.
        @inlinable
        public func tokens(bit: Int) -> ArraySlice<Int32> {
            guard bit >= 0, bit < bitCounts.count, bitCounts[bit] > 0 else { return tokensByBit[0..<0] }
            return tokensByBit[(bit * lane)..<(bit * lane + Int(bitCounts[bit]))]
        }
    }

    /// The start masks of a document's tokens with each bit's tokens listed (`Marks`).
    public func marks(tokens: [Token], segments: TokenSegments) -> Marks {
        let n = tokens.count
        var seconds = [UInt16](repeating: 0, count: n)
        var singles = [UInt16](repeating: 0, count: n)
        var segmentBits = [UInt16](repeating: 0, count: tokens.isEmpty ? 0 : segments.of(n - 1).endIndex)
        var counts = [Int32](repeating: 0, count: bitCount)
        // Left unset: a bit's lane is written from its start, and only the written part is read (`Marks.tokens(bit:)`).
        var list = [Int32](unsafeUninitializedCapacity: bitCount * n) { _, initialized in initialized = bitCount * n }
        // The document's segmentations and the table's arrays are read through buffers opened once, not per token or key
        // (a slice per token retained its array; each lookup opened the table's arrays again).
        let tableMask = table.mask
        segments.segments.withUnsafeBufferPointer { allSegments in
        segments.starts.withUnsafeBufferPointer { segmentStarts in
        table.tags.withUnsafeBufferPointer { tags in
        table.keys.withUnsafeBufferPointer { keys in
        // `WordKeyTable.find`: the slot holding `key`, or a negative number.
        @inline(__always) func find(_ key: UInt64) -> Int {
            let tag = WordKeyTable<UInt64>.tag(key)
            var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & tableMask
            while true {
                let t = tags[i]
                if t == 0 { return -1 }
                if t == tag && keys[i] == key { return i }
                i = (i + 1) & tableMask
            }
        }
        tokens.withUnsafeBufferPointer { tokens in
            table.values.withUnsafeBufferPointer { values in
                    seconds.withUnsafeMutableBufferPointer { seconds in
                    singles.withUnsafeMutableBufferPointer { singles in
                    segmentBits.withUnsafeMutableBufferPointer { segmentBits in
                    counts.withUnsafeMutableBufferPointer { counts in
                    list.withUnsafeMutableBufferPointer { list in
                        for t in tokens.indices where tokens[t].kind == .word || tokens[t].kind == .latin {
                            var mask: UInt16 = 0
                            var second: UInt16 = 0
                            var single: UInt16 = 0
                            let lower = Int(segmentStarts[t]), upper = Int(segmentStarts[t + 1])
                            for k in lower..<upper {
                                let slot = find(allSegments[k].key.value)
                                guard slot >= 0, let bits = values[slot] else { continue }
                                let first = UInt16(truncatingIfNeeded: bits)
                                segmentBits[k] = first
                                mask |= first
                                second |= UInt16(truncatingIfNeeded: bits >> 16)
                                single |= UInt16(truncatingIfNeeded: bits >> 32)
                            }
                            let wholeKey: UInt64? = lower < upper ? allSegments[lower].key.value : nil
                            // A phrase's later words are matched by the token's own key too (`PhraseMatcher.matchesRest`).
                            if wholeKey != tokens[t].key.value {
                                let slot = find(tokens[t].key.value)
                                if slot >= 0, let bits = values[slot] { second |= UInt16(truncatingIfNeeded: bits >> 16) }
                            }
                            // The arrays start zeroed: most tokens start nothing and are not written.
                            if second != 0 { seconds[t] = second }
                            if single != 0 { singles[t] = single }
                            // Each bit of the mask lists the token in its lane, in token order.
                            var m = mask
                            while m != 0 {
                                let b = m.trailingZeroBitCount
                                list[b * n + Int(counts[b])] = Int32(t)
                                counts[b] += 1
                                m &= m - 1
                            }
                        }
                    }
                    }
                    }
                    }
                    }
            }
        }
        }
        }
        }
        }
        return Marks(seconds: seconds, singles: singles, segmentBits: segmentBits, tokensByBit: list, bitCounts: counts, lane: n)
    }

    /// For each token of a document, the matchers (bits) that have an entry whose first word is one of the token's
    /// segmentations in `segments` (0 for tokens that are not words).
    public func masks(tokens: [Token], segments: TokenSegments) -> [UInt16] {
        var out = [UInt16](repeating: 0, count: tokens.count)
        tokens.withUnsafeBufferPointer { tokens in
            for t in tokens.indices where tokens[t].kind == .word || tokens[t].kind == .latin {
                var mask: UInt16 = 0
                for seg in segments.of(t) {
                    if let bits = table[seg.key] { mask |= UInt16(truncatingIfNeeded: bits) }
                }
                out[t] = mask
            }
        }
        return out
    }
}
