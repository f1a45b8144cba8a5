import ArabicText
import EventModel
import Testing

/// Number expressions: digits, number words, scales, vague quantities, modifiers, ranges and kinds.
///
/// Each expectation is written "kind qualifier min-max quote", with max "nil" for an open range.
@Suite struct QuantityTests {
    static func describe(_ q: Quantity, in text: String) -> String {
        "\(q.kind.rawValue) \(q.qualifier.rawValue) \(q.min)-\(q.max.map(String.init) ?? "nil") \(Fixtures.slice(text, q.span))"
    }

    static func quantities(_ text: String) throws -> [String] {
        let analyzed = try Fixtures.analyzer().analyze(text)
        return analyzed.quantities.map { describe($0, in: text) }
    }

    // MARK: - Digits

    static let digitsTable: [(String, [String])] = [
        ("قتل 5 أشخاص", ["count exact 5-5 5"]),
        ("قتل ٥ أشخاص", ["count exact 5-5 ٥"]),
        ("قتل ۵ نفر", ["count exact 5-5 ۵"]),
        ("سقط ٢٥٠ قتيلا", ["count exact 250-250 ٢٥٠"]),
        ("1,500 قتيل", ["count exact 1500-1500 1,500"]),
        ("١٬٥٠٠ قتيل", ["count exact 1500-1500 ١٬٥٠٠"]),
        ("۱٬۵۰۰ قتيل", ["count exact 1500-1500 ۱٬۵۰۰"]),
        ("1,234,567 نازح", ["count exact 1234567-1234567 1,234,567"]),
        ("١٬٢٣٤٬٥٦٧ نازح", ["count exact 1234567-1234567 ١٬٢٣٤٬٥٦٧"]),
        ("1.234.567 نازح", ["count exact 1234567-1234567 1.234.567"]),
        ("12,000,000 لاجئ", ["count exact 12000000-12000000 12,000,000"]),
        ("قتل 0 شخص", ["count exact 0-0 0"]),
    ]

    @Test(arguments: digitsTable)
    func digits(text: String, expected: [String]) throws {
        #expect(try Self.quantities(text) == expected)
    }

    // MARK: - Scale words after digits

    static let scalesTable: [(String, [String])] = [
        ("5 آلاف", ["count exact 5000-5000 5 آلاف"]),
        ("٥ آلاف", ["count exact 5000-5000 ٥ آلاف"]),
        ("10 آلاف", ["count exact 10000-10000 10 آلاف"]),
        ("20 ألف نازح", ["count exact 20000-20000 20 ألف"]),
        ("1.5 مليون", ["count exact 1500000-1500000 1.5 مليون"]),
        ("١٫٥ مليون", ["count exact 1500000-1500000 ١٫٥ مليون"]),
        ("۲٫۵ ملیون", ["count exact 2500000-2500000 ۲٫۵ ملیون"]),
        ("3 ملايين", ["count exact 3000000-3000000 3 ملايين"]),
        ("2 مليار", ["count exact 2000000000-2000000000 2 مليار"]),
    ]

    @Test(arguments: scalesTable)
    func scales(text: String, expected: [String]) throws {
        #expect(try Self.quantities(text) == expected)
    }

    // MARK: - Number words in every gender and case form

