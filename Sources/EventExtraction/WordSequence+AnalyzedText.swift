import ArabicText
import EventModel

extension WordSequence {
    /// The word view of a document the text stage has analysed: its tokens (normalised text as keys, original spans)
    /// and its sentences. Line breaks are dropped (they only end sentences); symbols count as punctuation; hashtag marks
    /// are dropped so that "#حركة_الشباب" reads as the words حركة الشباب.
    ///
    /// The text stage normalises with `NormalizationOptions.matching`, the same folding `MatchKey` applies to the
    /// lexicon, so the date, trigger and actor tables match these keys directly.
    public init(analyzed: AnalyzedText) {
        var tokens: [Token] = []
        tokens.reserveCapacity(analyzed.tokens.count)
        var sentence = 0
        var line = 0
        for (index, token) in analyzed.tokens.enumerated() {
            while sentence < analyzed.sentences.count, analyzed.sentences[sentence].upperBound <= index { sentence += 1 }
            if Self.isHashtagGlue(token.text) { continue }
            let kind: Kind
            switch token.kind {
            case .word, .latin: kind = .word
            case .number: kind = .number
            case .punctuation, .symbol: kind = .punctuation
            case .lineBreak:
                line += 1
                continue
            }
            tokens.append(Token(key: token.text, kind: kind, span: token.span, sentence: sentence, line: line))
        }
        self.init(tokens: tokens)
    }
}
