/// The clitic segmentations of every word token of a document, computed once and shared by all lexicon matchers.
public struct TokenSegments: Sendable {
    @usableFromInline let starts: [Int32]
    @usableFromInline let segments: [CliticAnalyzer.Segment]

    public init(tokens: [Token], text: NormalizedText, analyzer: CliticAnalyzer) {
        guard let prefixTrie = analyzer.prefixTrie, let suffixTrie = analyzer.suffixTrie else {
            self = TokenSegments(tokens: tokens, text: text, hashing: analyzer)
            return
        }
        var writer = Writer(tokenCount: tokens.count, perWord: analyzer.maxSegmentsPerWord)
        tokens.withUnsafeBufferPointer { tokens in
            text.scalars.withUnsafeBufferPointer { scalars in
                prefixTrie.children.withUnsafeBufferPointer { prefixChildren in
                    prefixTrie.marks.withUnsafeBufferPointer { prefixMarks in
                        suffixTrie.children.withUnsafeBufferPointer { suffixChildren in
                            suffixTrie.marks.withUnsafeBufferPointer { suffixMarks in
                                let tries = Tries(
                                    prefixChildren: prefixChildren, prefixMarks: prefixMarks, suffixChildren: suffixChildren,
                                    suffixMarks: suffixMarks
                                )
                                for t in tokens.indices {
                                    writer.startToken()
                                    let kind = tokens[t].kind
                                    if kind == .word || kind == .latin {
                                        let word = UnsafeBufferPointer(rebasing: scalars[tokens[t].range])
                                        analyzer.appendSegments(of: word, key: tokens[t].key, tries: tries, to: &writer)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        let (starts, segments) = writer.finish()
        self = TokenSegments(starts: starts, segments: segments)
    }

    init(starts: [Int32], segments: [CliticAnalyzer.Segment]) {
        self.starts = starts
        self.segments = segments
    }

    /// As `init(tokens:text:analyzer:)` through the analyzer's hash tables (`forEachSegment`), for an analyzer whose
    /// forms have no letter tries.
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
    }

    /// Collects a document's segmentations into a buffer it grows itself (an array append per segment checked the
    /// array's uniqueness and capacity every time).
    struct Writer: ~Copyable {
        private var buffer: UnsafeMutablePointer<CliticAnalyzer.Segment>
        private var capacity: Int
        private var count = 0
        /// Each token's first segmentation (room for `tokenCapacity` tokens and the end).
        private let starts: UnsafeMutablePointer<Int32>
        private let tokenCapacity: Int
        private var tokenCount = 0
        /// The most segmentations one word can have: room for them is made before each word.
        private let perWord: Int

        init(tokenCount: Int, perWord: Int) {
            self.perWord = perWord
            capacity = tokenCount * 4 + perWord
            buffer = .allocate(capacity: capacity)
            tokenCapacity = tokenCount
            starts = .allocate(capacity: tokenCount + 1)
        }

        deinit {
            buffer.deallocate()
            starts.deallocate()
        }

        /// Starts the next token's segmentations, making room for a word's.
        @inline(__always)
        mutating func startToken() {
            precondition(tokenCount < tokenCapacity, "more tokens than the writer was made for")
            starts[tokenCount] = Int32(count)
            tokenCount += 1
            if count + perWord > capacity {
                let larger = Swift.max(capacity * 2, count + perWord)
                let new = UnsafeMutablePointer<CliticAnalyzer.Segment>.allocate(capacity: larger)
                new.moveInitialize(from: buffer, count: count)
                buffer.deallocate()
                buffer = new
                capacity = larger
            }
        }

        /// Appends a segmentation of the current token (at most `perWord` per token).
        @inline(__always)
        mutating func append(_ prefixLength: Int, _ suffixLength: Int, _ key: UInt64) {
            (buffer + count).initialize(to: CliticAnalyzer.Segment(prefixLength: prefixLength, suffixLength: suffixLength, key: WordKey(value: key)))
            count += 1
        }

        consuming func finish() -> ([Int32], [CliticAnalyzer.Segment]) {
            starts[tokenCount] = Int32(count)
            return (Self.array(starts, count: tokenCount + 1), Self.array(buffer, count: count))
        }

        /// The first `count` elements at `pointer` as an array, copied as one block (`Array(UnsafeBufferPointer)` copied
        /// them one by one: about 11 instructions a segment).
        @inline(__always)
        static func array<T>(_ pointer: UnsafeMutablePointer<T>, count: Int) -> [T] {
            [T](unsafeUninitializedCapacity: count) { out, initialized in
                if count > 0 { out.baseAddress!.initialize(from: pointer, count: count) }
                initialized = count
            }
        }
    }
}

extension CliticAnalyzer {
    /// The most segmentations `forEachSegment` gives one word: the whole word, and for each prefix length each ending
    /// length twice (a final ت before a pronoun read as ه too).
    var maxSegmentsPerWord: Int { 1 + (maxPrefix + 1) * (Swift.min(maxSuffix, 63) + 1) * 2 }

    /// Appends the segmentations of `word`, whose key is `key`, to `out`: those of `forEachSegment(of:_:)`, in its
    /// order, with the prefixes and endings found by walking the letter tries rather than by hashing each candidate.
    @inline(__always)
    func appendSegments(
        of word: UnsafeBufferPointer<Unicode.Scalar>, key: WordKey, tries: TokenSegments.Tries, to out: inout TokenSegments.Writer
    ) {
        out.append(0, 0, key.value)
        let n = word.count
        guard n > minimumStem else { return }
        // Which endings the word has (bit s: its last s letters are a suffix; a pronoun too).
        var suffixBits: UInt64 = 0
        var pronounBits: UInt64 = 0
        let longest = Swift.min(maxSuffix, n - minimumStem, 63)
        if longest > 0 {
            var node = 0
            for s in 1...longest {
                let l = LetterTrie.letter(word[n - s])
                if l < 0 { break }
                node = Int(tries.suffixChildren[node << 6 | l])
                if node == 0 { break }
                let mark = tries.suffixMarks[node]
                if mark & LetterTrie.end != 0 {
                    suffixBits |= 1 << UInt64(s)
                    if mark & LetterTrie.pronoun != 0 { pronounBits |= 1 << UInt64(s) }
                }
            }
        }
        let tehMarbuta = Unicode.Scalar(0x0647)!  // ه: teh marbuta in matching form
        let teh = Unicode.Scalar(0x062A)!
        let lastPrefix = Swift.min(maxPrefix, n - minimumStem)
        var node = 0
        // Each prefix length p the word has (0 first), in order; for each, the ending lengths it keeps a stem for, in
        // order, as the bits of `ends` (bit 0: no ending, only after a prefix: the whole word is out already).
        var p = 0
        while true {
            let longestSuffix = Swift.min(longest, n - p - minimumStem)
            var ends = longestSuffix > 0 ? suffixBits & ((2 << UInt64(longestSuffix)) &- 2) : 0
            if p > 0 { ends |= 1 }
            if ends != 0 {
                // The stem with the longest suffix off is hashed once; each longer stem extends that hash.
                var common = WordKey.offsetBasis
                let shortestEnd = n - Swift.max(longestSuffix, 0)
                for k in p..<shortestEnd { common = WordKey.combine(common, word[k]) }
                repeat {
                    let s = ends.trailingZeroBitCount
                    ends &= ends &- 1
                    let stemEnd = n - s
                    var stem = common
                    for k in shortestEnd..<stemEnd { stem = WordKey.combine(stem, word[k]) }
                    out.append(p, s, stem)
                    if s > 0, pronounBits & (1 << UInt64(s)) != 0, word[stemEnd - 1] == teh {
                        var h = WordKey.offsetBasis
                        for k in p..<(stemEnd - 1) { h = WordKey.combine(h, word[k]) }
                        h = WordKey.combine(h, tehMarbuta)
                        out.append(p, s, h)
                    }
                } while ends != 0
            }
            // The next prefix length that ends a prefix.
            repeat {
                p += 1
                if p > lastPrefix { return }
                let l = LetterTrie.letter(word[p - 1])
                if l < 0 { return }
                node = Int(tries.prefixChildren[node << 6 | l])
                if node == 0 { return }
            } while tries.prefixMarks[node] & LetterTrie.end == 0
        }
    }
}
