import Foundation
import ArabicText
import Lexicon
import Testing

/// The bundled gazetteer, loaded once for all tests.
let bundledGazetteer: Gazetteer = {
    do { return try Gazetteer.load(from: .bundled) } catch { fatalError("gazetteer does not load: \(error)") }
}()

@Suite struct PlaceKeyTests {
    @Test(arguments: [
        ("إِدْلِب", "ادلب"),
        ("دير   الزور", "دير الزور"),
        ("بوني-دوينتزا", "بوني دوينتزا"),
        ("السّودان", "السودان"),
        ("صعدة", "صعده"),
        ("بنغازى", "بنغازي"),
        ("تیمبوکتو", "تيمبوكتو"),
    ])
    func normalisesLikeTheTextLayer(written: String, key: String) {
        #expect(PlaceKey.normalise(written) == key)
    }
}

@Suite struct TransliterationKeyTests {
    @Test(arguments: [
        ("باماكو", "Bamako", "bmk"),
        ("تمبكتو", "Timbuktu", "tmbkt"),
        ("موبتي", "Mopti", "mbt"),
        ("دوينتزا", "Douentza", "dntz"),
        ("سيغو", "Ségou", "sg"),
        ("كوتيالا", "Koutiala", "ktl"),
        ("واغادوغو", "Ouagadougou", "gdg"),
        ("الشحر", "Ash Shihr", "xr"),
        ("قندهار", "Kandahār", "kndr"),
    ])
    func arabicAndLatinShareASkeleton(arabic: String, latin: String, skeleton: String) {
        #expect(TransliterationKey.arabic(arabic) == skeleton)
        #expect(TransliterationKey.latin(latin) == skeleton)
    }

    @Test func differentNamesHaveDifferentSkeletons() {
        #expect(TransliterationKey.arabic("حلب") != TransliterationKey.latin("Bamako"))
        #expect(TransliterationKey.arabic("موبتي") != TransliterationKey.latin("Timbuktu"))
    }
}

@Suite struct GazetteerLookupTests {
    let g = bundledGazetteer

    @Test func multiwordNameResolvesToItsPlace() throws {
        let places = g.places(forKey: PlaceKey.normalise("دير الزور"))
        let first = try #require(places.first)
        #expect(first.country == "SY")
        #expect(first.level == .town)
    }

    @Test func regionNamesSitBesideTownsOfTheSameName() {
        let levels = Set(g.places(forKey: PlaceKey.normalise("إدلب")).filter { $0.country == "SY" }.map(\.level))
        #expect(levels == [.town, .region])
    }

    @Test func townsGetTheirFirstLevelRegionThroughTheSeat() throws {
        let hajin = try #require(g.places(forKey: PlaceKey.normalise("هجين")).first { $0.country == "SY" })
        #expect(hajin.admin1 == "Deir ez-Zor")
    }

    @Test(arguments: [
        ("سوري", "SY", CountryForm.Kind.adjective), ("سوريه", "SY", .adjective), ("سوريين", "SY", .adjective),
        ("عراقيه", "IQ", .adjective), ("يمنيون", "YE", .adjective), ("العراق", "IQ", .name), ("اليمن", "YE", .name),
        ("الجمهورية العربية السورية", "SY", .name), ("افغان", "AF", .adjective),
    ])
    func countryFormsIncludeDerivedAdjectives(form: String, country: String, kind: CountryForm.Kind) {
        let forms = g.countryForms(forKey: PlaceKey.normalise(form))
        #expect(forms.contains { $0.country == country && $0.kind == kind })
    }

    @Test func ambiguousCountryWordsAreWeak() {
        let forms = g.countryForms(forKey: PlaceKey.normalise("ماليه"))
        #expect(!forms.isEmpty && forms.allSatisfy { $0.country == "ML" && $0.isWeak })
    }

    @Test func capitalsComeFromCountryInfo() {
        #expect(g.capital(of: "AF")?.name == "Kabul")
        #expect(g.capital(of: "ML")?.name == "Bamako")
    }

    @Test func transliterationIndexFindsLatinOnlyPlaces() {
        let hits = g.placeIndexes(forSkeleton: TransliterationKey.arabic("كوتيالا")).map { g.places[$0] }
        #expect(hits.contains { $0.name == "Koutiala" && $0.country == "ML" })
    }

