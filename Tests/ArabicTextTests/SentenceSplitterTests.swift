import ArabicText
import EventModel
import Testing

/// Sentence and clause boundaries.
@Suite struct SentenceSplitterTests {
    /// Text and its sentences as original text (first token to last token).
    static let casesTable: [(String, [String])] = [
        ("قتل خمسة. وجرح عشرة.", ["قتل خمسة.", "وجرح عشرة."]),
        ("هل انتهى؟ نعم!", ["هل انتهى؟", "نعم!"]),
        ("هل انتهى؟! لا", ["هل انتهى؟!", "لا"]),
        ("انتظر... ثم عاد", ["انتظر...", "ثم عاد"]),
        ("بلا نقطة في النهاية", ["بلا نقطة في النهاية"]),
        ("", []),
        ("   ", []),
        ("...", ["..."]),
        // Numbers with a decimal point are one token and never split
        ("بلغت النسبة 3.5 في المئة. وارتفعت.", ["بلغت النسبة 3.5 في المئة.", "وارتفعت."]),
        ("بلغت ٣٫٥ مليون. ثم", ["بلغت ٣٫٥ مليون.", "ثم"]),
        ("قتل 1.500 شخص", ["قتل 1.500 شخص"]),
        // One-letter abbreviations
        ("بني عام 300 ق.م في المدينة. ثم هدم.", ["بني عام 300 ق.م في المدينة.", "ثم هدم."]),
        ("وقالت أ.ف.ب إن الهجوم وقع. وأضافت", ["وقالت أ.ف.ب إن الهجوم وقع.", "وأضافت"]),
        ("قال د. أحمد إن الوضع صعب.", ["قال د. أحمد إن الوضع صعب."]),
        ("قالت U.S. forces ذلك.", ["قالت U.S. forces ذلك."]),
        // Quotes: no split inside; a closing quote stays with its sentence
        ("قال \"الوضع صعب. والناس خائفون\" ثم غادر.", ["قال \"الوضع صعب. والناس خائفون\" ثم غادر."]),
        ("قال: «سنعود. لن نتراجع». ثم رحل", ["قال: «سنعود. لن نتراجع».", "ثم رحل"]),
        ("قال: «سنعود.» ثم رحل", ["قال: «سنعود.» ثم رحل"]),
        ("قال “انتهى الأمر.” وغادر. ثم", ["قال “انتهى الأمر.” وغادر.", "ثم"]),
        ("وصف الهجوم بأنه „جبان. ومدان“ أمس. وأدان", ["وصف الهجوم بأنه „جبان. ومدان“ أمس.", "وأدان"]),
        // Line breaks end sentences and close an open quote
        ("السطر الأول\nالسطر الثاني", ["السطر الأول", "السطر الثاني"]),
        ("قال «بلا إغلاق\nسطر جديد. آخر", ["قال «بلا إغلاق", "سطر جديد.", "آخر"]),
        ("أولا.\n\nثانيا.", ["أولا.", "ثانيا."]),
        ("\n\nنص\n", ["نص"]),
        // Arabic punctuation is normalised first
        ("قتل 5، وجرح 10؛ ثم فروا؟ نعم", ["قتل 5، وجرح 10؛ ثم فروا؟", "نعم"]),
        ("الساعة 10.30 مساء. انتهى", ["الساعة 10.30 مساء.", "انتهى"]),
    ]

    @Test(arguments: casesTable)
    func sentences(text: String, expected: [String]) {
        let tokens = Tokenizer.tokenize(ArabicNormalizer.normalize(text))
        let ranges = SentenceSplitter.sentences(tokens)
        let found = ranges.map { r in Fixtures.slice(text, tokens[r.lowerBound].span.union(tokens[r.upperBound - 1].span)) }
        #expect(found == expected)
        // Sentences are in order, do not overlap, and hold no line breaks.
        var previous = 0
        for r in ranges {
            #expect(!r.isEmpty && r.lowerBound >= previous)
            previous = r.upperBound
            #expect(!tokens[r].contains { $0.kind == .lineBreak })
        }
    }

    /// Sentence text and its clauses.
    static let clausesTable: [(String, [String])] = [
        ("قتل 5، وجرح 10؛ ثم فروا: نعم", ["قتل 5", "وجرح 10", "ثم فروا", "نعم"]),
        ("قتل 1,500 شخص", ["قتل 1,500 شخص"]),
        ("، قتل ،", ["قتل"]),
        ("بلا فواصل", ["بلا فواصل"]),
    ]

    @Test(arguments: clausesTable)
    func clauses(text: String, expected: [String]) {
        let tokens = Tokenizer.tokenize(ArabicNormalizer.normalize(text))
        let ranges = SentenceSplitter.clauses(tokens, in: 0..<tokens.count)
        let found = ranges.map { r in Fixtures.slice(text, tokens[r.lowerBound].span.union(tokens[r.upperBound - 1].span)) }
        #expect(found == expected)
    }

    @Test func sentenceIndexOfToken() throws {
        let analyzed = try Fixtures.analyzer().analyze("قتل خمسة. وجرح عشرة.\nانتهى")
        #expect(analyzed.sentences.count == 3)
        #expect(analyzed.sentenceIndex(ofToken: 0) == 0)
        #expect(analyzed.sentenceIndex(ofToken: 3) == 1)
        #expect(analyzed.sentenceIndex(ofToken: analyzed.tokens.count - 1) == 2)
        // The line break belongs to no sentence.
        let lineBreak = try #require(analyzed.tokens.firstIndex { $0.kind == .lineBreak })
        #expect(analyzed.sentenceIndex(ofToken: lineBreak) == nil)
    }
}
