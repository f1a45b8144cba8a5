import ArabicText
import EventExtraction
import Lexicon
import Testing

/// Resolver over the bundled gazetteer and clitic lexicon, built once.
let placeFixture: (resolver: PlaceResolver, analyzer: TextAnalyzer) = {
    do {
        let lexicon = try TextLexicon.load()
        let resolver = PlaceResolver(gazetteer: try Gazetteer.load(from: .bundled))
        return (resolver, TextAnalyzer(numbers: lexicon.numbers, clitics: lexicon.clitics))
    } catch {
        fatalError("lexicon does not load: \(error)")
    }
}()

/// One hand-written passage and the place the resolver should choose.
struct PlaceCase: CustomTestStringConvertible, Sendable {
    var form: String
    var text: String
    var country: String
    var location: String?
    var precision: Int?
    var testDescription: String { form }
}

@Suite struct PlaceResolverTests {
    static let cases: [PlaceCase] = [
        PlaceCase(form: "exact name after في", text: "قتل ثلاثة أشخاص في باماكو مساء أمس.", country: "ML", location: "Bamako", precision: 1),
        PlaceCase(form: "clitic ب + town noun", text: "سقطت قذيفة بمدينة حلب صباح اليوم.", country: "SY", location: "Aleppo", precision: 1),
        PlaceCase(form: "clitic ل + governorate", text: "وصلت تعزيزات عسكرية لمحافظة إدلب.", country: "SY", location: "Idlib", precision: 3),
        PlaceCase(form: "multiword name", text: "انفجرت سيارة مفخخة في دير الزور.", country: "SY", location: "Deir ez-Zor", precision: 1),
        PlaceCase(form: "multiword name with clitic و", text: "وقصفت المدفعية مواقع وفي خان يونس سقط جرحى.", country: "PS",
                  location: "Khan Yunis", precision: 1),
        PlaceCase(form: "multiword name with clitic ب", text: "عقد الاجتماع بشرم الشيخ أمس.", country: "EG",
                  location: "Sharm el-Sheikh", precision: 1),
        PlaceCase(form: "near X", text: "قتل جنديان في هجوم قرب تمبكتو.", country: "ML", location: "Timbuktu", precision: 2),
        PlaceCase(form: "direction of X", text: "شنت الطائرات غارات شمال مدينة الموصل.", country: "IQ", location: "Mosul", precision: 2),
        PlaceCase(form: "region only", text: "شنت الطائرات غارات على مواقع في محافظة حجة اليمنية.", country: "YE", location: "Hajjah",
                  precision: 3),
        PlaceCase(form: "transliteration of a Latin-only town", text: "هاجم مسلحون مدينة كوتيالا في جنوب مالي.", country: "ML",
                  location: "Koutiala", precision: 1),
        PlaceCase(form: "homonym by country name", text: "اندلعت اشتباكات في طرابلس الليبية ليلة أمس.", country: "LY",
                  location: "Tripoli", precision: 1),
        PlaceCase(form: "homonym by other country", text: "انفجرت عبوة في طرابلس شمالي لبنان.", country: "LB", location: "Tripoli",
                  precision: 1),
        PlaceCase(form: "country adjective only", text: "قالت الحكومة اليمنية إن الهجوم أسفر عن سقوط قتلى.", country: "YE",
                  location: nil, precision: nil),
        PlaceCase(form: "dateline is not the scene", text: "القاهرة - قتل خمسة جنود في هجوم بمدينة العريش.", country: "EG",
                  location: "Arish", precision: 1),
        PlaceCase(form: "capital by adjective", text: "وقع انفجار قوي في العاصمة الأفغانية صباح اليوم.", country: "AF",
                  location: "Kabul", precision: 1),
        PlaceCase(form: "border country is a neighbour", text: "قتل جندي في بلدة أقجة قلعة قرب الحدود مع سوريا في تركيا.",
                  country: "TR", location: nil, precision: nil),
        PlaceCase(form: "near with بالقرب من", text: "انفجرت سيارة مفخخة بالقرب من مقديشو أمس.", country: "SO",
                  location: "Mogadishu", precision: 2),
        PlaceCase(form: "near with على مقربة من", text: "سقطت قذائف على مقربة من مدينة كركوك.", country: "IQ",
                  location: "Kirkuk", precision: 2),
        PlaceCase(form: "homonym by population", text: "دوت انفجارات في طرابلس مساء الأحد.", country: "LY",
                  location: "Tripoli", precision: 1),
        PlaceCase(form: "state noun + region", text: "هاجم مسلحون قرى في ولاية بورنو.", country: "NG", location: "Borno",
                  precision: 3),
        PlaceCase(form: "transliteration after في only", text: "وقع الهجوم في كوتيالا بمالي فجر اليوم.", country: "ML",
                  location: "Koutiala", precision: 1),
        PlaceCase(form: "district noun + small town", text: "قصفت المدفعية مواقع في مديرية ميدي الساحلية.", country: "YE",
                  location: "Midi", precision: 1),
        PlaceCase(form: "province noun + region", text: "قتل شرطيان في إقليم هلمند جنوب البلاد.", country: "AF", location: "Helmand",
                  precision: 3),
        PlaceCase(form: "village noun with و clitic", text: "وهاجم مسلحون قرية ديورا وأحرقوا منازل.", country: "ML",
                  location: "Dioura", precision: 1),
        PlaceCase(form: "Palestinian area", text: "قتل ثلاثة فلسطينيين في قصف إسرائيلي على قطاع غزة.", country: "PS",
                  location: "Gaza Strip", precision: 3),
        PlaceCase(form: "town near which it happened refines the region", text: "اندلعت مواجهات على حدود قطاع غزة مساء الجمعة. "
                  + "وأطلق الجنود الغاز المسيل للدموع. وقال مسعفون إن شابا قتل شرق خان يونس.", country: "PS",
                  location: "Khan Yunis", precision: 2),
        PlaceCase(form: "cued small town refines the city beside it", text: "سقطت قذيفة في غزة صباح اليوم. وقالت مصادر في غزة إن "
                  + "القذيفة أطلقت من البحر. وهرعت سيارات الإسعاف إلى المكان. وأصابت القذيفة منزلا في بلدة جباليا.", country: "PS",
                  location: "Jabalya", precision: 1),
        PlaceCase(form: "byline dateline ends with a colon", text: "علي حسن - الموصل: قتل ثلاثة جنود في هجوم بمدينة العريش.",
                  country: "EG", location: "Arish", precision: 1),
        PlaceCase(form: "capital with a short skeleton", text: "وقع انفجار في العاصمة المصرية صباح اليوم.", country: "EG",
                  location: "Cairo", precision: 1),
        PlaceCase(form: "village the gazetteer lacks, placed at the town named after it",
                  text: "قتل مدنيان في قصف على قرية الحمراوين شمال مدينة حلب.", country: "SY", location: "Al-Hamrawin", precision: 2),
        PlaceCase(form: "district the gazetteer lacks, placed at the region named before it",
                  text: "شنت مقاتلات غارات على محافظة حجة اليمنية. واستهدفت الغارات مواقع في مديرية الشهاري.", country: "YE",
                  location: "Al-Shahari", precision: 2),
        PlaceCase(form: "common word after an area noun is no place",
                  text: "انفجرت سيارة مفخخة في بغداد. وطوقت الشرطة منطقة الحادث في وقت لاحق.", country: "IQ", location: "Baghdad",
                  precision: 1),
        PlaceCase(form: "definite settlement noun takes no name", text: "وصلت القوات العراقية إلى البلدة التي شهدت المعارك قرب الموصل.",
                  country: "IQ", location: "Mosul", precision: 2),
        PlaceCase(form: "preposition on the article is no name", text: "قتل جندي في هجوم على مخيم للنازحين قرب إدلب.", country: "SY",
                  location: "Idlib", precision: 2),
        PlaceCase(form: "homonym in a far country is an unlisted place here",
                  text: "قتل ثلاثة عراقيين في هجوم على قرية كابل جنوب كركوك.", country: "IQ", location: "Kabul", precision: 2),
        PlaceCase(form: "common words after في are no transliterated town", text: "نقل عشرون جريحا في حالة حرجة إلى مستشفيات ولاية نيوجيرسي.",
                  country: "US", location: "New Jersey", precision: 3),
        PlaceCase(form: "battle front named after its place", text: "تواصلت المعارك العنيفة في جبهة الصفراء بمديرية كتاف في محافظة صعدة.",
                  country: "YE", location: "Al-Safra", precision: 2),
        PlaceCase(form: "district of two words, the first of two letters",
                  text: "سيطرت القوات اليمنية على مواقع في مديرية خب الشعف شمال محافظة الجوف.", country: "YE", location: "Khab Al-Shaf",
                  precision: 2),
        PlaceCase(form: "a definite adjective is no part of the name",
                  text: "سيطرت القوات اليمنية على جبل الكدرين الاستراتيجي شمال محافظة الجوف.", country: "YE", location: "Al-Kadrin",
                  precision: 2),
        PlaceCase(form: "a front that is a group's name is no place", text: "هاجم مقاتلو جبهة النصرة مواقع في مدينة حلب.",
                  country: "SY", location: "Aleppo", precision: 1),
        PlaceCase(form: "bracket in a sentence is no dateline", text: "قتل خمسة أشخاص في كركوك (شمال) أمس.", country: "IQ",
                  location: "Kirkuk", precision: 1),
        PlaceCase(form: "the rifle is no Venice", text: "أطلق مسلح النار من البندقية على المصلين داخل مسجد في العراق.",
                  country: "IQ", location: nil, precision: nil),
        PlaceCase(form: "an adjective after a settlement noun is no name", text: "قتل ثلاثة مدنيين في قصف على قرية صغيرة في سوريا.",
                  country: "SY", location: nil, precision: nil),
        PlaceCase(form: "a verb after a settlement noun is no name",
                  text: "قتل ثلاثة مدنيين في قصف على قرية تقع جنوب مدينة حلب.", country: "SY", location: "Aleppo", precision: 2),
        PlaceCase(form: "a directorate's office is no district", text: "قالت مديرية الصحة في مدينة درعا إن القصف قتل خمسة مدنيين.",
                  country: "SY", location: "Dara", precision: 1),
        PlaceCase(form: "the continent is no town", text: "خطف رجل أعمال في القارة الأفريقية قرب فندق في مدينة نيروبي.",
                  country: "KE", location: "Nairobi", precision: 1),
        PlaceCase(form: "the Kurdish is no town", text: "اشتبكت القوات الكردية مع مسلحين في سوريا.", country: "SY",
                  location: nil, precision: nil),
    ]

