import EventModel

/// Finds every number expression in a token sequence and parses it to `{min, max, qualifier, kind, span}`.
///
/// Reads digits (Western, Arabic-Indic, Persian, with separators and decimals), a scale word after digits
/// ("5 آلاف", "1.5 مليون"), number words in every form joined with و ("سبعة وسبعون", "مئة وخمسة وعشرين"), decades
/// (السبعينيات = 70–79), vague quantities with their conventional bounds, modifiers (approx, at least, at most), ranges
/// ("بين 10 و15", "من 10 إلى 15", "10-15"), and tells counts from years, dates, times, ages, money, percentages,
/// ordinals and fractions. All words come from `NumberVocabulary`.
public struct NumberParser: Sendable {
    public let vocabulary: NumberVocabulary
    /// `vocabulary.words` as a fast table.
    let roles: WordKeyTable<NumberVocabulary.Role>
    /// Every written form (with clitics) of the first words of each matcher's entries: a token whose key is not in a
    /// matcher's table cannot start one of its entries, so the matcher is not asked (a cheap exact prefilter).
    let modifierForms: WordKeyTable<Bool>
    let vagueForms: WordKeyTable<Bool>
    let modifierAfterForms: WordKeyTable<Bool>
    let contextBeforeForms: WordKeyTable<Bool>
    let contextAfterForms: WordKeyTable<Bool>
    let ordinalBeforeForms: WordKeyTable<Bool>
    let ordinalAfterForms: WordKeyTable<Bool>
    /// Number words and the written forms of modifier and vague first words together: one lookup per token.
    let startForms: WordKeyTable<Bool>
    /// The most words a modifier before a number has ("أكثر من" is two): the number starts at most this many tokens on.
    let modifierWords: Int

    public init(vocabulary: NumberVocabulary) {
        self.vocabulary = vocabulary
        roles = vocabulary.words
        func forms<V>(_ m: PhraseMatcher<V>) -> WordKeyTable<Bool> {
            WordKeyTable(keys: m.analyzer.surfaceKeys(ofStems: m.firstWordForms))
        }
        modifierForms = forms(vocabulary.modifiersBefore)
        vagueForms = forms(vocabulary.vague)
        modifierAfterForms = forms(vocabulary.modifiersAfter)
        contextBeforeForms = forms(vocabulary.contextBefore)
        contextAfterForms = forms(vocabulary.contextAfter)
        ordinalBeforeForms = forms(vocabulary.ordinalContextBefore)
        ordinalAfterForms = forms(vocabulary.ordinalContextAfter)
        modifierWords = vocabulary.modifiersBefore.entries.map(\.words.count).max() ?? 0
        startForms = WordKeyTable(
            keys: vocabulary.words.allKeys + vocabulary.modifiersBefore.analyzer.surfaceKeys(ofStems: vocabulary.modifiersBefore.firstWordForms)
                + vocabulary.vague.analyzer.surfaceKeys(ofStems: vocabulary.vague.firstWordForms)
        )
    }

    /// A bare value: the core of an expression before modifiers.
    struct Core {
        var min: Int
        var max: Int?
        var qualifier: Qualifier
        var kind: QuantityKind
        var end: Int
        var isDigits: Bool
        var digitCount: Int = 0
        var hasSeparator: Bool = false
        /// Digits with a decimal point and no scale word ("3.5"): not a count of people unless a context says otherwise.
        var isDecimal: Bool = false
        /// Scalars of a leading conjunction (و) on the first word, left out of the span.
        var leadingConjunction: Int = 0
    }

    public func parse(_ tokens: [Token], text: NormalizedText, segments: TokenSegments? = nil) -> [Quantity] {
        var out: [Quantity] = []
        out.reserveCapacity(16)
        var i = nextCandidate(from: 0, tokens: tokens, text: text)
        while i < tokens.count {
            if let q = parseExpression(at: i, tokens: tokens, text: text, segments: segments) {
                out.append(q)
                i = nextCandidate(from: q.tokens.upperBound, tokens: tokens, text: text)
            } else {
                i = nextCandidate(from: i + 1, tokens: tokens, text: text)
            }
        }
        return out
    }

