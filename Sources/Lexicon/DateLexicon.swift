import EventModel

/// A relative date expression (أمس، اليوم، في وقت سابق من هذا الأسبوع): an offset from the reference date.
public struct RelativeDateWord: Hashable, Sendable {
    /// Signed offset in `unit` (days for `day` and `week`, months for `month`).
    public var offset: Int
    /// The unit of the offset, which is also the precision of the resolved date.
    public var unit: DatePrecision
    /// Stable rule id, e.g. `date.yesterday`.
    public var rule: String

    public init(offset: Int, unit: DatePrecision, rule: String) {
        self.offset = offset
        self.unit = unit
        self.rule = rule
    }
}

/// How a word after a weekday or month name moves it (الماضي، المقبل، الجاري).
public enum DateModifier: String, Sendable {
    case past, next, current
}

/// The words the date resolver needs, loaded from `ar/date_words.tsv`.
public struct DateLexicon: Sendable {
    public var months = PhraseTable<Int>()
    public var weekdays = PhraseTable<Int>()
    public var relatives = PhraseTable<RelativeDateWord>()
    public var modifiers = PhraseTable<DateModifier>()
    /// Parts of the day (صباح، مساء ...).
    public var partsOfDay = PhraseTable<Bool>()
    /// Nouns that introduce a weekday or a day number (يوم).
    public var dayNouns = PhraseTable<Bool>()
    /// Words that make a following date the start of a continuing event (منذ), with the precision they imply.
    public var since = PhraseTable<DatePrecision>()
    /// Words that make a following date background (منذ عام، حتى، قبل).
    public var background = PhraseTable<Bool>()
    /// Reporting verbs and nouns: a date right after them dates the report.
    public var reportWords = PhraseTable<Bool>()
    /// Words that, right after a relative word, show it is no date (اليوم التالي).
    public var cancelWords = PhraseTable<Bool>()
    /// Nouns that introduce a bare month name (شهر مارس).
    public var monthNouns = PhraseTable<Bool>()
    /// Ordinal day words (السابع = 7), read before من + a month name.
    public var ordinals = PhraseTable<Int>()
    /// Words joining an ordinal day to its month ("من" in السابع من يونيو), folded.
    public var ordinalLinks: Set<String> = []

    public init() {}

    public static let fileName = "ar/date_words.tsv"

    /// Loads `ar/date_words.tsv` from `source`.
    public static func load(from source: LexiconSource = .bundled) throws -> DateLexicon {
        try DateLexicon(file: source.load(fileName))
    }

    /// Builds the lexicon from a parsed file; rows with an unknown kind or a bad value are errors.
    public init(file: DataFile) throws {
        for row in file.rows {
            let kind = row[0]
            let phrase = row[1]
            func fail(_ message: String) -> LexiconError { LexiconError(file: file.name, line: row.line, message: message) }
            guard !phrase.isEmpty else { throw fail("empty phrase") }
            switch kind {
            case "month":
                guard let month = Int(row[2]), (1...12).contains(month) else { throw fail("month number 1...12 expected") }
                months.add(phrase, month)
            case "weekday":
                guard let day = Int(row[2]), (0...6).contains(day) else { throw fail("weekday 0 (Sunday) ... 6 expected") }
                weekdays.add(phrase, day)
            case "relative":
                guard let offset = Int(row[2]) else { throw fail("integer offset expected") }
                guard let unit = DatePrecision(rawValue: row[3]) else { throw fail("unit day | week | month expected") }
                guard !row[4].isEmpty else { throw fail("rule id expected") }
                relatives.add(phrase, RelativeDateWord(offset: offset, unit: unit, rule: row[4]))
            case "modifier":
                guard let modifier = DateModifier(rawValue: row[2]) else { throw fail("modifier past | next | current expected") }
                modifiers.add(phrase, modifier)
            case "part": partsOfDay.add(phrase, true)
            case "day_noun": dayNouns.add(phrase, true)
            case "since":
                guard let precision = DatePrecision(rawValue: row[2]) else { throw fail("precision day | week | month expected") }
                since.add(phrase, precision)
            case "background": background.add(phrase, true)
            case "report": reportWords.add(phrase, true)
            case "cancel": cancelWords.add(phrase, true)
            case "month_noun": monthNouns.add(phrase, true)
            case "ordinal":
                guard let day = Int(row[2]), (1...31).contains(day) else { throw fail("ordinal day 1...31 expected") }
                ordinals.add(phrase, day)
            case "ordinal_link": ordinalLinks.insert(MatchKey.fold(phrase))
            default: throw fail("unknown kind \"\(kind)\"")
            }
        }
        if months.isEmpty || weekdays.isEmpty { throw LexiconError(file: file.name, message: "no months or no weekdays") }
    }
}