    @Test(arguments: cases)
    func choosesCountryAndLocation(_ c: PlaceCase) throws {
        let result = placeFixture.resolver.resolve(placeFixture.analyzer.analyze(c.text))
        #expect(result.country == c.country)
        if let name = c.location {
            let location = try #require(result.location)
            #expect(location.name == name)
            #expect(location.precision == c.precision)
            #expect(location.country == c.country)
            let span = try #require(location.span)
            #expect(span.start >= 0 && span.end <= c.text.unicodeScalars.count && !span.isEmpty)
        } else if c.form != "border country is a neighbour" {
            #expect(result.location == nil)
        }
    }

    @Test func locationCarriesArabicNameAdmin1AndCoordinates() throws {
        let text = "قتل عشرة مسلحين في منطقة هجين بمحافظة دير الزور شرق سوريا."
        let location = try #require(placeFixture.resolver.resolve(placeFixture.analyzer.analyze(text)).location)
        #expect(location.nameArabic == "هجين")
        #expect(location.admin1 == "Deir ez-Zor")
        #expect(abs(location.latitude - 34.7) < 0.5 && abs(location.longitude - 40.8) < 0.5)
    }

    @Test func mentionsKeepOriginalSpansWithClitics() throws {
        let text = "وصل الوفد إلى بغداد ثم توجه لمدينة البصرة."
        let result = placeFixture.resolver.resolve(placeFixture.analyzer.analyze(text))
        let quoted = result.mentions.map { placeFixture.analyzer.analyze(text).quote($0.span) }
        #expect(quoted.contains("بغداد"))
        #expect(quoted.contains("البصرة"))
    }