    /// The first token from `start` on where `parseExpression` can find anything, or `tokens.count`: a number, a number
    /// word, or a word one of whose clitic readings starts a modifier or a vague quantity. A cheap test that skips most
    /// words, made over buffers opened once (a subscript per token field cost about as much as the test).
    func nextCandidate(from start: Int, tokens: [Token], text: NormalizedText) -> Int {
        let conjunction = vocabulary.conjunction
        return tokens.withUnsafeBufferPointer { tokens in
            text.scalars.withUnsafeBufferPointer { scalars in
                startForms.tags.withUnsafeBufferPointer { tags in
                    startForms.keys.withUnsafeBufferPointer { keys in
                        let mask = startForms.mask
                        var i = start
                        while i < tokens.count {
                            let kind = tokens[i].kind
                            if kind == .number { return i }
                            if kind == .word || kind == .latin {
                                if WordKeyTable<Bool>.contains(tokens[i].key.value, tags: tags, keys: keys, mask: mask) { return i }
                                let range = tokens[i].range
                                if kind == .word && range.count > 2 && scalars[range.lowerBound] == conjunction {
                                    let rest = UnsafeBufferPointer(rebasing: scalars[(range.lowerBound + 1)..<range.upperBound])
                                    if roles.contains(WordKey(scalars: rest)) { return i }
                                }
                            }
                            i += 1
                        }
                        return i
                    }
                }
            }
        }
    }

    /// Whether token `i` exists and its key is among `forms`: the prefilter in front of a matcher, tested before the
    /// matcher is touched (passing a matcher to a helper copied it, retaining its arrays, for every token tried).
    @inline(__always)
    func passes(_ forms: WordKeyTable<Bool>, at i: Int, tokens: [Token]) -> Bool {
        i < tokens.count && forms.contains(tokens[i].key)
    }

    /// Whether `parseCore(at: j, …)` can find anything: a number, or a word that is a number word (perhaps after و)
    /// or may start a vague quantity. Exactly the tests `parseCore` starts with, without parsing or matching.
    @inline(__always)
    func mayStartCore(at j: Int, tokens: [Token], text: NormalizedText) -> Bool {
        let kind = tokens[j].kind
        if kind == .number { return true }
        guard kind == .word else { return false }
        let key = tokens[j].key
        if roles.contains(key) || vagueForms.contains(key) { return true }
        let range = tokens[j].range
        return range.count > 2 && text.scalars[range.lowerBound] == vocabulary.conjunction
            && roles.contains(WordKey(scalars: text.scalars[(range.lowerBound + 1)..<range.upperBound]))
    }

    /// Whether an expression can start at token `i`: a core starts there, or one starts within a modifier's length after
    /// it. Common words that start a modifier (من، بين) are mostly followed by no number, and matching the modifier
    /// (each later word segmented into clitics) costs far more than this test.
    func mayStartExpressionAfterModifier(at i: Int, tokens: [Token], text: NormalizedText) -> Bool {
        if mayStartCore(at: i, tokens: tokens, text: text) { return true }
        var j = i + 1
        let last = Swift.min(i + modifierWords, tokens.count - 1)
        while j <= last {
            if mayStartCore(at: j, tokens: tokens, text: text) { return true }
            j += 1
        }
        return false
    }

