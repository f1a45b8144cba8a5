import EventModel

/// The golden table: passages written for Rasid (never taken from an outlet), grouped by the construction they cover
/// (issue 4). Conventions follow eval/GUIDELINE.md.
extension ClaimGoldenTests {
    static let cases: [GoldenCase] =
        countForms + victimGroups + agentsAndNonPeople + attribution + agencies + carriedSources + hedges + background
        + deduplication + values

    // MARK: - Where the count sits

    static let countForms: [GoldenCase] = [
        GoldenCase(
            "count before the victim noun",
            "سقط 12 قتيلا في قصف مدفعي استهدف سوقا شعبية وسط المدينة صباح الثلاثاء، بحسب مسعفين في المكان.",
            [.init(.killed, 12, 12, .exact, from: .medical)]
        ),
        GoldenCase(
            "verbal noun before the count",
            "أعلنت وزارة الصحة مقتل 9 أشخاص في غارة جوية استهدفت مخيما للنازحين جنوب القطاع.",
            [.init(.killed, 9, 9, .exact, from: .medical)]
        ),
        GoldenCase(
            "victim noun then its number (بلغ عددهم)",
            "سقط في القصف قتلى بلغ عددهم 12، بحسب مصدر طبي في المدينة.",
            [.init(.killed, 12, 12, .exact, from: .medical)]
        ),
        GoldenCase(
            "passive verbs with the count as subject",
            "قتل 5 أشخاص وأصيب 8 آخرون في انفجار عبوة ناسفة بسوق في مدينة الموصل، حسب مصدر في الشرطة.",
            [.init(.killed, 5, 5, .exact, from: .security), .init(.injured, 8, 8, .exact, from: .security)]
        ),
        GoldenCase(
            "lqy ... hatfahum with soldiers",
            "لقي 3 جنود حتفهم في كمين نصبه مسلحون على طريق رئيسي شمال البلاد، وفقا لبيان صادر عن الجيش.",
            [.init(.killed, 3, 3, .exact, from: .military, victims: .securityForces)]
        ),
        GoldenCase(
            "toll rises to N",
            published: "2023-11-14",
            "وارتفعت حصيلة القتلى في الهجوم إلى 30 بحسب وزارة الصحة.",
            [.init(.killed, 30, 30, .exact, from: .medical)]
        ),
        GoldenCase(
            "toll rises to N after a longer phrase",
            published: "2023-11-14",
            "ارتفعت حصيلة القتلى جراء الهجوم على السوق إلى 30، بحسب ما أعلنت وزارة الصحة.",
            [.init(.killed, 30, 30, .exact, from: .medical)]
        ),
        GoldenCase(
            "coordinated verbal nouns (مقتل 5 وإصابة 12)",
            "أفاد مصدر طبي بمقتل 5 وإصابة 12 في قصف استهدف حيا سكنيا في مدينة حلب.",
            [.init(.killed, 5, 5, .exact, from: .medical), .init(.injured, 12, 12, .exact, from: .medical)]
        ),
        GoldenCase(
            "dual victim noun coordinated with a count",
            "سقط قتيلان و3 جرحى في الهجوم على الحاجز، وفق مصدر في الشرطة.",
            [.init(.killed, 2, 2, .exact, from: .security), .init(.injured, 3, 3, .exact, from: .security)]
        ),
        GoldenCase(
            "dual victim noun in the accusative, coordinated",
            "أسفر الانفجار عن قتيلين و3 جرحى، بحسب الدفاع المدني.",
            [.init(.killed, 2, 2, .exact, from: .medical), .init(.injured, 3, 3, .exact, from: .medical)]
        ),
        GoldenCase(
            "singular noun and a number word",
            "قتل شخص وأصيب اثنان في إطلاق نار عند حاجز أمني، وفق مصدر في الشرطة.",
            [.init(.killed, 1, 1, .exact, from: .security), .init(.injured, 2, 2, .exact, from: .security)]
        ),
        GoldenCase(
            "compound number words",
            "ذكر ناطق باسم الحكومة أن سبعة وسبعين شخصا لقوا مصرعهم في الحريق الذي أشعله مهاجمون في السوق.",
            [.init(.killed, 77, 77, .exact, from: .official)]
        ),
        GoldenCase(
            "Arabic-Indic digits",
            "قالت وزارة الصحة إن ٢٤ شخصا قتلوا وأصيب ٥٦ آخرون في القصف.",
            [.init(.killed, 24, 24, .exact, from: .medical), .init(.injured, 56, 56, .exact, from: .medical)]
        ),
        GoldenCase(
            "a plural verb then a singular one: two clauses",
            "قال الجيش إن 20 من عناصره قتلوا وأصيب 31 آخرون في المعارك.",
            [.init(.killed, 20, 20, .exact, from: .military), .init(.injured, 31, 31, .exact, from: .military)]
        ),
        GoldenCase(
            "a singular subject before its verb",
            "وذكرت الشرطة في بيان آخر أن شرطيا أصيب بجروح طفيفة خلال المواجهات.",
            [.init(.injured, 1, 1, .exact, from: .security, victims: .securityForces)]
        ),
        GoldenCase(
            "a quoted singular subject before its verb",
            "وقال مصدر عسكري إن «مسلحا» قتل في تبادل لإطلاق النار قرب الحدود.",
            [.init(.killed, 1, 1, .exact, from: .military, victims: .combatants)]
        ),
        GoldenCase(
            "lqy ... hatfahum far apart",
            "لقي ما لا يقل عن 25 مسلحا من جماعة متشددة تنشط في المنطقة الحدودية (شمال البلاد) حتفهم في الغارات، بحسب الجيش.",
            [.init(.killed, 25, nil, .atLeast, from: .military, victims: .combatants)]
        ),
        GoldenCase(
            "a named victim, then a count joined to it",
            "وكانت الحكومة قد أعلنت الأحد إصابة سفيرها وعدد من موظفي السفارة في الهجوم.",
            [.init(.injured, 1, 1, .exact, from: .official), .init(.injured, 3, 9, .vague, from: .official)]
        ),
        GoldenCase(
            "a named victim in apposition, then a count joined to it",
            "أعلن الجيش مقتل القائد الميداني في #الجماعة_المسلحة، أبو محمد الشامي، وعدد من مرافقيه في غارة جوية.",
            [.init(.killed, 1, 1, .exact, from: .military), .init(.killed, 3, 9, .vague, from: .military)]
        ),
        GoldenCase(
            "inflicting dead and wounded, no figure: two vague figures",
            "وتبنت #جماعة_مسلحة مسؤولية الهجوم، وقالت إن مقاتليها اقتحموا الموقع موقعين قتلى وجرحى في صفوف الجنود.",
            [.init(.killed, 3, 9, .vague, from: .perpetrator), .init(.injured, 3, 9, .vague, from: .perpetrator)]
        ),
        GoldenCase(
            "left dead after it, with a figure",
            "وخلف الهجوم 7 قتلى في صفوف المدنيين، بحسب مصادر محلية.",
            [.init(.killed, 7, 7, .exact, from: .witness)]
        ),
        GoldenCase(
            "an adverb between the subject and its verb",
            "وأضاف المحافظ أن المهاجم أيضا لقي حتفه في الانفجار.",
            [.init(.killed, 1, 1, .exact, from: .official)]
        ),
        GoldenCase(
            "a chain of coordinated counts",
            "قتل 4 رجال و3 أطفال و5 نساء في قصف على سوق البلدة، بحسب الدفاع المدني.",
            [
                .init(.killed, 4, 4, .exact, from: .medical),
                .init(.killed, 3, 3, .exact, from: .medical, victims: .civilians),
                .init(.killed, 5, 5, .exact, from: .medical, victims: .civilians),
            ]
        ),
        GoldenCase(
            "a construct subject before its verb",
            "وقال المدعي العام إن منفذ الهجوم قتل برصاص الشرطة داخل المتجر.",
            [.init(.killed, 1, 1, .exact, from: .official)]
        ),
        GoldenCase(
            "a time between the verb and its count",
            "وقال رئيس البلدية إن مسلحين قتلوا بعد منتصف ليل الخميس 9 أشخاص في قرية نائية.",
            [.init(.killed, 9, 9, .exact, from: .official)]
        ),
        GoldenCase(
            "a subject and a recent span between the verb and its count",
            "وخطفت الجماعة المسلحة خلال اليومين الماضيين ستة من عمال الإغاثة، بحسب منظمة محلية.",
            [.init(.abducted, 6, 6, .exact, from: .unNGO)]
        ),
    ]

