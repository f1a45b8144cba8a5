import ArabicText
import Lexicon
import Testing

/// Words read through the bundled clitic data against a small lexicon of our own.
@Suite struct CliticTests {
    /// A tiny lexicon: value names the entry.
    static let matcher: PhraseMatcher<String>? = {
        guard let lexicon = Fixtures.lexicon else { return nil }
        var m = PhraseMatcher<String>(analyzer: lexicon.clitics)
        m.add("مقتل", value: "مقتل")
        m.add("جرحى", value: "جرحى")
        m.add("لقوا حتفهم", value: "لقوا حتفهم")
        m.add("لقي حتف", value: "لقي حتف")
        m.add("قتيل", value: "قتيل")
        m.add("جندي", value: "جندي")
        m.add("مدني", value: "مدني")
        m.add("طفل", value: "طفل")
        m.add("حياة", value: "حياة")
        m.add("قتل", value: "قتل", isVerb: true)
        m.add("كشف", value: "كشف", allowsArticle: false)
        m.add("عدد", value: "عدد")
        m.add("عدد من", value: "عدد من")
        m.add("من", value: "من", allowsClitics: false)
        m.add("إصابة", value: "إصابة")
        m.add("مستشفى", value: "مستشفى")
        return m
    }()

    /// Text, the entry matched at its first token ("" for none), the proclitic length, and tokens covered.
    static let casesTable: [(String, String, Int, Int)] = [
        // Proclitic chains
        ("مقتل", "مقتل", 0, 1), ("وبمقتل", "مقتل", 2, 1), ("بمقتل", "مقتل", 1, 1), ("فبمقتل", "مقتل", 2, 1),
        ("لمقتل", "مقتل", 1, 1), ("ومقتل", "مقتل", 1, 1), ("مقتله", "مقتل", 0, 1), ("وبمقتلهم", "مقتل", 2, 1),
        ("والجرحى", "جرحى", 3, 1), ("الجرحى", "جرحى", 2, 1), ("للجرحى", "جرحى", 2, 1), ("وللجرحى", "جرحى", 3, 1),
        ("بالجرحى", "جرحى", 3, 1), ("جرحى", "جرحى", 0, 1), ("الجَرحى", "جرحى", 2, 1),
        // Multiword entries; later words may carry suffixes
        ("لقوا حتفهم", "لقوا حتفهم", 0, 2), ("ولقوا حتفهم", "لقوا حتفهم", 1, 2), ("لقي حتفه", "لقي حتف", 0, 2),
        ("لقي حتفهما", "لقي حتف", 0, 2), ("لقوا مصرعهم", "", 0, 0),
        // Light stemming: dual and plural endings
        ("قتيلان", "قتيل", 0, 1), ("قتيلين", "قتيل", 0, 1), ("جنديين", "جندي", 0, 1), ("جنديان", "جندي", 0, 1),
        ("مدنيين", "مدني", 0, 1), ("مدنيون", "مدني", 0, 1), ("المدنيين", "مدني", 2, 1), ("والمدنيين", "مدني", 3, 1),
        ("طفلين", "طفل", 0, 1), ("طفلتين", "طفل", 0, 1), ("طفلتان", "طفل", 0, 1), ("قتيلا", "قتيل", 0, 1),
        // Teh marbuta written as teh before a pronoun
        ("حياتهم", "حياة", 0, 1), ("بحياته", "حياة", 1, 1), ("حياة", "حياة", 0, 1),
        // Spelling variants normalise
        ("مستشفي", "مستشفى", 0, 1), ("المستشفى", "مستشفى", 2, 1),
        // Verbs take only و and ف
        ("قتل", "قتل", 0, 1), ("وقتل", "قتل", 1, 1), ("فقتل", "قتل", 1, 1), ("بقتل", "", 0, 0), ("القتل", "", 0, 0),
        // Entries that refuse the article or any clitic
        ("كشف", "كشف", 0, 1), ("وكشف", "كشف", 1, 1), ("الكشف", "", 0, 0), ("من", "من", 0, 1), ("ومن", "", 0, 0),
        // Longest match wins
        ("عدد من", "عدد من", 0, 2), ("عدد كبير", "عدد", 0, 1),
        // Not words of the lexicon
        ("مقاتل", "", 0, 0), ("مقاتلين", "", 0, 0), ("AFP", "", 0, 0), ("5", "", 0, 0),
    ]