    static let wordsTable: [(String, Int)] = [
        ("صفر", 0), ("واحد", 1), ("واحدة", 1), ("اثنان", 2), ("اثنين", 2), ("اثنتان", 2), ("اثنتين", 2),
        ("ثلاثة", 3), ("ثلاث", 3), ("أربعة", 4), ("أربع", 4), ("خمسة", 5), ("خمس", 5), ("ستة", 6), ("ست", 6),
        ("سبعة", 7), ("سبع", 7), ("ثمانية", 8), ("ثماني", 8), ("تسعة", 9), ("تسع", 9), ("عشرة", 10), ("عشر", 10),
        ("أحد عشر", 11), ("إحدى عشرة", 11), ("اثنا عشر", 12), ("اثني عشر", 12), ("اثنتا عشرة", 12), ("اثنتي عشرة", 12),
        ("ثلاثة عشر", 13), ("ثلاث عشرة", 13), ("أربعة عشر", 14), ("خمسة عشر", 15), ("ستة عشر", 16), ("سبعة عشر", 17),
        ("ثمانية عشر", 18), ("تسعة عشر", 19), ("تسع عشرة", 19),
        ("عشرون", 20), ("عشرين", 20), ("ثلاثون", 30), ("ثلاثين", 30), ("أربعون", 40), ("أربعين", 40), ("خمسون", 50),
        ("خمسين", 50), ("ستون", 60), ("ستين", 60), ("سبعون", 70), ("سبعين", 70), ("ثمانون", 80), ("ثمانين", 80),
        ("تسعون", 90), ("تسعين", 90),
        ("مئة", 100), ("مائة", 100), ("مئتان", 200), ("مئتين", 200), ("مائتان", 200), ("مائتين", 200),
        ("ثلاثمئة", 300), ("ثلاثمائة", 300), ("ثلاث مئة", 300), ("أربعمئة", 400), ("خمسمئة", 500), ("ستمئة", 600),
        ("سبعمئة", 700), ("ثمانمئة", 800), ("تسعمئة", 900), ("تسعمائة", 900),
        ("ألف", 1000), ("ألفان", 2000), ("ألفين", 2000), ("ثلاثة آلاف", 3000), ("عشرة آلاف", 10_000),
        ("أحد عشر ألفا", 11_000), ("عشرون ألفا", 20_000), ("خمسة وعشرون ألفا", 25_000), ("مئة ألف", 100_000),
        ("ثلاثمئة ألف", 300_000), ("مليون", 1_000_000), ("مليونان", 2_000_000), ("مليونين", 2_000_000),
        ("خمسة ملايين", 5_000_000), ("عشرة ملايين", 10_000_000), ("عشرون مليونا", 20_000_000), ("مليار", 1_000_000_000),
        ("ثلاثة مليارات", 3_000_000_000),
        // Compounds joined with و
        ("سبعة وسبعون", 77), ("مئة وخمسة وعشرين", 125), ("واحد وعشرون", 21), ("ثمانية وتسعين", 98), ("ألف ومئتان", 1200),
        ("ألفان وخمسمئة", 2500), ("ثلاثة آلاف وخمسمئة وعشرون", 3520), ("مليون ومئتا ألف", 1_200_000),
        ("مئتان وثلاثة", 203), ("ألف وتسعمئة وتسعة وتسعون", 1999),
    ]

    @Test(arguments: wordsTable)
    func numberWords(text: String, value: Int) throws {
        #expect(try Self.quantities(text) == ["count exact \(value)-\(value) \(text)"])
    }

    static let wordsInContextTable: [(String, [String])] = [
        ("قتل سبعة وسبعون شخصا", ["count exact 77-77 سبعة وسبعون"]),
        ("وثلاثة جرحى", ["count exact 3-3 ثلاثة"]),
        ("قتل ثلاثة وجرح خمسة", ["count exact 3-3 ثلاثة", "count exact 5-5 خمسة"]),
        ("ثلاثة أشخاص وأربعة", ["count exact 3-3 ثلاثة", "count exact 4-4 أربعة"]),
        ("خَمْسَةُ قتلى", ["count exact 5-5 خَمْسَةُ"]),
    ]

    @Test(arguments: wordsInContextTable)
    func numberWordsInContext(text: String, expected: [String]) throws {
        #expect(try Self.quantities(text) == expected)
    }

    // MARK: - Vague quantities

