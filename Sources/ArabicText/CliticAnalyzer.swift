/// Candidate segmentations of an Arabic word into proclitics + stem + enclitic/suffix, for lexicon matching.
///
/// The analyzer holds no words of its own: the allowed prefix chains (و، ف، ب، ل، ك، ال، لل، وال …) and suffixes
/// (enclitic pronouns ه ها هم …, plural/dual endings ون ين ان ات, accusative alef) come from the lexicon's data.
/// A candidate is kept only if its stem is at least `minimumStem` letters; callers check stems against a lexicon.
public struct CliticAnalyzer: Sendable {
    @inlinable public var isTrivial: Bool { maxPrefix == 0 && maxSuffix == 0 }
    /// One way to read a word: the stem's range within the word and its key.
    public struct Segment: Sendable, Hashable {
        public var prefixLength: Int
        public var suffixLength: Int
        public var key: WordKey

        @inlinable
        public init(prefixLength: Int, suffixLength: Int, key: WordKey) {
            self.prefixLength = prefixLength
            self.suffixLength = suffixLength
            self.key = key
        }
    }

    private let prefixes: WordKeyTable<Bool>
    private let suffixes: WordKeyTable<Bool>
    /// Suffixes after which a stem-final teh (ت) stands for teh marbuta (ة, matched as ه): حياتهم -> حياه.
    private let pronounSuffixes: WordKeyTable<Bool>
    @usableFromInline let maxPrefix: Int
    @usableFromInline let maxSuffix: Int
    public let minimumStem: Int

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
    }

    /// An analyzer that only ever returns the whole word.
    public static let none = CliticAnalyzer(prefixes: [], suffixes: [], pronounSuffixes: [])

    /// Appends every segmentation of `word` (the whole word first) to `out`.
    public func segments(of word: ArraySlice<Unicode.Scalar>, into out: inout [Segment]) {
        let n = word.count
        let base = word.startIndex
        out.append(Segment(prefixLength: 0, suffixLength: 0, key: WordKey(scalars: word)))
        guard n > minimumStem else { return }
        let tehMarbuta = Unicode.Scalar(0x0647)!  // ه: teh marbuta in matching form
        let teh = Unicode.Scalar(0x062A)!
        for p in 0...Swift.min(maxPrefix, n - minimumStem) {
            if p > 0 && !prefixes.contains(WordKey(scalars: word[base..<(base + p)])) { continue }
            for s in 0...Swift.min(maxSuffix, n - p - minimumStem) {
                if p == 0 && s == 0 { continue }
                let suffixKey = s > 0 ? WordKey(scalars: word[(base + n - s)..<(base + n)]) : nil
                if let suffixKey, !suffixes.contains(suffixKey) { continue }
                let stem = word[(base + p)..<(base + n - s)]
                out.append(Segment(prefixLength: p, suffixLength: s, key: WordKey(scalars: stem)))
                if let suffixKey, pronounSuffixes.contains(suffixKey), stem.last == teh {
                    var h = WordKey.offsetBasis
                    for c in stem.dropLast() { h = WordKey.combine(h, c) }
                    h = WordKey.combine(h, tehMarbuta)
                    out.append(Segment(prefixLength: p, suffixLength: s, key: WordKey(value: h)))
                }
            }
        }
    }
}