    @Test(arguments: casesTable)
    func match(text: String, entry: String, prefix: Int, length: Int) throws {
        let matcher = try #require(Self.matcher)
        let normalized = ArabicNormalizer.normalize(text)
        let tokens = Tokenizer.tokenize(normalized)
        let m = matcher.match(at: 0, tokens: tokens, text: normalized)
        if entry.isEmpty {
            #expect(m == nil, "\(text) matched \(m.map(\.value) ?? "")")
        } else {
            #expect(m?.value == entry)
            #expect(m?.prefixLength == prefix)
            #expect(m?.tokens == 0..<length)
        }
    }

    @Test func segmentsStartWithTheWholeWord() throws {
        let lexicon = try #require(Fixtures.lexicon)
        let word = ArabicNormalizer.normalize("وبمقتلهم").scalars
        var segments: [CliticAnalyzer.Segment] = []
        lexicon.clitics.segments(of: word[...], into: &segments)
        #expect(segments.first?.key == WordKey("وبمقتلهم"))
        #expect(segments.first?.prefixLength == 0 && segments.first?.suffixLength == 0)
        #expect(segments.contains { $0.key == WordKey("مقتل") && $0.prefixLength == 2 && $0.suffixLength == 2 })
        #expect(segments.allSatisfy { word.count - $0.prefixLength - $0.suffixLength >= lexicon.clitics.minimumStem })
    }

    @Test func noneAnalyzerKeepsWholeWords() {
        var segments: [CliticAnalyzer.Segment] = []
        let word = ArabicNormalizer.normalize("والجرحى").scalars
        CliticAnalyzer.none.segments(of: word[...], into: &segments)
        #expect(segments.count == 1)
        #expect(segments[0].key == WordKey("والجرحي"))
    }

    @Test func matchesAcrossASentence() throws {
        let matcher = try #require(Self.matcher)
        let normalized = ArabicNormalizer.normalize("أعلن عن مقتل جنديين وإصابة مدنيين، فيما لقوا حتفهم.")
        let tokens = Tokenizer.tokenize(normalized)
        let found = matcher.matches(in: tokens, text: normalized).map(\.value)
        #expect(found == ["مقتل", "جندي", "إصابة", "مدني", "لقوا حتفهم"])
    }

    @Test func startsEntry() throws {
        let matcher = try #require(Self.matcher)
        let normalized = ArabicNormalizer.normalize("ولقوا وبمقتل 5")
        let tokens = Tokenizer.tokenize(normalized)
        #expect(tokens.map { matcher.startsEntry($0, in: normalized) } == [true, true, false])
    }

    /// The document pass (`TokenSegments`, letter tries) gives every word the segmentations `segments(of:into:)` (hash
    /// tables) gives it, in the same order; analyzers with non-Arabic forms take the hashing path and agree too.
    @Test(arguments: [
        "وبمقتلهم والجرحى للحوثيين حياتهم بحياته فبالمدينتين وكالسيارات سيقتلون ولللاجئين",
        "قتيلان طفلتين مدنيون المستشفى أب ها AFP 5 وسكانها فلأطفالهم كتابهما بالتي لهم",
    ])
    func documentSegmentsMatchWordSegments(text: String) throws {
        let lexicon = try #require(Fixtures.lexicon)
        let latin = CliticAnalyzer(prefixes: ["و", "x"], suffixes: ["ه", "هم", "s"], pronounSuffixes: ["ه", "هم"])
        for analyzer in [lexicon.clitics, latin, CliticAnalyzer.none] {
            let normalized = ArabicNormalizer.normalize(text)
            let tokens = Tokenizer.tokenize(normalized)
            let document = TokenSegments(tokens: tokens, text: normalized, analyzer: analyzer)
            for (t, token) in tokens.enumerated() {
                var expected: [CliticAnalyzer.Segment] = []
                if token.isWord { analyzer.segments(of: normalized.scalars[token.range], into: &expected) }
                #expect(Array(document.of(t)) == expected, "\(normalized.text(of: token))")
            }
        }
    }
}