    @Test(arguments: [
        "دبي، الإمارات (CNN)-- قالت مصادر طبية إن خمسة أشخاص قتلوا في انفجار.",
        "عمان، الأردن (رويترز) - قالت مصادر طبية إن خمسة أشخاص قتلوا في انفجار.",
        "محمد علي - صحيفة الأنباء - الخرطوم: قالت مصادر طبية إن خمسة أشخاص قتلوا في انفجار.",
    ])
    func datelineNamesNeitherCountryNorPlace(text: String) {
        let result = placeFixture.resolver.resolve(placeFixture.analyzer.analyze(text))
        #expect(result.country == nil)
        #expect(result.location == nil)
        #expect(!result.mentions.isEmpty && result.mentions.allSatisfy(\.isDateline))
    }

    @Test func unlistedPlaceTakesItsReferenceCoordinatesAndLeavesANote() throws {
        let text = "قتل مدنيان في قصف على قرية الحمراوين شمال مدينة حلب."
        let result = placeFixture.resolver.resolve(placeFixture.analyzer.analyze(text))
        let location = try #require(result.location)
        let aleppo = try #require(placeFixture.resolver.gazetteer.places(forKey: "حلب").first { $0.country == "SY" })
        #expect(location.latitude == aleppo.latitude && location.longitude == aleppo.longitude)
        #expect(location.nameArabic == "الحمراوين")
        #expect(result.diagnostics.contains { $0.message.contains("not in the gazetteer") })
    }

    @Test func namesakeInsideTheRegionNamedWins() throws {
        let text = "قالت الشرطة إن مسلحين أطلقوا النار في مهرجان بولاية نيوجيرسي. ووقع الهجوم في منطقة ترينتون مساء الأحد."
        let location = try #require(placeFixture.resolver.resolve(placeFixture.analyzer.analyze(text)).location)
        #expect(location.name == "Trenton")
        #expect(abs(location.latitude - 40.2) < 0.3 && abs(location.longitude + 74.7) < 0.3)
        #expect(location.nameArabic == "ترينتون")
    }

