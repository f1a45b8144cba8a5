import ArabicText
import EventModel
import Lexicon

/// A document as a sequence of words, numbers and punctuation marks, each with its folded matching key and its span.
///
/// This is the view the date, trigger and actor matchers work on. In the pipeline it is built from the text stage's
/// tokens (`init(analyzed:)`); `init(text:)` is a self-contained scanner with the same contract (original spans in
/// Unicode scalar offsets, a folded key per token) for tests and tools that have no `AnalyzedText` at hand.
public struct WordSequence: Sendable {
    public enum Kind: Sendable, Hashable {
        case word, number, punctuation
    }

    public struct Token: Sendable, Hashable {
        /// Folded matching key (`MatchKey.fold`); for numbers, ASCII digits.
        public var key: String
        public var kind: Kind
        /// Span in the original text (Unicode scalar offsets).
        public var span: TextSpan
        /// Index of the sentence the token belongs to (0-based).
        public var sentence: Int
        /// Index of the line (paragraph) the token belongs to (0-based).
        public var line: Int

        public init(key: String, kind: Kind, span: TextSpan, sentence: Int, line: Int) {
            self.key = key
            self.kind = kind
            self.span = span
            self.sentence = sentence
            self.line = line
        }
    }

    public private(set) var tokens: [Token]
    /// The tokens' keys, for `PhraseTable` matching.
    public private(set) var keys: [String]
    /// Each token's key (`WordKey` of `keys[i]`), for matching phrase words by key.
    public private(set) var wordKeys: [WordKey]
    /// The scalars the stems are ranges of: the document's normalised scalars (`init(analyzed:)`), or the tokens' keys
    /// one after another (`init(text:)`).
    private(set) var scalars: [Unicode.Scalar]
    /// Every token's matching stems (`MatchKey.stems`: without proclitics and article), computed once, in one flat
    /// array (token `i`'s are at `stemStarts[i]..<stemStarts[i + 1]`), as ranges of `scalars`: building a string per
    /// stem of every word showed in profiles, and only `stems(of:)` needs them.
    private var stemRangeValues: [StemRange]
    /// The stems' lookup keys (`WordKey`), parallel to `stemRangeValues`.
    private var stemKeyValues: [WordKey]
    /// The stems' prefix keys (`PhraseTable.prefixKey`: their first two scalars), parallel to `stemRangeValues`.
    private var stemPrefixKeyValues: [WordKey]
    private var stemStarts: [Int32]
    /// For each token, the bits of the phrase tables that may start a phrase there (`PhraseStarts.bits`), when the
    /// sequence was marked with `markStarts(_:)`; empty otherwise (matchers then look the stems up themselves).
    private(set) var startMasks: [UInt64] = []

    public init(tokens: [Token]) {
        var scalars: [Unicode.Scalar] = []
        for token in tokens { scalars.append(contentsOf: token.key.unicodeScalars) }
        var stems = StemBuilder(tokenCount: tokens.count, scalars: scalars)
        var offset = 0
        for token in tokens {
            let count = token.key.unicodeScalars.count
            stems.add(offset..<(offset + count), isWord: token.kind == .word)
            offset += count
        }
        self.init(tokens: tokens, stems: stems)
    }

    /// A sequence whose stems are already computed (`init(analyzed:)` reads them off the document's scalars).
    init(tokens: [Token], stems: StemBuilder) {
        self.tokens = tokens
        self.keys = tokens.map(\.key)
        self.scalars = stems.scalars
        self.stemRangeValues = stems.ranges
        self.stemKeyValues = stems.keys
        self.stemPrefixKeyValues = stems.prefixKeys
        self.stemStarts = stems.starts + [Int32(stems.ranges.count)]
        // A token's first stem is the token itself.
        wordKeys = tokens.indices.map { stems.keys[Int(stems.starts[$0])] }
    }

    /// Collects the stems of a document's tokens, one token after another.
    struct StemBuilder {
        let scalars: [Unicode.Scalar]
        var ranges: [StemRange] = []
        var keys: [WordKey] = []
        var prefixKeys: [WordKey] = []
        var starts: [Int32] = []