    // MARK: - Victims from the counted noun

    static let victimGroups: [GoldenCase] = [
        GoldenCase(
            "civilians, with a breakdown after bynhm",
            "قتل 7 مدنيين بينهم 3 أطفال في قصف صاروخي على قرية في ريف إدلب، وفق المرصد السوري لحقوق الإنسان.",
            [.init(.killed, 7, 7, .exact, from: .unNGO, victims: .civilians)]
        ),
        GoldenCase(
            "children killed and women wounded, told to AFP",
            "قال مسؤول في مستشفى المدينة لوكالة فرانس برس إن 4 أطفال لقوا مصرعهم وأصيبت 6 نساء بجروح في الغارة.",
            [
                .init(.killed, 4, 4, .exact, from: .medical, victims: .civilians, via: "AFP"),
                .init(.injured, 6, 6, .exact, from: .medical, victims: .civilians, via: "AFP"),
            ]
        ),
        GoldenCase(
            "security personnel (عناصر الأمن)",
            "قتل 6 من عناصر الأمن في هجوم مسلح استهدف نقطة تفتيش، وفق ما ذكرت وزارة الداخلية في بيان.",
            [.init(.killed, 6, 6, .exact, from: .official, victims: .securityForces)]
        ),
        GoldenCase(
            "policemen (شرطيين)",
            "قتل 4 شرطيين في هجوم على مركز للشرطة، بحسب مصدر أمني.",
            [.init(.killed, 4, 4, .exact, from: .security, victims: .securityForces)]
        ),
        GoldenCase(
            "militants killed by the army",
            "أعلن الجيش مقتل 15 مسلحا خلال عملية عسكرية في منطقة جبلية قرب الحدود.",
            [.init(.killed, 15, 15, .exact, from: .military, victims: .combatants)]
        ),
        GoldenCase(
            "group members, vehicles not counted",
            "قال المتحدث العسكري إن القوات قتلت 20 من عناصر التنظيم ودمرت 4 آليات في غارات ليلية.",
            [.init(.killed, 20, 20, .exact, from: .military, victims: .combatants)]
        ),
        GoldenCase(
            "fighters; aircraft and days not counted",
            "شاركت 12 طائرة حربية في الغارات التي استمرت 3 أيام، وأسفرت عن مقتل 40 مقاتلا، بحسب التحالف.",
            [.init(.killed, 40, 40, .exact, from: .military, victims: .combatants)]
        ),
        GoldenCase(
            "policemen, with a severity figure",
            "قال مصدر أمني لوكالة الأنباء الألمانية إن 11 شرطيا قتلوا في الهجوم. وأضاف أن 7 آخرين أصيبوا بجروح، بينهم 3 في حالة حرجة.",
            [
                .init(.killed, 11, 11, .exact, from: .security, victims: .securityForces, via: "dpa"),
                .init(.injured, 7, 7, .exact, from: .security, via: "dpa"),
            ]
        ),
        GoldenCase(
            "abducted students",
            "اختطف مسلحون 12 طالبا من مدرستهم في ولاية كادونا، حسب ما أفادت الشرطة المحلية.",
            [.init(.abducted, 12, 12, .exact, from: .security, victims: .civilians)]
        ),
    ]

    // MARK: - Agents, and counts that are not people harmed

