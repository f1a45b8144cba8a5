import Testing

@testable import EventExtraction
import EventModel

/// How a report's events are told apart and typed: another kind of violence is another event, demonstrations are one
/// family, trigger words inside names and past sentences make no event, and a lone attacker's violence is not a battle.
/// Passages written for the project.
@Suite("Event splitting and typing")
struct EventSplittingTests: ExtractingSuite {
    @Test func airStrikesDuringGroundFightingAreAnEventOfTheirOwn() throws {
        let result = try extract(
            """
            قتل 9 مسلحين في اشتباكات بين الجيش ومسلحين قرب بلدة في محافظة إدلب يوم الأربعاء، بحسب مصدر عسكري.
            وشنت طائرات حربية غارات جوية على مواقع المسلحين في البلدة نفسها.
            """)
        let types = result.events.map(\.type)
        #expect(types.contains(.battles))
        #expect(types.contains(.explosionsRemoteViolence))
        // The toll told with the clash stays with it.
        #expect(result.events.first { $0.type == .battles }?.fatalities.best == 9)
    }

    @Test func theSentenceThatRefinesTheLeadMayTellAnotherKindOfViolence() throws {
        let result = try extract(
            """
            تصدت قوات سوريا الديمقراطية لهجمات يشنها مسلحو التنظيم على مواقعها في ريف دير الزور يوم الأربعاء.
            وأدت المعارك إلى مقتل 37 عنصرا من القوات، كما قتل 58 متشددا في غارات للتحالف بقيادة واشنطن.
            """)
        let types = result.events.map(\.type)
        #expect(types.first == .battles)
        #expect(types.contains(.explosionsRemoteViolence))
        #expect(!result.events.contains { $0.country == "US" })
    }

    @Test func theSameKindOfViolenceToldAgainIsOneEvent() throws {
        let result = try extract(
            """
            قتل 4 أشخاص في انفجار سيارة مفخخة في سوق بمدينة الموصل يوم الأربعاء.
            وأدى التفجير إلى تدمير عدد من المحال التجارية في السوق.
            """)
        #expect(result.events.count == 1)
    }

    @Test func aProtestThatTurnedViolentIsOneEvent() throws {
        let result = try extract(
            """
            أصيب 12 متظاهرا في مواجهات مع قوات الأمن خلال مظاهرة في وسط العاصمة الخرطوم يوم الأربعاء.
            وكانت مسيرة احتجاجية قد انطلقت من الساحة الرئيسية للمدينة ظهرا.
            """)
        #expect(result.events.count == 1)
        #expect(result.events.first?.type == .riots)
    }

    @Test func theLeadsTriggerWordToldAgainRefersBack() throws {
        let result = try extract(
            """
            قتل 16 فلسطينيا في مواجهات مع قوات الاحتلال على حدود قطاع غزة يوم الجمعة.
            وقال الوزير إن المواجهات التي أوقعت قتلى ومئات الجرحى تستدعي تحقيقا.
            """)
        #expect(result.events.count == 1)
        #expect(result.events.first?.type == .riots)
        #expect(result.events.first?.fatalities.best == 16)
    }

    @Test func aSentenceOpenedAsAnotherIncidentIsAFurtherEvent() throws {
        // Both places are unknown to the gazetteer: only the opening words tell the second battle apart.
        let result = try extract(
            """
            قتل 14 مسلحا في معارك مع الجيش في جبل الطوانة يوم الجمعة، بحسب بيان عسكري.
            في سياق متصل، قتل 20 مسلحا في معارك عنيفة بجبهة الحامة.
            """)
        #expect(result.events.count == 2)
        #expect(result.events.map(\.fatalities.best) == [14, 20])
    }

    @Test func theAttackToldAgainOnTheDayOfAStatementIsTheSameAttack() throws {
        let result = try extract(
            """
            قتل 40 شخصا في هجوم على مدينة دوما يوم السبت، بحسب الدفاع المدني.
            والاثنين نفى وزير الخارجية مسؤولية الحكومة عن الهجوم.
            """, published: "2022-04-18")
        #expect(result.events.count == 1)
    }

    @Test func anExchangeOfFireAtAWeddingToldTwiceIsOneEvent() throws {
        let result = try extract(
            """
            قتل 20 شخصا في تبادل لإطلاق النار خلال حفل زفاف في ولاية بلخ يوم الاثنين.
            وقال المتحدث باسم الشرطة إن تبادلاً لإطلاق النار وقع بين مسلحين خلال الحفل.
            """)
        #expect(result.events.count == 1)
    }