    @Test func commonWordsAreNotPlaces() {
        #expect(g.places(forKey: PlaceKey.normalise("الجمعة")).isEmpty)
        #expect(g.isStopword(PlaceKey.normalise("التحالف")))
    }

    @Test func malformedDataIsAClearError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rasid-gaz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("gazetteer"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "ML\tMLI\tMali\tBamako\t1\tمالي\n".write(to: dir.appendingPathComponent("gazetteer/countries.tsv"), atomically: true, encoding: .utf8)
        try "1\tBamako\tML\t01\tnorth\t-7.9\t100\tباماكو\n".write(
            to: dir.appendingPathComponent("gazetteer/places.tsv"), atomically: true, encoding: .utf8)
        #expect(throws: LexiconError.self) { try Gazetteer.load(from: LexiconSource(directory: dir)) }
    }
}

@Suite struct UnlistedCueTests {
    @Test(arguments: [("بلدة", UnlistedNameCue.unlisted), ("مديرية", .unlisted), ("منطقة", .located), ("حي", .located)])
    func settlementAndAreaNounsMayIntroduceUnlistedNames(word: String, condition: UnlistedNameCue) {
        #expect(bundledGazetteer.unlistedCue(forKey: PlaceKey.normalise(word)) == condition)
    }

    @Test func otherCuesDoNot() {
        #expect(bundledGazetteer.unlistedCue(forKey: "قرب") == nil)
        #expect(bundledGazetteer.unlistedCue(forKey: "محافظة") == nil)
    }

    @Test func capitalIsIndexedEvenWithAShortSkeleton() throws {
        let index = try #require(bundledGazetteer.capitalIndex(of: "EG"))
        #expect(bundledGazetteer.places[index].name == "Cairo")
    }
}

@Suite struct PublishedNameTests {
    @Test func geoNamesNamesArePublishedInPlainASCII() throws {
        let place = try #require(bundledGazetteer.places(forKey: "خان يونس").first)
        #expect(place.name == "Khan Yunis")
        #expect(place.sourceName == "Khān Yūnis")
    }

    @Test func transliterationStillReadsTheSourceSpelling() {
        // Suruç: ç is "ch" (تش), which the ASCII "Suruc" would lose.
        let names = bundledGazetteer.placeIndexes(forSkeleton: TransliterationKey.arabic("سوروتش")).map { bundledGazetteer.places[$0].name }
        #expect(names.contains("Suruc"))
    }

    @Test func exonymsStayAsWritten() throws {
        let place = try #require(bundledGazetteer.places(forKey: PlaceKey.normalise("الحديدة")).first)
        #expect(place.name == "Hodeidah")
    }
}

@Suite struct GazetteerRoleBitsTests {
    /// Every role a word has, read through the packed table, agrees with the roles table: place names, a listed common
    /// word, cues of each kind, and a word with no role.
    @Test(arguments: ["بغداد", "دير", "مدينة", "قرب", "العاصمة", "في", "على", "الحدود", "بلدة", "منطقة", "قال", "xyz"])
    func agreesWithTheRoles(word: String) {
        let key = WordKey(PlaceKey.normalise(word))
        let bits = bundledGazetteer.roleBits.bits(of: key)
        let roles = bundledGazetteer.roles(ofWord: key)
        #expect(bits == roles.map { GazetteerRoleBits.bits(of: $0) } ?? 0)
        #expect(GazetteerRoleBits.cue(in: bits) == roles?.cue)
        #expect((bits & GazetteerRoleBits.nameStart != 0) == ((roles?.longestName ?? 0) > 0))
        #expect((bits & GazetteerRoleBits.stopword != 0) == (roles?.isStopword ?? false))
        #expect((bits & GazetteerRoleBits.unlistedCue != 0) == (roles?.unlistedCue != nil))
    }

    @Test(arguments: [PlaceCue.town, .region, .near, .capital, .skip, .at, .border])
    func cueCodesRoundTrip(cue: PlaceCue) {
        let roles = GazetteerWordRoles(cue: cue)
        #expect(GazetteerRoleBits.cue(in: GazetteerRoleBits.bits(of: roles)) == cue)
    }
}
