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
    /// The stems are read off the normalised scalars of each token (`MatchKey.appendStems`), not off its string.
    public init(analyzed: AnalyzedText) {
        let scalars = analyzed.normalized.scalars
        var tokens: [Token] = []
        tokens.reserveCapacity(analyzed.tokens.count)
        var stems: [String] = []
        var keys: [WordKey] = []
        var prefixKeys: [WordKey] = []
        var starts: [Int32] = []
        stems.reserveCapacity(analyzed.tokens.count * 2)
        keys.reserveCapacity(analyzed.tokens.count * 2)
        prefixKeys.reserveCapacity(analyzed.tokens.count * 2)
        starts.reserveCapacity(analyzed.tokens.count + 1)
        var sentence = 0
        var line = 0
        for index in analyzed.tokens.indices {
            while sentence < analyzed.sentences.count, analyzed.sentences[sentence].upperBound <= index { sentence += 1 }
            // Only punctuation tokens can be "#" or "_": comparing every word's string cost more than the rest of the loop.
            if analyzed.tokens[index].kind == .punctuation, Self.isHashtagGlue(analyzed.tokens[index].text) { continue }
            let kind: Kind
            switch analyzed.tokens[index].kind {
            case .word, .latin: kind = .word
            case .number: kind = .number
            case .punctuation, .symbol: kind = .punctuation
            case .lineBreak:
                line += 1
                continue
            }
            let text = analyzed.tokens[index].text
            starts.append(Int32(stems.count))
            if kind == .word {
                MatchKey.appendStems(of: scalars[analyzed.tokens[index].range], word: text, to: &stems, keys: &keys, prefixKeys: &prefixKeys)
            } else {
                stems.append(text)
                keys.append(analyzed.tokens[index].key)
                prefixKeys.append(MatchKey.prefixKey(text.unicodeScalars))
            }
            tokens.append(Token(key: text, kind: kind, span: analyzed.tokens[index].span, sentence: sentence, line: line))
        }
        starts.append(Int32(stems.count))
        self.init(tokens: tokens, stems: stems, stemKeys: keys, stemPrefixKeys: prefixKeys, stemStarts: starts)
    }
}