    @Test func aFigureOfAnotherIncidentWithoutAnEventStaysOutOfTheToll() throws {
        let result = try extract(
            """
            قتل 7 أشخاص في تفجير انتحاري استهدف مركزا للشرطة في مدينة بولي علم يوم الأربعاء، بحسب مسؤولين.
            من جهة أخرى، قال مسؤول محلي إن 40 شخصا قتلوا في الولاية المجاورة.
            """)
        #expect(result.events.count == 1)
        #expect(result.events.first?.fatalities.best == 7)
        #expect(result.claims.contains { $0.min == 40 })
    }

    @Test func aSentenceDatedLongBeforeTellsThePast() throws {
        let result = try extract(
            """
            قتلت القوات الخاصة ثمانية مسلحين في اشتباكات قرب مدينة نالتشيك يوم الأحد، بحسب بيان رسمي.
            وقالت اللجنة إن أحد القتلى قاد هجوما في مدينة غروزني في ديسمبر 2014.
            """, published: "2015-08-02")
        #expect(result.events.count == 1)
    }

    @Test(arguments: [
        "سقطت مروحية عسكرية بسبب عطل فني في ولاية زابل يوم الأربعاء.",
        "أرسلت طائرات من دون طيار ووحدات كوماندوز إلى مكان الحادث في ولاية شرناق.",
        "شارك مئات الطلاب في مسيرة في وسط المدينة يوم الأربعاء.",
    ])
    func anAircraftOrAMarchWithoutAStrikeIsNoAirStrike(text: String) throws {
        #expect(!(try extract(text)).events.contains { $0.subtype == "air_drone_strike" })
    }

    @Test func aTriggerWordInsideAGroupsNameIsNoEvent() throws {
        let result = try extract(
            """
            قتل 6 جنود في هجوم على حاجز للجيش في ريف إدلب يوم الأربعاء، وفقا لمصدر عسكري.
            واتهم الجيش هيئة تحرير الشام بالوقوف وراء الهجوم.
            """)
        #expect(result.events.count == 1)
        #expect(result.events.first?.type == .battles)
    }

    @Test func aPastAttackToldAsBackgroundAddsNoEvent() throws {
        let result = try extract(
            """
            قتل 3 أشخاص في غارة جوية على بلدة في ريف حلب يوم الأربعاء، بحسب الدفاع المدني.
            وتتعرض البلدة لقذائف الهاون منذ اندلاع الحرب.
            """)
        #expect(result.events.count == 1)
        #expect(result.events.first?.subtype == "air_drone_strike")
    }

    @Test func anotherAttackInTheSameReportIsAnotherEventWithItsToll() throws {
        let result = try extract(
            """
            قتل 5 أشخاص في هجوم مسلح على سيارة مدنية قرب مدينة كركوك يوم الأربعاء، بحسب مصدر في الشرطة.
            وفي هجوم آخر، قتل 4 أشخاص في انفجار عبوة ناسفة في مدينة الموصل.
            """)
        #expect(result.claims.contains { $0.min == 4 && !$0.background })
        let bombing = try #require(result.events.first { $0.type == .explosionsRemoteViolence })
        #expect(bombing.fatalities.best == 4)
    }

    @Test(arguments: [
        "أطلق مسلح النار على دورية للشرطة في وسط المدينة يوم الأربعاء فقتل شرطيين قبل أن يقتله رجال الأمن. "
            + "وقالت الشرطة إن منفذ الهجوم كان معروفا لديها.",
        "قتل شرطيان في هجوم على دورية للشرطة في مدينة لييج البلجيكية يوم الأربعاء. وقال المدعي العام إن المهاجم استولى على سلاحيهما.",
        "قتل 3 أشخاص في إطلاق نار داخل مصرف في المدينة يوم الخميس. واشتبك ضباط الشرطة مع المسلح وتمكنوا من قتل المشتبه به.",
    ])
    func aLoneAttackerIsNoArmedClash(text: String) throws {
        let result = try extract(text)
        let event = try #require(result.events.first)
        #expect(event.type == .violenceAgainstCivilians)
        #expect(event.subtype == "attack")
        #expect(!result.events.contains { $0.type == .battles })
    }

    @Test func gunmenAttackingACheckpointIsAnArmedClash() throws {
        let result = try extract("قتل 3 جنود في هجوم شنه مسلحون على حاجز للجيش في شمال سيناء يوم الأربعاء، بحسب مصادر أمنية.")
        #expect(result.events.first?.type == .battles)
    }
}

/// Where and when a report's events are told: the lead anchors the main event, a further event is dated by its own
/// sentence, and a region-only main event takes the town a later sentence names.
@Suite("Event anchoring")
struct EventAnchoringTests: ExtractingSuite {
    @Test func aFurtherEventWithoutItsOwnDateHappenedWithTheMainOne() throws {
        let result = try extract(
            """
            قتل جندي في هجوم شنه مسلحون على دورية في مدينة الرمادي يوم الخميس، بحسب مصادر أمنية.
            وقتل جندي آخر في هجوم على حاجز في مدينة سامراء.
            وقتل المسلحون 21 جنديا على الأقل منذ 20 مارس.
            """)
        #expect(result.events.count == 2)
        #expect(result.events.allSatisfy { $0.date?.value.description == "2022-04-14" })
    }

