import ArabicText
import EventModel
import Testing

/// Normalisation steps, one by one and composed, and the offset map back to the original.
@Suite struct NormalizerTests {
    // MARK: - Matching form (every step)

    static let matchingTable: [(String, String)] = [
        // Alef forms: أ إ آ ٱ -> ا
        ("أحمد", "احمد"), ("إسرائيل", "اسرائيل"), ("آلاف", "الاف"), ("ٱلله", "الله"), ("أإآٱ", "اااا"),
        // Alef maksura -> ya, teh marbuta -> heh (opt-in, on in matching)
        ("مستشفى", "مستشفي"), ("على", "علي"), ("مدينة", "مدينه"), ("حصيلة القتلى", "حصيله القتلي"),
        // Harakat and shadda
        ("قُتِلَ", "قتل"), ("شدَّة", "شده"), ("جُرِحَ ثلاثةٌ", "جرح ثلاثه"), ("رَحْمَٰن", "رحمن"), ("أشخاصٍ", "اشخاص"),
        ("كتابًا", "كتابا"),
        // Tatweel
        ("قتـــلى", "قتلي"), ("ـ", ""), ("الـAFP", "الAFP"),
        // Digits
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"), ("۰۱۲۳۴۵۶۷۸۹", "0123456789"), ("٢٠٢٤", "2024"), ("۱۴۰۳", "1403"),
        // Arabic punctuation
        ("،", ","), ("؛", ";"), ("؟", "?"), ("٪", "%"), ("٫", "."), ("٬", ","), ("١٬٥٠٠٫٥", "1,500.5"),
        // Quote marks
        ("“", "\""), ("”", "\""), ("«", "\""), ("»", "\""), ("„", "\""), ("″", "\""), ("‟", "\""), ("‹", "\""), ("›", "\""),
        ("«لن نتراجع»", "\"لن نتراجع\""),
        // Presentation forms: lam-alef ligatures, the rial sign, isolated and contextual letter forms
        ("\u{FEFB}", "لا"), ("\u{FEFC}", "لا"), ("\u{FEF7}", "لا"), ("\u{FEF9}", "لا"), ("\u{FEF5}", "لا"),
        ("\u{FDFC}", "ريال"), ("\u{FE8D}", "ا"), ("\u{FEE3}\u{FEAA}\u{FEF3}\u{FEE8}\u{FE94}", "مدينه"), ("5 \u{FDFC}", "5 ريال"),
        // Persian and Urdu letters
        ("ی", "ي"), ("ک", "ك"), ("ۀ", "ه"), ("کابل", "كابل"),
        // Spaces
        ("5\u{00A0}آلاف", "5 الاف"), ("a\u{2009}b", "a b"), ("a\u{202F}b", "a b"), ("a\u{3000}b", "a b"),
        // ASCII passes unchanged
        ("AFP 2024, JNIM.", "AFP 2024, JNIM."), ("", ""),
        // Everything at once
        ("وَقُتِلَ ٥ أشخاصٍ، وجُرِحَ ۱۲", "وقتل 5 اشخاص, وجرح 12"),
    ]

    @Test(arguments: matchingTable)
    func matchingForm(input: String, expected: String) {
        #expect(ArabicNormalizer.normalizedString(input) == expected)
        #expect(ArabicNormalizer.normalize(input).count == expected.unicodeScalars.count)
    }

    // MARK: - Each harakat mark and control is removed

    static let marksTable: [UInt32] = [0x064B, 0x064C, 0x064D, 0x064E, 0x064F, 0x0650, 0x0651, 0x0652, 0x0670]

    @Test(arguments: marksTable)
    func diacriticRemoved(mark: UInt32) {
        let word = Fixtures.string([0x0642, mark, 0x062A, 0x0644])  // ق + mark + تل
        #expect(ArabicNormalizer.isDiacritic(mark))
        #expect(ArabicNormalizer.normalizedString(word, options: .removeDiacritics) == "قتل")
        #expect(ArabicNormalizer.normalizedString(word, options: []) == word)
    }

    static let controlsTable: [UInt32] = [
        0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
        0x061C, 0xFEFF, 0x00AD,
    ]

    @Test(arguments: controlsTable)
    func controlRemoved(control: UInt32) {
        let word = Fixtures.string([0x0642, 0x062A, control, 0x0644])  // قت + control + ل
        #expect(ArabicNormalizer.isControl(control))
        #expect(ArabicNormalizer.normalizedString(word) == "قتل")
        let normalized = ArabicNormalizer.normalize(word)
        #expect(normalized.origin == [0, 1, 3])
    }

    // MARK: - Display form: letters are not changed

    static let displayTable: [(String, String)] = [
        ("مستشفى", "مستشفى"), ("مدينة", "مدينة"), ("أحمد", "أحمد"), ("إلى", "إلى"), ("قُتِلَ", "قتل"), ("قتـــلى", "قتلى"),
        ("٣", "3"), ("ی", "ی"), ("\u{FEF7}", "لأ"), ("\u{FDFC}", "ریال"), ("«", "\""), ("؟", "?"),
    ]

    @Test(arguments: displayTable)
    func displayForm(input: String, expected: String) {
        #expect(ArabicNormalizer.normalizedString(input, options: .display) == expected)
    }

