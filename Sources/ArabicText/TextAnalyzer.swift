import EventModel

/// A document read by the text layer: the normalised view, tokens, sentences and number expressions.
public struct AnalyzedText: Sendable {
    public let normalized: NormalizedText
    public let tokens: [Token]
    public let sentences: [Range<Int>]
    public let quantities: [Quantity]
    /// Clitic segmentations of every word, shared by the lexicon matchers.
    public let segments: TokenSegments

    /// Index of the sentence holding token `t`.
    public func sentenceIndex(ofToken t: Int) -> Int? {
        var lo = 0, hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if sentences[mid].upperBound <= t { lo = mid + 1 } else if sentences[mid].lowerBound > t { hi = mid - 1 } else { return mid }
        }
        return nil
    }

    /// The original text of a span.
    public func quote(_ span: TextSpan) -> String { normalized.originalString(span) }
}

/// The text stage: normalise, tokenise, split sentences and parse number expressions.
public struct TextAnalyzer: Sendable {
    public let numbers: NumberParser
    public let clitics: CliticAnalyzer
    public let options: NormalizationOptions

    public init(numbers: NumberVocabulary, clitics: CliticAnalyzer, options: NormalizationOptions = .matching) {
        self.numbers = NumberParser(vocabulary: numbers)
        self.clitics = clitics
        self.options = options
    }

    /// Normalises, tokenises, splits sentences and parses number expressions.
    ///
    /// With `segmentingWords` (the default) it also segments every word into clitics and stem once, for the lexicon
    /// matchers of the later stages. Without it (the text stage alone, e.g. for benchmarks) `segments` is empty; the
    /// number expressions are the same either way, since the number parser segments the few words it needs itself.
    public func analyze(_ text: String, segmentingWords: Bool = true) -> AnalyzedText {
        let normalized = ArabicNormalizer.normalize(text, options: options)
        let tokens = Tokenizer.tokenize(normalized)
        let segments = segmentingWords ? TokenSegments(tokens: tokens, text: normalized, analyzer: clitics) : TokenSegments(emptyFor: tokens.count)
        let sentences = SentenceSplitter.sentences(tokens)
        let quantities = numbers.parse(tokens, text: normalized, segments: segmentingWords ? segments : nil)
        return AnalyzedText(normalized: normalized, tokens: tokens, sentences: sentences, quantities: quantities, segments: segments)
    }
}