    static let agentsAndNonPeople: [GoldenCase] = [
        GoldenCase(
            "attackers killed and wounded hundreds",
            "هاجم نحو 200 مسلح القرية فجر الجمعة وقتلوا وجرحوا المئات، وفق ما قال سكان لوكالة رويترز.",
            [.init(.killedOrInjured, 200, 999, .vague, from: .witness, via: "Reuters")]
        ),
        GoldenCase(
            "agent verbs with dual and singular objects",
            "ذكرت وسائل إعلام محلية أن مسلحين قتلوا جنديين وأصابوا شرطيا في هجوم على دورية.",
            [
                .init(.killed, 2, 2, .exact, from: .media, victims: .securityForces),
                .init(.injured, 1, 1, .exact, from: .media, victims: .securityForces),
            ]
        ),
        GoldenCase(
            "counted attackers in vehicles",
            "قال شهود عيان إن 3 سيارات دفع رباعي تقل 15 مسلحا هاجمت القرية وقتلت 9 قرويين.",
            [.init(.killed, 9, 9, .exact, from: .witness)]
        ),
        GoldenCase(
            "ransom money is not a claim",
            "طالب الخاطفون بفدية قدرها مليون دولار للإفراج عن 3 مهندسين خطفوا يوم الأحد.",
            [.init(.abducted, 3, 3, .exact)]
        ),
        GoldenCase(
            "a reward in another currency is not a claim",
            "عرضت عائلة الرهينة مليار شلن مكافأة لمن يدلي بمعلومات تؤدي إلى الإفراج عنه بعد خطفه.",
            []
        ),
        GoldenCase(
            "a number before بينهم is counted",
            "أسفرت المعارك عن مقتل أكثر من 20 بينهم 3 قادة ميدانيين.",
            [.init(.killed, 20, nil, .atLeast)]
        ),
        GoldenCase(
            "executions",
            "قال شهود عيان إن مسلحين أعدموا 5 رجال أمام منازلهم.",
            [.init(.killed, 5, 5, .exact, from: .witness)]
        ),
        GoldenCase(
            "years are not counted",
            "قالت الشرطة إن 4 أشخاص قتلوا في انفجار عبوة ناسفة، مشيرة إلى أن 35 عاما مضت على أول هجوم في الحي.",
            [.init(.killed, 4, 4, .exact, from: .security)]
        ),
        GoldenCase(
            "drones are not counted",
            "أفادت مصادر طبية بأن 7 أشخاص قتلوا في الغارة التي شنتها 3 طائرات مسيرة.",
            [.init(.killed, 7, 7, .exact, from: .medical)]
        ),
        GoldenCase(
            "a plural verb, then another count after wa-inna",
            "قال مسعفون إن 19 شخصا قتلوا وإن 40 آخرين نقلوا إلى المستشفى.",
            [.init(.killed, 19, 19, .exact, from: .medical)]
        ),
        GoldenCase(
            "a plural verb, then a transfer of the wounded",
            "قال مسعفون إن 19 شخصا قتلوا ونقل 40 جريحا إلى المستشفى.",
            [.init(.killed, 19, 19, .exact, from: .medical), .init(.injured, 40, 40, .exact, from: .medical)]
        ),
        GoldenCase(
            "a singular subject that did the killing",
            "قالت الشرطة إن مسلحا قتل 3 أشخاص في متجر قبل أن يفر.",
            [.init(.killed, 3, 3, .exact, from: .security)]
        ),
        GoldenCase(
            "a driver losing control is no missing person",
            "قالت الشرطة إن 3 أشخاص أصيبوا في الحادث الذي نتج عن فقدان السائق السيطرة على الحافلة.",
            [.init(.injured, 3, 3, .exact, from: .security)]
        ),
        GoldenCase(
            "one who fled is not coordinated with the dead",
            "قتل 4 مسلحين في الاشتباك وفر واحد منهم، بحسب مصدر أمني.",
            [.init(.killed, 4, 4, .exact, from: .security, victims: .combatants)]
        ),
        GoldenCase(
            "the agent after an active verb, with its victims after it",
            "وقتل منفذ الهجوم 3 أشخاص في المتجر قبل أن تصل الشرطة.",
            [.init(.killed, 3, 3, .exact)]
        ),
    ]

    // MARK: - Sources: reporting verbs, prepositions, kinds