    static let vagueTable: [(String, Int, Int, String)] = [
        ("عدة أشخاص", 3, 9, "عدة"), ("بضعة جنود", 3, 9, "بضعة"), ("بضع نساء", 3, 9, "بضع"), ("بعض المدنيين", 3, 9, "بعض"),
        ("عدد من الجرحى", 3, 9, "عدد من"), ("عشرات القتلى", 20, 99, "عشرات"), ("بضع عشرات", 20, 99, "بضع عشرات"),
        ("بضعة عشرات", 20, 99, "بضعة عشرات"), ("مئات الجرحى", 200, 999, "مئات"), ("آلاف النازحين", 2000, 9999, "آلاف"),
        ("عشرات الآلاف", 20_000, 99_999, "عشرات الآلاف"), ("مئات الآلاف", 200_000, 999_999, "مئات الآلاف"),
        ("ملايين اللاجئين", 2_000_000, 9_999_999, "ملايين"), ("والعشرات", 20, 99, "والعشرات"),
    ]

    @Test(arguments: vagueTable)
    func vague(text: String, min: Int, max: Int, quote: String) throws {
        #expect(try Self.quantities(text) == ["count vague \(min)-\(max) \(quote)"])
    }

    // MARK: - Modifiers and ranges

    static let modifiersTable: [(String, [String])] = [
        ("نحو 20", ["count approx 20-20 نحو 20"]),
        ("حوالي 20", ["count approx 20-20 حوالي 20"]),
        ("ونحو 100", ["count approx 100-100 ونحو 100"]),
        // A modifier after a number that opens the next one is the next one's.
        ("30 وأكثر من 100", ["count exact 30-30 30", "count at_least 100-nil وأكثر من 100"]),
        ("مالايقل عن ستة", ["count at_least 6-nil مالايقل عن ستة"]),
        ("قدرت بنحو 40", ["count approx 40-40 بنحو 40"]),
        ("قرابة 300", ["count approx 300-300 قرابة 300"]),
        ("زهاء 400", ["count approx 400-400 زهاء 400"]),
        ("ما يقارب 30", ["count approx 30-30 ما يقارب 30"]),
        ("ما يناهز 40", ["count approx 40-40 ما يناهز 40"]),
        ("20 تقريبا", ["count approx 20-20 20 تقريبا"]),
        ("نحو خمسين", ["count approx 50-50 نحو خمسين"]),
        ("أكثر من 70", ["count at_least 70-nil أكثر من 70"]),
        ("ما لا يقل عن 70", ["count at_least 70-nil ما لا يقل عن 70"]),
        ("ما يزيد على 70", ["count at_least 70-nil ما يزيد على 70"]),
        ("يزيد عن 70", ["count at_least 70-nil يزيد عن 70"]),
        ("فوق 70", ["count at_least 70-nil فوق 70"]),
        ("10 على الأقل", ["count at_least 10-nil 10 على الأقل"]),
        ("أكثر من عشرين", ["count at_least 20-nil أكثر من عشرين"]),
        ("أكثر من عشرات", ["count at_least 20-nil أكثر من عشرات"]),
        ("ما يصل إلى 50", ["count at_most 0-50 ما يصل إلى 50"]),
        ("حتى 50 قتيلا", ["count at_most 0-50 حتى 50"]),
        ("أقل من 50", ["count at_most 0-50 أقل من 50"]),
        ("لا يتجاوز 50", ["count at_most 0-50 لا يتجاوز 50"]),
        ("بين 10 و15 قتيلا", ["count range 10-15 بين 10 و15"]),
        ("بين 10 و 15", ["count range 10-15 بين 10 و 15"]),
        ("بين ١٠ و١٥", ["count range 10-15 بين ١٠ و١٥"]),
        ("ما بين 5 و7", ["count range 5-7 ما بين 5 و7"]),
        ("من 10 إلى 15", ["count range 10-15 من 10 إلى 15"]),
        ("من 10 الى 15", ["count range 10-15 من 10 الى 15"]),
        ("10-15 قتيلا", ["count range 10-15 10-15"]),
        ("10 - 15", ["count range 10-15 10 - 15"]),
        ("10–15", ["count range 10-15 10–15"]),
        ("بين عشرة وخمسة عشر", ["count range 10-15 بين عشرة وخمسة عشر"]),
        ("من عشرة إلى عشرين", ["count range 10-20 من عشرة إلى عشرين"]),
        ("قتل من 5 أشخاص", ["count exact 5-5 5"]),
        ("15-10", ["count exact 15-15 15", "count exact 10-10 10"]),
    ]

