@testable import EventExtraction
import Lexicon
import Testing

/// The document's place stems and flags (`PlaceResolver.words(of:)`, one pass with the role bits) against each word's
/// stems made one by one (`stems(of:in:)`) and its flags from the gazetteer's word roles.
@Suite struct PlaceWordsTests {
    @Test(arguments: [
        "قتل ثلاثة أشخاص في باماكو مساء أمس.",
        "سقطت قذيفة بمدينة حلب وبالقرب من مخيم اليرموك، وفي العاصمة السورية.",
        "وصل الوفد إلى كابول وفرنسا والسودان قرب الحدود مع بلدة كبيرة.",
        "فالمدينة وكالقرية وسيزور الرئيس #دير_الزور - 12 قتيلا",
    ])
    func onePassAgreesWithEachWord(text: String) {
        let resolver = placeFixture.resolver
        let analyzed = placeFixture.analyzer.analyze(text)
        let words = resolver.words(of: analyzed)
        for t in analyzed.tokens.indices {
            guard analyzed.tokens[t].kind == .word else {
                #expect(words.of(t).isEmpty)
                #expect(words.flags[t] == 0)
                continue
            }
            let stems = resolver.stems(of: t, in: analyzed)
            #expect(words.of(t).map(\.range) == stems.map(\.range))
            #expect(words.of(t).map(\.key) == stems.map(\.key))
            var stopword = false, nameStart = false, unlisted = false
            var cue: PlaceCue?
            for stem in stems {
                guard let roles = resolver.gazetteer.roles(ofWord: stem.key) else { continue }
                stopword = stopword || roles.isStopword
                nameStart = nameStart || roles.longestName > 0
                unlisted = unlisted || roles.unlistedCue != nil
                if cue == nil { cue = roles.cue }
            }
            #expect(words.isStopword(t) == stopword)
            #expect(words.startsName(t) == nameStart)
            #expect(words.hasUnlistedCue(t) == unlisted)
            #expect(words.cue(t) == cue)
        }
    }
}
