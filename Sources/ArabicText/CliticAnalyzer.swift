/// Candidate segmentations of an Arabic word into proclitics + stem + enclitic/suffix, for lexicon matching.
///
/// The analyzer holds no words of its own: the allowed prefix chains (و، ف، ب، ل، ك، ال، لل، وال …) and suffixes
/// (enclitic pronouns ه ها هم …, plural/dual endings ون ين ان ات, accusative alef) come from the lexicon's data.
/// A candidate is kept only if its stem is at least `minimumStem` letters; callers check stems against a lexicon.
public struct CliticAnalyzer: Sendable {
    @inlinable public var isTrivial: Bool { maxPrefix == 0 && maxSuffix == 0 }
    /// One way to read a word: the stem's range within the word and its key.
    ///
    /// The lengths are stored in one byte each (a segment is 16 bytes, not 24: documents hold several per word).
    public struct Segment: Sendable, Hashable {
        public var key: WordKey
        @usableFromInline var storedPrefixLength: UInt8
        @usableFromInline var storedSuffixLength: UInt8

        public var prefixLength: Int {
            @inlinable @inline(__always) get { Int(storedPrefixLength) }
            @inlinable set { storedPrefixLength = UInt8(newValue) }
        }

        public var suffixLength: Int {
            @inlinable @inline(__always) get { Int(storedSuffixLength) }
            @inlinable set { storedSuffixLength = UInt8(newValue) }
        }

        /// Lengths above 255 letters are not supported (clitics have a few letters).
        @inlinable
        public init(prefixLength: Int, suffixLength: Int, key: WordKey) {
            self.key = key
            storedPrefixLength = UInt8(prefixLength)
            storedSuffixLength = UInt8(suffixLength)
        }
    }

    private let prefixes: WordKeyTable<Bool>
    private let suffixes: WordKeyTable<Bool>
    /// Suffixes after which a stem-final teh (ت) stands for teh marbuta (ة, matched as ه): حياتهم -> حياه.
    private let pronounSuffixes: WordKeyTable<Bool>
    @usableFromInline let maxPrefix: Int
    @usableFromInline let maxSuffix: Int
    public let minimumStem: Int
    /// The forms themselves (matching form), for `surfaceKeys(ofStems:)`.
    private let prefixForms: [[Unicode.Scalar]]
    private let suffixForms: [[Unicode.Scalar]]
    private let pronounForms: Set<[Unicode.Scalar]>
    /// Bits (scalar value mod 64) of the letters prefixes start with and suffixes end with: a word whose first or last
    /// letter is not among them has no prefix or no suffix, and the table lookups are skipped.
    private let prefixFirstLetters: UInt64
    private let suffixLastLetters: UInt64
    /// The prefixes letter by letter from the start, and the suffixes letter by letter from the end (`LetterTrie`), for
    /// `TokenSegments`; nil when some form has a letter outside U+0620...U+065F (then the tables above are used).
    let prefixTrie: LetterTrie?
    let suffixTrie: LetterTrie?

    /// - Parameters:
    ///   - prefixes: allowed proclitic chains in matching form (e.g. "و", "وال", "لل").
    ///   - suffixes: allowed endings in matching form (enclitic pronouns and inflectional endings).
    ///   - pronounSuffixes: the subset of `suffixes` that are pronouns.
    public init(prefixes: [String], suffixes: [String], pronounSuffixes: [String], minimumStem: Int = 2) {
        let norm = { (s: String) in ArabicNormalizer.normalizedString(s) }
        func table(_ words: [String]) -> WordKeyTable<Bool> {
            var t = WordKeyTable<Bool>(capacity: words.count)
            for w in words { t[WordKey(norm(w))] = true }
            return t
        }
        self.prefixes = table(prefixes)
        self.suffixes = table(suffixes)
        self.pronounSuffixes = table(pronounSuffixes)
        maxPrefix = prefixes.map { norm($0).unicodeScalars.count }.max() ?? 0
        maxSuffix = suffixes.map { norm($0).unicodeScalars.count }.max() ?? 0
        self.minimumStem = minimumStem
        prefixForms = Array(Set(prefixes.map { Array(norm($0).unicodeScalars) }))
        suffixForms = Array(Set(suffixes.map { Array(norm($0).unicodeScalars) }))
        pronounForms = Set(pronounSuffixes.map { Array(norm($0).unicodeScalars) })
        prefixFirstLetters = prefixForms.reduce(0) { $0 | ($1.first.map { 1 << UInt64($0.value & 63) } ?? 0) }
        suffixLastLetters = suffixForms.reduce(0) { $0 | ($1.last.map { 1 << UInt64($0.value & 63) } ?? 0) }
        prefixTrie = LetterTrie(prefixForms.map { ($0, false) })
        suffixTrie = LetterTrie(suffixForms.map { [pronounForms] in (Array($0.reversed()), pronounForms.contains($0)) })
    }

