/// Which of several `PhraseMatcher`s (up to 16) may start an entry at each token of a document, found in one pass.
///
/// A document read with eight lexicons used to be scanned eight times, each scan looking every segmentation of every
/// word up in its own table. Here one table maps each first word's key to the set (bit mask) of matchers that have an
/// entry starting with it, so each segmentation is looked up once for all of them; a matcher then tries only the
/// tokens whose mask has its bit (`PhraseMatcher.matches(in:text:segments:starts:bit:)`), which finds exactly the
/// matches a full scan finds: a token none of whose segmentations starts an entry never matches.
public struct PhraseStartMask: Sendable {
    @usableFromInline var table = WordKeyTable<UInt16>()

    public init() {}

    /// Adds the first words of `matcher`'s entries under `bit` (0...15).
    public mutating func add<Value>(_ matcher: PhraseMatcher<Value>, bit: Int) {
        precondition((0..<16).contains(bit), "a start mask holds 16 matchers")
        for entry in matcher.entries {
            guard let first = entry.words.first else { continue }
            table[first] = (table[first] ?? 0) | UInt16(1) << UInt16(bit)
        }
    }

    /// For each token of a document, the matchers (bits) that have an entry whose first word is one of the token's
    /// segmentations in `segments` (0 for tokens that are not words).
    public func masks(tokens: [Token], segments: TokenSegments) -> [UInt16] {
        var out = [UInt16](repeating: 0, count: tokens.count)
        tokens.withUnsafeBufferPointer { tokens in
            for t in tokens.indices where tokens[t].kind == .word || tokens[t].kind == .latin {
                var mask: UInt16 = 0
                for seg in segments.of(t) {
                    if let bits = table[seg.key] { mask |= bits }
                }
                out[t] = mask
            }
        }
        return out
    }
}
