import Testing

@testable import Lexicon

struct PhraseTableTests {
    static func words(_ text: String) -> [String] {
        text.split(separator: " ").map { MatchKey.fold(String($0)) }
    }

    static let table: PhraseTable<String> = {
        var t = PhraseTable<String>()
        t.add("الحوثيين", "houthis")
        t.add("قوات الدعم السريع", "rsf")
        t.add("الدعم", "support")
        t.add("اشتباك*", "clash")
        t.add("طائرة مسيرة", "drone")
        t.add("مسيرة", "march")
        return t
    }()

    @Test("phrases match with proclitics on their first word, longest first", arguments: [
        ("قصفت مواقع للحوثيين", 2, "houthis"),
        ("هاجمت والحوثيين", 1, "houthis"),
        ("وقوات الدعم السريع", 0, "rsf"),
        ("بالاشتباكات العنيفة", 0, "clash"),
        ("واشتباك", 0, "clash"),
        ("طائرة مسيرة", 0, "drone"),
        ("مسيرة سلمية", 0, "march"),
    ])
    func match(_ text: String, _ at: Int, _ expected: String) {
        #expect(Self.table.longestMatch(in: Self.words(text), at: at)?.value == expected)
    }

    @Test("words inside a phrase must match exactly")
    func inner() {
        #expect(Self.table.longestMatch(in: Self.words("قوات الدعم الجوي"), at: 0) == nil)
        #expect(Self.table.longestMatch(in: Self.words("قوات والدعم السريع"), at: 1)?.value == "support")
    }
}
