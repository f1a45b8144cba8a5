/// Splits a token sequence into sentences and clauses.
///
/// A sentence ends at `.`, `!`, `?` (and ؟, normalised) or a line break — but not at a point after a one-letter
/// abbreviation ("ق.م", "أ.ف.ب"), not inside a quotation before the line ends, and a closing quote right after the
/// terminator stays with its sentence. Numbers such as "3.5" are single tokens, so they never split.
public enum SentenceSplitter {
    /// Token ranges of the sentences, in order; line breaks are not part of any sentence.
    public static func sentences(_ tokens: [Token]) -> [Range<Int>] {
        tokens.withUnsafeBufferPointer { sentences($0) }
    }

    /// `sentences(_:)` over the tokens' storage (no bounds checks or array retains per token read).
    static func sentences(_ tokens: UnsafeBufferPointer<Token>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(tokens.count / 16 + 4)
        var start = 0
        var inQuote = false
        var i = 0
        let n = tokens.count
        func close(_ end: Int) {
            var s = start
            while s < end, tokens[s].kind == .lineBreak { s += 1 }
            if s < end { out.append(s..<end) }
            start = end
        }
        while i < n {
            let kind = tokens[i].kind
            if kind == .lineBreak {
                close(i)
                start = i + 1
                inQuote = false
                i += 1
                continue
            }
            if kind == .punctuation {
                let c = tokens[i].first.value
                if c == 0x22 {
                    inQuote.toggle()
                } else if (c == 0x2E || c == 0x21 || c == 0x3F) && !inQuote && !isAbbreviationPoint(tokens, i) {
                    var end = i + 1
                    // Keep a run of terminators ("?!", "...") and a closing quote with the sentence.
                    while end < n, tokens[end].kind == .punctuation, isTerminatorOrQuote(tokens[end]) { end += 1 }
                    close(end)
                    i = end
                    continue
                }
            }
            i += 1
        }
        close(n)
        return out
    }

    /// Clauses of a sentence: split at commas, semicolons and colons (normalised ، ؛).
    public static func clauses(_ tokens: [Token], in sentence: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = sentence.lowerBound
        for i in sentence where tokens[i].kind == .punctuation {
            let c = tokens[i].first.value
            if c == 0x2C || c == 0x3B || c == 0x3A {
                if start < i { out.append(start..<i) }
                start = i + 1
            }
        }
        if start < sentence.upperBound { out.append(start..<sentence.upperBound) }
        return out
    }

    /// A point right after a one-letter word, with another letter right after it, is an abbreviation ("ق.م").
    static func isAbbreviationPoint(_ tokens: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        guard tokens[i].isScalar("."), i > 0 else { return false }
        let prev = tokens[i - 1]
        guard prev.isWord, prev.range.count == 1, prev.range.upperBound == tokens[i].range.lowerBound else { return false }
        return true
    }

    static func isTerminatorOrQuote(_ t: Token) -> Bool {
        let c = t.first.value
        return c == 0x2E || c == 0x21 || c == 0x3F || c == 0x22
    }
}
