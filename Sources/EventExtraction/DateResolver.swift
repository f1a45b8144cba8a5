import EventModel
import Lexicon

/// Finds date expressions in a report and resolves them against the publication date (or the dateline).
///
/// Forms read (rule ids in brackets):
/// - weekdays, optionally after a part of the day or يوم, optionally with الماضي/المقبل [`date.weekday`, `date.weekday.past`,
///   `date.weekday.next`]: the most recent such day on or before the reference date;
/// - relative words from the lexicon (أمس، أول أمس، اليوم، الليلة الماضية، فجر اليوم، مساء أمس، في وقت سابق من هذا الأسبوع ...)
///   [their own ids, e.g. `date.yesterday`]; a weekday right after one (أمس الأربعاء) names the day [`date.weekday`];
/// - day + month name (either set, with an optional second name: سبتمبر/أيلول، سبتمبر (أيلول)) + optional year
///   [`date.explicit.day_month_year`, `date.explicit.day_month`]; month + year [`date.explicit.month_year`];
/// - an ordinal day word + من + month (+ year): السابع من يونيو [`date.explicit.ordinal_month_year`, `..._month`];
/// - digits d/m/y (or y/m/d) [`date.numeric`];
/// - a weekday followed by an explicit date whose weekday differs (a mistyped year): the weekday
///   [`date.weekday.explicit_mismatch`];
/// - an explicit date at the head of the report, before a dash or colon: the dateline [role `dateline`], which is also the
///   reference when `published` is missing.
/// With no reference date, only expressions that carry their year resolve.
public struct DateResolver: Sendable {
    public var lexicon: DateLexicon {
        didSet { starts = Self.starts(of: lexicon) }
    }
    /// First words of every table a date expression can start with: most words start none, and `read` lets them go
    /// after one lookup instead of trying seven tables.
    private var starts: PhraseStarts
    /// A reporting word this many tokens or fewer before a date makes it the report's date.
    public var reportWindow = 4
    /// How far into a sentence that opens with a reporting verb a date between commas still dates the statement.
    public var openingReportWindow = 10
    /// Dates more than this many days before the reference are background.
    public var backgroundDays = 30
    /// Only the first this many tokens can hold a dateline.
    public var datelineTokens = 14

    public init(lexicon: DateLexicon) {
        self.lexicon = lexicon
        starts = Self.starts(of: lexicon)
    }

    /// The tables `read` tries at a word's own position: parts of the day, day nouns, ordinals, weekdays, relative
    /// words, month nouns and months.
    private static func starts(of lexicon: DateLexicon) -> PhraseStarts {
        var starts = PhraseStarts()
        starts.add(lexicon.partsOfDay)
        starts.add(lexicon.dayNouns)
        starts.add(lexicon.ordinals)
        starts.add(lexicon.weekdays)
        starts.add(lexicon.relatives)
        starts.add(lexicon.monthNouns)
        starts.add(lexicon.months)
        return starts
    }

    /// The `EventTable` bits of the `starts` tables.
    private static var readBits: UInt64 {
        EventTable.partsOfDay.bit | EventTable.dayNouns.bit | EventTable.ordinals.bit | EventTable.weekdays.bit | EventTable.relatives.bit
            | EventTable.monthNouns.bit | EventTable.months.bit
    }

    public static func load(from source: LexiconSource = .bundled) throws -> DateResolver {
        DateResolver(lexicon: try DateLexicon.load(from: source))
    }

    // MARK: - Date arithmetic

    /// The most recent `weekday` (0 = Sunday) on or before `reference`.
    public static func weekday(_ weekday: Int, onOrBefore reference: CalendarDate) -> CalendarDate {
        reference.adding(days: -((reference.weekday - weekday + 7) % 7))
    }

    /// The first `weekday` strictly after `reference`.
    public static func weekday(_ weekday: Int, after reference: CalendarDate) -> CalendarDate {
        let ahead = (weekday - reference.weekday + 7) % 7
        return reference.adding(days: ahead == 0 ? 7 : ahead)
    }