    @Test func placeInANeighbourIsNoHomonym() {
        let text = "قتل مقاتلون في الرقة السورية. وقصف التنظيم بلدة مخمور."
        let result = placeFixture.resolver.resolve(placeFixture.analyzer.analyze(text))
        #expect(result.unlisted.isEmpty)
    }

    @Test func commonWordsDoNotBecomePlaces() {
        let text = "أعلن التحالف يوم الجمعة أن الحكومة ستصدر بيانا."
        let result = placeFixture.resolver.resolve(placeFixture.analyzer.analyze(text))
        #expect(result.location == nil)
    }
}

@Suite struct EventLocationTests {
    @Test func eachEventTakesThePlaceOfItsSentence() throws {
        let text = "قتل جندي في هجوم بمدينة حلب. وفي وقت لاحق انفجرت عبوة في بلدة منبج. وقالت الحكومة السورية إنها ستحقق. "
            + "وأضافت أن التحقيق سيبدأ غدا."
        let analyzed = placeFixture.analyzer.analyze(text)
        let resolution = placeFixture.resolver.resolve(analyzed)
        func anchor(_ word: String) throws -> Range<Int> {
            let i = try #require(analyzed.tokens.firstIndex { analyzed.normalized.text(of: $0) == ArabicNormalizer.normalizedString(word) })
            return i..<(i + 1)
        }
        #expect(placeFixture.resolver.location(forEventAt: try anchor("هجوم"), in: resolution, text: analyzed)?.name == "Aleppo")
        #expect(placeFixture.resolver.location(forEventAt: try anchor("انفجرت"), in: resolution, text: analyzed)?.name == "Manbij")
        // A sentence with no place, after another with none, falls back to the document's location.
        let fallback = placeFixture.resolver.location(forEventAt: try anchor("سيبدأ"), in: resolution, text: analyzed)
        #expect(fallback == resolution.location)
    }

    @Test func sentenceWithoutAPlaceGoesOnFromTheOneBefore() throws {
        let text = "قصفت الطائرات مدينة حلب صباح اليوم. واندلعت اشتباكات عنيفة في بلدة منبج. وقتل فيها ثلاثة مقاتلين."
        let analyzed = placeFixture.analyzer.analyze(text)
        let resolution = placeFixture.resolver.resolve(analyzed)
        let i = try #require(analyzed.tokens.firstIndex { analyzed.normalized.text(of: $0) == ArabicNormalizer.normalizedString("وقتل") })
        #expect(placeFixture.resolver.location(forEventAt: i..<(i + 1), in: resolution, text: analyzed)?.name == "Manbij")
    }

    @Test func eventNamedByRegionTakesTheTownInsideItNamedNext() throws {
        let text = "شنت طائرات حربية غارات على محافظة إدلب. وأصابت الغارات سوقا في مدينة سراقب. وقالت مصادر محلية إن الطائرات عادت مساء."
        let analyzed = placeFixture.analyzer.analyze(text)
        let resolution = placeFixture.resolver.resolve(analyzed)
        let i = try #require(analyzed.tokens.firstIndex { analyzed.normalized.text(of: $0) == "شنت" })
        #expect(placeFixture.resolver.location(forEventAt: i..<(i + 1), in: resolution, text: analyzed)?.name == "Saraqib")
    }
}

@Suite struct CountryEvidenceTests {
    @Test func weakFormAloneNamesNoCountry() {
        let result = placeFixture.resolver.resolve(placeFixture.analyzer.analyze("قالت وزارة المالية إن العجز تراجع هذا العام."))
        #expect(result.country == nil)
    }

    @Test func weakFormCountsWithOtherEvidence() {
        let text = "أعلنت الحكومة المالية مقتل جنود في هجوم بمنطقة موبتي."
        let result = placeFixture.resolver.resolve(placeFixture.analyzer.analyze(text))
        #expect(result.country == "ML")
        #expect((result.countryScores["ML"] ?? 0) > 0)
    }

    @Test(arguments: [
        ("أدانت الحكومة الصومالية الهجوم.", "SO"), ("قال مسؤولون عراقيون إن التحقيق جار.", "IQ"),
        ("نفت السلطات السورية الاتهامات.", "SY"), ("أكدت مصادر يمنية الخبر.", "YE"), ("وصل وفد من الأفغان.", "AF"),
    ])
    func adjectivesNameTheirCountry(text: String, country: String) {
        #expect(placeFixture.resolver.resolve(placeFixture.analyzer.analyze(text)).country == country)
    }
}
