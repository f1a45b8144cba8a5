import ArabicText
import EventModel
import Lexicon

extension WordSequence {
    /// The word view of a document the text stage has analysed: its tokens (normalised text as keys, original spans)
    /// and its sentences. Line breaks are dropped (they only end sentences); symbols count as punctuation; hashtag marks
    /// are dropped so that "#حركة_الشباب" reads as the words حركة الشباب.
    ///
    /// The text stage normalises with `NormalizationOptions.matching`, the same folding `MatchKey` applies to the
    /// lexicon, so the date, trigger and actor tables match these keys directly.
    ///
    /// The stems are ranges of the normalised scalars (`MatchKey.forEachStem`), not strings.
    public init(analyzed: AnalyzedText) {
        self.init(analyzed: analyzed, starts: nil)
    }

    /// As `init(analyzed:)`, with each token marked with the bits of the tables of `starts` that may start a phrase
    /// there (as `markStarts(_:)` marks them), in the same pass.
    init(analyzed: AnalyzedText, starts: PhraseStarts?) {
        // Most words have one to three stems: room for three a token. A document that needs more (none seen so far) is
        // read again with room for the most any word has.
        if let view = Self.build(analyzed, starts: starts, stemsPerToken: 3) {
            self = view
        } else {
            self = Self.build(analyzed, starts: starts, stemsPerToken: StemBuilder.maxStems)!
        }
    }

    /// The word view with room for `stemsPerToken` stems a token on average; nil when the document's words have more.
    ///
    /// Every array is written in place, the stems' too (the builder's buffers were copied into arrays at the end), and
    /// the token loop (`fill`) keeps its state in local variables rather than in a builder it stores to and reloads from.
    private static func build(_ analyzed: AnalyzedText, starts: PhraseStarts?, stemsPerToken: Int) -> WordSequence? {
        let sourceCount = analyzed.tokens.count
        let scalars = analyzed.normalized.scalars
        // Offsets are stored as Int32 (`StemRange`, `stemStarts`) and converted without a check in the token loop (the
        // checks were a dozen instructions a token): a document's text is far below 2^31 scalars.
        precondition(scalars.count < Int(Int32.max), "a document of 2^31 scalars or more")
        let stemCapacity = sourceCount * stemsPerToken + StemBuilder.maxStems
        let marking = starts != nil
        let phraseStarts = starts ?? PhraseStarts()
        var counts: (tokens: Int, stems: Int)?
        var ranges: [StemRange] = [], stemStarts: [Int32] = [], wordKeys: [WordKey] = [], masks: [UInt64] = []
        var stemRanges: [StemRange] = [], stemKeys: [WordKey] = []
        let tokens = [Token](unsafeUninitializedCapacity: sourceCount) { tokensOut, tokensCount in
            ranges = [StemRange](unsafeUninitializedCapacity: sourceCount) { rangesOut, rangesCount in
                stemStarts = [Int32](unsafeUninitializedCapacity: sourceCount + 1) { startsOut, startsCount in
                    wordKeys = [WordKey](unsafeUninitializedCapacity: sourceCount) { keysOut, keysCount in
                        masks = [UInt64](unsafeUninitializedCapacity: marking ? sourceCount : 0) { masksOut, masksCount in
                            stemRanges = [StemRange](unsafeUninitializedCapacity: stemCapacity) { stemRangesOut, stemRangesCount in
                                stemKeys = [WordKey](unsafeUninitializedCapacity: stemCapacity) { stemKeysOut, stemKeysCount in
                                        counts = phraseStarts.withProbe { probe in
                                            analyzed.sentences.withUnsafeBufferPointer { sentences in
                                                analyzed.tokens.withUnsafeBufferPointer { source in
                                                    scalars.withUnsafeBufferPointer { buffer in
                                                        fill(
                                                            source: source, sentences: sentences, scalars: buffer,
                                                            probe: probe, marking: marking,
                                                            out: Output(
                                                                tokens: tokensOut, ranges: rangesOut, stemStarts: startsOut,
                                                                wordKeys: keysOut, masks: masksOut, stemRanges: stemRangesOut,
                                                                stemKeys: stemKeysOut
                                                            )
                                                        )
                                                    }
                                                }
                                            }
                                        }
                                    stemKeysCount = counts?.stems ?? 0
                                }
                                stemRangesCount = counts?.stems ?? 0
                            }
                            masksCount = marking ? counts?.tokens ?? 0 : 0
                        }
                        keysCount = counts?.tokens ?? 0
                    }
                    startsCount = counts.map { $0.tokens + 1 } ?? 0
                }
                rangesCount = counts?.tokens ?? 0
            }
            tokensCount = counts?.tokens ?? 0
        }
        guard counts != nil else { return nil }
        return WordSequence(
            tokens: tokens, ranges: ranges, scalars: scalars, stemRanges: stemRanges, stemKeys: stemKeys,
            stemStarts: stemStarts, wordKeys: wordKeys, startMasks: masks
        )
    }