        init(tokenCount: Int, scalars: [Unicode.Scalar]) {
            self.scalars = scalars
            ranges.reserveCapacity(tokenCount * 2)
            keys.reserveCapacity(tokenCount * 2)
            prefixKeys.reserveCapacity(tokenCount * 2)
            starts.reserveCapacity(tokenCount + 1)
        }

        /// Adds the next token, `range` of the scalars: a word's stems (`MatchKey.forEachStem`), or the token itself.
        mutating func add(_ range: Range<Int>, isWord: Bool) {
            starts.append(Int32(ranges.count))
            guard isWord else {
                append(range, withAlef: false)
                return
            }
            MatchKey.forEachStem(of: scalars[range]) { stem, withAlef in append(stem, withAlef: withAlef) }
        }

        private mutating func append(_ stem: Range<Int>, withAlef: Bool) {
            ranges.append(StemRange(start: Int32(stem.lowerBound), end: Int32(stem.upperBound), withAlef: withAlef))
            if withAlef {
                let alef: Unicode.Scalar = "\u{0627}"
                keys.append(WordKey(value: WordKey.offsetBasis).appending(alef).appending(scalars: scalars[stem]))
                // The article form starts with alef and lam (its range starts with lam).
                prefixKeys.append(WordKey(value: WordKey.offsetBasis).appending(alef).appending(scalars[stem.lowerBound]))
            } else {
                keys.append(WordKey(scalars: scalars[stem]))
                prefixKeys.append(MatchKey.prefixKey(scalars[stem]))
            }
        }
    }

    /// Marks each token with the bits of the tables of `starts` that may start a phrase there: one lookup per stem for
    /// all the tables, rather than one per table wherever a matcher tries one.
    mutating func markStarts(_ starts: PhraseStarts) {
        var masks = [UInt64](repeating: 0, count: tokens.count)
        stemKeyValues.withUnsafeBufferPointer { keys in
            stemPrefixKeyValues.withUnsafeBufferPointer { prefixKeys in
                stemStarts.withUnsafeBufferPointer { stemStarts in
                    masks.withUnsafeMutableBufferPointer { masks in
                        for i in masks.indices {
                            var bits: UInt64 = 0
                            for k in Int(stemStarts[i])..<Int(stemStarts[i + 1]) {
                                bits |= starts.bits(key: keys[k], prefixKey: prefixKeys[k])
                            }
                            masks[i] = bits
                        }
                    }
                }
            }
        }
        startMasks = masks
    }

    /// Whether a table whose start bit is `bit` may start a phrase at token `i` by the start masks; nil when the
    /// sequence has none or the table no bit (the table then looks the stems up).
    @inline(__always)
    func mayStart(bit: UInt64, at i: Int) -> Bool? {
        guard bit != 0, !startMasks.isEmpty else { return nil }
        return startMasks[i] & bit != 0
    }

    /// Token `i`'s matching stems (`MatchKey.stems` of its key; a number or punctuation mark is its own stem).
    public func stems(of i: Int) -> [String] {
        stemRanges(of: i).map { $0.string(in: scalars) }
    }

    /// The indexes of token `i`'s stems in the flat stem arrays (see `stemKey(_:)`).
    @inline(__always)
    func stemIndexes(of i: Int) -> Range<Int> { Int(stemStarts[i])..<Int(stemStarts[i + 1]) }

    /// The key of stem `k` (an index of `stemIndexes(of:)`).
    @inline(__always)
    func stemKey(_ k: Int) -> WordKey { stemKeyValues[k] }

    /// The prefix key of stem `k` (an index of `stemIndexes(of:)`).
    @inline(__always)
    func stemPrefixKey(_ k: Int) -> WordKey { stemPrefixKeyValues[k] }

    /// Token `i`'s stems as ranges of `scalars`, in the order of `stems(of:)`.
    @inline(__always)
    func stemRanges(of i: Int) -> ArraySlice<StemRange> {
        stemRangeValues[Int(stemStarts[i])..<Int(stemStarts[i + 1])]
    }