    /// The first day of the month `months` months from `date`'s month.
    public static func firstOfMonth(_ months: Int, from date: CalendarDate) -> CalendarDate {
        let index = date.year * 12 + (date.month - 1) + months
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        return CalendarDate(year: year, month: index - year * 12 + 1, day: 1)
    }

    /// The most recent `day`/`month` on or before `reference` (this year's, or last year's when this year's is later).
    public static func inferYear(month: Int, day: Int, reference: CalendarDate) -> CalendarDate? {
        for year in [reference.year, reference.year - 1] where day <= CalendarDate.daysIn(month: month, year: year) {
            let date = CalendarDate(year: year, month: month, day: day)
            if date <= reference { return date }
        }
        return nil
    }

    // MARK: - Finding dates

    /// Every date expression in `words`, resolved against `published` (or the dateline when `published` is nil).
    public func mentions(in words: WordSequence, published: CalendarDate?) -> [DateMention] {
        var found = scan(words, reference: published)
        if published == nil, let dateline = found.first(where: { $0.role == .dateline }) {
            found = scan(words, reference: dateline.date.value)
        }
        return found
    }

    /// The date of the event whose trigger covers `anchor` (token range): the nearest event date to it (same sentence
    /// first), falling back to a report or dateline date. A week or month date is refined by a day date inside it.
    /// With no anchor the head of the text is the anchor.
    public func eventDate(in words: WordSequence, published: CalendarDate?, near anchor: Range<Int>? = nil) -> DateMention? {
        eventDate(among: mentions(in: words, published: published), in: words, near: anchor)
    }

    /// As `eventDate(in:published:near:)`, choosing among mentions already found in `words` (find them once per
    /// document when several events need a date).
    public func eventDate(among all: [DateMention], in words: WordSequence, near anchor: Range<Int>? = nil) -> DateMention? {
        let anchorRange = anchor ?? 0..<min(1, words.count)
        let anchorSentence = anchorRange.lowerBound < words.count ? words[anchorRange.lowerBound].sentence : 0

        func cost(_ m: DateMention) -> Int {
            let distance: Int
            if m.tokens.upperBound <= anchorRange.lowerBound {
                distance = anchorRange.lowerBound - m.tokens.upperBound
            } else if m.tokens.lowerBound >= anchorRange.upperBound {
                distance = m.tokens.lowerBound - anchorRange.upperBound
            } else {
                distance = 0
            }
            return distance + 60 * abs(m.sentence - anchorSentence)
        }
        let events = all.filter { $0.role == .event || $0.role == .since }
        let pool = events.isEmpty ? all.filter { $0.role == .report || $0.role == .dateline } : events
        guard var best = pool.min(by: { cost($0) < cost($1) }) else { return nil }
        if best.date.precision != .day {
            let range = coveredDays(best)
            let refinements = events.filter { $0.date.precision == .day && range.contains($0.date.value.dayNumber) }
            if let day = refinements.min(by: { cost($0) < cost($1) }) { best = day }
        }
        return best
    }

    /// Convenience: the event date of a text near its head.
    public func eventDate(text: String, published: CalendarDate?) -> EventDate? {
        eventDate(in: WordSequence(text: text), published: published)?.date
    }

    /// The day numbers a week or month date stands for.
    private func coveredDays(_ m: DateMention) -> ClosedRange<Int> {
        let value = m.date.value
        switch m.date.precision {
        case .day: return value.dayNumber...value.dayNumber
        case .week: return (value.dayNumber - 6)...(value.dayNumber + 6)
        case .month:
            let first = CalendarDate(year: value.year, month: value.month, day: 1)
            return first.dayNumber...(first.dayNumber + CalendarDate.daysIn(month: value.month, year: value.year) - 1)
        }
    }

    // MARK: - Scanning

