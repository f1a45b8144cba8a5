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

    /// `forEachStem` reads the proclitics with a switch on the first two letters: it must read exactly the listed ones.
    @Test("stems read exactly the listed proclitics")
    func listedProclitics() {
        let letters = Array("وفبلكسامت")
        for a in letters {
            for b in letters {
                for rest in ["", "س", "سل", "سلم", "لسلام", "السلام"] {
                    let word = String([a, b]) + rest
                    #expect(MatchKey.stems(of: word) == Self.referenceStems(of: word), "\(word)")
                }
            }
        }
    }

    /// The stems as the list of proclitics defines them (see `MatchKey.forEachStem`), as strings.
    static func referenceStems(of word: String) -> [String] {
        let scalars = Array(word.unicodeScalars)
        func string(_ s: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(s)) }
        func withoutArticle(_ base: ArraySlice<Unicode.Scalar>) -> String? {
            guard base.count >= 4, base.first == "\u{0627}", base.dropFirst().first == "\u{0644}" else { return nil }
            return string(base.dropFirst(2))
        }
        var out = [word]
        let matched = MatchKey.proclitics.map { Array($0.unicodeScalars) }.filter {
            scalars.count >= $0.count + 2 && Array(scalars.prefix($0.count)) == $0
        }.prefix(2)
        var later: [String] = []
        if let w = withoutArticle(scalars[...]) { later.append(w) }
        for p in matched {
            let rest = scalars[p.count...]
            out.append(string(rest))
            let assimilated = p.last == "\u{0644}" && rest.first == "\u{0644}" && rest.count >= 3
            if assimilated { out.append("\u{0627}" + string(rest)) }
            if let w = withoutArticle(rest) { later.append(w) }
            if assimilated { later.append(string(rest.dropFirst())) }
        }
        return out + later
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