    /// The keys (`WordKey`) of token `i`'s stems, in the order of `stems(of:)`.
    @inline(__always)
    public func stemKeys(of i: Int) -> ArraySlice<WordKey> {
        stemKeyValues[Int(stemStarts[i])..<Int(stemStarts[i + 1])]
    }

    /// The prefix keys (`PhraseTable.prefixKey`) of token `i`'s stems, in the order of `stems(of:)`.
    @inline(__always)
    public func stemPrefixKeys(of i: Int) -> ArraySlice<WordKey> {
        stemPrefixKeyValues[Int(stemStarts[i])..<Int(stemStarts[i + 1])]
    }

    /// Splits `text`: runs of letters (with their harakat) are words, runs of digits are numbers, every other
    /// non-space scalar is one punctuation token (hashtag marks # and _ are dropped). Sentences end after . ! ? ؟ and at
    /// line breaks.
    public init(text: String) {
        var tokens: [Token] = []
        var current = String.UnicodeScalarView()
        var currentKind: Kind?
        var start = 0
        var offset = 0
        var sentence = 0
        var line = 0
        var sentenceHasTokens = false

        func flush() {
            if let kind = currentKind, !current.isEmpty {
                tokens.append(Token(key: String(current), kind: kind, span: TextSpan(start: start, end: offset), sentence: sentence, line: line))
                sentenceHasTokens = true
            }
            current = String.UnicodeScalarView()
            currentKind = nil
        }

        for scalar in text.unicodeScalars {
            let kind = Self.classify(scalar)
            switch kind {
            case .some(.word), .some(.number):
                if currentKind != kind {
                    flush()
                    currentKind = kind
                    start = offset
                }
                if let folded = MatchKey.fold(scalar) { current.append(folded) }
            case .some(.punctuation):
                flush()
                if Self.isHashtagGlue(String(scalar)) { break }
                tokens.append(Token(key: String(scalar), kind: .punctuation, span: TextSpan(start: offset, end: offset + 1),
                                    sentence: sentence, line: line))
                sentenceHasTokens = true
                if Self.endsSentence(scalar) {
                    sentence += 1
                    sentenceHasTokens = false
                }
            case .none:
                flush()
                if scalar == "\n" {
                    if sentenceHasTokens { sentence += 1 }
                    sentenceHasTokens = false
                    line += 1
                }
            }
            offset += 1
        }
        flush()
        self.init(tokens: tokens)
    }

    public var count: Int { tokens.count }
    public subscript(_ i: Int) -> Token { tokens[i] }

    /// The span covering tokens `range` (non-empty).
    public func span(of range: Range<Int>) -> TextSpan {
        TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
    }

    /// Number of sentences.
    public var sentenceCount: Int { (tokens.last?.sentence ?? -1) + 1 }

    // MARK: - Character classes

    /// nil for white space.
    static func classify(_ s: Unicode.Scalar) -> Kind? {
        let v = s.value
        switch v {
        case 0x30...0x39, 0x0660...0x0669, 0x06F0...0x06F9: return .number
        case 0x41...0x5A, 0x61...0x7A: return .word
        case 0x060C, 0x061B, 0x061F, 0x066A...0x066D, 0x06D4: return .punctuation
        case 0x0610...0x061A, 0x0620...0x065F, 0x066E...0x06D3, 0x06D5...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF: return .word
        case 0xFB50...0xFDFF, 0xFE70...0xFEFC: return .word
        default:
            if s.properties.isWhitespace || v == 0x200C || v == 0x200D || v == 0x200F || v == 0x200E || v == 0xFEFF { return nil }
            if s.properties.isAlphabetic { return .word }
            return .punctuation
        }
    }

    /// "#" and "_" join hashtag words (#تفجير_انتحاري); they are dropped so the words match as a phrase.
    static func isHashtagGlue(_ key: String) -> Bool { key == "#" || key == "_" }

    static func endsSentence(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "!" || s == "?" || s == "\u{061F}" || s == "\u{06D4}"
    }
}
