import ArabicText
import EventModel
import Lexicon
import Testing

@testable import EventExtraction

/// Golden tests for every date form. The reference date is Thursday 2024-09-19 unless a case says otherwise.
struct DateResolverTests {
    static let resolver: DateResolver = {
        do { return try DateResolver.load() } catch { fatalError("date lexicon failed to load: \(error)") }
    }()
    static let thursday = CalendarDate(year: 2024, month: 9, day: 19)

    struct Case: CustomStringConvertible, Sendable {
        var text: String
        var published: String?
        var expected: String?
        var precision: DatePrecision?
        var rule: String?
        var description: String { text }

        init(_ text: String, _ published: String?, _ expected: String?, _ precision: DatePrecision?, _ rule: String?) {
            self.text = text
            self.published = published
            self.expected = expected
            self.precision = precision
            self.rule = rule
        }
    }

    static let forms: [Case] = [
        // Weekdays: the most recent such day on or before published.
        Case("هاجم مسلحون قرية نائية يوم الثلاثاء.", "2024-09-19", "2024-09-17", .day, "date.weekday"),
        Case("سقطت قذائف على السوق الجمعة.", "2024-09-19", "2024-09-13", .day, "date.weekday"),
        Case("انفجرت عبوة ناسفة الخميس قرب الجسر.", "2024-09-19", "2024-09-19", .day, "date.weekday"),
        Case("وقع الانفجار مساء الإثنين في السوق.", "2024-09-19", "2024-09-16", .day, "date.weekday"),
        Case("قتل جندي في هجوم الخميس الماضي.", "2024-09-19", "2024-09-12", .day, "date.weekday.past"),
        // "غداة X": X happened the day before.
        Case("قال الوزير إن التحقيق سيبدأ غداة المواجهات.", "2024-09-14", "2024-09-13", .day, "date.day_after"),
        // A weekday between commas after an opening reporting verb and its long subject dates the statement.
        Case("طالب رئيس المجلس المحلي للمدينة، محمد علي، الأحد، بالتحقيق في مقتل ثلاثة أشخاص أمس.", "2024-09-15", "2024-09-14",
             .day, "date.yesterday"),
        Case("قتل جنديان في كمين السبت الماضي.", "2024-09-19", "2024-09-14", .day, "date.weekday.past"),
        Case("قتل حارسان ليل الثلاثاء الأربعاء في هجوم.", "2024-09-19", "2024-09-17", .day, "date.weekday"),
        Case("أعلنت الشرطة اليوم (الأحد) مقتل مسلحين.", "2024-09-15", "2024-09-15", .day, "date.weekday"),
        // Relative words.
        Case("قتل ثلاثة مدنيين أمس في قصف مدفعي.", "2024-09-19", "2024-09-18", .day, "date.yesterday"),
        Case("وقع الهجوم بالأمس على حاجز للجيش.", "2024-09-19", "2024-09-18", .day, "date.yesterday"),
        Case("اندلعت اشتباكات أول أمس في المدينة.", "2024-09-19", "2024-09-17", .day, "date.day_before_yesterday"),
        Case("اندلعت اشتباكات أول من أمس في المدينة.", "2024-09-19", "2024-09-17", .day, "date.day_before_yesterday"),
        Case("قتل خمسة أشخاص اليوم في انفجار.", "2024-09-19", "2024-09-19", .day, "date.today"),
        Case("سمع دوي انفجارات الليلة الماضية في العاصمة.", "2024-09-19", "2024-09-18", .day, "date.last_night"),
        Case("شنت طائرات غارات فجر اليوم على البلدة.", "2024-09-19", "2024-09-19", .day, "date.today.dawn"),
        Case("اقتحم مسلحون المخفر مساء أمس.", "2024-09-19", "2024-09-18", .day, "date.yesterday.evening"),
        Case("قتل العشرات في وقت سابق من هذا الأسبوع.", "2024-09-19", "2024-09-17", .week, "date.earlier_this_week"),
        Case("قتل جنديان أمس الأربعاء في كمين.", "2024-09-19", "2024-09-18", .day, "date.weekday"),
        // Explicit dates: Egyptian/Gulf and Levantine month names, alternates, digits.
        Case("وقع الهجوم في 17 سبتمبر 2024 قرب المطار.", "2024-09-19", "2024-09-17", .day, "date.explicit.day_month_year"),
        Case("وقع الهجوم في 17 أيلول 2024 قرب المطار.", nil, "2024-09-17", .day, "date.explicit.day_month_year"),
        Case("قتل اثنان في 3 كانون الثاني 2023 في هجوم.", nil, "2023-01-03", .day, "date.explicit.day_month_year"),
        Case("قتل اثنان يوم 5 أيلول/سبتمبر في هجوم.", "2024-09-19", "2024-09-05", .day, "date.explicit.day_month"),
        Case("قتل اثنان في 12 ديسمبر (كانون الأول) في هجوم.", "2024-01-10", "2023-12-12", .day, "date.explicit.day_month"),
        Case("وقع التفجير بتاريخ 17/9/2024 في السوق.", nil, "2024-09-17", .day, "date.numeric"),
        Case("وقع التفجير بتاريخ ١٧/٩/٢٠٢٤ في السوق.", nil, "2024-09-17", .day, "date.numeric"),
        Case("اندلعت احتجاجات في مارس 2024 في المدينة.", nil, "2024-03-01", .month, "date.explicit.month_year"),
        Case("قتل أربعة في السابع من يونيو 2015 في كمين.", nil, "2015-06-07", .day, "date.explicit.ordinal_month_year"),
        Case("قتل أربعة في الحادي والعشرين من أيلول في كمين.", "2024-09-25", "2024-09-21", .day, "date.explicit.ordinal_month"),
        Case("قتل جنديان قبل يومين في كمين.", "2024-09-19", "2024-09-17", .day, "date.two_days_ago"),
        // A weekday and an explicit date that disagree (mistyped year): the weekday wins.
        Case("قتل ستون اليوم السبت 07 يناير 2016 في تفجير.", "2017-01-07", "2017-01-07", .day, "date.weekday.explicit_mismatch"),
        Case("قتل ستون الأربعاء 11 يناير 2017 في تفجير.", "2017-01-11", "2017-01-11", .day, "date.explicit.day_month_year"),
        Case("قتل عشرون خلال الساعات الـ24 الماضية في المعارك.", "2018-08-12", "2018-08-12", .day, "date.last_24_hours"),
        // Dateline at the head of the report: resolves relative words when published is missing.
        Case("بغداد - 12 مارس 2023: قتل شرطي أمس في هجوم على حاجز.", nil, "2023-03-11", .day, "date.yesterday"),
        // No published and no explicit date: nothing.
        Case("قتل جندي يوم الثلاثاء في هجوم.", nil, nil, nil, nil),
        Case("قتل ثلاثة أمس في قصف.", nil, nil, nil, nil),
        // No date words at all.
        Case("قتل ثلاثة في قصف على البلدة.", "2024-09-19", nil, nil, nil),
    ]

