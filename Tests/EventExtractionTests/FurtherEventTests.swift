import Testing

@testable import EventExtraction
import EventModel

/// When a later sentence tells a further event and where it happened: "another attack" across a border, a demonstration
/// told beside the violence it followed, places in officials' titles and places told by their nearness to an event's
/// place, and the lead's trigger told again where the lead placed nothing. Passages written for the project.
@Suite("Further events")
struct FurtherEventTests: ExtractingSuite {
    @Test func anotherAttackAcrossTheBorderIsAnEventWhereItHit() throws {
        let result = try extract(
            """
            قتل 12 شخصا في تفجير انتحاري استهدف سوقا في مدينة نصيبين التركية يوم الاثنين.
            وبعد ساعات من التفجير في نصيبين، استهدف هجوم آخر بسيارة مفخخة حاجزا لقوات الأمن في مدينة القامشلي السورية.
            """)
        #expect(result.events.count == 2)
        #expect(result.events.first?.country == "TR")
        #expect(result.events.dropFirst().first?.country == "SY")
        // The toll of the bombing stays with it.
        #expect(result.events.first?.fatalities.best == 12)
    }

    @Test func aSecondBlastAtTheSamePlaceIsOneAttack() throws {
        let result = try extract(
            """
            قتل 7 أشخاص في انفجار سيارة مفخخة في سوق بمدينة الموصل يوم الأربعاء.
            وبعد دقائق وقع انفجار آخر في السوق نفسه بمدينة الموصل.
            """)
        #expect(result.events.count == 1)
    }

    @Test func theAttackToldAgainOnAnotherDayRefersBackToIt() throws {
        // The lead names the attack by its weapon; a later sentence names "the chemical attack" beside the day a council
        // meets about it: one attack, not a second one on Monday.
        let result = try extract(
            """
            قتل 20 شخصا في هجوم بغاز سام على مدينة دوما السورية يوم السبت.
            ويعقد مجلس الأمن اجتماعا اليوم الاثنين لبحث الهجوم الكيماوي على المدينة.
            """, published: "2018-04-09")
        #expect(result.events.count == 1)
        #expect(result.events.first?.fatalities.best == 20)
    }

    @Test func aProtestToldBesideTheClashesItFollowedIsAnEventOfItsOwn() throws {
        let result = try extract(
            """
            قتل 5 أشخاص في اشتباكات بين مسلحين في مدينة الزاوية غرب ليبيا يوم الثلاثاء.
            وقال شاهد إن عقب الاشتباكات احتج عشرات السكان بإغلاق الطريق الساحلي.
            """)
        #expect(result.events.map(\.type) == [.battles, .protests])
        #expect(result.events.first?.fatalities.best == 5)
    }

    @Test func aPlaceInAnOfficialsTitleIsNoPlaceOfAFurtherEvent() throws {
        let text = """
            قتل 6 مدنيين في هجوم لمسلحين على قرية في قضاء الحويجة يوم الأحد.
            وأكد قائممقام قضاء الشرقاط وقوع الهجوم ومقتل 6 أشخاص.
            """
        #expect(try extract(text).events.count == 1)
        // Residents of that district telling of the attack place it there: the same passage without the title splits.
        let told = text.replacingOccurrences(of: "قائممقام قضاء", with: "سكان في قضاء")
        #expect(try extract(told).events.count == 2)
    }

    @Test func aPlaceToldNearTheEventsPlaceIsInItsArea() throws {
        let text = """
            قتل 4 جنود في هجوم لمسلحين على حاجز عسكري في مدينة تدمر يوم الخميس.
            وقال مصدر عسكري إن مسلحين شنوا هجوما على دورية في بلدة السخنة القريبة من تدمر.
            """
        #expect(try extract(text).events.count == 1)
        let apart = text.replacingOccurrences(of: " القريبة من تدمر", with: "")
        #expect(try extract(apart).events.count == 2)
    }

    @Test func theLeadsTriggerToldAgainPlacesAMainEventTheLeadDidNotPlace() throws {
        let result = try extract(
            """
            قتل 20 مسلحا في غارات جوية للتحالف على جبهات الساحل يوم الأحد.
            وأفاد مصدر محلي أن الغارات تركزت في مدينة زبيد.
            وأضاف المصدر أن الطيران دمر مخازن للأسلحة.
            وذكر سكان أن الوضع هادئ.
            وفي سياق متصل، قتل طفل بقصف على مدينة مأرب.
            """)
        #expect(result.events.count == 2)
        #expect(result.events.first?.location?.name == "Zabid")
        #expect(result.events.first?.fatalities.best == 20)
    }