    @Test func aLaterSentenceThatRefinesTheTypeKeepsTheLeadsDate() throws {
        let result = try extract(
            """
            قتل شرطيان وأصيب ستة آخرون في تفجير وقع أمس في قرية قرب مدينة كركوك.
            وقالت السلطات إن المتفجرات المستخدمة من نوع ضبطته يوم السبت الماضي.
            """)
        #expect(result.events.count == 1)
        let event = try #require(result.events.first)
        #expect(event.date?.value.description == "2022-04-13")
        #expect(event.fatalities.best == 2)
    }

    @Test func aRegionOnlyMainEventTakesTheTownToldNext() throws {
        let result = try extract(
            """
            قتل ثلاثة جنود في انفجار عبوة ناسفة في شمال سيناء يوم الأربعاء.
            وقال مصدر أمني إن العبوة انفجرت لدى مرور مدرعة في مدينة العريش.
            """)
        #expect(result.events.count == 1)
        #expect(result.events.first?.location?.name.hasSuffix("rīsh") == true || result.events.first?.location?.name == "Arish")
        #expect(result.events.first?.location?.precision == 1)
    }
}

/// Periods and borders: a toll over the last hours is this news, and a further attack may hit a district across the
/// border when the text names it as what was hit.
@Suite("Recent periods and cross-border events")
struct RecentPeriodTests: ExtractingSuite {
    @Test(arguments: ["خلال الـ48 ساعة الماضية", "خلال يومين", "خلال 24 ساعة"])
    func aTollOverTheLastHoursIsNotBackground(period: String) throws {
        let result = try extract("أفاد المرصد بمقتل 40 مسلحا \(period) في غارات جوية على مواقع في ريف حلب.")
        let claim = try #require(result.claims.first { $0.min == 40 })
        #expect(!claim.background)
        #expect(result.events.first?.fatalities.best == 40)
    }

    @Test func aTollOverMonthsIsBackground() throws {
        let result = try extract("قتل 3 أشخاص في غارة جوية على بلدة في ريف حلب أمس. وقتل 900 شخص خلال 10 أشهر في المنطقة.")
        #expect(result.claims.first { $0.min == 900 }?.background == true)
    }

    @Test func aFurtherAttackOnADistrictAcrossTheBorder() throws {
        let result = try extract(
            """
            قتل 12 مسلحا في غارات جوية على مواقع في مدينة الميادين بمحافظة دير الزور في سوريا يوم الأربعاء.
            وفي جانب آخر، قتل 7 جنود بقصف صاروخي على قضاء مخمور.
            """)
        #expect(Set(result.events.compactMap(\.country)) == ["SY", "IQ"])
        #expect(result.events.first { $0.country == "IQ" }?.fatalities.best == 7)
    }

    @Test func anotherStoryAbroadIsNoEventOfThisReport() throws {
        let result = try extract(
            """
            قتل 4 مدنيين في غارات جوية على بلدة في ريف إدلب يوم الخميس، بحسب الدفاع المدني.
            وتشهد مدينة البصرة العراقية موجة احتجاجات واسعة للمطالبة بالخدمات.
            """)
        #expect(result.events.count == 1)
        #expect(result.events.first?.country == "SY")
    }

    @Test func speechAboutTheEventIsNotAnEventWhereItWasSpoken() throws {
        let result = try extract(
            """
            قتل 30 شخصا في هجوم انتحاري في مدينة سروج يوم الاثنين.
            وقال رئيس الوزراء أمام الصحافيين في أنقرة «إن التفجير ناجم عن اعتداء انتحاري».
            """)
        #expect(result.events.count == 1)
    }

    @Test func aCampaignAbroadToldAsContextIsNoEvent() throws {
        let result = try extract(
            """
            قتل ثلاثة جنود أتراك في اشتباكات مع مسلحين في محافظة شرناق يوم الخميس.
            وجاء الهجوم بعدما أطلقت تركيا حملة جوية لقصف مواقع في سوريا وفي شمال العراق.
            """)
        #expect(result.events.count == 1)
        #expect(result.events.first?.type == .battles)
    }

    @Test func aCapitalNamingAGovernmentIsNoPlace() throws {
        let result = try extract(
            """
            قتل 12 مسلحا في اشتباكات مع قوات سوريا الديمقراطية في ريف دير الزور يوم الأربعاء.
            كما قتل 5 آخرون في غارات للتحالف الدولي بقيادة واشنطن.
            """)
        #expect(!result.events.contains { $0.country == "US" })
    }
}
