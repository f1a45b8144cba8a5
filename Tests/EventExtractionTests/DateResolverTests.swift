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
    }

    static let forms: [Case] = [
        // Weekdays: the most recent such day on or before published.
        Case(text: "هاجم مسلحون قرية نائية يوم الثلاثاء.", published: "2024-09-19", expected: "2024-09-17", precision: .day, rule: "date.weekday"),
        Case(text: "سقطت قذائف على السوق الجمعة.", published: "2024-09-19", expected: "2024-09-13", precision: .day, rule: "date.weekday"),
        Case(text: "انفجرت عبوة ناسفة الخميس قرب الجسر.", published: "2024-09-19", expected: "2024-09-19", precision: .day, rule: "date.weekday"),
        Case(text: "وقع الانفجار مساء الإثنين في السوق.", published: "2024-09-19", expected: "2024-09-16", precision: .day, rule: "date.weekday"),
        Case(text: "قتل جندي في هجوم الخميس الماضي.", published: "2024-09-19", expected: "2024-09-12", precision: .day, rule: "date.weekday.past"),
        Case(text: "قتل جنديان في كمين السبت الماضي.", published: "2024-09-19", expected: "2024-09-14", precision: .day, rule: "date.weekday.past"),
        Case(text: "قتل حارسان ليل الثلاثاء الأربعاء في هجوم.", published: "2024-09-19", expected: "2024-09-17", precision: .day, rule: "date.weekday"),
        Case(text: "أعلنت الشرطة اليوم (الأحد) مقتل مسلحين.", published: "2024-09-15", expected: "2024-09-15", precision: .day, rule: "date.weekday"),
        // Relative words.
        Case(text: "قتل ثلاثة مدنيين أمس في قصف مدفعي.", published: "2024-09-19", expected: "2024-09-18", precision: .day, rule: "date.yesterday"),
        Case(text: "وقع الهجوم بالأمس على حاجز للجيش.", published: "2024-09-19", expected: "2024-09-18", precision: .day, rule: "date.yesterday"),
        Case(text: "اندلعت اشتباكات أول أمس في المدينة.", published: "2024-09-19", expected: "2024-09-17", precision: .day, rule: "date.day_before_yesterday"),
        Case(text: "اندلعت اشتباكات أول من أمس في المدينة.", published: "2024-09-19", expected: "2024-09-17", precision: .day, rule: "date.day_before_yesterday"),
        Case(text: "قتل خمسة أشخاص اليوم في انفجار.", published: "2024-09-19", expected: "2024-09-19", precision: .day, rule: "date.today"),
        Case(text: "سمع دوي انفجارات الليلة الماضية في العاصمة.", published: "2024-09-19", expected: "2024-09-18", precision: .day, rule: "date.last_night"),
        Case(text: "شنت طائرات غارات فجر اليوم على البلدة.", published: "2024-09-19", expected: "2024-09-19", precision: .day, rule: "date.today.dawn"),
        Case(text: "اقتحم مسلحون المخفر مساء أمس.", published: "2024-09-19", expected: "2024-09-18", precision: .day, rule: "date.yesterday.evening"),
        Case(text: "قتل العشرات في وقت سابق من هذا الأسبوع.", published: "2024-09-19", expected: "2024-09-17", precision: .week, rule: "date.earlier_this_week"),
        Case(text: "قتل جنديان أمس الأربعاء في كمين.", published: "2024-09-19", expected: "2024-09-18", precision: .day, rule: "date.weekday"),
        // Explicit dates: Egyptian/Gulf and Levantine month names, alternates, digits.
        Case(text: "وقع الهجوم في 17 سبتمبر 2024 قرب المطار.", published: "2024-09-19", expected: "2024-09-17", precision: .day, rule: "date.explicit.day_month_year"),
        Case(text: "وقع الهجوم في 17 أيلول 2024 قرب المطار.", published: nil, expected: "2024-09-17", precision: .day, rule: "date.explicit.day_month_year"),
        Case(text: "قتل اثنان في 3 كانون الثاني 2023 في هجوم.", published: nil, expected: "2023-01-03", precision: .day, rule: "date.explicit.day_month_year"),
        Case(text: "قتل اثنان يوم 5 أيلول/سبتمبر في هجوم.", published: "2024-09-19", expected: "2024-09-05", precision: .day, rule: "date.explicit.day_month"),
        Case(text: "قتل اثنان في 12 ديسمبر (كانون الأول) في هجوم.", published: "2024-01-10", expected: "2023-12-12", precision: .day, rule: "date.explicit.day_month"),
        Case(text: "وقع التفجير بتاريخ 17/9/2024 في السوق.", published: nil, expected: "2024-09-17", precision: .day, rule: "date.numeric"),
        Case(text: "وقع التفجير بتاريخ ١٧/٩/٢٠٢٤ في السوق.", published: nil, expected: "2024-09-17", precision: .day, rule: "date.numeric"),
        Case(text: "اندلعت احتجاجات في مارس 2024 في المدينة.", published: nil, expected: "2024-03-01", precision: .month, rule: "date.explicit.month_year"),
        // Dateline at the head of the report: resolves relative words when published is missing.
        Case(text: "بغداد - 12 مارس 2023: قتل شرطي أمس في هجوم على حاجز.", published: nil, expected: "2023-03-11", precision: .day, rule: "date.yesterday"),
        // No published and no explicit date: nothing.
        Case(text: "قتل جندي يوم الثلاثاء في هجوم.", published: nil, expected: nil, precision: nil, rule: nil),
        Case(text: "قتل ثلاثة أمس في قصف.", published: nil, expected: nil, precision: nil, rule: nil),
        // No date words at all.
        Case(text: "قتل ثلاثة في قصف على البلدة.", published: "2024-09-19", expected: nil, precision: nil, rule: nil),
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
        do { return TextAnalyzer(numbers: try TextLexicon.load().numbers) } catch { fatalError("text lexicon failed to load: \(error)") }
    }()

    @Test("the text stage's tokens give the same dates", arguments: forms)
    func formFromTokens(_ c: Case) throws {
        let published = c.published.flatMap(CalendarDate.init(iso:))
        let words = WordSequence(analyzed: Self.analyzer.analyze(c.text))
        let found = Self.resolver.eventDate(in: words, published: published)
        #expect(found?.date.value.description == c.expected)
        #expect(found?.date.precision == c.precision)
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
        let found = try #require(Self.resolver.eventDate(in: words, published: CalendarDate(year: 2018, month: 3, day: 11), near: trigger..<trigger + 1))
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