    @Test("every date form resolves against published", arguments: forms)
    func form(_ c: Case) throws {
        let published = c.published.flatMap(CalendarDate.init(iso:))
        let found = Self.resolver.eventDate(in: WordSequence(text: c.text), published: published)
        #expect(found?.date.value.description == c.expected)
        #expect(found?.date.precision == c.precision)
        #expect(found?.rule == c.rule)
    }

    static let analyzer: TextAnalyzer = {
        do { let lexicon = try TextLexicon.load(); return TextAnalyzer(numbers: lexicon.numbers, clitics: lexicon.clitics) } catch { fatalError("text lexicon failed to load: \(error)") }
    }()

    @Test("the text stage's tokens give the same dates", arguments: forms)
    func formFromTokens(_ c: Case) throws {
        let published = c.published.flatMap(CalendarDate.init(iso:))
        let words = WordSequence(analyzed: Self.analyzer.analyze(c.text))
        let found = Self.resolver.eventDate(in: words, published: published)
        #expect(found?.date.value.description == c.expected)
        #expect(found?.date.precision == c.precision)
    }

    @Test("impossible or empty input gives no day date and no crash", arguments: [
        "", "،،، ...", "وقع الهجوم في 31 فبراير 2024.", "وقع الهجوم بتاريخ 17/13/2024.", "وقع في 0 مارس 2024.", "يوم", "أمس التالي",
    ])
    func robustness(_ text: String) {
        #expect(Self.resolver.eventDate(in: WordSequence(text: text), published: Self.thursday) == nil)
        // Without a reference, an impossible day still leaves its month and year.
        let found = Self.resolver.eventDate(in: WordSequence(analyzed: Self.analyzer.analyze(text)), published: nil)
        #expect(found == nil || found?.date.precision == .month)
    }

