import EventModel
@testable import EventStore
import Testing

struct SourceKeyTests {
    @Test func sameStatementSameKey() {
        let a = Fixtures.claim(12, source: "مصدرٌ أمنيّ", kind: .security, via: "AFP")
        let b = Fixtures.claim(12, source: "مصدر  امني", kind: .security, via: "afp")
        #expect(SourceKey.key(for: a) == SourceKey.key(for: b), "harakat, alef form, spacing and via case do not matter")
    }

    @Test(arguments: [
        Fixtures.claim(13, source: "مصدر أمني", kind: .security, via: "AFP"),
        Fixtures.claim(12, source: "مصدر طبي", kind: .medical, via: "AFP"),
        Fixtures.claim(12, source: "مصدر أمني", kind: .security, via: "Reuters"),
        Fixtures.claim(12, .injured, source: "مصدر أمني", kind: .security, via: "AFP"),
    ])
    func differentStatementDifferentKey(_ other: CasualtyClaim) {
        let base = Fixtures.claim(12, source: "مصدر أمني", kind: .security, via: "AFP")
        #expect(SourceKey.key(for: base) != SourceKey.key(for: other))
    }

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256(_ input: String, _ expected: String) {
        #expect(SHA256.hex(Array(input.utf8)) == expected)
    }

    @Test func contentHashIgnoresSurroundingSpace() {
        #expect(ContentHash.of(text: "  قتل خمسة\n") == ContentHash.of(text: "قتل خمسة"))
        #expect(ContentHash.of(text: "قتل خمسة") != ContentHash.of(text: "قتل ستة"))
    }
}