    @Test func meanwhileTheSameBlastToldAgainIsTheSameIncident() throws {
        let text = """
            قتل 10 من رجال الأمن في تفجير استهدف مسجدا في مدينة أبها يوم الخميس.
            وقال المتحدث الأمني إن التحقيقات جارية.
            وأضاف أن الجهات المختصة تتابع الحادث.
            وفي غضون ذلك قتل 3 جنود في تفجير عبوة ناسفة.
            """
        // "In the meantime, 3 soldiers were killed in a bombing": another incident.
        #expect(try extract(text).events.count == 2)
        // "In the meantime, 3 soldiers were killed in the bombing": the same one.
        let same = text.replacingOccurrences(of: "في تفجير عبوة ناسفة", with: "بالتفجير")
        #expect(try extract(same).events.count == 1)
    }

    @Test func aNegatedTriggerTellsThatNothingHappened() throws {
        let crash = try extract(
            """
            تحطمت طائرة عسكرية قرب قاعدة جوية في محافظة حمص يوم الثلاثاء.
            وقال مسؤول إن الطائرة لم تتعرض لإطلاق نار، وإن عطلا فنيا سبب الحادث.
            """)
        #expect(crash.events.isEmpty)
        // "The attack caused no casualties" negates the result, not the attack.
        let attack = try extract("هاجم مسلحون حاجزا للجيش في مدينة درعا يوم الثلاثاء، ولم يسفر الهجوم عن إصابات.")
        #expect(attack.events.map(\.type) == [.battles])
    }

    @Test func aPlannedAttackIsNoEvent() throws {
        let planned = try extract("أعلنت الشرطة اعتقال خمسة أشخاص يشتبه في تخطيطهم لشن هجوم على سفارة في العاصمة يوم الأحد.")
        #expect(planned.events.map(\.type) == [.strategicDevelopments])
        // A foiled attack was fought off: it happened.
        let foiled = try extract("قتل 6 مسلحين خلال إحباط هجوم على معسكر للجيش في محافظة شمال سيناء يوم السبت.")
        #expect(foiled.events.map(\.type) == [.battles])
        // "No indication of an attack": a suspicion ruled out is no attack either.
        let ruledOut = try extract("اصطدمت سيارة بمقهى في وسط المدينة الجمعة. وقالت الشرطة إنه لا توجد مؤشرات على هجوم.")
        #expect(ruledOut.events.isEmpty)
    }

    @Test func aSentenceAnsweringAnEarlierAttackToldThatAttacksTollAfterItsCue() throws {
        let result = try extract(
            "شن الجيش غارات جوية على مواقع المسلحين في محافظة شمال سيناء يوم السبت ردا على الهجوم الذي استهدف موقعا عسكريا وأسفر عن مقتل 12 جنديا.")
        #expect(result.events.map(\.type) == [.explosionsRemoteViolence])
        // The 12 soldiers died in the earlier attack: background, not the air strikes' toll.
        #expect(result.claims.first?.background == true)
        #expect(result.events.first?.fatalities.best == nil)
    }

    @Test func dualTriggersReportEvents() throws {
        let result = try extract("قتل 20 شخصا على الأقل في غارتين استهدفتا سوقا في مدينة الحديدة يوم الخميس.")
        #expect(result.events.first?.subtype == "air_drone_strike")
    }

    @Test func theWordViewsTokensMapOntoTheTextsAcrossParagraphs() throws {
        let extractor = try StandardExtractor.shared.get()
        let text = extractor.analyze("قتل جندي في هجوم.\n\nوقصفت الطائرات مواقع.\n\n#عاجل وقتل مدني في قصف على بلدة.")
        let words = WordSequence(analyzed: text)
        // Line breaks and hashtag marks leave the word view: its indexes fall behind the text's.
        #expect(words.count < text.tokens.count)
        for i in 0..<words.count {
            let mapped = EventAssembler.textTokens(i..<(i + 1), words: words, text: text)
            #expect(mapped.count == 1)
            #expect(text.tokens[mapped.lowerBound].span == words[i].span)
        }
    }
}
