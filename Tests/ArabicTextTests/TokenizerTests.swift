import ArabicText
import EventModel
import Testing

/// Tokens, their kinds and normalised text, and spans that slice back to the original.
@Suite struct TokenizerTests {
    /// Input and its tokens, each written "kind text" (the normalised text, matching form).
    static let casesTable: [(String, [String])] = [
        ("قتل 5 أشخاص", ["word قتل", "number 5", "word اشخاص"]),
        ("1,500 قتيل", ["number 1,500", "word قتيل"]),
        ("١٬٥٠٠ قتيل", ["number 1,500", "word قتيل"]),
        ("۱۲٬۵۰۰", ["number 12,500"]),
        ("1,234,567", ["number 1,234,567"]),
        ("3.5 مليون", ["number 3.5", "word مليون"]),
        ("٣٫٥ مليون", ["number 3.5", "word مليون"]),
        ("۳٫۵", ["number 3.5"]),
        ("نحو 1.5 مليون", ["word نحو", "number 1.5", "word مليون"]),
        ("10-15", ["number 10", "punctuation -", "number 15"]),
        ("قتل 5.", ["word قتل", "number 5", "punctuation ."]),
        ("5، و6", ["number 5", "punctuation ,", "word و", "number 6"]),
        ("3. ثم", ["number 3", "punctuation .", "word ثم"]),
        (",5", ["punctuation ,", "number 5"]),
        ("5,,", ["number 5", "punctuation ,", "punctuation ,"]),
        ("2024/9/17", ["number 2024", "punctuation /", "number 9", "punctuation /", "number 17"]),
        ("10:30", ["number 10", "punctuation :", "number 30"]),
        ("20%", ["number 20", "punctuation %"]),
        ("٢٠٪", ["number 20", "punctuation %"]),
        ("$50", ["punctuation $", "number 50"]),
        ("قالت JNIM", ["word قالت", "latin JNIM"]),
        ("لـAFP", ["word ل", "latin AFP"]),
        ("(AFP)", ["punctuation (", "latin AFP", "punctuation )"]),
        ("O'Brien قال", ["latin O'Brien", "word قال"]),
        ("Ünal", ["latin Ünal"]),
        ("abc123", ["latin abc", "number 123"]),
        ("123abc", ["number 123", "latin abc"]),
        ("قتل5", ["word قتل", "number 5"]),
        ("5×5", ["number 5", "symbol ×", "number 5"]),
        ("U.S.", ["latin U", "punctuation .", "latin S", "punctuation ."]),
        ("قُتِلَ", ["word قتل"]),
        ("قـــتل", ["word قتل"]),
        ("وبمقتل", ["word وبمقتل"]),
        ("والجرحى", ["word والجرحي"]),
        ("مي\u{200C}خواهم", ["word ميخواهم"]),
        ("قت\u{200F}ل", ["word قتل"]),
        ("\u{202B}قتل\u{202C} 5", ["word قتل", "number 5"]),
        ("\u{FEFB}", ["word لا"]),
        ("\u{FEE3}\u{FEAA}\u{FEF3}\u{FEE8}\u{FE94}", ["word مدينه"]),
        ("قتل 😢 شخص", ["word قتل", "symbol 😢", "word شخص"]),
        ("👨\u{200D}👩", ["symbol 👨", "symbol 👩"]),
        ("أ\nب", ["word ا", "lineBreak \n", "word ب"]),
        ("أ\tب\r\nج", ["word ا", "word ب", "lineBreak \n", "word ج"]),
        ("أ\u{2029}ب", ["word ا", "lineBreak \u{2029}", "word ب"]),
        ("هل؟!", ["word هل", "punctuation ?", "punctuation !"]),
        ("«قتل»", ["punctuation \"", "word قتل", "punctuation \""]),
        ("“قتل”", ["punctuation \"", "word قتل", "punctuation \""]),
        ("قال: نعم؛ لا", ["word قال", "punctuation :", "word نعم", "punctuation ;", "word لا"]),
        ("ى", ["word ي"]),
        ("  \u{00A0} ", []),
        ("", []),
    ]

