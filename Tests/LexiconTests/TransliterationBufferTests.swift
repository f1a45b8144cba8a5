import ArabicText
import EventModel
@testable import Lexicon
import Testing

/// The buffer paths the place resolver takes (skeleton keys, romanisation letters, similarity against the gazetteer's
/// name letters) agree with the string and array paths they replace.
@Suite struct TransliterationBufferTests {
    /// Names in matching form, one or two words, with the cases the skeleton and romanisation treat apart: an article,
    /// تش, glides, a final heh, a two-letter consonant.
    static let names = [
        "باماكو", "تمبكتو", "الشحر", "سوروتش", "جرابولي", "الزوايده",
        "خب الشعف", "بولي علم", "ميدي", "الصوابر", "ذمار", "وادي الغايه",
    ]

    /// The document scalars of `name` and a token per word (a token's key is its word's).
    static func tokens(of name: String) -> (scalars: [Unicode.Scalar], tokens: [Token]) {
        let scalars = Array(name.unicodeScalars)
        var tokens: [Token] = []
        var start = 0
        for k in 0...scalars.count where k == scalars.count || scalars[k] == " " {
            if k > start {
                tokens.append(Token(
                    kind: .word, range: start..<k, span: TextSpan(start: start, end: k), first: scalars[start],
                    key: WordKey(scalars: scalars[start..<k])))
            }
            start = k + 1
        }
        return (scalars, tokens)
    }

    @Test func letterClassesAreTheTwoSwitches() {
        for v in UInt32(0x0600)...UInt32(0x0700) {
            let expected: UInt8 = TransliterationKey.isPlainLetter(v) ? (TransliterationKey.arabicClass(v) ?? 0) : 0xFF
            #expect(TransliterationKey.plainLetterClass(v) == expected, "U+\(String(v, radix: 16))")
        }
    }

    @Test(arguments: names)
    func skeletonKeyFromBuffersIsTheSkeletonsKey(name: String) throws {
        let (scalars, tokens) = Self.tokens(of: name)
        let key = try #require(scalars.withUnsafeBufferPointer { all in
            tokens.withUnsafeBufferPointer { t in
                TransliterationKey.arabicKey(scalars: all, first: t[0].range, rest: UnsafeBufferPointer(rebasing: t[1...]))
            }
        })
        let skeleton = TransliterationKey.arabic(name)
        #expect(key.key == WordKey(skeleton))
        #expect(key.count == skeleton.utf8.count)
    }

    @Test(arguments: names)
    func comparisonLettersFromBuffersAreTheArrays(name: String) throws {
        let (scalars, tokens) = Self.tokens(of: name)
        let words = tokens.map { scalars[$0.range] }
        let romanized = try #require(ArabicRomanizer.romanized(normalizedWords: words))
        #expect(String(decoding: romanized, as: UTF8.self) == ArabicRomanizer.romanize(name))
        var letters: [UInt8] = []
        scalars.withUnsafeBufferPointer { all in
            tokens.withUnsafeBufferPointer { t in
                ArabicRomanizer.withComparisonLetters(scalars: all, first: t[0].range, rest: UnsafeBufferPointer(rebasing: t[1...])) {
                    letters = Array($0)
                }
            }
        }
        #expect(letters == ArabicRomanizer.comparisonLetters(ofRomanized: romanized))
    }

    @Test func skeletonKeyRejectsWhatMatchingWouldFold() {
        let (scalars, tokens) = Self.tokens(of: "صعدة")
        let key = scalars.withUnsafeBufferPointer { all in
            TransliterationKey.arabicKey(scalars: all, first: tokens[0].range, rest: UnsafeBufferPointer(start: nil, count: 0))
        }
        #expect(key == nil)
    }

    @Test func placesResemblingAreTheSimilaritiesOfTheirNames() {
        let g = bundledGazetteer
        for name in ["باماكو", "كوتيالا", "حالة حرجة", "الصوابر", "قندهار"] {
            let skeleton = TransliterationKey.arabic(name)
            let candidates = g.placeIndexes(forSkeleton: skeleton)
            let letters = ArabicRomanizer.comparisonLetters(ofRomanized: Array(ArabicRomanizer.romanize(name).utf8))
            for minimum in [0.0, 0.45, 0.8] {
                var scored: [(index: Int, similarity: Double)] = []
                letters.withUnsafeBufferPointer { g.appendPlaces(resembling: $0, among: candidates, minimum: minimum, to: &scored) }
                let expected = candidates.compactMap { c -> (Int, Double)? in
                    let s = ArabicRomanizer.similarity(letters: letters, latin: g.places[c].name, minimum: minimum)
                    return s >= minimum ? (c, s) : nil
                }
                #expect(scored.map(\.index) == expected.map(\.0), "\(name) \(minimum)")
                #expect(scored.map(\.similarity) == expected.map(\.1), "\(name) \(minimum)")
            }
        }
    }

    @Test func locationNamesByKeyAreTheNormalisedNames() {
        let g = bundledGazetteer
        for key in ["صعده", "ادلب", "دير الزور", "بنغازي"] {
            for index in g.placeIndexes(forKey: key) {
                #expect(g.arabicName(ofPlace: index, withKey: key) == g.places[index].arabicNames.first { PlaceKey.normalise($0) == key })
            }
        }
    }
}
