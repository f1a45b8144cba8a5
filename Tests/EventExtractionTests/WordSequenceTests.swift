import ArabicText
import Lexicon
import Testing

@testable import EventExtraction

/// The word view the pipeline builds in one pass (`init(analyzed:starts:)`: stems, keys and start masks written in
/// place, start bits read through `PhraseStarts.Probe`) against the same view built plainly and marked afterwards
/// (`markStarts`, which looks every stem up in the tables by key), and against stems made as strings.
struct WordSequenceTests {
    static let reader: EventReader = {
        do { return try EventReader.load() } catch { fatalError("event lexicons failed to load: \(error)") }
    }()

    static let analyzer: TextAnalyzer = {
        do {
            let lexicon = try TextLexicon.load()
            return TextAnalyzer(numbers: lexicon.numbers, clitics: lexicon.clitics)
        } catch { fatalError("text lexicon failed to load: \(error)") }
    }()

    /// Short passages written for these tests: proclitics and the article, assimilated لل forms, prefix phrases
    /// (اشتباكات), hashtags, numbers, Latin words and paragraphs.
    static let passages = [
        "قتل 12 شخصا وأصيب آخرون في انفجار سيارة مفخخة بمدينة الموصل أمس الأربعاء.",
        "وللحوثيين مواقع قرب الحديدة، وفلسطينيون قالوا إن الاشتباكات استمرت حتى فجر اليوم.",
        "#عاجل_الآن\n\nاندلعت اشتباكات عنيفة بين الجيش والمسلحين، وشن الطيران غارات على مواقع لتنظيم داعش.",
        "Reuters: أطلق مسلحون النار على دورية للشرطة في 3 أيار/مايو 2021 (الاثنين) فقتلوا جنديين.",
    ]

    @Test(arguments: passages)
    func oneMarkedPassMatchesMarkingAfterwards(_ passage: String) {
        let text = Self.analyzer.analyze(passage)
        let starts = Self.reader.phraseStarts()
        let marked = WordSequence(analyzed: text, starts: starts)
        var plain = WordSequence(analyzed: text)
        #expect(plain.startMasks.isEmpty)
        plain.markStarts(starts)
        #expect(marked.tokens == plain.tokens)
        #expect(marked.startMasks == plain.startMasks)
        #expect(marked.startMasks.contains { $0 != 0 })
        for i in 0..<marked.count {
            #expect(marked.key(i) == plain.key(i))
            #expect(Array(marked.stemKeys(of: i)) == Array(plain.stemKeys(of: i)))
        }
    }

    @Test(arguments: passages)
    func stemsAndTheirKeysAgreeWithStrings(_ passage: String) {
        let words = WordSequence(analyzed: Self.analyzer.analyze(passage), starts: Self.reader.phraseStarts())
        for i in 0..<words.count {
            let stems = words[i].kind == .word ? MatchKey.stems(of: words.key(i)) : [words.key(i)]
            #expect(words.stems(of: i) == stems)
            #expect(Array(words.stemKeys(of: i)) == stems.map { WordKey($0) })
            #expect(Array(words.stemPrefixKeys(of: i)) == stems.map { PhraseTable<Bool>.prefixKey($0) })
        }
    }
}
