/// The clitic segmentations of every word token of a document, computed once and shared by all lexicon matchers.
public struct TokenSegments: Sendable {
    @usableFromInline let starts: [Int32]
    @usableFromInline let segments: [CliticAnalyzer.Segment]

    public init(tokens: [Token], text: NormalizedText, analyzer: CliticAnalyzer) {
        guard let prefixTrie = analyzer.prefixTrie, let suffixTrie = analyzer.suffixTrie, analyzer.minimumStem >= 2 else {
            self = TokenSegments(tokens: tokens, text: text, hashing: analyzer)
            return
        }
        // Documents have about two segmentations a word: room for four a token (and one word's most) is nearly always
        // enough; a document with more is segmented again with room for the most every word can have.
        let perWord = analyzer.maxSegmentsPerWord
        if let made = Self(tokens: tokens, text: text, analyzer: analyzer, prefixTrie: prefixTrie, suffixTrie: suffixTrie,
                           capacity: tokens.count * 4 + perWord) {
            self = made
            return
        }
        var words = 0
        for t in tokens where t.kind == .word || t.kind == .latin { words += 1 }
        self = Self(tokens: tokens, text: text, analyzer: analyzer, prefixTrie: prefixTrie, suffixTrie: suffixTrie,
                    capacity: words * perWord + tokens.count + perWord)!
    }

