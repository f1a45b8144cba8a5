import Testing

@testable import Lexicon

struct MatchKeyTests {
    @Test("folding removes harakat and tatweel and unifies letter variants", arguments: [
        ("قُتِلَ", "قتل"),
        ("أمـــس", "امس"),
        ("إطلاق", "اطلاق"),
        ("آذار", "اذار"),
        ("مستشفى", "مستشفي"),
        ("مفخخة", "مفخخه"),
        ("١٧/٩/٢٠٢٤", "17/9/2024"),
        ("۱۲", "12"),
    ])
    func fold(_ input: String, _ expected: String) {
        #expect(MatchKey.fold(input) == expected)
    }

    @Test("stems strip proclitics, the assimilated لل, and the article", arguments: [
        ("والحوثيين", "الحوثيين"),
        ("للحوثيين", "الحوثيين"),
        ("وللحوثيين", "الحوثيين"),
        ("بالمعارك", "معارك"),
        ("فالتفجير", "تفجير"),
        ("كالعادة", "عاده"),
    ])
    func stems(_ word: String, _ expected: String) {
        #expect(MatchKey.stems(of: MatchKey.fold(word)).contains(MatchKey.fold(expected)))
    }

    @Test("a short word keeps at least two letters after stripping")
    func shortWords() {
        #expect(!MatchKey.stems(of: "بل").contains("ل"))
        #expect(MatchKey.stems(of: "ولد").contains("لد"))
    }

    @Test("patterns fold their words and read a trailing star as a prefix")
    func pattern() {
        let words = MatchKey.pattern("اشتباك* مسلّحة")
        #expect(words == [PatternWord(text: "اشتباك", isPrefix: true), PatternWord(text: "مسلحه")])
    }
}