    private func scan(_ words: WordSequence, reference: CalendarDate?) -> [DateMention] {
        var found: [DateMention] = []
        var i = 0
        while i < words.count {
            // A word where no date table starts, or a punctuation mark, starts no date expression (passed over in one
            // loop over the start masks when the view has them).
            i = Self.nextCandidate(in: words, from: i)
            guard i < words.count else { break }
            if words[i].kind != .number, !(words.mayStart(bit: Self.readBits, at: i) ?? (words[i].kind == .word)) {
                i += 1
                continue
            }
            if let (value, precision, rule, end, modifier) = read(words, at: i, reference: reference) {
                let role = self.role(words, tokens: i..<end, value: value, precision: precision, rule: rule, modifier: modifier,
                                     reference: reference)
                var date = EventDate(value: value, precision: precision, span: words.span(of: i..<end))
                if role == .since, let since = sincePrecision(words, before: i) { date.precision = since }
                found.append(DateMention(date: date, role: role, rule: rule, tokens: i..<end, sentence: words[i].sentence))
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    /// The first token at or after `i` that is a number or a word where a table of `read` may start a phrase by the
    /// start masks; `i` itself when the view has no masks.
    private static func nextCandidate(in words: WordSequence, from i: Int) -> Int {
        guard !words.startMasks.isEmpty else { return i }
        let bits = readBits
        return words.tokens.withUnsafeBufferPointer { tokens in
            words.startMasks.withUnsafeBufferPointer { masks in
                let n = min(masks.count, tokens.count)
                var k = i
                while k < n && masks[k] & bits == 0 && tokens[k].kind != .number { k += 1 }
                return k
            }
        }
    }

    private typealias Reading = (CalendarDate, DatePrecision, String, Int, DateModifier?)

    /// Reads one date expression starting at token `i`.
    private func read(_ words: WordSequence, at i: Int, reference: CalendarDate?) -> Reading? {
        if words[i].kind == .number {
            return readNumeric(words, at: i) ?? readDayMonth(words, at: i, reference: reference)
        }
        guard words[i].kind == .word else { return nil }
        // Every reading below starts with a phrase of one of the `starts` tables at `i`.
        guard words.mayStart(bit: Self.readBits, at: i) ?? starts.mayStart(in: words, at: i) else { return nil }

        // Leading parts of the day and day nouns: مساء يوم الخميس، صباح الثلاثاء، يوم 17 سبتمبر.
        var j = i
        while j < words.count {
            if words.mayStartPhrase(bit: EventTable.partsOfDay.bit, at: j),
               let part = lexicon.partsOfDay.longestMatch(in: words, at: j, bit: EventTable.partsOfDay.bit), startsDate(words, at: j + part.length) {
                j += part.length
            } else if words.mayStartPhrase(bit: EventTable.dayNouns.bit, at: j),
                      let noun = lexicon.dayNouns.longestMatch(in: words, at: j, bit: EventTable.dayNouns.bit),
                      startsDate(words, at: j + noun.length) {
                j += noun.length
            } else {
                break
            }
        }
        if j < words.count, words[j].kind == .number, j > i, let reading = readDayMonth(words, at: j, reference: reference) {
            return reading
        }
        // Their start bits first: most words where a date may start start neither.
        if j < words.count, words.mayStart(bit: EventTable.ordinals.bit, at: j) ?? true,
           let reading = readOrdinalDay(words, at: j, reference: reference) { return reading }
        if j < words.count, words.mayStart(bit: EventTable.weekdays.bit, at: j) ?? true,
           let weekday = readWeekday(words, at: j, reference: reference) { return weekday }

        // Relative words (they include their own parts of the day: مساء أمس).
        if words.mayStartPhrase(bit: EventTable.relatives.bit, at: i),
           let relative = lexicon.relatives.longestMatch(in: words, at: i, bit: EventTable.relatives.bit) {
            let end = i + relative.length
            if end < words.count, lexicon.cancelWords.hasMatch(in: words, at: end, bit: EventTable.cancelWords.bit) { return nil }
            // أمس الأربعاء، اليوم (الأحد): the weekday names the day.
            var k = end
            if k < words.count, words.isScalar(k, "(") { k += 1 }
            if let weekday = readWeekday(words, at: k, reference: reference) {
                var close = weekday.3
                if close < words.count, words.isScalar(close, ")") { close += 1 }
                return (weekday.0, weekday.1, weekday.2, close, weekday.4)
            }
            guard let reference else { return nil }
            let word = relative.value
            let value: CalendarDate
            switch word.unit {
            case .day, .week: value = reference.adding(days: word.offset)
            case .month: value = Self.firstOfMonth(word.offset, from: reference)
            }
            return (value, word.unit, word.rule, end, nil)
        }

        // A bare month: شهر مارس، مارس 2015، مارس الماضي.
        var m = i
        if words.mayStartPhrase(bit: EventTable.monthNouns.bit, at: i),
           let noun = lexicon.monthNouns.longestMatch(in: words, at: i, bit: EventTable.monthNouns.bit) { m += noun.length }
        if words.mayStartPhrase(bit: EventTable.months.bit, at: m),
           let month = lexicon.months.longestMatch(in: words, at: m, bit: EventTable.months.bit) {
            var end = skipAlternateMonth(words, after: m + month.length)
            if end < words.count, words[end].kind == .number, let year = words.integer(end), (1900...2100).contains(year) {
                return (CalendarDate(year: year, month: month.value, day: 1), .month, "date.explicit.month_year", end + 1, nil)
            }
            let modifier = end < words.count ? lexicon.modifiers.longestMatch(in: words, at: end, bit: EventTable.dateModifiers.bit) : nil
            guard m > i || modifier != nil, let reference else { return nil }
            if let modifier { end += modifier.length }
            var year = reference.year
            switch modifier?.value {
            case .past?: if month.value >= reference.month { year -= 1 }
            case .next?: if month.value <= reference.month { year += 1 }
            default: if month.value > reference.month { year -= 1 }
            }
            return (CalendarDate(year: year, month: month.value, day: 1), .month, "date.month", end, modifier?.value)
        }
        return nil
    }

    /// True when a weekday, a day number or a relative word starts at `j`.
    private func startsDate(_ words: WordSequence, at j: Int) -> Bool {
        guard j < words.count else { return false }
        if words[j].kind == .number {
            return j + 1 < words.count && lexicon.months.hasMatch(in: words, at: j + 1, bit: EventTable.months.bit)
        }
        return lexicon.weekdays.hasMatch(in: words, at: j, bit: EventTable.weekdays.bit)
            || lexicon.partsOfDay.hasMatch(in: words, at: j, bit: EventTable.partsOfDay.bit)
            || lexicon.dayNouns.hasMatch(in: words, at: j, bit: EventTable.dayNouns.bit)
            || lexicon.relatives.hasMatch(in: words, at: j, bit: EventTable.relatives.bit)
    }

    /// A weekday at `j`, with an optional second weekday (ليل الثلاثاء الأربعاء), closing parenthesis, modifier, or a
    /// following explicit date (الأربعاء 11 يناير 2017), which wins.
    private func readWeekday(_ words: WordSequence, at j: Int, reference: CalendarDate?) -> Reading? {
        guard words.mayStartPhrase(bit: EventTable.weekdays.bit, at: j),
              let weekday = lexicon.weekdays.longestMatch(in: words, at: j, bit: EventTable.weekdays.bit) else { return nil }
        var end = j + weekday.length
        if end < words.count, words[end].kind == .number, let explicit = readDayMonth(words, at: end, reference: reference) {
            // The explicit date wins unless its weekday contradicts the name (a mistyped year): then the weekday,
            // resolved against the reference, is the reading, over the whole expression.
            if explicit.0.weekday == weekday.value || reference == nil { return explicit }
            if let reference {
                return (Self.weekday(weekday.value, onOrBefore: reference), .day, "date.weekday.explicit_mismatch", explicit.3, nil)
            }
        }
        if end < words.count, let second = lexicon.weekdays.longestMatch(in: words, at: end, bit: EventTable.weekdays.bit) { end += second.length }
        if end < words.count, words.isScalar(end, ")"), j > 0, words.isScalar(j - 1, "(") { end += 1 }
        var modifier: DateModifier?
        if words.mayStartPhrase(bit: EventTable.dateModifiers.bit, at: end),
           let mod = lexicon.modifiers.longestMatch(in: words, at: end, bit: EventTable.dateModifiers.bit) {
            modifier = mod.value
            end += mod.length
        }
        guard let reference else { return nil }
        switch modifier {
        case .next?:
            return (Self.weekday(weekday.value, after: reference), .day, "date.weekday.next", end, modifier)
        case .past?:
            var date = Self.weekday(weekday.value, onOrBefore: reference)
            if date == reference { date = date.adding(days: -7) }
            return (date, .day, "date.weekday.past", end, modifier)
        default:
            return (Self.weekday(weekday.value, onOrBefore: reference), .day, "date.weekday", end, modifier)
        }
    }

    /// An ordinal day word, من, a month name and an optional year: السابع من يونيو (حزيران) 2015.
    private func readOrdinalDay(_ words: WordSequence, at i: Int, reference: CalendarDate?) -> Reading? {
        guard i < words.count, let ordinal = lexicon.ordinals.longestMatch(in: words, at: i, bit: EventTable.ordinals.bit) else { return nil }
        let from = i + ordinal.length
        guard from + 1 < words.count, lexicon.ordinalLinks.contains(words.key(from)),
              let month = lexicon.months.longestMatch(in: words, at: from + 1, bit: EventTable.months.bit) else { return nil }
        let day = ordinal.value
        let end = skipAlternateMonth(words, after: from + 1 + month.length)
        if end < words.count, words[end].kind == .number, words.scalarCount(end) == 4, let year = words.integer(end) {
            guard day <= CalendarDate.daysIn(month: month.value, year: year) else { return nil }
            return (CalendarDate(year: year, month: month.value, day: day), .day, "date.explicit.ordinal_month_year", end + 1, nil)
        }
        guard let reference, let date = Self.inferYear(month: month.value, day: day, reference: reference) else { return nil }
        return (date, .day, "date.explicit.ordinal_month", end, nil)
    }

    /// d/m/y, d-m-y, d.m.y, or y/m/d.
    private func readNumeric(_ words: WordSequence, at i: Int) -> Reading? {
        guard i + 4 < words.count, words[i + 2].kind == .number, words[i + 4].kind == .number else { return nil }
        let sep = words.key(i + 1)
        guard sep == "/" || sep == "-" || sep == ".", words.key(i + 3) == sep,
              let a = words.integer(i), let b = words.integer(i + 2), var c = words.integer(i + 4) else { return nil }
        var year: Int, month: Int, day: Int
        if words.scalarCount(i) == 4 {
            (year, month, day) = (a, b, c)
        } else {
            if words.scalarCount(i + 4) == 2 { c += 2000 }
            (year, month, day) = (c, b, a)
        }
        guard (1900...2100).contains(year), (1...12).contains(month), (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        return (CalendarDate(year: year, month: month, day: day), .day, "date.numeric", i + 5, nil)
    }

    /// A day number, a month name (with an optional alternate name), and an optional year.
    private func readDayMonth(_ words: WordSequence, at i: Int, reference: CalendarDate?) -> Reading? {
        guard words[i].kind == .number, words.scalarCount(i) <= 2, let day = words.integer(i), (1...31).contains(day), i + 1 < words.count,
              let month = lexicon.months.longestMatch(in: words, at: i + 1, bit: EventTable.months.bit) else { return nil }
        let end = skipAlternateMonth(words, after: i + 1 + month.length)
        if end < words.count, words[end].kind == .number, words.scalarCount(end) == 4, let year = words.integer(end) {
            guard day <= CalendarDate.daysIn(month: month.value, year: year) else { return nil }
            return (CalendarDate(year: year, month: month.value, day: day), .day, "date.explicit.day_month_year", end + 1, nil)
        }
        guard let reference, let date = Self.inferYear(month: month.value, day: day, reference: reference) else { return nil }
        return (date, .day, "date.explicit.day_month", end, nil)
    }

    /// Skips "/ أيلول" or "(أيلول)" after a month name.
    private func skipAlternateMonth(_ words: WordSequence, after end: Int) -> Int {
        guard end + 1 < words.count else { return end }
        if words.isScalar(end, "/") || words.isScalar(end, "-"),
           let alt = lexicon.months.longestMatch(in: words, at: end + 1, bit: EventTable.months.bit) {
            return end + 1 + alt.length
        }
        if words.isScalar(end, "("), let alt = lexicon.months.longestMatch(in: words, at: end + 1, bit: EventTable.months.bit),
           end + 1 + alt.length < words.count,
           words.isScalar(end + 1 + alt.length, ")") {
            return end + 2 + alt.length
        }
        return end
    }

    // MARK: - Roles

    private func role(
        _ words: WordSequence, tokens: Range<Int>, value: CalendarDate, precision: DatePrecision, rule: String,
        modifier: DateModifier?, reference: CalendarDate?
    ) -> DateRole {
        if modifier == .next { return .future }
        if let reference, value > reference, precision == .day { return .future }
        let start = tokens.lowerBound
        if isDateline(words, tokens: tokens, rule: rule) { return .dateline }
        if phraseEnds(lexicon.background, bit: EventTable.dateBackground.bit, words, at: start) { return .background }
        if let reference, value.dayNumber < reference.dayNumber - backgroundDays {
            return .background
        }
        if sincePrecision(words, before: start) != nil { return .since }
        if reportWordBefore(words, start) { return .report }
        return .event
    }

    /// Marks that set a dateline's date off (built once, not for every date).
    private static let datelineMarks: Set<String> = ["-", "–", "—", ":", "(", ")"]

    private func isDateline(_ words: WordSequence, tokens: Range<Int>, rule: String) -> Bool {
        guard rule.hasPrefix("date.explicit") || rule == "date.numeric", tokens.lowerBound < datelineTokens,
              words[tokens.lowerBound].sentence == 0 else { return false }
        let before = tokens.lowerBound > 0 ? words.key(tokens.lowerBound - 1) : ""
        let after = tokens.upperBound < words.count ? words.key(tokens.upperBound) : ""
        return Self.datelineMarks.contains(before) || Self.datelineMarks.contains(after) || tokens.lowerBound == 0
    }

    private func sincePrecision(_ words: WordSequence, before start: Int) -> DatePrecision? {
        for k in max(0, start - 3)..<start {
            // The first entry (in file order) of those that end at `start`: all have one length, and `matches` orders
            // entries of one length by file order.
            var first = -1
            lexicon.since.forEachMatch(in: words, at: k, bit: EventTable.since.bit) { e, length in
                if k + length == start && (first < 0 || e < first) { first = e }
            }
            if first >= 0 { return lexicon.since.entries[first].value }
        }
        return nil
    }

    private func phraseEnds(_ table: PhraseTable<Bool>, bit: UInt64, _ words: WordSequence, at start: Int) -> Bool {
        for k in max(0, start - 3)..<start {
            var found = false
            table.forEachMatch(in: words, at: k, bit: bit) { _, length in
                if k + length == start { found = true }
            }
            if found { return true }
        }
        return false
    }

    private func reportWordBefore(_ words: WordSequence, _ start: Int) -> Bool {
        guard start > 0 else { return false }
        let sentence = words[start].sentence
        for k in max(0, start - reportWindow)..<start where words[k].sentence == sentence {
            if words.mayStartPhrase(bit: EventTable.reportWords.bit, at: k),
               lexicon.reportWords.hasMatch(in: words, at: k, bit: EventTable.reportWords.bit) { return true }
        }
        // A sentence that opens with a reporting verb and a long subject: "دعت وزيرة خارجية الاتحاد الأوروبي، فيدريكا
        // موغيريني، السبت، إلى …" — a date set off by commas before anything else is told dates the statement.
        var first = start
        while first > 0 && words[first - 1].sentence == sentence { first -= 1 }
        guard start - first <= openingReportWindow, start + 1 < words.count, words.isScalar(start - 1, "،") || words.isScalar(start - 1, ","),
              lexicon.reportWords.hasMatch(in: words, at: first, bit: EventTable.reportWords.bit) else { return false }
        return true
    }
}
