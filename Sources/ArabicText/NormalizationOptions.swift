/// Which normalisation steps a view applies. Each step is one named unit in `ArabicNormalizer`.
///
/// Lossy steps that change letters (`alefMaksuraToYa`, `tehMarbutaToHeh`) are opt-in; `matching` turns them on for
/// lexicon lookups only, while offsets always point back to the original text.
public struct NormalizationOptions: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Harakat and shadda (U+064B–U+0652) and the superscript alef (U+0670) are removed.
    public static let removeDiacritics = NormalizationOptions(rawValue: 1 << 0)
    /// Tatweel (ـ, U+0640) is removed.
    public static let removeTatweel = NormalizationOptions(rawValue: 1 << 1)
    /// Alef with hamza above/below, madda and wasla (أ إ آ ٱ) become bare alef (ا, U+0627).
    public static let unifyAlef = NormalizationOptions(rawValue: 1 << 2)
    /// Alef maksura (ى, U+0649) becomes ya (ي, U+064A).
    public static let alefMaksuraToYa = NormalizationOptions(rawValue: 1 << 3)
    /// Teh marbuta (ة, U+0629) becomes heh (ه, U+0647): for matching only.
    public static let tehMarbutaToHeh = NormalizationOptions(rawValue: 1 << 4)
    /// Arabic-Indic (٠–٩) and Persian (۰–۹) digits become ASCII digits.
    public static let asciiDigits = NormalizationOptions(rawValue: 1 << 5)
    /// Arabic comma, semicolon, question mark, percent, decimal and thousands separators (، ؛ ؟ ٪ ٫ ٬) become ASCII.
    public static let asciiPunctuation = NormalizationOptions(rawValue: 1 << 6)
    /// Curly, angle and low quote marks (“ ” « » „ ″ ‘ ’ ‹ ›) become a plain double quote.
    public static let unifyQuotes = NormalizationOptions(rawValue: 1 << 7)
    /// Zero-width and bidirectional control characters (U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, U+061C,
    /// U+FEFF) are removed.
    public static let removeControls = NormalizationOptions(rawValue: 1 << 8)
    /// Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC), e.g. lam-alef ligatures and ﷼, are decomposed (NFKC).
    public static let decomposePresentationForms = NormalizationOptions(rawValue: 1 << 9)
    /// Persian and Urdu letter variants (ی ک ۀ) become their Arabic forms (ي ك ه).
    public static let unifyPersianLetters = NormalizationOptions(rawValue: 1 << 10)
    /// Non-breaking and other Unicode spaces become a plain space.
    public static let unifySpaces = NormalizationOptions(rawValue: 1 << 11)

    /// Steps that change no letter: a clean display form.
    public static let display: NormalizationOptions = [
        .removeDiacritics, .removeTatweel, .asciiDigits, .asciiPunctuation, .unifyQuotes, .removeControls,
        .decomposePresentationForms, .unifySpaces,
    ]

    /// Every step: the form lexicon entries and text are compared in.
    public static let matching: NormalizationOptions = display.union([
        .unifyAlef, .alefMaksuraToYa, .tehMarbutaToHeh, .unifyPersianLetters,
    ])
}
