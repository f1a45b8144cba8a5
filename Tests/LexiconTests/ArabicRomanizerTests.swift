import Lexicon
import Testing

@Suite struct ArabicRomanizerTests {
    @Test(arguments: [
        ("جرابولي", "Jarabuli"),       // a supplied after the first consonant, و and final ي as vowels
        ("الصوابر", "Al-Sawabr"),      // the article, a glide before alef
        ("الحمراوين", "Al-Hamrawin"),  // و after alef is a glide
        ("الزوايدة", "Al-Zawayda"),    // teh marbuta (folded to heh) read as a
        ("خب الشعف", "Khab Al-Shaf"),  // two words, digraphs kh and sh, ain dropped after its vowel
        ("ميدي", "Midi"),
    ])
    func romanisesPlaceNames(arabic: String, latin: String) {
        #expect(ArabicRomanizer.romanize(arabic) == latin)
    }

    @Test func outputIsPlainASCII() {
        let out = ArabicRomanizer.romanize("مديرية الظاهر ذات الثلاثة آلاف غريب")
        #expect(out.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(!out.isEmpty)
    }

    @Test func nothingRomanisableGivesEmpty() {
        #expect(ArabicRomanizer.romanize("").isEmpty)
        #expect(ArabicRomanizer.romanize("123").isEmpty)
    }
}

@Suite struct RomanizationSimilarityTests {
    @Test(arguments: [
        ("كوتيالا", "Koutiala", "Katala"),      // the vowels tell two names of one skeleton apart
        ("باماكو", "Bamako", "Bamiyan"),
        ("الصوابر", "Sawaber", "Sapporo"),
    ])
    func closerNameScoresHigher(arabic: String, better: String, worse: String) {
        #expect(ArabicRomanizer.similarity(arabic: arabic, latin: better) > ArabicRomanizer.similarity(arabic: arabic, latin: worse))
    }

    @Test func commonWordsResembleNoSkeletonTwin() {
        #expect(ArabicRomanizer.similarity(arabic: "حالة حرجة", latin: "Largo") < 0.45)
        #expect(ArabicRomanizer.similarity(arabic: "فرياب", latin: "Faryab") > 0.9)
    }
}