    @Test(arguments: modifiersTable)
    func modifiers(text: String, expected: [String]) throws {
        #expect(try Self.quantities(text) == expected)
    }

    // MARK: - Kinds other than counts

    static let kindsTable: [(String, [String])] = [
        // Decades
        ("في السبعينيات", ["decade range 70-79 السبعينيات"]),
        ("رجل في الثمانينات من عمره", ["decade range 80-89 الثمانينات"]),
        // Fractions and percentages
        ("نصف السكان", ["fraction exact 0-nil نصف"]),
        ("ربع المنازل", ["fraction exact 0-nil ربع"]),
        ("ثلث الضحايا", ["fraction exact 0-nil ثلث"]),
        ("ثلاثة أرباع المباني", ["fraction exact 0-nil ثلاثة أرباع"]),
        ("20%", ["percent exact 20-20 20"]),
        ("٢٠٪", ["percent exact 20-20 ٢٠"]),
        ("20 في المئة", ["percent exact 20-20 20"]),
        ("20 بالمئة", ["percent exact 20-20 20"]),
        ("12.5%", ["percent exact 12-12 12.5"]),
        ("3.5 في المئة", ["percent exact 3-3 3.5"]),
        // Years
        ("عام 2024", ["year exact 2024-2024 2024"]),
        ("في 2024", ["year exact 2024-2024 2024"]),
        ("منذ عام 1990", ["year exact 1990-1990 1990"]),
        ("سنة 2015", ["year exact 2015-2015 2015"]),
        ("عام ٢٠٢٣", ["year exact 2023-2023 ٢٠٢٣"]),
        // Dates
        ("في 17/9/2024", ["date exact 17-nil 17/9/2024"]),
        ("يوم 3 يناير", ["date exact 3-3 3"]),
        ("في 15 أيلول", ["date exact 15-15 15"]),
        ("في 3 أكتوبر 2023", ["date exact 3-3 3", "year exact 2023-2023 2023"]),
        // Times
        ("الساعة 10:30", ["time exact 10-nil 10:30"]),
        ("عند 10:30 مساء", ["time exact 10-nil 10:30"]),
        ("الساعة 10", ["time exact 10-10 10"]),
        ("الساعة 10.30 مساء", ["time exact 10-10 10.30"]),
        ("في العاشرة صباحا", ["time exact 10-10 العاشرة"]),
        ("الساعة الثالثة فجرا", ["time exact 3-3 الثالثة"]),
        // Ages
        ("طفل في العاشرة", ["age exact 10-10 العاشرة"]),
        ("طفلة في الثالثة من عمرها", ["age exact 3-3 الثالثة"]),
        ("شاب في الخامسة والعشرين من عمره", ["age exact 25-25 الخامسة والعشرين"]),
        ("عمره 30 عاما", ["age exact 30-30 30"]),
        ("يبلغ من العمر 30 عاما", ["age exact 30-30 30"]),
        ("البالغ من العمر 12 عاما", ["age exact 12-12 12"]),
        ("ارتفعت الحصيلة ليبلغ 45 قتيلا", ["count exact 45-45 45"]),
        ("طفل يبلغ 10 أعوام", ["other exact 10-10 10"]),
        // Ordinals
        ("الجندي الثالث", ["ordinal exact 3-3 الثالث"]),
        ("للمرة الثانية", ["ordinal exact 2-2 الثانية"]),
        ("الطابق الحادي عشر", ["ordinal exact 11-11 الحادي عشر"]),
        ("القرن العشرين", ["ordinal exact 20-20 العشرين"]),
        ("الذكرى الخامسة والعشرون", ["ordinal exact 25-25 الخامسة والعشرون"]),
        // Phone numbers and ids
        ("رقم 123", ["other exact 123-123 123"]),
        ("اتصل على 0991234567", ["other exact 991234567-991234567 0991234567"]),
        ("اتصل على 0991-234-567", ["other exact 991-991 0991-234-567"]),
        ("اتصل على +963 991 234 567", ["other exact 963-963 963 991 234 567"]),
        ("99999999999999999999999", ["other exact 0-nil 99999999999999999999999"]),
        // Money
        ("50 دولارا", ["money exact 50-50 50"]),
        ("50 ألف دولار", ["money exact 50000-50000 50 ألف"]),
        ("5 ملايين دينار", ["money exact 5000000-5000000 5 ملايين"]),
        ("100 يورو", ["money exact 100-100 100"]),
        ("مليار شلن", ["money exact 1000000000-1000000000 مليار"]),
        ("200 شيكل", ["money exact 200-200 200"]),
        ("30 ألف روبل", ["money exact 30000-30000 30 ألف"]),
        ("$50", ["money exact 50-50 50"]),
        ("€100", ["money exact 100-100 100"]),
        // Other measures
        ("5 كيلومترات", ["other exact 5-5 5"]),
        ("3 أيام", ["other exact 3-3 3"]),
        ("10 سنوات", ["other exact 10-10 10"]),
        ("3.5", ["other exact 3-3 3.5"]),
    ]