    static let attribution: [GoldenCase] = [
        GoldenCase(
            "nqlan 3n (quoting)",
            "قتل 4 مدنيين في قصف على الحي، نقلا عن مصادر طبية في المدينة.",
            [.init(.killed, 4, 4, .exact, from: .medical, victims: .civilians)]
        ),
        GoldenCase(
            "istinadan ila, fronted",
            "استنادا إلى مصادر طبية، قتل 22 شخصا وجرح 35 آخرون في القصف.",
            [.init(.killed, 22, 22, .exact, from: .medical), .init(.injured, 35, 35, .exact, from: .medical)]
        ),
        GoldenCase(
            "3la lisan (spokesman)",
            "وجاء على لسان المتحدث باسم وزارة الداخلية أن 7 من عناصر الشرطة قتلوا في الكمين.",
            [.init(.killed, 7, 7, .exact, from: .official, victims: .securityForces)]
        ),
        GoldenCase(
            "sarraha, arrests, Xinhua",
            "صرح مسؤول في وزارة الداخلية لوكالة شينخوا بأن 16 شخصا اعتقلوا للاشتباه في تورطهم في التفجير.",
            [.init(.arrested, 16, 16, .exact, from: .official, via: "Xinhua")]
        ),
        GoldenCase(
            "ashara, an organisation, displaced hundreds",
            "أشارت منظمة العفو الدولية إلى أن مئات المدنيين نزحوا من القرية بعد الهجوم.",
            [.init(.displaced, 200, 999, .vague, from: .unNGO, victims: .civilians)]
        ),
        GoldenCase(
            "kashafa, a document",
            "كشفت وثيقة رسمية أن نحو 90 شخصا قتلوا في الهجوم.",
            [.init(.killed, 90, 90, .approx, from: .document)]
        ),
        GoldenCase(
            "naqala X 3an Y: Y is the source",
            "ونقل التلفزيون الرسمي عن مصدر عسكري قوله إن 13 جنديا أصيبوا في هجوم بطائرة مسيرة.",
            [.init(.injured, 13, 13, .exact, from: .military, victims: .securityForces)]
        ),
        GoldenCase(
            "western diplomat told AFP",
            "قال دبلوماسي غربي لوكالة فرانس برس إن 30 شخصا على الأقل قتلوا.",
            [.init(.killed, 30, nil, .atLeast, from: .diplomatic, via: "AFP")]
        ),
        GoldenCase(
            "diplomats: in the seventies",
            "قال دبلوماسيان لوكالة رويترز إن عدد القتلى في الهجوم في السبعينيات.",
            [.init(.killed, 70, 79, .range, from: .diplomatic, via: "Reuters")]
        ),
        GoldenCase(
            "hospital counts bodies",
            "قال مستشفى الشفاء إن 23 جثة وصلت إليه بعد القصف.",
            [.init(.killed, 23, 23, .exact, from: .medical)]
        ),
        GoldenCase(
            "civil defence identified victims",
            "قال الدفاع المدني إنه تم التعرف على هوية 15 ضحية من ضحايا الانفجار.",
            [.init(.identified, 15, 15, .exact, from: .medical)]
        ),
        GoldenCase(
            "local media",
            "ذكرت وسائل إعلام محلية أن 6 أشخاص قتلوا في الهجوم.",
            [.init(.killed, 6, 6, .exact, from: .media)]
        ),
        GoldenCase(
            "the presidency",
            "أعلنت الرئاسة في بيان أن 12 شخصا قتلوا في الهجوم.",
            [.init(.killed, 12, 12, .exact, from: .official)]
        ),
        GoldenCase(
            "an agency quoting an official (naqalat Reuters 3an)",
            "ونقلت رويترز عن مسؤول في الشرطة أن 6 أشخاص قتلوا.",
            [.init(.killed, 6, 6, .exact, from: .security, via: "Reuters")]
        ),
        GoldenCase(
            "a group claims its own attack",
            "قالت حركة الشباب في بيان على موقعها إن مقاتليها قتلوا 30 جنديا.",
            [.init(.killed, 30, 30, .exact, from: .perpetrator, victims: .securityForces)]
        ),
        GoldenCase(
            "a group claims, verb subject carried in the sentence",
            "أعلنت الجماعة مسؤوليتها عن الهجوم وقالت إنها قتلت 20 جنديا.",
            [.init(.killed, 20, 20, .exact, from: .perpetrator, victims: .securityForces)]
        ),
        GoldenCase(
            "residents: dozens of civilians",
            "أفاد سكان بمقتل عشرات المدنيين في هجوم شنه مسلحون على سوق القرية.",
            [.init(.killed, 20, 99, .vague, from: .witness, victims: .civilians)]
        ),
        GoldenCase(
            "the statement a group spoke in is not its source",
            "تبنت حركة مسلحة الهجوم على الثكنة، وقالت في بيان إن عناصرها قتلوا 12 جنديا.",
            [.init(.killed, 12, 12, .exact, from: .perpetrator, victims: .securityForces)]
        ),
        GoldenCase(
            "said in a statement, source in the sentence before",
            "أعلنت الشرطة فتح تحقيق في التفجير. وقالت في بيان إن 4 أشخاص قتلوا.",
            [.init(.killed, 4, 4, .exact, from: .security)]
        ),
        GoldenCase(
            "the subject before its verb",
            "وكانت وزارة الصحة قد تحدثت في وقت سابق عن مقتل 6 أشخاص في الغارة.",
            [.init(.killed, 6, 6, .exact, from: .medical)]
        ),
        GoldenCase(
            "the verb's subject comes before its figure",
            "أفاد المرصد السوري لحقوق الإنسان بمقتل 20 مقاتلا في المعارك. وأشار إلى مقتل 7 من عناصر داعش في غارة منفصلة.",
            [.init(.killed, 20, 20, .exact, from: .unNGO), .init(.killed, 7, 7, .exact, from: .unNGO)]
        ),
        GoldenCase(
            "a counted source",
            "قال ثلاثة مسعفين إن 14 شخصا قتلوا في انفجار السيارة المفخخة.",
            [.init(.killed, 14, 14, .exact, from: .medical)]
        ),
        GoldenCase(
            "a participle goes on with its sentence's subject",
            "قال مسعفون إن 3 أشخاص قتلوا. وتبنت جماعة مسلحة الهجوم في رسالة على الإنترنت، مشيرة إلى سقوط عشرات القتلى.",
            [.init(.killed, 3, 3, .exact, from: .medical), .init(.killed, 20, 99, .vague, from: .perpetrator)]
        ),
        GoldenCase(
            "came in a statement of the army",
            "وجاء في بيان للجيش أن 7 من جنوده قتلوا في الهجوم على القاعدة.",
            [.init(.killed, 7, 7, .exact, from: .military)]
        ),
        GoldenCase(
            "a name and its title with no comma",
            "وقال سامي الأحمد المتحدث باسم الجيش إن 8 مسلحين قتلوا في الاشتباك.",
            [.init(.killed, 8, 8, .exact, from: .military, victims: .combatants)]
        ),
        GoldenCase(
            "a title yielding past a bracketed name",
            "وقال مدير خدمة (النجدة) للإسعاف اليوم الأحد إن فرقه نقلت 11 جريحا إلى المستشفيات.",
            [.init(.injured, 11, 11, .exact, from: .medical)]
        ),
    ]

    // MARK: - Agencies (via)