    // MARK: - Steps alone

    static let singleTable: [(String, UInt32, String)] = [
        ("على مستشفى مدينة", NormalizationOptions.alefMaksuraToYa.rawValue, "علي مستشفي مدينة"),
        ("على مستشفى مدينة", NormalizationOptions.tehMarbutaToHeh.rawValue, "على مستشفى مدينه"),
        ("أُمّ إلى", NormalizationOptions.unifyAlef.rawValue, "اُمّ الى"),
        ("قـُتل", NormalizationOptions.removeDiacritics.rawValue, "قـتل"),
        ("قـُتل", NormalizationOptions.removeTatweel.rawValue, "قُتل"),
        ("٣٫٥٪", NormalizationOptions.asciiDigits.rawValue, "3٫5٪"),
        ("٣٫٥٪", NormalizationOptions.asciiPunctuation.rawValue, "٣.٥%"),
        ("أُمّ ى ة ٣ «» \u{FEFB}", 0, "أُمّ ى ة ٣ «» \u{FEFB}"),
    ]

    @Test(arguments: singleTable)
    func oneStep(input: String, options: UInt32, expected: String) {
        let result = ArabicNormalizer.normalizedString(input, options: NormalizationOptions(rawValue: options))
        #expect(result == expected)
    }

    @Test func lossyLetterStepsAreOptIn() {
        #expect(!NormalizationOptions.display.contains(.alefMaksuraToYa))
        #expect(!NormalizationOptions.display.contains(.tehMarbutaToHeh))
        #expect(!NormalizationOptions.display.contains(.unifyAlef))
        #expect(NormalizationOptions.matching.isSuperset(of: .display))
        #expect(NormalizationOptions.matching.contains([.alefMaksuraToYa, .tehMarbutaToHeh, .unifyAlef]))
    }

    // MARK: - Step functions

    static let scalarStepsTable: [(UInt32, UInt32)] = [
        (0x0623, 0x0627), (0x0625, 0x0627), (0x0622, 0x0627), (0x0671, 0x0627), (0x0627, 0x0627), (0x0628, 0x0628),
    ]

    @Test(arguments: scalarStepsTable)
    func unifyAlef(input: UInt32, expected: UInt32) {
        #expect(ArabicNormalizer.unifyAlef(input) == expected)
    }

    static let digitStepsTable: [(UInt32, UInt32)] = {
        var out: [(UInt32, UInt32)] = []
        for d: UInt32 in 0...9 {
            out.append((0x0660 + d, 0x30 + d))
            out.append((0x06F0 + d, 0x30 + d))
        }
        return out
    }()

    @Test(arguments: digitStepsTable)
    func asciiDigit(input: UInt32, expected: UInt32) {
        #expect(ArabicNormalizer.asciiDigit(input) == expected)
    }

    // MARK: - Offsets

    /// Input, options, and for each output scalar the original scalar offset it came from.
    static let offsetsTable: [(String, UInt32, [Int32])] = [
        ("قُتِلَ", NormalizationOptions.matching.rawValue, [0, 2, 4]),
        ("\u{FEFB} ب", NormalizationOptions.matching.rawValue, [0, 0, 1, 2]),
        ("قـــتل", NormalizationOptions.matching.rawValue, [0, 4, 5]),
        ("٥ آلاف", NormalizationOptions.matching.rawValue, [0, 1, 2, 3, 4, 5]),
        ("\u{200F}أ\u{200E}", NormalizationOptions.matching.rawValue, [1]),
        ("قُتِلَ", 0, [0, 1, 2, 3, 4, 5]),
    ]

    @Test(arguments: offsetsTable)
    func originMap(input: String, options: UInt32, origin: [Int32]) {
        let n = ArabicNormalizer.normalize(input, options: NormalizationOptions(rawValue: options))
        #expect(n.origin == origin)
        #expect(n.original.count == input.unicodeScalars.count)
    }

    @Test func originalSpanCoversRemovedMarks() {
        let text = "قال: قُتِلَ ثلاثةٌ"
        let n = ArabicNormalizer.normalize(text)
        // The normalised word "قتل" sits at normalised positions 5..<8 and covers the original "قُتِلَ" with its last mark.
        #expect(n.string(5..<8) == "قتل")
        let span = n.originalSpan(5..<8)
        #expect(Fixtures.slice(text, span) == "قُتِلَ")
        #expect(n.originalString(span) == "قُتِلَ")
        // A mark the view keeps is not pulled in twice; one before the next token's letter stays with that token.
        let raw = ArabicNormalizer.normalize(text, options: [])
        #expect(raw.originalString(raw.originalSpan(5..<11)) == "قُتِلَ")
        #expect(n.originalString(TextSpan(start: -4, end: 999)) == text)
        #expect(n.originalSpan(3..<3) == TextSpan(start: 3, end: 3))
    }

    @Test func idempotent() {
        let text = "وَقُتِلَ ٥ أشخاصٍ «في» مستشفى المدينة \u{FEFB} \u{FDFC} ۱۲٫۵٪"
        let once = ArabicNormalizer.normalizedString(text)
        #expect(ArabicNormalizer.normalizedString(once) == once)
    }
}
