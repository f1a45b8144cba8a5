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
        let sourceCount = analyzed.tokens.count
        let scalars = analyzed.normalized.scalars
        var stems = StemBuilder(tokenCount: sourceCount, scalars: scalars, starts: starts)
        var ranges: [StemRange] = []
        // The tokens and their ranges are written in place (at most one per source token).
        let tokens = [Token](unsafeUninitializedCapacity: sourceCount) { tokens, tokenCount in
            ranges = [StemRange](unsafeUninitializedCapacity: sourceCount) { ranges, rangeCount in
                var sentence = 0
                var line = 0
                var count = 0
                analyzed.sentences.withUnsafeBufferPointer { sentences in
                    analyzed.tokens.withUnsafeBufferPointer { source in
                        scalars.withUnsafeBufferPointer { buffer in
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
                                // A token's text is its range of the normalised scalars (`Tokenizer`), its key their
                                // `WordKey`, so its stems are ranges of them.
                                stems.add(range, key: source[index].key, isWord: kind == .word, in: buffer)
                                tokens.initializeElement(
                                    at: count, to: Token(kind: kind, span: source[index].span, sentence: sentence, line: line)
                                )
                                ranges.initializeElement(
                                    at: count, to: StemRange(start: Int32(range.lowerBound), end: Int32(range.upperBound), withAlef: false)
                                )
                                count += 1
                            }
                        }
                    }
                }
                rangeCount = count
                tokenCount = count
            }
        }
        self.init(tokens: tokens, ranges: ranges, stems: stems)
    }
}