    static let agencies: [GoldenCase] = [
        GoldenCase(
            "Anadolu",
            "قال مسؤول محلي لوكالة الأناضول إن 8 مدنيين قتلوا في الغارة.",
            [.init(.killed, 8, 8, .exact, from: .official, victims: .civilians, via: "Anadolu")]
        ),
        GoldenCase(
            "SANA, full name and abbreviation",
            "قال مصدر طبي لوكالة الأنباء السورية (سانا) إن 3 أشخاص قتلوا.",
            [.init(.killed, 3, 3, .exact, from: .medical, via: "SANA")]
        ),
        GoldenCase(
            "QNA",
            "قال مصدر أمني لوكالة الأنباء القطرية (قنا) إن 6 أشخاص أصيبوا.",
            [.init(.injured, 6, 6, .exact, from: .security, via: "QNA")]
        ),
        GoldenCase(
            "SPA",
            "قال المتحدث باسم التحالف لوكالة الأنباء السعودية (واس) إن 11 مدنيا قتلوا.",
            [.init(.killed, 11, 11, .exact, from: .military, victims: .civilians, via: "SPA")]
        ),
        GoldenCase(
            "AP",
            "قال مسعفون لوكالة أسوشيتد برس إن 17 شخصا قتلوا في الغارة.",
            [.init(.killed, 17, 17, .exact, from: .medical, via: "AP")]
        ),
        GoldenCase(
            "WAM",
            "قال مصدر أمني لوكالة أنباء الإمارات (وام) إن 4 جنود قتلوا.",
            [.init(.killed, 4, 4, .exact, from: .security, victims: .securityForces, via: "WAM")]
        ),
        GoldenCase(
            "WAM after a weak source noun",
            "قال مسؤول إماراتي لوكالة أنباء الإمارات (وام) إن 4 جنود قتلوا.",
            [.init(.killed, 4, 4, .exact, from: .official, victims: .securityForces, via: "WAM")]
        ),
        GoldenCase(
            "AFP dateline",
            "كويتا (أ ف ب) - قتل 10 أشخاص على الأقل في تفجير انتحاري استهدف مسجدا.",
            [.init(.killed, 10, nil, .atLeast, via: "AFP")]
        ),
        GoldenCase(
            "agency quoting witnesses",
            "أسفر انفجار سيارة مفخخة عن سقوط قتلى وجرحى في حي تجاري، وفق ما نقلت وكالة الأناضول عن شهود عيان.",
            // "قتلى وجرحى" with no figure: some killed and some injured, two vague figures (as annotated in dev).
            [.init(.killed, 3, 9, .vague, from: .witness, via: "Anadolu"), .init(.injured, 3, 9, .vague, from: .witness, via: "Anadolu")]
        ),
        GoldenCase(
            "Reuters dateline after a dash, with a named source",
            "الموصل - رويترز: قال ضابط في الجيش إن 6 جنود قتلوا في كمين نصبه مسلحون غرب المدينة.",
            [.init(.killed, 6, 6, .exact, from: .military, victims: .securityForces, via: "Reuters")]
        ),
        GoldenCase(
            "an outlet's own dateline is no via",
            "نيروبي، كينيا (CNN) -- قتل 8 أشخاص في هجوم شنه مسلحون على حافلة للركاب شمال البلاد.",
            [.init(.killed, 8, 8, .exact)]
        ),
        GoldenCase(
            "an agency named later in the lead is no dateline",
            "قتل 5 أشخاص في قصف على سوق شعبي. وقال مسعفون لوكالة رويترز إن 9 أصيبوا.",
            [.init(.killed, 5, 5, .exact), .init(.injured, 9, 9, .exact, from: .medical, via: "Reuters")]
        ),
        GoldenCase(
            "a weak title speaking to a channel",
            "قال ضابط لقناة الجزيرة إن 3 من رجال الأمن قتلوا في الاشتباك.",
            [.init(.killed, 3, 3, .exact, from: .security, victims: .securityForces, via: "Al Jazeera")]
        ),
        GoldenCase(
            "an interview with an agency",
            "أعلن قائد الشرطة اعتقال المشتبه به. وقال في مقابلة مع وكالة رويترز إن 6 أشخاص قتلوا في الهجوم.",
            [.init(.arrested, 1, 1, .exact, from: .security), .init(.killed, 6, 6, .exact, from: .security, via: "Reuters")]
        ),
    ]

    // MARK: - Sources carried to the next sentences

    static let carriedSources: [GoldenCase] = [
        GoldenCase(
            "carried past a sentence, stopped by a new source",
            "قال محافظ الإقليم إن 8 أشخاص قتلوا في الهجوم على الحافلة. وتابع أن قوات الأمن تلاحق المهاجمين. "
                + "وأفاد شهود عيان بأن نحو 20 شخصا أصيبوا بجروح.",
            [.init(.killed, 8, 8, .exact, from: .official), .init(.injured, 20, 20, .approx, from: .witness)]
        ),
        GoldenCase(
            "stopped by a new source in the next sentence",
            "قالت الشرطة إن 4 أشخاص قتلوا. وأضافت أن المهاجمين كانوا يستقلون دراجات نارية. وقال مسؤول في المستشفى إن 10 أشخاص أصيبوا.",
            [.init(.killed, 4, 4, .exact, from: .security), .init(.injured, 10, 10, .exact, from: .medical)]
        ),
        GoldenCase(
            "carried by wa-adafa, abducted then killed",
            "قال محافظ المدينة إن المسلحين خطفوا 3 موظفين. وأضاف أن 2 من الحراس قتلا خلال الهجوم.",
            [
                .init(.abducted, 3, 3, .exact, from: .official),
                .init(.killed, 2, 2, .exact, from: .official, victims: .securityForces),
            ]
        ),
        GoldenCase(
            "continued by the source named again (وتابع المصدر)",
            "قال مصدر أمني لوكالة الأنباء الألمانية إن 11 شرطيا قتلوا في الهجوم. وتابع المصدر أن 7 آخرين أصيبوا بجروح.",
            [
                .init(.killed, 11, 11, .exact, from: .security, victims: .securityForces, via: "dpa"),
                .init(.injured, 7, 7, .exact, from: .security, via: "dpa"),
            ]
        ),
        GoldenCase(
            "the statement goes on: its issuer speaks",
            "أعلن الجيش في بيان مقتل 4 من جنوده في كمين. وتابع البيان أن مسلحا قتل في الاشتباك الذي تلا الكمين.",
            [
                .init(.killed, 4, 4, .exact, from: .military, victims: .securityForces),
                .init(.killed, 1, 1, .exact, from: .military, victims: .combatants),
            ]
        ),
        GoldenCase(
            "he pointed to: the source goes on",
            "أفادت منظمة حقوقية بمقتل 40 مدنيا في القصف. ولفتت إلى مقتل 12 مسلحا في المعارك.",
            [
                .init(.killed, 40, 40, .exact, from: .unNGO, victims: .civilians),
                .init(.killed, 12, 12, .exact, from: .unNGO, victims: .combatants),
            ]
        ),
        GoldenCase(
            "according to the source: the one already named, with its via",
            "قال مدير مستشفى المدينة لوكالة رويترز إن 9 أشخاص قتلوا في القصف. ولا يزال 30 جريحا يتلقون العلاج، وفقا للمصدر.",
            [
                .init(.killed, 9, 9, .exact, from: .medical, via: "Reuters"),
                .init(.injured, 30, 30, .exact, from: .medical, via: "Reuters"),
            ]
        ),
        GoldenCase(
            "the speaker goes on, not the agency credited beside it",
            "وقال قائد الشرطة إن الحملة شملت 12 بلدة، وفق رويترز. وتابع: \"قتل 5 مشتبه بهم خلال المداهمات\".",
            [.init(.killed, 5, 5, .exact, from: .security, via: "Reuters")]
        ),
        GoldenCase(
            "the committee goes back to the committee, not to the last speaker",
            """
            وقالت اللجنة الوطنية لمكافحة الإرهاب إن قواتها حاصرت المسلحين. وقال مصدر طبي إن 4 جرحى نقلوا إلى المستشفى. \
            كما أشارت اللجنة إلى مقتل 6 مسلحين في العملية.
            """,
            [.init(.injured, 4, 4, .exact, from: .medical), .init(.killed, 6, 6, .exact, from: .security, victims: .combatants)]
        ),
        GoldenCase(
            "a second source confirms the toll",
            "قال محافظ الإقليم إن 7 أشخاص قتلوا وأصيب 12 في الهجوم. وأكد مصدر طبي حصيلة القتلى.",
            [
                .init(.killed, 7, 7, .exact, from: .official),
                .init(.injured, 12, 12, .exact, from: .official),
                .init(.killed, 7, 7, .exact, from: .medical),
            ]
        ),
        GoldenCase(
            "confirming that something happened is no toll",
            "قال محافظ الإقليم إن 7 أشخاص قتلوا في الهجوم. وأكد مصدر أمني أن مجموعة من المسلحين فرت إلى الجبال.",
            [.init(.killed, 7, 7, .exact, from: .official)]
        ),
    ]

