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

    static let proclitics: [String] = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"]
    static let procliticScalars: [[Unicode.Scalar]] = proclitics.map { Array($0.unicodeScalars) }

    /// The word and the stems left after removing proclitics (keeping at least two letters), plus the article form of
    /// an assimilated لل / ولل / فلل word (للحوثيين -> الحوثيين), and each of these without the article ال.
    public static func stems(of word: String) -> [String] {
        var out = [word]
        let scalars = Array(word.unicodeScalars)
        let lam: Unicode.Scalar = "ل", alef: Unicode.Scalar = "ا"
        var bases: [ArraySlice<Unicode.Scalar>] = [scalars[...]]
        for c in procliticScalars {
            guard scalars.count >= c.count + 2, scalars.starts(with: c) else { continue }
            let rest = scalars[c.count...]
            out.append(makeString(rest))
            bases.append(rest)
            // لل + rest: the preposition li- before the article ال (alef dropped).
            if c.last == lam, rest.first == lam, rest.count >= 3 {
                let withArticle = [alef] + Array(rest)
                out.append(makeString(withArticle[...]))
                bases.append(withArticle[...])
            }
        }
        // Each stem also without the article (المعارك -> معارك, والتفجير -> تفجير), keeping at least two letters.
        for stem in bases where stem.count >= 4 && stem.first == alef && stem.dropFirst().first == lam {
            out.append(makeString(stem.dropFirst(2)))
        }
        return out
    }

    static func makeString(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
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
    public var isAnyWord: Bool { text == "_" }
}