    @Test(arguments: kindsTable)
    func kinds(text: String, expected: [String]) throws {
        #expect(try Self.quantities(text) == expected)
    }

    // MARK: - Several in a passage

    @Test func passage() throws {
        let text = "قُتل ١٢ شخصا وأصيب نحو 30 آخرين، بينهم عشرات الأطفال، في هجوم وقع عام 2024 الساعة 10:30."
        #expect(try Self.quantities(text) == [
            "count exact 12-12 ١٢", "count approx 30-30 نحو 30", "count vague 20-99 عشرات", "year exact 2024-2024 2024",
            "time exact 10-nil 10:30",
        ])
    }

    @Test func spansAndTokensAgree() throws {
        let text = "قتل أكثر من ٧٠ شخصا، وجرح ما بين 10 و15، ونزح عشرات الآلاف"
        let analyzed = try Fixtures.analyzer().analyze(text)
        #expect(analyzed.quantities.count == 3)
        for q in analyzed.quantities {
            let first = analyzed.tokens[q.tokens.lowerBound].span, last = analyzed.tokens[q.tokens.upperBound - 1].span
            #expect(first.start <= q.span.start && q.span.end == last.end)
            #expect(analyzed.quote(q.span) == Fixtures.slice(text, q.span))
        }
    }
}

/// The text stage alone (no per-word segmentation) reads the same number expressions as the full analysis.
@Suite("Quantities without word segmentation")
struct QuantitiesWithoutSegmentationTests {
    @Test(arguments: [
        "قتل أكثر من 70 شخصا وأصيب نحو 255 آخرين في الهجوم",
        "وأعلنت الوزارة مقتل عشرات المدنيين وإصابة بضعة جنود منذ عام 2012",
        "بين 10 و15 قتيلا، والعشرات من الجرحى، وما لا يقل عن ثلاثة وعشرين مفقودا",
        "في السبعينيات، عند الساعة 10:30 من يوم 17/9/2024، دفع 500 دولار بنسبة 40%",
        "لقي مئات الأشخاص حتفهم وجرح الآلاف، وأجبر الملايين على النزوح",
    ])
    func sameQuantities(_ text: String) throws {
        let analyzer = try Fixtures.analyzer()
        #expect(analyzer.analyze(text, segmentingWords: false).quantities == analyzer.analyze(text).quantities)
    }
}