    /// The uninitialised arrays `fill` writes: per token (the stem starts with room for the end), and per stem.
    private struct Output {
        let tokens: UnsafeMutableBufferPointer<Token>
        let ranges: UnsafeMutableBufferPointer<StemRange>
        let stemStarts: UnsafeMutableBufferPointer<Int32>
        let wordKeys: UnsafeMutableBufferPointer<WordKey>
        let masks: UnsafeMutableBufferPointer<UInt64>
        let stemRanges: UnsafeMutableBufferPointer<StemRange>
        let stemKeys: UnsafeMutableBufferPointer<WordKey>
    }

    /// Writes the word view's tokens, their stems and (when `marking`, with `probe`) their start masks into `out`; the
    /// numbers of tokens and stems written, or nil when the stems do not fit.
    @inline(__always)
    private static func fill(
        source: UnsafeBufferPointer<ArabicText.Token>, sentences: UnsafeBufferPointer<Range<Int>>,
        scalars buffer: UnsafeBufferPointer<Unicode.Scalar>, probe: PhraseStarts.Probe, marking: Bool, out: Output
    ) -> (tokens: Int, stems: Int)? {
        var sentence = 0
        var line = 0
        var count = 0
        var n = 0
        let limit = out.stemRanges.count - StemBuilder.maxStems
        for index in source.indices {
            while sentence < sentences.count, sentences[sentence].upperBound <= index { sentence += 1 }
            let range = source[index].range
            let kind: Kind
            switch source[index].kind {
            case .word, .latin: kind = .word
            case .number: kind = .number
            case .punctuation, .symbol:
                // Only punctuation tokens can be "#" or "_" (one scalar each).
                if source[index].kind == .punctuation, range.count == 1, Self.isHashtagGlue(buffer[range.lowerBound]) {
                    continue
                }
                kind = .punctuation
            case .lineBreak:
                line += 1
                continue
            }
            guard n <= limit else { return nil }
            // A token's text is its range of the normalised scalars (`Tokenizer`), its key their `WordKey`, so its
            // stems are ranges of them; the first stem is the token itself, whose key is known.
            let key = source[index].key
            let first = n
            out.stemStarts[count] = Int32(truncatingIfNeeded: first)
            out.wordKeys[count] = key
            let whole = StemRange(
                start: Int32(truncatingIfNeeded: range.lowerBound), end: Int32(truncatingIfNeeded: range.upperBound), withAlef: false
            )
            out.stemRanges[n] = whole
            out.stemKeys[n] = key
            n &+= 1
            // The start bits of each stem as it is made (the probe of an empty `PhraseStarts` when not marking); prefix
            // keys are made only where the probe needs them.
            var bits = probe.bits(
                key: key, first: buffer[range.lowerBound], second: buffer[range.count >= 2 ? range.lowerBound + 1 : range.lowerBound],
                length: range.count
            )
            if kind == .word {
                var isWhole = true
                MatchKey.forEachStem(of: buffer[range]) { stem, withAlef in
                    if isWhole {
                        isWhole = false
                        return
                    }
                    out.stemRanges[n] = StemRange(
                        start: Int32(truncatingIfNeeded: stem.lowerBound), end: Int32(truncatingIfNeeded: stem.upperBound), withAlef: withAlef
                    )
                    let stemKey: WordKey
                    if withAlef {
                        let alef: Unicode.Scalar = "\u{0627}"
                        // The article form starts with alef and lam (its range starts with lam).
                        stemKey = WordKey(value: WordKey.offsetBasis).appending(alef).appending(scalars: buffer[stem])
                        bits |= probe.bits(key: stemKey, first: alef, second: buffer[stem.lowerBound], length: stem.count + 1)
                    } else {
                        stemKey = WordKey(scalars: buffer[stem])
                        bits |= probe.bits(
                            key: stemKey, first: buffer[stem.lowerBound],
                            second: buffer[stem.count >= 2 ? stem.lowerBound + 1 : stem.lowerBound], length: stem.count
                        )
                    }
                    out.stemKeys[n] = stemKey
                    n &+= 1
                }
            }
            if marking { out.masks[count] = bits }
            out.tokens[count] = Token(kind: kind, span: source[index].span, sentence: sentence, line: line)
            out.ranges[count] = whole
            count &+= 1
        }
        out.stemStarts[count] = Int32(truncatingIfNeeded: n)
        return (count, n)
    }
}
