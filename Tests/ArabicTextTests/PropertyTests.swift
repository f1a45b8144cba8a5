import ArabicText
import EventModel
import Lexicon
import Testing

/// A small seeded generator (SplitMix64) so random runs are reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random input never crashes the text layer, and every span it reports stays in bounds and in order.
@Suite struct PropertyTests {
    /// Scalars the generator draws from, by family; random code points are added on top.
    static let families: [[UInt32]] = [
        Array(0x0621...0x064A),  // Arabic letters
        Array(0x064B...0x0652) + [0x0670, 0x0640],  // harakat, superscript alef, tatweel
        Array(0x0660...0x0669) + Array(0x06F0...0x06F9) + Array(0x30...0x39),  // digits in three scripts
        [0x2C, 0x2E, 0x066B, 0x066C, 0x060C, 0x061B, 0x061F, 0x066A, 0x25, 0x2D, 0x2013, 0x2F, 0x3A, 0x21, 0x3F],
        [0x22, 0x201C, 0x201D, 0x00AB, 0x00BB, 0x201E, 0x2033, 0x27, 0x2018, 0x2019],  // quotes
        [0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x061C,
         0xFEFF, 0x00AD],  // zero-width and bidi controls
        [0x20, 0x20, 0x20, 0x0A, 0x0D, 0x09, 0xA0, 0x2009, 0x2028, 0x2029, 0x85],  // spaces and breaks
        Array(0xFEF5...0xFEFC) + [0xFDFC, 0xFDF2, 0xFDFA, 0xFDFB, 0xFE8D, 0xFB50, 0xFC5E, 0xFC60, 0xFE70, 0xFE72],  // presentation forms
        [0x1F600, 0x1F622, 0x1F468, 0x1F469, 0x1F466, 0x1F3FB, 0x1F1F8, 0x1F1FE, 0xFE0F, 0x2764, 0x1F4A5],  // emoji and modifiers
        Array(0x41...0x5A) + Array(0x61...0x7A) + [0xC9, 0xFC, 0xD7],  // Latin
        [0x0301, 0x0308, 0x0610, 0x0615, 0x06D6, 0x06ED, 0x0653, 0x0654, 0x0655, 0x065F],  // other combining marks
        [0x0671, 0x06CC, 0x06A9, 0x06C0, 0x0649, 0x0629, 0x0622, 0x0623, 0x0625],  // variant letters
    ]

    /// Words the number parser and matchers react to, so random text reaches their deeper paths.
    static let words = [
        "بين", "و", "من", "إلى", "نحو", "أكثر من", "ما يصل إلى", "عشرات", "الآلاف", "آلاف", "مليون", "ثلاثة", "عشر", "وعشرون",
        "مئة", "ألفا", "السبعينيات", "الثالثة", "في", "عام", "الساعة", "دولار", "في المئة", "على الأقل", "ق.م", "-", "+",
        "١٬٥٠٠", "1.5", "3.", "10-15", "«", "»", "\"", "٪", "/", ":",
    ]

    static func randomString(_ rng: inout SplitMix64) -> String {
        var view = String.UnicodeScalarView()
        let length = Int.random(in: 0...120, using: &rng)
        while view.count < length {
            switch Int.random(in: 0..<10, using: &rng) {
            case 0:
                // Any scalar value, surrogates skipped.
                let v = UInt32.random(in: 0...0x10FFFF, using: &rng)
                if let s = Unicode.Scalar(v) { view.append(s) }
            case 1:
                view.append(contentsOf: (words.randomElement(using: &rng) ?? "").unicodeScalars)
                view.append(" ")
            default:
                let family = families.randomElement(using: &rng)!
                view.append(Unicode.Scalar(family.randomElement(using: &rng)!)!)
            }
        }
        return String(view)
    }