    // MARK: - Hedges

    static let hedges: [GoldenCase] = [
        GoldenCase(
            "yu3taqad",
            "يعتقد أن 8 أشخاص على الأقل لقوا حتفهم في الهجوم، وفق مصدر أمني.",
            [.init(.killed, 8, nil, .atLeast, from: .security, hedged: true)]
        ),
        GoldenCase(
            "according to estimates, fronted",
            "وبحسب تقديرات منظمة الصحة العالمية، قتل نحو 200 شخص في المعارك.",
            [.init(.killed, 200, 200, .approx, from: .unNGO, hedged: true)]
        ),
        GoldenCase(
            "min al-mu3taqad",
            "من المعتقد أن 25 شخصا لقوا حتفهم في الهجوم، بحسب مسؤول محلي تحدث لرويترز.",
            [.init(.killed, 25, 25, .exact, from: .official, via: "Reuters", hedged: true)]
        ),
        GoldenCase(
            "yurajjah",
            "يرجح أن يكون نحو 60 مدنيا قد قتلوا في القصف، وفق تقديرات منظمة هيومن رايتس ووتش.",
            [.init(.killed, 60, 60, .approx, from: .unNGO, victims: .civilians, hedged: true)]
        ),
        GoldenCase(
            "yukhsha",
            "يخشى أن يكون عشرات الأشخاص قد لقوا حتفهم تحت الأنقاض، وفق الدفاع المدني.",
            [.init(.killed, 20, 99, .vague, from: .medical, hedged: true)]
        ),
        GoldenCase(
            "za3amat, the perpetrator",
            "زعمت الجماعة في بيان أن مقاتليها قتلوا 30 جنديا في الهجوم على الثكنة، وهو ما لم يتسن التحقق منه بشكل مستقل.",
            [.init(.killed, 30, 30, .exact, from: .perpetrator, victims: .securityForces, hedged: true)]
        ),
        GoldenCase(
            "idda3a, army members",
            "ادعى المتمردون أنهم قتلوا 45 من عناصر الجيش خلال المواجهات.",
            [.init(.killed, 45, 45, .exact, from: .perpetrator, victims: .securityForces, hedged: true)]
        ),
        GoldenCase(
            "could not be verified, after the figure",
            "قال سكان إن 14 شخصا قتلوا في القصف، ولم يتسن التحقق من الحصيلة من مصدر مستقل.",
            [.init(.killed, 14, 14, .exact, from: .witness, hedged: true)]
        ),
        GoldenCase(
            "according to estimates",
            "قتل نحو 200 شخص في المعارك، بحسب تقديرات منظمة محلية.",
            [.init(.killed, 200, 200, .approx, from: .unNGO, hedged: true)]
        ),
        GoldenCase(
            "unconfirmed figures",
            "وتحدثت وسائل إعلام محلية عن مقتل 12 شخصا في الغارة، في حصيلة غير مؤكدة.",
            [.init(.killed, 12, 12, .exact, from: .media, hedged: true)]
        ),
    ]

    // MARK: - Background figures