    /// The expression starting at token `i` (a modifier or the number itself), if any.
    public func parseExpression(at i: Int, tokens: [Token], text: NormalizedText, segments: TokenSegments? = nil) -> Quantity? {
        guard i < tokens.count, mayStartExpressionAfterModifier(at: i, tokens: tokens, text: text) else { return nil }
        var start = i
        var modifier: NumberVocabulary.Modifier?
        var coreStart = i
        var modified: Core?
        if passes(modifierForms, at: i, tokens: tokens),
           let m = vocabulary.modifiersBefore.match(at: i, tokens: tokens, text: text, segments: segments), m.tokens.upperBound < tokens.count,
           let c = parseCore(at: m.tokens.upperBound, tokens: tokens, text: text, segments: segments) {
            modifier = m.value
            coreStart = m.tokens.upperBound
            modified = c
        }
        guard var core = modified ?? parseCore(at: coreStart, tokens: tokens, text: text, segments: segments) else { return nil }
        if modifier == nil { start = coreStart }
        var qualifier = core.qualifier
        var minValue = core.min
        var maxValue = core.max
        var end = core.end

        // Ranges: "بين X و Y", "من X إلى Y", "X - Y", "X إلى Y".
        if core.kind == .count, !core.isDecimal, let (second, joinEnd) = rangeSecond(after: end, tokens: tokens, text: text, opened: modifier == .rangeOpen, segments: segments),
           second.kind == .count, !second.isDecimal, second.min >= core.min {
            minValue = core.min
            maxValue = second.max ?? second.min
            qualifier = .range
            end = joinEnd
            core.qualifier = .range
        } else if let modifier {
            switch modifier {
            case .approx: if qualifier == .exact { qualifier = .approx }
            case .atLeast: if qualifier == .exact || qualifier == .vague { qualifier = .atLeast; maxValue = nil }
            case .atMost:
                if qualifier == .exact {
                    qualifier = .atMost
                    maxValue = core.min
                    minValue = 0
                }
            case .rangeOpen, .rangeJoin:
                // "من 5" without a second end is just "from/of 5": the modifier is not part of the expression.
                start = coreStart
            }
        }
        // Modifiers after the number: "على الأقل", "تقريبا" — but not one that opens the next number ("30 قتيلا وأكثر من
        // 100 جريح": "وأكثر من" is that number's).
        if passes(modifierAfterForms, at: end, tokens: tokens),
           let after = vocabulary.modifiersAfter.match(at: end, tokens: tokens, text: text, segments: segments),
           !opensModifiedNumber(at: end, tokens: tokens, text: text, segments: segments) {
            if after.value == .atLeast && (qualifier == .exact || qualifier == .approx) {
                qualifier = .atLeast
                maxValue = nil
                end = after.tokens.upperBound
            } else if after.value == .approx && qualifier == .exact {
                qualifier = .approx
                end = after.tokens.upperBound
            }
        }
        let kind = classify(core, start: start, end: end, tokens: tokens, text: text, segments: segments)
        let trim = start == coreStart ? core.leadingConjunction : 0
        let span = text.originalSpan((tokens[start].range.lowerBound + trim)..<tokens[end - 1].range.upperBound)
        return Quantity(min: minValue, max: maxValue, qualifier: qualifier, kind: kind, span: span, tokens: start..<end)
    }

    /// Whether a modifier before a number starts at token `i` and a number follows it ("وأكثر من 100").
    func opensModifiedNumber(at i: Int, tokens: [Token], text: NormalizedText, segments: TokenSegments?) -> Bool {
        guard passes(modifierForms, at: i, tokens: tokens),
              let m = vocabulary.modifiersBefore.match(at: i, tokens: tokens, text: text, segments: segments),
              m.tokens.upperBound < tokens.count else { return false }
        return mayStartCore(at: m.tokens.upperBound, tokens: tokens, text: text)
    }

    // MARK: - Cores

    func parseCore(at j: Int, tokens: [Token], text: NormalizedText, segments: TokenSegments?) -> Core? {
        guard j < tokens.count else { return nil }
        let kind = tokens[j].kind
        if kind == .number { return parseDigits(at: j, tokens: tokens, text: text) }
        guard kind == .word else { return nil }
        if let words = parseWords(at: j, tokens: tokens, text: text) { return words }
        if passes(vagueForms, at: j, tokens: tokens), let v = vocabulary.vague.match(at: j, tokens: tokens, text: text, segments: segments) {
            return Core(min: v.value.lowerBound, max: v.value.upperBound, qualifier: .vague, kind: .count, end: v.tokens.upperBound, isDigits: false)
        }
        return nil
    }

