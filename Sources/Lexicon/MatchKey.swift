import ArabicText

/// The folded form under which lexicon phrases and text words are compared.
///
/// Folding (all steps lossy, so this is a matching key, never the text shown to users):
/// - harakat U+064B...U+065F, superscript alef U+0670 and tatweel U+0640 removed;
/// - hamzated and wasla alef (أ U+0623, إ U+0625, آ U+0622, ٱ U+0671) -> bare alef ا (U+0627);
/// - alef maqsura ى (U+0649) and Farsi yeh ی (U+06CC) -> yeh ي (U+064A); keheh ک (U+06A9) -> kaf ك (U+0643);
/// - teh marbuta ة (U+0629) -> heh ه (U+0647);
/// - Arabic-Indic and Extended Arabic-Indic digits -> ASCII digits.
/// The lead's ArabicText normaliser is expected to offer the same steps; this key keeps the lexicon self-contained until then.
public enum MatchKey {
    /// Folds one string (a word or a phrase) to its matching key.
    public static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if let folded = fold(scalar) { out.append(folded) }
        }
        return String(out)
    }

    /// Folds one scalar; nil when the scalar is dropped (harakat, tatweel).
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x064B...0x065F, 0x0670, 0x0640: return nil
        case 0x0622, 0x0623, 0x0625, 0x0671: return "\u{0627}"
        case 0x0649, 0x06CC: return "\u{064A}"
        case 0x06A9: return "\u{0643}"
        case 0x0629: return "\u{0647}"
        case 0x0660...0x0669: return Unicode.Scalar(scalar.value - 0x0660 + 0x30)
        case 0x06F0...0x06F9: return Unicode.Scalar(scalar.value - 0x06F0 + 0x30)
        default: return scalar
        }
    }

    /// Splits a lexicon phrase into folded pattern words (a trailing `*` makes a word match any ending).
    public static func pattern(_ phrase: String) -> [PatternWord] {
        phrase.split(whereSeparator: { $0 == " " }).map { raw in
            var word = String(raw)
            var isPrefix = false
            if word.hasSuffix("*") {
                word.removeLast()
                isPrefix = true
            }
            return PatternWord(text: fold(word), isPrefix: isPrefix)
        }.filter { !$0.text.isEmpty }
    }

    /// The key of a word's first two scalars (all of it when shorter): `PhraseTable` indexes prefix patterns (`word*`)
    /// by it.
    @inlinable @inline(__always)
    public static func prefixKey<C: Collection>(_ scalars: C) -> WordKey where C.Element == Unicode.Scalar {
        var h = WordKey.offsetBasis
        var n = 0
        for s in scalars {
            if n == 2 { break }
            h = WordKey.combine(h, s)
            n += 1
        }
        return WordKey(value: h)
    }

    /// The proclitics `forEachStem` reads off (it tests the letters in a switch, the one-letter ones first; a test checks
    /// the two against each other).
    static let proclitics: [String] = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"]

    /// The word and the stems left after removing proclitics (keeping at least two letters), plus the article form of
    /// an assimilated لل / ولل / فلل word (للحوثيين -> الحوثيين), and each of these without the article ال.
    public static func stems(of word: String) -> [String] {
        var out: [String] = []
        var keys: [WordKey] = []
        var prefixKeys: [WordKey] = []
        appendStems(of: Array(word.unicodeScalars)[...], word: word, to: &out, keys: &keys, prefixKeys: &prefixKeys)
        return out
    }

    /// A string of scalars, its UTF-8 written straight into the string's storage.
    ///
    /// Appending to a `String.UnicodeScalarView` goes through a slow generic path; matchers building stems and names
    /// for every word of a document showed it in profiles.
    public static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes = 0
        for s in scalars { bytes += UTF8.width(s) }
        return String(unsafeUninitializedCapacity: bytes) { buffer in
            var i = 0
            for s in scalars {
                UTF8.encode(s) { byte in
                    buffer[i] = byte
                    i += 1
                }
            }
            return i
        }
    }

    /// Appends the stems of a word (`stems(of:)`, same order), their keys (`WordKey`) and their prefix keys
    /// (`prefixKey`) to `out`, `keys` and `prefixKeys` (`scalars` is the word, `word` its string).
    public static func appendStems(
        of scalars: ArraySlice<Unicode.Scalar>, word: String, to out: inout [String], keys: inout [WordKey],
        prefixKeys: inout [WordKey]
    ) {
        let alef: Unicode.Scalar = "\u{0627}"
        forEachStem(of: scalars) { stem, withAlef in
            if withAlef {
                let scalars = [alef] + scalars[stem]
                out.append(MatchKey.string(scalars[...]))
                keys.append(WordKey(scalars: scalars))
                prefixKeys.append(prefixKey(scalars))
            } else {
                out.append(stem == scalars.indices ? word : MatchKey.string(scalars[stem]))
                keys.append(WordKey(scalars: scalars[stem]))
                prefixKeys.append(prefixKey(scalars[stem]))
            }
        }
    }

    /// Calls `body` with each stem of a word (`stems(of:)`, same order) as a range of `scalars`' indices; `withAlef`
    /// marks the article form of an assimilated لل word, which is alef ا followed by the range (للحوثيين -> الحوثيين).
    ///
    /// The stems are: the word; the rest after each proclitic (keeping at least two letters), and after ل / ول / فل
    /// before a lam its article form; then the word and each rest without the article ال (keeping at least two
    /// letters), and each article form without its article. Nothing is allocated: the word view of a document reads
    /// every word's stems as ranges of the document's scalars.
    @inlinable @inline(__always)
    public static func forEachStem<C: RandomAccessCollection>(
        of scalars: C, _ body: (_ stem: Range<Int>, _ withAlef: Bool) -> Void
    ) where C.Element == Unicode.Scalar, C.Index == Int {
        let lam: Unicode.Scalar = "\u{0644}", alef: Unicode.Scalar = "\u{0627}"
        let whole = scalars.startIndex..<scalars.endIndex
        func withoutArticle(_ base: Range<Int>) {
            guard base.count >= 4, scalars[base.lowerBound] == alef, scalars[base.lowerBound + 1] == lam else { return }
            body((base.lowerBound + 2)..<base.upperBound, false)
        }
        body(whole, false)
        // The proclitics (`proclitics`) are the one-letter و ف ب ل ك and the two-letter و or ف before ب ل ك; each keeps
        // at least two letters. Most words start with none of them: they have no other base, and no stem but themselves
        // without ال. A switch on the letters rather than a walk over the list (a global read for every word).
        let n = scalars.count
        let first = n >= 3 ? scalars[whole.lowerBound] : alef
        let isConjunction = first == "\u{0648}" || first == "\u{0641}"
        guard isConjunction || first == "\u{0628}" || first == lam || first == "\u{0643}" else {
            withoutArticle(whole)
            return
        }
        // The proclitics the word starts with, in list order (the one-letter one first), as their lengths and whether
        // they end with lam.
        var matchedLength = (1, 0)
        var matchedLam = (first == lam, false)
        var count = 1
        if isConjunction && n >= 4 {
            let second = scalars[whole.lowerBound + 1]
            if second == "\u{0628}" || second == lam || second == "\u{0643}" {
                matchedLength.1 = 2
                matchedLam.1 = second == lam
                count = 2
            }
        }
        // The bases: each proclitic's rest, and the article form of an assimilated لل word.
        for m in 0..<count {
            let rest = (whole.lowerBound + (m == 0 ? matchedLength.0 : matchedLength.1))..<whole.upperBound
            body(rest, false)
            // لل + rest: the preposition li- before the article ال (alef dropped).
            if m == 0 ? matchedLam.0 : matchedLam.1, scalars[rest.lowerBound] == lam, rest.count >= 3 { body(rest, true) }
        }
        // Each base also without the article (المعارك -> معارك, والتفجير -> تفجير), visiting the bases again in the order
        // above.
        withoutArticle(whole)
        for m in 0..<count {
            let rest = (whole.lowerBound + (m == 0 ? matchedLength.0 : matchedLength.1))..<whole.upperBound
            withoutArticle(rest)
            // The article form alef + rest (rest starts with lam) without its article is rest without its lam.
            if m == 0 ? matchedLam.0 : matchedLam.1, scalars[rest.lowerBound] == lam, rest.count >= 3 {
                body((rest.lowerBound + 1)..<rest.upperBound, false)
            }
        }
    }
}

/// One word of a lexicon phrase, folded.
public struct PatternWord: Hashable, Sendable {
    public var text: String
    /// True when the word matches any word that starts with `text` (written `word*` in data files).
    public var isPrefix: Bool

    public init(text: String, isPrefix: Bool = false) {
        self.text = text
        self.isPrefix = isPrefix
    }

    /// True for `_`, which matches any one word (never as a phrase's first word).
    ///
    /// Compared by bytes: `text == "_"` took String's Unicode-aware comparison for every word of every phrase tried
    /// (only "_" itself is canonically equal to "_").
    @inlinable
    public var isAnyWord: Bool { text.utf8.count == 1 && text.utf8.first == UInt8(ascii: "_") }
}