    static let background: [GoldenCase] = [
        GoldenCase(
            "since 2012, verb separated from bi-hayat",
            "قتل 4 أشخاص في هجوم على قرية شمال البلاد. وأودى النزاع المسلح منذ 2012 بحياة آلاف المدنيين.",
            [.init(.killed, 4, 4, .exact), .init(.killed, 2000, 9999, .vague, victims: .civilians, background: true)]
        ),
        GoldenCase(
            "since the start of the war",
            "قتل جندي وأصيب 2 آخران في انفجار لغم. وقتل أكثر من 500 ألف شخص منذ بدء الحرب في البلاد.",
            [
                .init(.killed, 1, 1, .exact, victims: .securityForces),
                .init(.injured, 2, 2, .exact),
                .init(.killed, 500_000, nil, .atLeast, background: true),
            ]
        ),
        GoldenCase(
            "over the past years",
            "قال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن أكثر من 300 شخص قتلوا خلال السنوات الثلاث الماضية في المنطقة.",
            [.init(.killed, 300, nil, .atLeast, from: .unNGO, background: true)]
        ),
        GoldenCase(
            "cumulative total",
            "ارتفع إجمالي عدد القتلى منذ مطلع العام إلى 1200 قتيل، بحسب منظمة حقوقية محلية.",
            [.init(.killed, 1200, 1200, .exact, from: .unNGO, background: true)]
        ),
        GoldenCase(
            "the war that has killed",
            "قتل 3 مدنيين في قصف على بلدة حدودية اليوم. وتشهد البلاد حربا أهلية منذ سنوات، في الحرب التي أودت بحياة أكثر من 400 ألف شخص.",
            [
                .init(.killed, 3, 3, .exact, victims: .civilians),
                .init(.killed, 400_000, nil, .atLeast, background: true),
            ]
        ),
        GoldenCase(
            "a named earlier attack",
            "قتل 6 أشخاص في هجوم على سوق المدينة الأربعاء. ويأتي ذلك بعد هجوم مماثل في مارس الماضي أسفر عن مقتل 18 شخصا.",
            [.init(.killed, 6, 6, .exact), .init(.killed, 18, 18, .exact, background: true)]
        ),
        GoldenCase(
            "another attack last week",
            "قالت الحكومة إن 5 جنود قتلوا في الكمين. وقتل 3 جنود في هجوم آخر على الحدود الأسبوع الماضي.",
            [
                .init(.killed, 5, 5, .exact, from: .official, victims: .securityForces),
                .init(.killed, 3, 3, .exact, victims: .securityForces, background: true),
            ]
        ),
        GoldenCase(
            "the worst since: a comparison, not a running total",
            "قتل 14 شخصا الثلاثاء في إطلاق نار داخل مدرسة بالمدينة، في هجوم هو الأسوأ منذ 20 عاما في البلاد.",
            [.init(.killed, 14, 14, .exact)]
        ),
        GoldenCase(
            "the deadliest since the start of the year, then the year's total",
            "قتل 22 مدنيا في تفجير سوق المدينة، في الهجوم الأكثر دموية منذ بداية العام. وقتل أكثر من 300 شخص منذ بداية العام.",
            [.init(.killed, 22, 22, .exact, victims: .civilians), .init(.killed, 300, nil, .atLeast, background: true)]
        ),
        GoldenCase(
            "since that date",
            "قتل شاب برصاص الشرطة خلال احتجاج في المدينة اليوم. ومنذ ذلك التاريخ، قتل 40 محتجا في المدينة.",
            [.init(.killed, 1, 1, .exact), .init(.killed, 40, 40, .exact, background: true)]
        ),
        GoldenCase(
            "this attack comes after an earlier one",
            "قتل ثلاثة جنود في انفجار عبوة ناسفة اليوم. ويأتي الهجوم بعد يومين من هجوم أسفر عن مقتل 12 شخصا في المدينة نفسها.",
            [.init(.killed, 3, 3, .exact, victims: .securityForces), .init(.killed, 12, 12, .exact, background: true)]
        ),
        GoldenCase(
            "an earlier attack told after the news in one sentence",
            "قتل جنديان وجرح أربعة آخرون في انفجار سيارة ملغومة، ويأتي الهجوم غداة غارات أسفرت عن مقتل 30 مسلحا.",
            [
                .init(.killed, 2, 2, .exact, victims: .securityForces), .init(.injured, 4, 4, .exact),
                .init(.killed, 30, 30, .exact, victims: .combatants, background: true),
            ]
        ),
        GoldenCase(
            "a strike in response to an earlier one",
            "قال المرصد إن الضربة قتلت 6 جنود، وجاءت ردا على استهداف بلدة بغاز سام قبل أيام أدى إلى مقتل 87 شخصا.",
            [.init(.killed, 6, 6, .exact, from: .unNGO, victims: .securityForces), .init(.killed, 87, 87, .exact, from: .unNGO, background: true)]
        ),
        GoldenCase(
            "a family is not a capture (أسرة is no أسر + ه)",
            "قتل رجل وأصيبت ثلاث نساء من أسرة واحدة في قصف على منزلهم.",
            [.init(.killed, 1, 1, .exact), .init(.injured, 3, 3, .exact, victims: .civilians)]
        ),
        GoldenCase(
            "the next figure's modifier is not this one's",
            "ارتفعت حصيلة الانفجار إلى ثمانية قتلى وأكثر من مئة جريح.",
            [.init(.killed, 8, 8, .exact), .init(.injured, 100, nil, .atLeast)]
        ),
        GoldenCase(
            "a continuation of a sentence that answers an earlier attack",
            "قتل جندي في انفجار عبوة اليوم. ويأتي الهجوم بعد هجوم أسفر عن مقتل 10 أشخاص. كما أصيب في ذلك الهجوم 33 شخصا.",
            [
                .init(.killed, 1, 1, .exact, victims: .securityForces), .init(.killed, 10, 10, .exact, background: true),
                .init(.injured, 33, 33, .exact, background: true),
            ]
        ),
        GoldenCase(
            "المنصرم is past like الماضي",
            "قال الوزير إن المدارس ستعزز حراستها. وفي أواخر الشهر المنصرم قتل 9 طلاب في هجوم على مدرسة في المدينة.",
            [.init(.killed, 9, 9, .exact, victims: .civilians, background: true)]
        ),
        GoldenCase(
            "over the last hours is news, not a running total",
            "أعلن الجيش مقتل 30 مسلحا خلال 48 ساعة في غارات على مواقعهم.",
            [.init(.killed, 30, 30, .exact, from: .military, victims: .combatants)]
        ),
        GoldenCase(
            "another attack the same day is news, not background",
            "قتل 5 أشخاص في تفجير سيارة مفخخة وسط المدينة الثلاثاء. وفي هجوم آخر، قتل مسلحون 4 مزارعين في قرية مجاورة.",
            [.init(.killed, 5, 5, .exact), .init(.killed, 4, 4, .exact, victims: .civilians)]
        ),
        GoldenCase(
            "the past 24 hours are news; last January is background",
            "قتل 12 مسلحا في غارات على مواقعهم خلال الساعات 24 الماضية. وكان 30 مسلحا قد قتلوا في يناير الماضي في المنطقة ذاتها.",
            [
                .init(.killed, 12, 12, .exact, victims: .combatants),
                .init(.killed, 30, 30, .exact, victims: .combatants, background: true),
            ]
        ),
        GoldenCase(
            "a past year fronted before the figure",
            "قتل 5 أشخاص في هجوم على حافلة أمس. وفي أبريل 2017، قتل 40 شخصا في هجوم مماثل على الطريق نفسه.",
            [.init(.killed, 5, 5, .exact), .init(.killed, 40, 40, .exact, background: true)]
        ),
        GoldenCase(
            "earlier this month",
            "قتل 3 جنود في كمين اليوم. وكانت غارة في بداية الشهر قد أسفرت عن مقتل 9 مسلحين في المنطقة نفسها.",
            [.init(.killed, 3, 3, .exact, victims: .securityForces), .init(.killed, 9, 9, .exact, victims: .combatants, background: true)]
        ),
    ]

    // MARK: - De-duplication