    func parseDigits(at j: Int, tokens: [Token], text: NormalizedText) -> Core? {
        let t = tokens[j]
        var integer = 0
        var fraction = 0.0
        var scaleOfFraction = 0.1
        var inFraction = false
        var digits = 0
        var separators = 0
        var overflow = false
        var decimalPoint = false
        // A "." or "," followed by exactly three digits to the end or next separator is a thousands separator.
        text.scalars.withUnsafeBufferPointer { all in
            let raw = UnsafeBufferPointer(rebasing: all[t.range])
            let dotsGroupThousands = Self.dotsGroupThousands(raw)
            var k = 0
            while k < raw.count {
                let v = raw[k].value
                if let d = digitValue(v) {
                    digits += 1
                    if inFraction {
                        fraction += Double(d) * scaleOfFraction
                        scaleOfFraction /= 10
                    } else {
                        let (m, o1) = integer.multipliedReportingOverflow(by: 10)
                        let (a, o2) = m.addingReportingOverflow(d)
                        overflow = overflow || o1 || o2
                        integer = a
                    }
                } else if v == 0x2C || v == 0x2E {
                    var run = 0
                    var m = k + 1
                    while m < raw.count, digitValue(raw[m].value) != nil { run += 1; m += 1 }
                    if v == 0x2C && run == 3 || (v == 0x2E && run == 3 && (separators > 0 || dotsGroupThousands)) {
                        separators += 1
                    } else if !inFraction {
                        inFraction = true
                        decimalPoint = true
                    } else {
                        break
                    }
                }
                k += 1
            }
        }
        if overflow { return Core(min: 0, max: nil, qualifier: .exact, kind: .other, end: j + 1, isDigits: true, digitCount: digits) }
        var end = j + 1
        var value = integer
        var kind: QuantityKind = .count
        var isDecimal = decimalPoint
        // A scale word after the digits: "5 آلاف", "1.5 مليون".
        if end < tokens.count, let role = roles[tokens[end].key] {
            switch role {
            case .scale(let s, dual: false), .pluralScale(let s):
                value = Int((Double(integer) + fraction) * Double(s))
                kind = .count
                isDecimal = false
                end += 1
            default: break
            }
        }
        // Dates and times written with digits: 17/9/2024, 10:30.
        if end + 1 < tokens.count, tokens[end].kind == .punctuation, tokens[end + 1].kind == .number,
           tokens[end].range.lowerBound == tokens[end - 1].range.upperBound,
           tokens[end + 1].range.lowerBound == tokens[end].range.upperBound {
            let sep = tokens[end].first
            if tokens[end].range.count == 1 && (sep == "/" || sep == ":") {
                var e = end + 2
                while e + 1 < tokens.count, tokens[e].isScalar(sep), tokens[e + 1].kind == .number,
                      tokens[e].range.lowerBound == tokens[e - 1].range.upperBound { e += 2 }
                return Core(min: integer, max: nil, qualifier: .exact, kind: sep == "/" ? .date : .time, end: e, isDigits: true, digitCount: digits)
            }
        }
        // Phone numbers: a "+" right before the digits, or three or more digit groups joined by single spaces or dashes.
        if let phoneEnd = phoneNumberEnd(at: j, tokens: tokens, end: end) {
            return Core(min: integer, max: integer, qualifier: .exact, kind: .other, end: phoneEnd, isDigits: true, digitCount: digits)
        }
        return Core(min: value, max: value, qualifier: .exact, kind: kind, end: end, isDigits: true, digitCount: digits,
                    hasSeparator: separators > 0, isDecimal: isDecimal)
    }

    /// Whether every "." in a digit run is followed by exactly three digits and there are at least two ("1.234.567").
    static func dotsGroupThousands(_ raw: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        var dots = 0
        var k = 0
        while k < raw.count {
            if raw[k].value == 0x2E {
                var run = 0
                var m = k + 1
                while m < raw.count, (0x30...0x39).contains(raw[m].value) || (0x0660...0x0669).contains(raw[m].value)
                    || (0x06F0...0x06F9).contains(raw[m].value) { run += 1; m += 1 }
                if run != 3 { return false }
                dots += 1
            }
            k += 1
        }
        return dots >= 2
    }