    @Test(arguments: casesTable)
    func tokens(input: String, expected: [String]) {
        let normalized = ArabicNormalizer.normalize(input)
        let tokens = Tokenizer.tokenize(normalized)
        #expect(tokens.map { "\($0.kind) \(normalized.text(of: $0))" } == expected)
        for token in tokens {
            let text = normalized.text(of: token)
            #expect(token.key == WordKey(text))
            #expect(token.first == text.unicodeScalars.first)
            #expect(token.isScalar(token.first) == (text.unicodeScalars.count == 1))
            #expect(normalized.text(of: token, hasPrefix: "ال") == text.hasPrefix("ال"))
        }
    }

    @Test(arguments: casesTable)
    func spansSliceBack(input: String, expected: [String]) {
        let normalized = ArabicNormalizer.normalize(input)
        let tokens = Tokenizer.tokenize(normalized)
        var previousEnd = 0
        for token in tokens {
            #expect(token.span.start >= previousEnd && token.span.start < token.span.end)
            #expect(token.span.end <= input.unicodeScalars.count)
            previousEnd = token.span.end
            // The original text under the span, normalised, is the token's text.
            let original = Fixtures.slice(input, token.span)
            #expect(ArabicNormalizer.normalizedString(original) == normalized.text(of: token), "\(original) -> \(normalized.text(of: token))")
        }
    }

    /// A token's prefix test agrees with `String.hasPrefix`, also when a mark right after the prefix makes another
    /// character ("لؐ" is not "ل").
    @Test(arguments: ["الكتاب", "ال", "ا", "الؐكتاب", "اؐلكتاب", "الَكتاب", "ولكن", "قال"])
    func prefixOfAToken(word: String) throws {
        let normalized = ArabicNormalizer.normalize(word, options: [])
        let token = try #require(Tokenizer.tokenize(normalized).first)
        #expect(normalized.text(of: token, hasPrefix: "ال") == normalized.text(of: token).hasPrefix("ال"))
        #expect(normalized.text(of: token, hasPrefix: "") && normalized.text(of: token, hasPrefix: normalized.text(of: token)))
    }

    /// With no normalisation at all, marks and joiners stay inside the word and the span is the whole word.
    static let rawTable: [(String, [String])] = [
        ("قُتِلَ", ["word قُتِلَ"]),
        ("مي\u{200C}خواهم", ["word مي\u{200C}خواهم"]),
        ("َقتل", ["symbol َ", "word قتل"]),
        ("٣٫٥", ["number ٣", "punctuation ٫", "number ٥"]),
        ("قتـل", ["word قتـل"]),
    ]

    @Test(arguments: rawTable)
    func unnormalizedTokens(input: String, expected: [String]) {
        let normalized = ArabicNormalizer.normalize(input, options: [])
        let tokens = Tokenizer.tokenize(normalized)
        #expect(tokens.map { "\($0.kind) \(normalized.text(of: $0))" } == expected)
        for token in tokens {
            #expect(Fixtures.slice(input, token.span) == normalized.text(of: token))
        }
    }

    @Test func offsetsInASentence() {
        let text = "قُتِلَ ٥ أشخاصٍ في «الهجوم»."
        let tokens = Tokenizer.tokenize(ArabicNormalizer.normalize(text))
        #expect(tokens.map { Fixtures.slice(text, $0.span) } == ["قُتِلَ", "٥", "أشخاصٍ", "في", "«", "الهجوم", "»", "."])
        #expect(tokens[1].span == TextSpan(start: 7, end: 8))
    }

    @Test func wordKinds() {
        let tokens = Tokenizer.tokenize(ArabicNormalizer.normalize("قال AFP 5 ."))
        #expect(tokens.map(\.isWord) == [true, true, false, false])
    }
}