    /// Random bytes, many of them invalid UTF-8, decoded with replacement.
    static func randomBytes(_ rng: inout SplitMix64) -> String {
        let length = Int.random(in: 0...120, using: &rng)
        var bytes: [UInt8] = []
        while bytes.count < length {
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: bytes.append(UInt8.random(in: 0...255, using: &rng))
            case 1: bytes.append(contentsOf: [0xD8, UInt8.random(in: 0x80...0xBF, using: &rng)])  // Arabic letters
            case 2: bytes.append(contentsOf: [0xD9, UInt8.random(in: 0x60...0x69, using: &rng) | 0x80])  // Arabic-Indic digits
            default: bytes.append(contentsOf: [0xE2, 0x80, UInt8.random(in: 0x8B...0xAF, using: &rng)])  // spaces, controls, quotes
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static let optionSets: [NormalizationOptions] = [.matching, .display, []]

    /// Checks one normalised view and its tokens.
    static func check(_ text: String, options: NormalizationOptions) {
        let originalCount = text.unicodeScalars.count
        let normalized = ArabicNormalizer.normalize(text, options: options)
        #expect(normalized.original.count == originalCount)
        #expect(normalized.origin.count == normalized.scalars.count)
        var previousOrigin: Int32 = -1
        for o in normalized.origin {
            #expect(o >= previousOrigin && Int(o) < originalCount)
            previousOrigin = o
        }
        let tokens = Tokenizer.tokenize(normalized)
        var previousRange = 0
        var previousSpan = TextSpan(start: 0, end: 0)
        for token in tokens {
            #expect(token.range.lowerBound >= previousRange && token.range.upperBound <= normalized.count && !token.range.isEmpty)
            #expect(token.span.start >= 0 && token.span.start < token.span.end && token.span.end <= originalCount)
            // Spans never go back; two tokens share original scalars only when one scalar became several (a ligature).
            #expect(token.span.start >= previousSpan.start && token.span.end >= previousSpan.end)
            #expect(token.span.start >= previousSpan.end || token.span.start == previousSpan.end - 1)
            previousRange = token.range.upperBound
            previousSpan = token.span
        }
        var previousSentence = 0
        for sentence in SentenceSplitter.sentences(tokens) {
            #expect(sentence.lowerBound >= previousSentence && sentence.upperBound <= tokens.count && !sentence.isEmpty)
            previousSentence = sentence.upperBound
            for clause in SentenceSplitter.clauses(tokens, in: sentence) {
                #expect(clause.lowerBound >= sentence.lowerBound && clause.upperBound <= sentence.upperBound)
            }
        }
    }

    /// Checks the whole text stage (with the bundled lexicon) on one input.
    static func checkAnalysis(_ text: String, analyzer: TextAnalyzer) {
        let analyzed = analyzer.analyze(text)
        let count = text.unicodeScalars.count
        var previous = 0
        for q in analyzed.quantities {
            #expect(q.tokens.lowerBound >= previous && q.tokens.upperBound <= analyzed.tokens.count && !q.tokens.isEmpty)
            #expect(q.span.start >= 0 && q.span.start < q.span.end && q.span.end <= count)
            #expect(q.max.map { $0 >= q.min } ?? true)
            previous = q.tokens.upperBound
        }
    }

    @Test(arguments: [0x5EED_0001, 0x5EED_0002] as [UInt64])
    func randomScalars(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let analyzer = try Fixtures.analyzer()
        for _ in 0..<1000 {
            let text = Self.randomString(&rng)
            for options in Self.optionSets { Self.check(text, options: options) }
            Self.checkAnalysis(text, analyzer: analyzer)
        }
    }

    @Test(arguments: [0xBAD_0001, 0xBAD_0002] as [UInt64])
    func invalidUTF8(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let analyzer = try Fixtures.analyzer()
        for _ in 0..<500 {
            let text = Self.randomBytes(&rng)
            for options in Self.optionSets { Self.check(text, options: options) }
            Self.checkAnalysis(text, analyzer: analyzer)
        }
    }

    @Test(arguments: [0x1D_0001] as [UInt64])
    func normalisationIsIdempotent(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        for _ in 0..<1000 {
            let once = ArabicNormalizer.normalizedString(Self.randomString(&rng))
            #expect(ArabicNormalizer.normalizedString(once) == once)
        }
    }

    /// Token spans of random text slice back to text that normalises to the token, except inside one expanded ligature.
    @Test(arguments: [0x5_0001] as [UInt64])
    func spansSliceBack(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        for _ in 0..<500 {
            let text = Self.randomString(&rng)
            let normalized = ArabicNormalizer.normalize(text)
            for token in Tokenizer.tokenize(normalized) where token.span.length > 0 {
                let slice = normalized.originalString(token.span)
                let expands = slice.unicodeScalars.contains { ArabicNormalizer.isPresentationForm($0.value) }
                if !expands {
                    #expect(ArabicNormalizer.normalizedString(slice) == normalized.text(of: token), "\(Array(slice.unicodeScalars))")
                }
            }
        }
    }

    @Test func longInputs() throws {
        let analyzer = try Fixtures.analyzer()
        let long = String(repeating: "قتل ١٬٥٠٠ شخص، «وجُرِحَ» نحو 3.5 مليون. ", count: 500)
        Self.check(long, options: .matching)
        let analyzed = analyzer.analyze(long)
        #expect(analyzed.sentences.count == 500)
        #expect(analyzed.quantities.count == 1000)
        // One long word, one long number, nothing but marks.
        Self.check(String(repeating: "ب", count: 20_000), options: .matching)
        Self.check(String(repeating: "9", count: 5_000), options: .matching)
        Self.check(String(repeating: "\u{064E}", count: 5_000), options: [])
        Self.checkAnalysis(String(repeating: "9,", count: 3_000), analyzer: analyzer)
    }
}