    /// The end of a phone-like run of digit groups starting at token `j` (whose number ends before `end`), if it is one.
    func phoneNumberEnd(at j: Int, tokens: [Token], end: Int) -> Int? {
        guard end == j + 1 else { return nil }
        let plus = j > 0 && tokens[j - 1].kind == .punctuation && tokens[j - 1].isScalar("+")
            && tokens[j - 1].range.upperBound == tokens[j].range.lowerBound
        var groups = 1
        var e = j + 1
        while e < tokens.count {
            let gap = tokens[e].range.lowerBound - tokens[e - 1].range.upperBound
            if tokens[e].kind == .number && gap == 1 {
                groups += 1
                e += 1
            } else if tokens[e].kind == .punctuation && tokens[e].isScalar("-") && gap == 0 && e + 1 < tokens.count
                        && tokens[e + 1].kind == .number && tokens[e + 1].range.lowerBound == tokens[e].range.upperBound {
                groups += 1
                e += 2
            } else {
                break
            }
        }
        return plus || groups >= 3 ? e : nil
    }

    @inline(__always)
    func digitValue(_ v: UInt32) -> Int? {
        if (0x30...0x39).contains(v) { return Int(v - 0x30) }
        if (0x0660...0x0669).contains(v) { return Int(v - 0x0660) }
        if (0x06F0...0x06F9).contains(v) { return Int(v - 0x06F0) }
        return nil
    }

    /// The role of a word token, allowing the conjunction و as a prefix when `conjoined` is allowed.
    func role(of i: Int, in tokens: [Token], text: NormalizedText, allowConjunction: Bool) -> (NumberVocabulary.Role, conjoined: Bool)? {
        guard tokens[i].kind == .word else { return nil }
        if let r = roles[tokens[i].key] { return (r, false) }
        let s = text.scalars[tokens[i].range]
        if allowConjunction, s.count > 2, s.first == vocabulary.conjunction,
           let r = roles[WordKey(scalars: s.dropFirst())] {
            return (r, true)
        }
        return nil
    }