    /// Whether the last `length` scalars of `word` are an enclitic pronoun (clitics.tsv, kind `pronoun`): "مصرعه".
    public func endsWithPronoun(_ word: ArraySlice<Unicode.Scalar>, length: Int) -> Bool {
        guard length > 0, length <= word.count else { return false }
        return pronounSuffixes[WordKey(scalars: word.suffix(length))] != nil
    }

    /// The keys of every word that has one of `stems` (matching form) among its segmentations: each stem with every
    /// allowed prefix chain and ending around it, and a final ه written ت before a pronoun. A word's key is in this
    /// list exactly when `forEachSegment` would give one of the stems' keys, so one lookup replaces a segmentation.
    public func surfaceKeys(ofStems stems: [[Unicode.Scalar]]) -> [WordKey] {
        let teh = Unicode.Scalar(0x062A)!
        let tehMarbuta = Unicode.Scalar(0x0647)!
        let prefixes: [[Unicode.Scalar]] = [[]] + prefixForms
        let suffixes: [[Unicode.Scalar]] = [[]] + suffixForms
        var out: [WordKey] = []
        for stem in Set(stems) {
            out.append(WordKey(scalars: stem))
            guard stem.count >= minimumStem else { continue }
            for prefix in prefixes {
                var withPrefix = WordKey.offsetBasis
                for c in prefix { withPrefix = WordKey.combine(withPrefix, c) }
                var withStem = withPrefix
                for c in stem { withStem = WordKey.combine(withStem, c) }
                var withTeh = withPrefix
                for c in stem.dropLast() { withTeh = WordKey.combine(withTeh, c) }
                withTeh = WordKey.combine(withTeh, teh)
                for suffix in suffixes {
                    if prefix.isEmpty && suffix.isEmpty { continue }
                    var h = withStem
                    for c in suffix { h = WordKey.combine(h, c) }
                    out.append(WordKey(value: h))
                    if stem.last == tehMarbuta, pronounForms.contains(suffix) {
                        var t = withTeh
                        for c in suffix { t = WordKey.combine(t, c) }
                        out.append(WordKey(value: t))
                    }
                }
            }
        }
        return out
    }

    /// An analyzer that only ever returns the whole word.
    public static let none = CliticAnalyzer(prefixes: [], suffixes: [], pronounSuffixes: [])

    /// Appends every segmentation of `word` (the whole word first) to `out`.
    public func segments(of word: ArraySlice<Unicode.Scalar>, into out: inout [Segment]) {
        forEachSegment(of: word) { segment in
            out.append(segment)
            return true
        }
    }

    /// Calls `body` with every segmentation of `word`, the whole word first, in the order `segments(of:into:)` lists
    /// them, until `body` returns false. Keys are hashed incrementally and nothing is allocated.
    @inline(__always)
    public func forEachSegment(of word: ArraySlice<Unicode.Scalar>, _ body: (Segment) -> Bool) {
        word.withUnsafeBufferPointer { forEachSegment(of: $0, body) }
    }