    static let deduplication: [GoldenCase] = [
        GoldenCase(
            "same figure, same source, lead and body",
            "قال مصدر أمني إن 9 جنود قتلوا في الهجوم على الثكنة. "
                + "وفي تفاصيل الهجوم، أوضح المصدر الأمني أن 9 جنود قتلوا وأن المهاجمين فروا باتجاه الغابة.",
            [.init(.killed, 9, 9, .exact, from: .security, victims: .securityForces)]
        ),
        GoldenCase(
            "same figure from the army and from the attackers",
            "قال الجيش إن 9 جنود قتلوا في الهجوم. في المقابل، قالت الجماعة المسلحة في بيان إنها قتلت 9 جنود واستولت على أسلحتهم.",
            [
                .init(.killed, 9, 9, .exact, from: .military, victims: .securityForces),
                .init(.killed, 9, 9, .exact, from: .perpetrator, victims: .securityForces),
            ]
        ),
        GoldenCase(
            "same figure from the army and a medic",
            "قال الجيش إن 12 جنديا قتلوا في الهجوم. وأكد مصدر طبي أن 12 جنديا قتلوا.",
            [
                .init(.killed, 12, 12, .exact, from: .military, victims: .securityForces),
                .init(.killed, 12, 12, .exact, from: .medical, victims: .securityForces),
            ]
        ),
        GoldenCase(
            "unattributed lead, attributed body",
            "قتل 12 جنديا في هجوم على قاعدة عسكرية شمال البلاد. وقال الجيش في بيان إن 12 جنديا قتلوا في الهجوم.",
            [.init(.killed, 12, 12, .exact, from: .military, victims: .securityForces)]
        ),
        GoldenCase(
            "a figure under a bare statement yields to the named source",
            "قتل 4 جنود في انفجار عبوة ناسفة، وفق بيان رسمي. وقالت بعثة الأمم المتحدة إن 4 جنود قتلوا في الانفجار.",
            [.init(.killed, 4, 4, .exact, from: .unNGO, victims: .securityForces)]
        ),
        GoldenCase(
            "another soldier is a new figure",
            "قتل جندي في انفجار عبوة على طريق شمال البلاد. وقتل جندي آخر في هجوم على حاجز قرب الحدود.",
            [.init(.killed, 1, 1, .exact, victims: .securityForces), .init(.killed, 1, 1, .exact, victims: .securityForces)]
        ),
        GoldenCase(
            "two coordinated equal counts, the second of unspecified people",
            "قال محافظ المدينة إن ثلاثة مدنيين وثلاثة رجال قتلوا في الانفجار.",
            [.init(.killed, 3, 3, .exact, from: .official), .init(.killed, 3, 3, .exact, from: .official)]
        ),
        GoldenCase(
            "the army and the army's statement are one issuer",
            "أعلن الجيش الوطني مقتل 3 من جنوده في كمين. وجاء في بيان الجيش أن 3 جنود قتلوا في الكمين.",
            [.init(.killed, 3, 3, .exact, from: .military)]
        ),
        GoldenCase(
            "a bare plural after the count is the same dead",
            "قتل 9 متظاهرين برصاص قوات الأمن في العاصمة. وأعرب الاتحاد عن أسفه لسقوط قتلى خلال الاحتجاجات.",
            [.init(.killed, 9, 9, .exact, victims: .civilians)]
        ),
    ]

    // MARK: - Values, breakdowns and severity

    static let values: [GoldenCase] = [
        GoldenCase(
            "at least after the noun",
            "أكدت الأمم المتحدة أن ما لا يقل عن 50 مدنيا قتلوا في المعارك خلال الأسبوع الحالي.",
            [.init(.killed, 50, nil, .atLeast, from: .unNGO, victims: .civilians)]
        ),
        GoldenCase(
            "about",
            "أوضح الصليب الأحمر أن حوالي 100 شخص أصيبوا بجروح في الاشتباكات التي شهدتها المدينة.",
            [.init(.injured, 100, 100, .approx, from: .unNGO)]
        ),
        GoldenCase(
            "up to",
            "قالت الحكومة إن ما يصل إلى 40 شخصا قتلوا في الهجوم.",
            [.init(.killed, 0, 40, .atMost, from: .official)]
        ),
        GoldenCase(
            "between N and M",
            "قال مسؤول حكومي إن ما بين 10 و15 شخصا قتلوا في الهجوم.",
            [.init(.killed, 10, 15, .range, from: .official)]
        ),
        GoldenCase(
            "bare plural",
            "أسفرت الاشتباكات عن سقوط قتلى بين المدنيين، بحسب سكان.",
            [.init(.killed, 3, 9, .vague, from: .witness)]
        ),
        GoldenCase(
            "a number of",
            "لقي عدد من الأشخاص حتفهم في اشتباكات بين عشيرتين، بحسب سكان.",
            [.init(.killed, 3, 9, .vague, from: .witness)]
        ),
        GoldenCase(
            "thousands displaced, at least",
            "قال مسؤول في الأمم المتحدة إن الهجوم أدى إلى نزوح أكثر من 3 آلاف شخص.",
            [.init(.displaced, 3000, nil, .atLeast, from: .unNGO)]
        ),
        GoldenCase(
            "dual after the verb",
            "قتل جنديان في الهجوم على الحاجز، بحسب مصدر عسكري.",
            [.init(.killed, 2, 2, .exact, from: .military, victims: .securityForces)]
        ),
        GoldenCase(
            "dual before a dual verb, then a count",
            "قال رئيس المجلس المحلي إن جنديين قتلا وأصيب 3 في الهجوم.",
            [
                .init(.killed, 2, 2, .exact, from: .official, victims: .securityForces),
                .init(.injured, 3, 3, .exact, from: .official),
            ]
        ),
        GoldenCase(
            "dual with its nisba adjective before the verb",
            "قالت مصادر أمنية إن جنديين تركيين قتلا في انفجار لغم على طريق الدورية.",
            [.init(.killed, 2, 2, .exact, from: .security, victims: .securityForces)]
        ),
        GoldenCase(
            "singular with its nisba adjective before the verb",
            "أعلن الجيش أن جنديا أمريكيا قتل في هجوم على قاعدة شرق البلاد.",
            [.init(.killed, 1, 1, .exact, from: .military, victims: .securityForces)]
        ),
        GoldenCase(
            "severity after min al-musabin",
            "قالت الشرطة إن 5 أشخاص قتلوا، بينهم طفلان وامرأة، وإن 3 من المصابين في حالة حرجة.",
            [.init(.killed, 5, 5, .exact, from: .security)]
        ),
        GoldenCase(
            "breakdown with minhum after a total",
            "قال رئيس البلدية إن نحو 60 شخصا أصيبوا، وإن 12 منهم نقلوا إلى مستشفيات العاصمة.",
            [.init(.injured, 60, 60, .approx, from: .official)]
        ),
        GoldenCase(
            "one of the dead is no new figure",
            "قال مصدر أمني إن 5 مسلحين قتلوا في الاشتباك، وإن أحد القتلى قيادي بارز في الجماعة.",
            [.init(.killed, 5, 5, .exact, from: .security, victims: .combatants)]
        ),
    ]
}