    /// Number words: "سبعة وسبعون", "ثلاثة عشر", "مئة وخمسة وعشرين", "ثلاث مئة", "خمسة آلاف", "ألفين".
    func parseWords(at j: Int, tokens: [Token], text: NormalizedText) -> Core? {
        guard let (firstRole, firstConjoined) = role(of: j, in: tokens, text: text, allowConjunction: true) else { return nil }
        switch firstRole {
        case .decade(let d):
            return Core(min: d, max: d + 9, qualifier: .range, kind: .decade, end: j + 1, isDigits: false)
        case .ordinal(let o):
            return parseOrdinal(o, at: j, tokens: tokens, text: text)
        case .fraction:
            return Core(min: 0, max: nil, qualifier: .exact, kind: .fraction, end: j + 1, isDigits: false)
        case .pluralScale:
            return nil  // alone, آلاف / ملايين are vague quantities
        default: break
        }
        var total = 0
        var group = 0
        var lastUnit = 0
        var last: NumberVocabulary.Role?
        var k = j
        while k < tokens.count {
            guard let (r, conjoined) = role(of: k, in: tokens, text: text, allowConjunction: true) else { break }
            var accepted = true
            switch (last, r) {
            case (nil, .unit(let u)):
                group = u; lastUnit = u
            case (nil, .ten(let t)):
                group = t
            case (nil, .hundred(let h)):
                group = h
            case (nil, .scale(let s, let dual)):
                total = dual ? 2 * s : s
            case (.unit?, .ten(10)) where !conjoined:
                group += 10  // teens: ثلاثة عشر
            case (.unit?, .fraction) where !conjoined:
                // "ثلاثة أرباع": a fraction, not a count.
                return Core(min: 0, max: nil, qualifier: .exact, kind: .fraction, end: k + 1, isDigits: false,
                            leadingConjunction: firstConjoined ? 1 : 0)
            case (.ten?, .pluralScale(let s)) where !conjoined && group == 10:
                total += group * s  // عشرة آلاف
                group = 0
            case (.ten?, .scale(let s, dual: true)) where !conjoined:
                // After 11–99 the singular scale takes the accusative, spelt like the dual's construct: عشرون ألفا.
                total += group * s
                group = 0
            case (.unit?, .ten(let t)) where conjoined && t >= 20:
                group += t  // خمسة وعشرون
            case (.unit?, .hundred(100)) where !conjoined:
                group = group - lastUnit + lastUnit * 100  // ثلاث مئة
            case (.unit?, .scale(let s, dual: false)) where !conjoined,
                 (.unit?, .pluralScale(let s)) where !conjoined,
                 (.ten?, .scale(let s, dual: false)) where !conjoined,
                 (.hundred?, .scale(let s, dual: false)) where !conjoined:
                total += group * s
                group = 0
            case (.hundred?, .unit(let u)) where conjoined:
                group += u; lastUnit = u
            case (.hundred?, .ten(let t)) where conjoined:
                group += t
            case (.scale?, .unit(let u)) where conjoined, (.pluralScale?, .unit(let u)) where conjoined:
                group = u; lastUnit = u
            case (.scale?, .ten(let t)) where conjoined, (.pluralScale?, .ten(let t)) where conjoined:
                group = t
            case (.scale?, .hundred(let h)) where conjoined, (.pluralScale?, .hundred(let h)) where conjoined:
                group = h
            default:
                accepted = false
            }
            if !accepted { break }
            last = r
            k += 1
        }
        guard k > j else { return nil }
        let value = total + group
        return Core(min: value, max: value, qualifier: .exact, kind: .count, end: k, isDigits: false,
                    leadingConjunction: firstConjoined ? 1 : 0)
    }

    /// An ordinal and its compound: "الحادي عشر" (11th), "الخامسة والعشرون" (25th).
    func parseOrdinal(_ o: Int, at j: Int, tokens: [Token], text: NormalizedText) -> Core {
        var value = o
        var end = j + 1
        if o < 10, end < tokens.count, let (r, conjoined) = role(of: end, in: tokens, text: text, allowConjunction: true) {
            switch r {
            case .ten(10) where !conjoined:
                value += 10
                end += 1
            case .ordinal(let t) where conjoined && t >= 20 && t % 10 == 0:
                value += t
                end += 1
            default: break
            }
        }
        return Core(min: value, max: value, qualifier: .exact, kind: .ordinal, end: end, isDigits: false)
    }

    /// The second end of a range after `end`: a joiner then a number.
    func rangeSecond(after end: Int, tokens: [Token], text: NormalizedText, opened: Bool, segments: TokenSegments?) -> (Core, Int)? {
        guard end < tokens.count else { return nil }
        let joiner = tokens[end]
        // "بين عشرة وخمسة عشر": the conjunction is written on the second end's first word.
        if opened, joiner.kind == .word, joiner.range.count > 1, text.scalars[joiner.range.lowerBound] == vocabulary.conjunction,
           roles[joiner.key] == nil, let second = parseWords(at: end, tokens: tokens, text: text),
           second.leadingConjunction == 1, second.kind == .count, second.qualifier == .exact {
            return (second, second.end)
        }
        guard end + 1 < tokens.count else { return nil }
        let isDash = joiner.kind == .punctuation && (joiner.isScalar("-") || joiner.isScalar("–"))
        let isWordJoiner = joiner.kind == .word && vocabulary.rangeJoiners.contains(joiner.key)
        // "و" joins a range only after "بين"; a dash or "إلى" joins one anywhere.
        let isConjunction = joiner.kind == .word && joiner.range.count == 1 && joiner.first == vocabulary.conjunction
        guard isDash || isWordJoiner || (opened && isConjunction) else { return nil }
        if isConjunction && !opened { return nil }
        guard let second = parseCore(at: end + 1, tokens: tokens, text: text, segments: segments), second.qualifier == .exact else { return nil }
        return (second, second.end)
    }

