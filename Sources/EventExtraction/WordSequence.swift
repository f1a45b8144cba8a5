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

    /// One token: plain values, so reading one copies nothing that is reference counted. Its folded matching key is
    /// `key(_:)`, its scalars a range of the sequence's.
    public struct Token: Sendable, Hashable {
        public var kind: Kind
        /// Span in the original text (Unicode scalar offsets).
        public var span: TextSpan
        /// Index of the sentence the token belongs to (0-based).
        public var sentence: Int
        /// Index of the line (paragraph) the token belongs to (0-based).
        public var line: Int

        public init(kind: Kind, span: TextSpan, sentence: Int, line: Int) {
            self.kind = kind
            self.span = span
            self.sentence = sentence
            self.line = line
        }
    }

    public private(set) var tokens: [Token]
    /// Each token's folded matching key (`MatchKey.fold`; for numbers, ASCII digits) as a range of `scalars`.
    private(set) var ranges: [StemRange]
    /// Each token's key (`WordKey` of its scalars), for matching phrase words by key.
    public private(set) var wordKeys: [WordKey]
    /// The scalars the tokens and stems are ranges of: the document's normalised scalars (`init(analyzed:)`), or the
    /// tokens' keys one after another (`init(text:)`).
    private(set) var scalars: [Unicode.Scalar]
    /// Every token's matching stems (`MatchKey.stems`: without proclitics and article), computed once, in one flat
    /// array (token `i`'s are at `stemStarts[i]..<stemStarts[i + 1]`), as ranges of `scalars`: building a string per
    /// stem of every word showed in profiles, and only `stems(of:)` needs them.
    private(set) var stemRangeValues: [StemRange]
    /// The stems' lookup keys (`WordKey`), parallel to `stemRangeValues`.
    private(set) var stemKeyValues: [WordKey]
    private(set) var stemStarts: [Int32]
    /// For each token, the bits of the phrase tables that may start a phrase there (`PhraseStarts.bits`), when the
    /// sequence was marked with `markStarts(_:)`; empty otherwise (matchers then look the stems up themselves).
    private(set) var startMasks: [UInt64] = []

    /// A sequence of `tokens` whose keys are `ranges` of `stems.scalars`, with their stems already computed (and their
    /// start masks, when the builder had phrase starts).
    init(tokens: [Token], ranges: [StemRange], stems: consuming StemBuilder) {
        self.tokens = tokens
        self.ranges = ranges
        self.scalars = stems.scalars
        let built = stems.finish()
        stemRangeValues = built.ranges
        stemKeyValues = built.keys
        stemStarts = built.starts
        wordKeys = built.wordKeys
        startMasks = built.masks
    }

    /// A sequence with all its arrays already built (`init(analyzed:starts:)`).
    init(
        tokens: [Token], ranges: [StemRange], scalars: [Unicode.Scalar], stemRanges: [StemRange], stemKeys: [WordKey],
        stemStarts: [Int32], wordKeys: [WordKey], startMasks: [UInt64]
    ) {
        self.tokens = tokens
        self.ranges = ranges
        self.scalars = scalars
        stemRangeValues = stemRanges
        stemKeyValues = stemKeys
        self.stemStarts = stemStarts
        self.wordKeys = wordKeys
        self.startMasks = startMasks
    }

    /// Collects the stems of a document's tokens, one token after another, and with `starts` their start masks
    /// (`markStarts`) in the same pass.
    ///
    /// Reads the scalars through a buffer pointer and writes the stems into buffers it grows itself: slicing the array
    /// for every word and stem retained and released it each time, and three appends per stem checked uniqueness three
    /// times.
    struct StemBuilder: ~Copyable {
        let scalars: [Unicode.Scalar]
        let phraseStarts: PhraseStarts?
        private var capacity: Int
        private var count = 0
        private var ranges: UnsafeMutablePointer<StemRange>
        private var keys: UnsafeMutablePointer<WordKey>
        private var prefixKeys: UnsafeMutablePointer<WordKey>
        /// Per token (room for `tokenCount` of them, and the end in `starts`): its first stem, its key, its start mask.
        private let tokenCapacity: Int
        private var tokenCount = 0
        private let starts: UnsafeMutablePointer<Int32>
        private let wordKeys: UnsafeMutablePointer<WordKey>
        private let masks: UnsafeMutablePointer<UInt64>

        /// Most words have one to three stems, none more than `maxStems`.
        static let maxStems = 10

        init(tokenCount: Int, scalars: [Unicode.Scalar], starts: PhraseStarts? = nil) {
            self.scalars = scalars
            phraseStarts = starts
            capacity = tokenCount * 3 + Self.maxStems
            ranges = .allocate(capacity: capacity)
            keys = .allocate(capacity: capacity)
            prefixKeys = .allocate(capacity: capacity)
            tokenCapacity = tokenCount
            self.starts = .allocate(capacity: tokenCount + 1)
            wordKeys = .allocate(capacity: tokenCount)
            masks = .allocate(capacity: starts != nil ? tokenCount : 0)
        }

        deinit {
            ranges.deallocate()
            keys.deallocate()
            prefixKeys.deallocate()
            starts.deallocate()
            wordKeys.deallocate()
            masks.deallocate()
        }

        /// The stems (ranges, keys, prefix keys), each token's first stem (and the end), each token's key, and the
        /// start masks (empty without phrase starts).
        consuming func finish() -> (
            ranges: [StemRange], keys: [WordKey], prefixKeys: [WordKey], starts: [Int32], wordKeys: [WordKey], masks: [UInt64]
        ) {
            starts[tokenCount] = Int32(count)
            return (
                Self.array(ranges, count: count), Self.array(keys, count: count), Self.array(prefixKeys, count: count),
                Self.array(starts, count: tokenCount + 1), Self.array(wordKeys, count: tokenCount),
                phraseStarts != nil ? Self.array(masks, count: tokenCount) : []
            )
        }

        /// The first `count` elements at `pointer` as an array, copied as one block (`Array(UnsafeBufferPointer)` copied
        /// them one by one).
        @inline(__always)
        static func array<T>(_ pointer: UnsafeMutablePointer<T>, count: Int) -> [T] {
            [T](unsafeUninitializedCapacity: count) { out, initialized in
                if count > 0 { out.baseAddress!.initialize(from: pointer, count: count) }
                initialized = count
            }
        }

        private mutating func grow() {
            let larger = capacity * 2
            func moved<T>(_ old: UnsafeMutablePointer<T>) -> UnsafeMutablePointer<T> {
                let new = UnsafeMutablePointer<T>.allocate(capacity: larger)
                new.moveInitialize(from: old, count: count)
                old.deallocate()
                return new
            }
            ranges = moved(ranges)
            keys = moved(keys)
            prefixKeys = moved(prefixKeys)
            capacity = larger
        }

        @inline(__always)
        private mutating func append(_ range: StemRange, key: WordKey, prefixKey: WordKey) {
            (ranges + count).initialize(to: range)
            (keys + count).initialize(to: key)
            (prefixKeys + count).initialize(to: prefixKey)
            count += 1
        }

        /// Adds the next token, `range` of `buffer` (the builder's scalars) whose key (`WordKey`) is `key`: a word's
        /// stems (`MatchKey.forEachStem`), or the token itself.
        @inline(__always)
        mutating func add(_ range: Range<Int>, key: WordKey, isWord: Bool, in buffer: UnsafeBufferPointer<Unicode.Scalar>) {
            precondition(tokenCount < tokenCapacity, "more tokens than the builder was made for")
            if count + Self.maxStems > capacity { grow() }
            let first = count
            starts[tokenCount] = Int32(first)
            wordKeys[tokenCount] = key
            // The first stem is the token itself, whose key is known.
            append(
                StemRange(start: Int32(range.lowerBound), end: Int32(range.upperBound), withAlef: false), key: key,
                prefixKey: MatchKey.prefixKey(buffer[range])
            )
            if isWord {
                var whole = true
                MatchKey.forEachStem(of: buffer[range]) { stem, withAlef in
                    if whole {
                        whole = false
                        return
                    }
                    let stemRange = StemRange(start: Int32(stem.lowerBound), end: Int32(stem.upperBound), withAlef: withAlef)
                    if withAlef {
                        let alef: Unicode.Scalar = "\u{0627}"
                        // The article form starts with alef and lam (its range starts with lam).
                        append(
                            stemRange, key: WordKey(value: WordKey.offsetBasis).appending(alef).appending(scalars: buffer[stem]),
                            prefixKey: WordKey(value: WordKey.offsetBasis).appending(alef).appending(buffer[stem.lowerBound])
                        )
                    } else {
                        append(stemRange, key: WordKey(scalars: buffer[stem]), prefixKey: MatchKey.prefixKey(buffer[stem]))
                    }
                }
            }
            if let phraseStarts {
                var bits: UInt64 = 0
                for k in first..<count { bits |= phraseStarts.bits(key: keys[k], prefixKey: prefixKeys[k]) }
                masks[tokenCount] = bits
            }
            tokenCount += 1
        }
    }

    /// Token `i`'s folded matching key (`MatchKey.fold`; for numbers, ASCII digits), built on demand.
    public func key(_ i: Int) -> String { ranges[i].string(in: scalars) }

    /// Every token's key (built on demand: for tests and tools).
    public var keys: [String] { tokens.indices.map { key($0) } }

    /// Whether token `i`'s key is the one scalar `scalar` (a punctuation mark).
    @inline(__always)
    func isScalar(_ i: Int, _ scalar: Unicode.Scalar) -> Bool {
        let r = ranges[i]
        return r.end - r.start == 1 && scalars[Int(r.start)] == scalar
    }

    /// The number of scalars of token `i`'s key.
    @inline(__always)
    func scalarCount(_ i: Int) -> Int { Int(ranges[i].end - ranges[i].start) }

    /// Token `i`'s key read as `Int(key(i))` would read it (ASCII digits after an optional sign), without building the
    /// string.
    func integer(_ i: Int) -> Int? {
        var at = Int(ranges[i].start)
        let end = Int(ranges[i].end)
        var negative = false
        if at < end, scalars[at] == "-" || scalars[at] == "+" {
            negative = scalars[at] == "-"
            at += 1
        }
        guard at < end else { return nil }
        var value = 0
        while at < end {
            let v = scalars[at].value
            guard v >= 0x30 && v <= 0x39 else { return nil }
            let digit = Int(v - 0x30)
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            guard !o1, !o2 else { return nil }
            value = sum
            at += 1
        }
        return value
    }

    /// Marks each token with the bits of the tables of `starts` that may start a phrase there: one lookup per stem for
    /// all the tables, rather than one per table wherever a matcher tries one.
    mutating func markStarts(_ starts: PhraseStarts) {
        var masks = [UInt64](repeating: 0, count: tokens.count)
        stemKeyValues.withUnsafeBufferPointer { keys in
            stemStarts.withUnsafeBufferPointer { stemStarts in
                masks.withUnsafeMutableBufferPointer { masks in
                    for i in masks.indices {
                        var bits: UInt64 = 0
                        for k in Int(stemStarts[i])..<Int(stemStarts[i + 1]) {
                            bits |= starts.bits(key: keys[k], prefixKey: stemRangeValues[k].prefixKey(in: scalars))
                        }
                        masks[i] = bits
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

    /// False when token `i` is past the end or the start masks say no table whose start bit is `bit` starts a phrase
    /// there; true otherwise (also without masks). Hot callers test it before they name a table: reading a table out of
    /// a larger value (a lexicon field) copies the table onto the stack first, even for the words its bit then rejects.
    @inline(__always)
    func mayStartPhrase(bit: UInt64, at i: Int) -> Bool {
        guard i < tokens.count else { return false }
        return mayStart(bit: bit, at: i) ?? true
    }

    /// The first token at or after `i` where a table whose start bit is `bit` may start a phrase by the start masks
    /// (`count` when there is none); `i` itself when the sequence has no masks or the table no bit.
    @inline(__always)
    func nextStart(bit: UInt64, from i: Int) -> Int {
        guard bit != 0, !startMasks.isEmpty, i < startMasks.count else { return i }
        return startMasks.withUnsafeBufferPointer { masks in
            var k = i
            while k < masks.count && masks[k] & bit == 0 { k += 1 }
            return k
        }
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
    func stemPrefixKey(_ k: Int) -> WordKey { stemRangeValues[k].prefixKey(in: scalars) }

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
        stemRanges(of: i).map { $0.prefixKey(in: scalars) }[...]
    }

    /// Splits `text`: runs of letters (with their harakat) are words, runs of digits are numbers, every other
    /// non-space scalar is one punctuation token (hashtag marks # and _ are dropped). Sentences end after . ! ? ؟ and at
    /// line breaks.
    public init(text: String) {
        var tokens: [Token] = []
        var ranges: [StemRange] = []
        var scalars: [Unicode.Scalar] = []
        var currentKind: Kind?
        var tokenStart = 0
        var start = 0
        var offset = 0
        var sentence = 0
        var line = 0
        var sentenceHasTokens = false

        func flush() {
            if let kind = currentKind, scalars.count > tokenStart {
                tokens.append(Token(kind: kind, span: TextSpan(start: start, end: offset), sentence: sentence, line: line))
                ranges.append(StemRange(start: Int32(tokenStart), end: Int32(scalars.count), withAlef: false))
                sentenceHasTokens = true
            }
            tokenStart = scalars.count
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
                if let folded = MatchKey.fold(scalar) { scalars.append(folded) }
            case .some(.punctuation):
                flush()
                if Self.isHashtagGlue(scalar) { break }
                scalars.append(scalar)
                tokens.append(Token(kind: .punctuation, span: TextSpan(start: offset, end: offset + 1), sentence: sentence, line: line))
                ranges.append(StemRange(start: Int32(tokenStart), end: Int32(scalars.count), withAlef: false))
                tokenStart = scalars.count
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
        var stems = StemBuilder(tokenCount: tokens.count, scalars: scalars)
        scalars.withUnsafeBufferPointer { buffer in
            for (t, r) in zip(tokens, ranges) {
                let range = Int(r.start)..<Int(r.end)
                stems.add(range, key: WordKey(scalars: buffer[range]), isWord: t.kind == .word, in: buffer)
            }
        }
        self.init(tokens: tokens, ranges: ranges, stems: stems)
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
    static func isHashtagGlue(_ scalar: Unicode.Scalar) -> Bool { scalar == "#" || scalar == "_" }

    static func endsSentence(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "!" || s == "?" || s == "\u{061F}" || s == "\u{06D4}"
    }
}