    /// The segmentations written straight into the two arrays' storage (copying them out of a buffer grown on the side
    /// cost about 7 instructions a segmentation), or nil when they need more than `capacity`.
    init?(tokens: [Token], text: NormalizedText, analyzer: CliticAnalyzer, prefixTrie: LetterTrie, suffixTrie: LetterTrie, capacity: Int) {
        var complete = true
        var starts: [Int32] = []
        let segments = [CliticAnalyzer.Segment](unsafeUninitializedCapacity: capacity) { segmentBuffer, segmentCount in
            starts = [Int32](unsafeUninitializedCapacity: tokens.count + 1) { startBuffer, startCount in
                var writer = Writer(segments: segmentBuffer, starts: startBuffer, perWord: analyzer.maxSegmentsPerWord)
                tokens.withUnsafeBufferPointer { tokens in
                    text.scalars.withUnsafeBufferPointer { scalars in
                        prefixTrie.children.withUnsafeBufferPointer { prefixChildren in
                            prefixTrie.marks.withUnsafeBufferPointer { prefixMarks in
                                suffixTrie.children.withUnsafeBufferPointer { suffixChildren in
                                    suffixTrie.marks.withUnsafeBufferPointer { suffixMarks in
                                        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Tries.stemKeyCapacity) { stemKeys in
                                            let tries = Tries(
                                                prefixChildren: prefixChildren, prefixMarks: prefixMarks, suffixChildren: suffixChildren,
                                                suffixMarks: suffixMarks, stemKeys: stemKeys.baseAddress!
                                            )
                                            complete = Self.segmentWords(tokens, scalars: scalars, analyzer: analyzer, tries: tries, into: &writer)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                segmentCount = writer.count
                startCount = complete ? writer.finish() : 0
            }
        }
        guard complete else { return nil }
        self.starts = starts
        self.segments = segments
    }

    /// Writes the segmentations of every word of `tokens`; false when the writer runs out of room. The writer is a
    /// local copy in the loop, so its count stays in a register rather than in the closures' captured variable.
    static func segmentWords(
        _ tokens: UnsafeBufferPointer<Token>, scalars: UnsafeBufferPointer<Unicode.Scalar>, analyzer: CliticAnalyzer, tries: Tries,
        into writer: inout Writer
    ) -> Bool {
        var out = writer
        defer { writer = out }
        for t in tokens.indices {
            let kind = tokens[t].kind
            let isWord = kind == .word || kind == .latin
            if !out.startToken(isWord: isWord) { return false }
            if isWord {
                let word = UnsafeBufferPointer(rebasing: scalars[tokens[t].range])
                analyzer.appendSegments(of: word, key: tokens[t].key, tries: tries, to: &out)
            }
        }
        return true
    }

    init(starts: [Int32], segments: [CliticAnalyzer.Segment]) {
        self.starts = starts
        self.segments = segments
    }

    /// As `init(tokens:text:analyzer:)` through the analyzer's hash tables (`forEachSegment`), for an analyzer whose
    /// forms have no letter tries or whose stems may be shorter than two letters.
    init(tokens: [Token], text: NormalizedText, hashing analyzer: CliticAnalyzer) {
        var starts = [Int32]()
        starts.reserveCapacity(tokens.count + 1)
        var segments: [CliticAnalyzer.Segment] = []
        segments.reserveCapacity(tokens.count * 4)
        tokens.withUnsafeBufferPointer { tokens in
            text.scalars.withUnsafeBufferPointer { scalars in
                for t in tokens.indices {
                    starts.append(Int32(segments.count))
                    let kind = tokens[t].kind
                    if kind == .word || kind == .latin {
                        analyzer.forEachSegment(of: UnsafeBufferPointer(rebasing: scalars[tokens[t].range])) { segment in
                            segments.append(segment)
                            return true
                        }
                    }
                }
            }
        }
        starts.append(Int32(segments.count))
        self.starts = starts
        self.segments = segments
    }

    /// No segmentation for any of `count` tokens (a text read without its lexicon stages).
    public init(emptyFor count: Int) {
        starts = [Int32](repeating: 0, count: count + 1)
        segments = []
    }

    /// The segmentations of token `t` (the whole word first); empty for non-words.
    @inlinable @inline(__always)
    public func of(_ t: Int) -> ArraySlice<CliticAnalyzer.Segment> {
        segments[Int(starts[t])..<Int(starts[t + 1])]
    }

    /// The number of segmentations of all tokens together.
    @inlinable
    public var count: Int { segments.count }

    /// Calls `body` with the tokens' first segmentations (token `t`'s are `segments[starts[t]..<starts[t + 1]]`) and the
    /// segmentations, as buffers: a caller reading every word's segmentations then retains no array per word.
    @inlinable
    public func withUnsafeBuffers<R>(
        _ body: (_ starts: UnsafeBufferPointer<Int32>, _ segments: UnsafeBufferPointer<CliticAnalyzer.Segment>) throws -> R
    ) rethrows -> R {
        try starts.withUnsafeBufferPointer { starts in try segments.withUnsafeBufferPointer { try body(starts, $0) } }
    }

    /// The analyzer's letter tries as buffers, read for every word of a document.
    struct Tries {
        let prefixChildren: UnsafeBufferPointer<Int32>
        let prefixMarks: UnsafeBufferPointer<UInt8>
        let suffixChildren: UnsafeBufferPointer<Int32>
        let suffixMarks: UnsafeBufferPointer<UInt8>
        /// Room for the keys of one prefix's stems (`stemKeyCapacity`), reused for every word.
        let stemKeys: UnsafeMutablePointer<UInt64>

        /// The most stem keys a prefix needs: one per ending length (at most 63) and two more.
        static let stemKeyCapacity = 66
    }

    /// Writes a document's segmentations into the storage of its arrays, which has room for them (an array append per
    /// segment checked the array's uniqueness and capacity every time).
    struct Writer {
        private let segments: UnsafeMutablePointer<CliticAnalyzer.Segment>
        private let capacity: Int
        private(set) var count = 0
        /// Each token's first segmentation (room for every token and the end).
        private let starts: UnsafeMutablePointer<Int32>
        private var tokenCount = 0
        /// The most segmentations one word can have: room for them is checked before each word.
        private let perWord: Int

        init(segments: UnsafeMutableBufferPointer<CliticAnalyzer.Segment>, starts: UnsafeMutableBufferPointer<Int32>, perWord: Int) {
            self.segments = segments.baseAddress!
            capacity = segments.count
            self.starts = starts.baseAddress!
            self.perWord = perWord
        }

        /// Starts the next token's segmentations; false when a word's would not fit.
        @inline(__always)
        mutating func startToken(isWord: Bool) -> Bool {
            starts[tokenCount] = Int32(truncatingIfNeeded: count)
            tokenCount &+= 1
            return !isWord || count &+ perWord <= capacity
        }

        /// Appends a segmentation of the current token (at most `perWord` per token).
        @inline(__always)
        mutating func append(_ prefixLength: Int, _ suffixLength: Int, _ key: UInt64) {
            let segment = CliticAnalyzer.Segment(prefixLength: prefixLength, suffixLength: suffixLength, key: WordKey(value: key))
            (segments + count).initialize(to: segment)
            count &+= 1
        }

        /// Ends the last token; returns the number of starts written.
        mutating func finish() -> Int {
            starts[tokenCount] = Int32(truncatingIfNeeded: count)
            return tokenCount + 1
        }
    }
}

extension CliticAnalyzer {
    /// The most segmentations `forEachSegment` gives one word: the whole word, and for each prefix length each ending
    /// length twice (a final ت before a pronoun read as ه too).
    var maxSegmentsPerWord: Int { 1 + (maxPrefix + 1) * (Swift.min(maxSuffix, 63) + 1) * 2 }

    /// Appends the segmentations of `word`, whose key is `key`, to `out`: those of `forEachSegment(of:_:)`, in its
    /// order, with the prefixes and endings found by walking the letter tries rather than by hashing each candidate.
    /// For each prefix the word's letters after it are hashed once, keeping the key at every length a stem can end
    /// (`tries.stemKeys`), and each ending's stem reads its key there. Needs `minimumStem >= 2` (the caller checks).
    @inline(__always)
    func appendSegments(
        of word: UnsafeBufferPointer<Unicode.Scalar>, key: WordKey, tries: TokenSegments.Tries, to out: inout TokenSegments.Writer
    ) {
        out.append(0, 0, key.value)
        let n = word.count
        let minimumStem = self.minimumStem
        guard n > minimumStem, let w = word.baseAddress else { return }
        // Which endings the word has (bit s: its last s letters are a suffix; a pronoun too).
        var suffixBits: UInt64 = 0
        var pronounBits: UInt64 = 0
        let longest = Swift.min(maxSuffix, n &- minimumStem, 63)
        if longest > 0 {
            var node = 0
            var s = 1
            while true {
                let l = LetterTrie.letter(w[n &- s])
                if l < 0 { break }
                node = Int(tries.suffixChildren[node &<< 6 | l])
                if node == 0 { break }
                let mark = tries.suffixMarks[node]
                if mark & LetterTrie.end != 0 {
                    suffixBits |= 1 &<< UInt64(s)
                    if mark & LetterTrie.pronoun != 0 { pronounBits |= 1 &<< UInt64(s) }
                }
                if s == longest { break }
                s &+= 1
            }
        }
        let tehMarbuta = Unicode.Scalar(0x0647)!  // ه: teh marbuta in matching form
        let teh = Unicode.Scalar(0x062A)!
        let lastPrefix = Swift.min(maxPrefix, n &- minimumStem)
        let keys = tries.stemKeys
        var node = 0
        // Each prefix length p the word has (0 first), in order; for each, the ending lengths it keeps a stem for, in
        // order, as the bits of `ends` (bit 0: no ending, only after a prefix: the whole word is out already).
        var p = 0
        while true {
            let longestSuffix = Swift.min(longest, n &- p &- minimumStem)
            var ends = longestSuffix > 0 ? suffixBits & ((2 &<< UInt64(longestSuffix)) &- 2) : 0
            if p > 0 { ends |= 1 }
            if ends != 0 {
                // keys[j - first]: the key of word[p..<j], for j from one before the shortest stem's end to the longest's.
                let first = n &- longestSuffix &- 1
                let last = n &- ends.trailingZeroBitCount
                var h = WordKey.offsetBasis
                var k = p
                while k < first {
                    h = WordKey.combine(h, w[k])
                    k &+= 1
                }
                while true {
                    keys[k &- first] = h
                    if k == last { break }
                    h = WordKey.combine(h, w[k])
                    k &+= 1
                }
                repeat {
                    let s = ends.trailingZeroBitCount
                    ends &= ends &- 1
                    let stemEnd = n &- s
                    out.append(p, s, keys[stemEnd &- first])
                    if s > 0, pronounBits & (1 &<< UInt64(s)) != 0, w[stemEnd &- 1] == teh {
                        out.append(p, s, WordKey.combine(keys[stemEnd &- 1 &- first], tehMarbuta))
                    }
                } while ends != 0
            }
            // The next prefix length that ends a prefix.
            repeat {
                p &+= 1
                if p > lastPrefix { return }
                let l = LetterTrie.letter(w[p &- 1])
                if l < 0 { return }
                node = Int(tries.prefixChildren[node &<< 6 | l])
                if node == 0 { return }
            } while tries.prefixMarks[node] & LetterTrie.end == 0
        }
    }
}