    // MARK: - Kinds

    func classify(_ core: Core, start: Int, end: Int, tokens: [Token], text: NormalizedText, segments: TokenSegments?) -> QuantityKind {
        if core.kind == .ordinal { return classifyOrdinal(core, start: start, end: end, tokens: tokens, text: text, segments: segments) }
        if core.kind != .count { return core.kind }
        var after: QuantityKind?
        if end < tokens.count {
            if tokens[end].kind == .punctuation && tokens[end].isScalar("%") { return .percent }
            if isCurrencySymbol(tokens[end]) && tokens[end].range.lowerBound == tokens[end - 1].range.upperBound { return .money }
            if passes(contextAfterForms, at: end, tokens: tokens),
               let m = vocabulary.contextAfter.match(at: end, tokens: tokens, text: text, segments: segments),
               let k = QuantityKind(rawValue: m.value) {
                after = k
            }
        }
        // A unit after the number (money, percent, a date's month) decides; a generic measure ("عاما") yields to a
        // context before it ("عمره 30 عاما" is an age).
        if let after, after != .other { return after }
        if start > 0 && isCurrencySymbol(tokens[start - 1]) && tokens[start - 1].range.upperBound == tokens[start].range.lowerBound {
            return .money
        }
        if let before = contextBefore(start: start, tokens: tokens, text: text, ordinal: false, segments: segments) { return before }
        if let after { return after }
        if core.isDecimal { return .other }
        if core.isDigits {
            if core.digitCount == 4 && !core.hasSeparator && (1900...2100).contains(core.min) { return .year }
            if core.digitCount >= 8 && !core.hasSeparator { return .other }  // phone numbers, ids
        }
        return .count
    }

    /// A context word or phrase ending right before token `start`, up to three tokens back: of the ordinal contexts
    /// (`ordinalContextBefore`) when `ordinal`, else of `contextBefore`.
    func contextBefore(start: Int, tokens: [Token], text: NormalizedText, ordinal: Bool, segments: TokenSegments?) -> QuantityKind? {
        let forms = ordinal ? ordinalBeforeForms : contextBeforeForms
        var b = start - 1
        while b >= 0 && b >= start - 3 {
            if passes(forms, at: b, tokens: tokens) {
                let m = ordinal
                    ? vocabulary.ordinalContextBefore.match(at: b, tokens: tokens, text: text, segments: segments)
                    : vocabulary.contextBefore.match(at: b, tokens: tokens, text: text, segments: segments)
                if let m, m.tokens.upperBound == start, let k = QuantityKind(rawValue: m.value) { return k }
            }
            b -= 1
        }
        return nil
    }

    /// An ordinal is an age or a clock time by its context: "في العاشرة" (aged ten), "الساعة الثالثة", "العاشرة صباحا".
    /// Words before it only read feminine ordinals (ending in teh marbuta), the form ages and hours take.
    func classifyOrdinal(_ core: Core, start: Int, end: Int, tokens: [Token], text: NormalizedText, segments: TokenSegments?) -> QuantityKind {
        if passes(ordinalAfterForms, at: end, tokens: tokens),
           let m = vocabulary.ordinalContextAfter.match(at: end, tokens: tokens, text: text, segments: segments),
           let k = QuantityKind(rawValue: m.value) {
            return k
        }
        let last = text.scalars[tokens[start].range.upperBound - 1].value
        if last == 0x0629 || last == 0x0647,
           let k = contextBefore(start: start, tokens: tokens, text: text, ordinal: true, segments: segments) {
            return k
        }
        return .ordinal
    }

    /// A currency sign ($, €, £ …) by its Unicode category.
    func isCurrencySymbol(_ t: Token) -> Bool {
        guard t.kind == .punctuation || t.kind == .symbol, t.range.count == 1 else { return false }
        let s = t.first
        return s.properties.generalCategory == .currencySymbol
    }
}
