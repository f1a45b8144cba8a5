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

    /// A base without its article ال (المعارك -> معارك), keeping at least two letters; nothing for other bases.
    @inline(__always)
    static func appendWithoutArticle(
        _ base: ArraySlice<Unicode.Scalar>, to out: inout [String], keys: inout [WordKey], prefixKeys: inout [WordKey]
    ) {
        guard base.count >= 4, base.first == "\u{0627}", base.dropFirst().first == "\u{0644}" else { return }
        let stem = base.dropFirst(2)
        out.append(MatchKey.string(stem))
        keys.append(WordKey(scalars: stem))
        prefixKeys.append(prefixKey(stem))
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

    static let proclitics: [String] = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"]
    static let procliticScalars: [[Unicode.Scalar]] = proclitics.map { Array($0.unicodeScalars) }
    /// The first letters of `proclitics`, each once (a handful: a linear scan beats hashing).
    static let procliticInitials: [Unicode.Scalar] = procliticScalars.compactMap(\.first).reduce(into: []) { initials, s in
        if !initials.contains(s) { initials.append(s) }
    }

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
    /// (`prefixKey`) to `out`, `keys` and `prefixKeys`.
    ///
    /// Fast path for the word view of a document, which computes the stems of every word: they are read off the
    /// document's scalars (`scalars` is the word, `word` its string), and each stem's string is written in one go
    /// (`string(_:)`) rather than appended scalar by scalar, with no per-word arrays.
    public static func appendStems(
        of scalars: ArraySlice<Unicode.Scalar>, word: String, to out: inout [String], keys: inout [WordKey],
        prefixKeys: inout [WordKey]
    ) {
        let lam: Unicode.Scalar = "\u{0644}", alef: Unicode.Scalar = "\u{0627}"
        out.append(word)
        keys.append(WordKey(scalars: scalars))
        prefixKeys.append(prefixKey(scalars))
        // Most words start with no proclitic letter: they have no other base, and no stem but themselves without ال.
        guard let first = scalars.first, procliticInitials.contains(first) else {
            appendWithoutArticle(scalars, to: &out, keys: &keys, prefixKeys: &prefixKeys)
            return
        }
        // The bases: the word, each proclitic's rest, and the article form of an assimilated لل word.
        for c in procliticScalars {
            guard scalars.count >= c.count + 2, scalars.starts(with: c) else { continue }
            let rest = scalars.dropFirst(c.count)
            out.append(MatchKey.string(rest))
            keys.append(WordKey(scalars: rest))
            prefixKeys.append(prefixKey(rest))
            // لل + rest: the preposition li- before the article ال (alef dropped).
            if c.last == lam, rest.first == lam, rest.count >= 3 {
                out.append(MatchKey.string([alef] + rest))
                keys.append(WordKey(value: WordKey.offsetBasis).appending(alef).appending(scalars: rest))
                prefixKeys.append(WordKey(value: WordKey.offsetBasis).appending(alef).appending(lam))
            }
        }
        // Each base also without the article (المعارك -> معارك, والتفجير -> تفجير), keeping at least two letters;
        // bases are visited again in the order above, so the stems come out as `stems(of:)` always listed them.
        appendWithoutArticle(scalars, to: &out, keys: &keys, prefixKeys: &prefixKeys)
        for c in procliticScalars {
            guard scalars.count >= c.count + 2, scalars.starts(with: c) else { continue }
            let rest = scalars.dropFirst(c.count)
            appendWithoutArticle(rest, to: &out, keys: &keys, prefixKeys: &prefixKeys)
            // The article form alef + rest (rest starts with lam) without its article is rest without its lam.
            if c.last == lam, rest.first == lam, rest.count >= 3 {
                let stem = rest.dropFirst()
                out.append(MatchKey.string(stem))
                keys.append(WordKey(scalars: stem))
                prefixKeys.append(prefixKey(stem))
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