    /// As `forEachSegment(of:_:)` over a buffer: the scans below index the word many times, and a slice's bounds
    /// checks were a good part of their cost.
    @inline(__always)
    func forEachSegment(of word: UnsafeBufferPointer<Unicode.Scalar>, _ body: (Segment) -> Bool) {
        let n = word.count
        let base = 0
        var whole = WordKey.offsetBasis
        for c in word { whole = WordKey.combine(whole, c) }
        if !body(Segment(prefixLength: 0, suffixLength: 0, key: WordKey(value: whole))) { return }
        guard n > minimumStem else { return }
        let tehMarbuta = Unicode.Scalar(0x0647)!  // ه: teh marbuta in matching form
        let teh = Unicode.Scalar(0x062A)!
        // Which endings the word has (bit s: its last s letters are a suffix; a pronoun too): they do not depend on the
        // prefix, so they are looked up once. Endings longer than 63 letters are not supported (and not needed).
        var suffixBits: UInt64 = 0
        var pronounBits: UInt64 = 0
        let longest = Swift.min(maxSuffix, n - minimumStem, 63)
        if longest > 0, suffixLastLetters & (1 << UInt64(word[base + n - 1].value & 63)) != 0 {
            for s in 1...longest {
                var h = WordKey.offsetBasis
                for k in (base + n - s)..<(base + n) { h = WordKey.combine(h, word[k]) }
                let key = WordKey(value: h)
                if suffixes.contains(key) {
                    suffixBits |= 1 << UInt64(s)
                    if pronounSuffixes.contains(key) { pronounBits |= 1 << UInt64(s) }
                }
            }
        }
        let mayHavePrefix = prefixFirstLetters & (1 << UInt64(word[base].value & 63)) != 0
        var prefixHash = WordKey.offsetBasis
        for p in 0...Swift.min(maxPrefix, n - minimumStem) {
            if p > 0 {
                if !mayHavePrefix { break }
                prefixHash = WordKey.combine(prefixHash, word[base + p - 1])
                if !prefixes.contains(WordKey(value: prefixHash)) { continue }
            }
            let longestSuffix = Swift.min(longest, n - p - minimumStem)
            // The stem with the longest suffix off is hashed once; each longer stem extends that hash.
            var common = WordKey.offsetBasis
            let shortestEnd = base + n - Swift.max(longestSuffix, 0)
            for k in (base + p)..<shortestEnd { common = WordKey.combine(common, word[k]) }
            for s in 0...Swift.max(longestSuffix, 0) {
                if p == 0 && s == 0 { continue }
                if s > 0 && suffixBits & (1 << UInt64(s)) == 0 { continue }
                let stemEnd = base + n - s
                var stem = common
                for k in shortestEnd..<stemEnd { stem = WordKey.combine(stem, word[k]) }
                if !body(Segment(prefixLength: p, suffixLength: s, key: WordKey(value: stem))) { return }
                if s > 0, pronounBits & (1 << UInt64(s)) != 0, word[stemEnd - 1] == teh {
                    var h = WordKey.offsetBasis
                    for c in word[(base + p)..<(stemEnd - 1)] { h = WordKey.combine(h, c) }
                    h = WordKey.combine(h, tehMarbuta)
                    if !body(Segment(prefixLength: p, suffixLength: s, key: WordKey(value: h))) { return }
                }
            }
        }
    }
}

extension CliticAnalyzer {
    /// Whether the two scalars before `end` in `scalars` are the article (ال, or لل for ل + ال): whether a proclitic chain
    /// ending at `end` ends in the article, without copying it.
    @inlinable @inline(__always)
    public static func endsWithArticle(_ scalars: [Unicode.Scalar], before end: Int) -> Bool {
        let a = scalars[end - 2], b = scalars[end - 1]
        return (a == "\u{0627}" || a == "\u{0644}") && b == "\u{0644}"
    }
}

/// A trie of short letter sequences (the clitic forms), one row of 64 children per node indexed by letter
/// (U+0620...U+065F, which holds every Arabic letter in matching form): walking a word's first (or last) letters finds
/// every prefix (or suffix) it has with one array read per letter, where hashing each candidate and probing a table
/// cost tens of instructions each.
struct LetterTrie: Sendable {
    /// `children[node << 6 | letter]`: the child node, 0 for none (the root, node 0, is no node's child).
    let children: [Int32]
    /// Per node: `end` when a form ends there, `pronoun` when that form is a pronoun.
    let marks: [UInt8]

    static let end: UInt8 = 1
    static let pronoun: UInt8 = 2

    /// The letter index of `scalar` (0..<64), or -1 when it is outside U+0620...U+065F.
    @inline(__always)
    static func letter(_ scalar: Unicode.Scalar) -> Int {
        let v = Int(scalar.value) &- 0x0620
        return v >= 0 && v < 64 ? v : -1
    }

    /// A trie of `forms` (each with whether it is a pronoun); nil when a form has a letter outside the range.
    init?(_ forms: [([Unicode.Scalar], Bool)]) {
        var children = [Int32](repeating: 0, count: 64)
        var marks: [UInt8] = [0]
        for (form, isPronoun) in forms {
            var node = 0
            for scalar in form {
                let l = Self.letter(scalar)
                if l < 0 { return nil }
                var child = Int(children[node << 6 | l])
                if child == 0 {
                    child = marks.count
                    marks.append(0)
                    children.append(contentsOf: repeatElement(0, count: 64))
                    children[node << 6 | l] = Int32(child)
                }
                node = child
            }
            if node != 0 { marks[node] |= Self.end | (isPronoun ? Self.pronoun : 0) }
        }
        self.children = children
        self.marks = marks
    }
}
