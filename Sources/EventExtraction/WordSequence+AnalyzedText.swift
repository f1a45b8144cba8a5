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
        var tokens: [Token] = []
        tokens.reserveCapacity(analyzed.tokens.count)
        var stems = StemBuilder(tokenCount: analyzed.tokens.count, scalars: analyzed.normalized.scalars)
        var sentence = 0
        var line = 0
        for index in analyzed.tokens.indices {
            while sentence < analyzed.sentences.count, analyzed.sentences[sentence].upperBound <= index { sentence += 1 }
            // Only punctuation tokens can be "#" or "_": comparing every word's string cost more than the rest of the loop.
            if analyzed.tokens[index].kind == .punctuation, analyzed.tokens[index].isScalar("#") || analyzed.tokens[index].isScalar("_") { continue }
            let kind: Kind
            switch analyzed.tokens[index].kind {
            case .word, .latin: kind = .word
            case .number: kind = .number
            case .punctuation, .symbol: kind = .punctuation
            case .lineBreak:
                line += 1
                continue
            }
            // A token's text is its range of the normalised scalars (`Tokenizer`), so its stems are ranges of them.
            stems.add(analyzed.tokens[index].range, isWord: kind == .word)
            tokens.append(Token(key: analyzed.normalized.text(of: analyzed.tokens[index]), kind: kind, span: analyzed.tokens[index].span, sentence: sentence, line: line))
        }
        self.init(tokens: tokens, stems: stems)
    }
}