    @Test("the span covers the expression as written")
    func span() throws {
        let text = "قتل جندي مساءَ أمسِ في كمين."
        let found = try #require(Self.resolver.eventDate(in: WordSequence(text: text), published: Self.thursday))
        let span = try #require(found.date.span)
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        #expect(String(view) == "مساءَ أمسِ")
    }

    @Test("a weekday on the published day is that day; with الماضي it is a week earlier")
    func weekdayArithmetic() {
        #expect(DateResolver.weekday(4, onOrBefore: Self.thursday) == Self.thursday)
        #expect(DateResolver.weekday(5, onOrBefore: Self.thursday) == CalendarDate(year: 2024, month: 9, day: 13))
        #expect(DateResolver.weekday(4, after: Self.thursday) == CalendarDate(year: 2024, month: 9, day: 26))
        #expect(DateResolver.firstOfMonth(-1, from: CalendarDate(year: 2024, month: 1, day: 20)) == CalendarDate(year: 2023, month: 12, day: 1))
        #expect(DateResolver.inferYear(month: 12, day: 30, reference: CalendarDate(year: 2024, month: 1, day: 2))
            == CalendarDate(year: 2023, month: 12, day: 30))
    }

    struct RoleCase: Sendable, CustomStringConvertible {
        var text: String
        var role: DateRole
        var description: String { text }
    }

    static let roles: [RoleCase] = [
        RoleCase(text: "ستجرى الانتخابات يوم الأحد المقبل.", role: .future),
        RoleCase(text: "ستجرى الانتخابات في 25 سبتمبر 2024.", role: .future),
        RoleCase(text: "تشهد البلاد نزاعا منذ عام 2012 وقتل الآلاف في مارس 2013.", role: .background),
        RoleCase(text: "قال الجيش، الأربعاء، إن ثلاثة جنود قتلوا.", role: .report),
        RoleCase(text: "تتواصل المعارك منذ الأربعاء في البلدة.", role: .since),
        RoleCase(text: "القاهرة - 18 سبتمبر 2024: قتل شرطي.", role: .dateline),
    ]

    @Test("context decides what a date dates", arguments: roles)
    func role(_ c: RoleCase) {
        let mentions = Self.resolver.mentions(in: WordSequence(text: c.text), published: Self.thursday)
        #expect(mentions.last?.role == c.role)
    }

    @Test("the event date is the one nearest the trigger, not the report date")
    func nearestTrigger() throws {
        let text = "أعلن الجيش، الأحد، أن عشرة مسلحين قتلوا في اشتباكات اندلعت صباح الخميس في قرية نائية."
        let words = WordSequence(text: text)
        let trigger = try #require(words.keys.firstIndex(of: MatchKey.fold("اشتباكات")))
        let published = CalendarDate(year: 2018, month: 3, day: 11)
        let found = try #require(Self.resolver.eventDate(in: words, published: published, near: trigger..<trigger + 1))
        #expect(found.date.value == CalendarDate(year: 2018, month: 3, day: 8))
    }

    @Test("a day inside 'earlier this week' refines it")
    func refinement() throws {
        let text = "قتل العشرات في هجوم في وقت سابق من هذا الأسبوع.\nونفذ المسلحون الهجوم يوم الثلاثاء على ثكنة."
        let found = try #require(Self.resolver.eventDate(in: WordSequence(text: text), published: Self.thursday))
        #expect(found.date.value == CalendarDate(year: 2024, month: 9, day: 17))
        #expect(found.date.precision == .day)
    }
}
