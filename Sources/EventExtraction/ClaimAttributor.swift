import ArabicText
import EventModel
import Lexicon

/// Gives each claim its source, the agency it spoke to, and whether it is hedged or background.
///
/// Sources come from reporting verbs with their subject ("قال مصدر أمني"), prepositional sources ("بحسب", "وفقا لـ",
/// "نقلا عن"), and carry to later sentences that continue them ("وأضاف") but not past a new source. `via` is an agency
/// the source spoke to ("لوكالة فرانس برس") or that relayed it ("بحسب رويترز" beside another source).
struct ClaimAttributor {
    let text: AnalyzedText
    let sources: TokenAnnotations<SourceNoun>
    let functionWords: Set<WordKey>
    /// Definite generic source nouns that refer back ("المصدر", "الوزارة").
    let anaphors: Set<WordKey>
    /// The anaphors without their article: "للمصدر" is ل + المصدر.
    var anaphorStems: Set<WordKey> = []
    /// "عن" after a relaying verb (grammar_words.tsv).
    let relayFrom: Set<WordKey>
    /// "في" before the medium a source speaks in ("وقالت في بيان"): grammar_words.tsv.
    let medium: Set<WordKey>
    /// "مع" between an interview and the agency it was given to ("في مقابلة مع رويترز"): grammar_words.tsv.
    var interviewWith: Set<WordKey> = []
    let agencies: TokenAnnotations<NewsAgency>
    let reporting: TokenAnnotations<ReportingCue>
    let hedges: TokenAnnotations<Bool>
    let background: TokenAnnotations<BackgroundScope>
    let published: CalendarDate?
    /// First tokens of number expressions: a verb's subject comes before its figures ("أشار إلى مقتل 11 من داعش").
    let quantityStarts: TokenFlags
    /// Tokens of casualty cues: a verb's subject comes before what happened ("أعلنت الثلاثاء إصابة سفيرها").
    var cueTokens = TokenFlags(count: 0)

    /// A source stated in the text.
    struct Mention {
        var source: ClaimSource
        /// Token of the cue that introduces it.
        var cueToken: Int
        var cue: ReportingCue
        /// The verb had no subject of its own (a pronoun): the previous source speaks.
        var implicit: Bool
        /// The subject is a definite generic noun ("المصدر", "الوزارة") that refers back to a source already named.
        var anaphoric = false
        /// For a verb with no subject: an agency its sentence names as the one spoken to.
        var via: String?
    }

    /// Attributes claims in order (the last explicit source carries over continuation sentences), marking those whose
    /// source is only a container noun ("بيان", "تقرير") that names no issuer — the de-duplication lets a named source of
    /// the same figure take its place — and giving each source's issuer (its text without a container): the claims, and
    /// beside each its de-duplication hint (made here rather than by zipping a list of tuples with the found claims).
    func attributeMarkingContainers(_ found: [ClaimExtractor.Found]) -> (claims: [CasualtyClaim], hints: [ClaimDeduplicator.Hint]) {
        // Sources only carry forward: the sentences after the last claim's tell nothing the claims read.
        guard let lastSentence = found.lazy.map(\.sentence).max() else { return ([], []) }
        let read = Swift.min(text.sentences.count, Swift.max(0, lastSentence + 1))  // the sentences read
        // The mentions of each sentence read, appended as they are made (`Array(repeating:count:)` of lists cost a metadata
        // lookup and a fill; one list of all of them copied every mention again).
        var mentionsBySentence: [[Mention]] = []
        mentionsBySentence.reserveCapacity(read)
        var history: [ClaimSource] = []  // explicit sources of the sentences read, in order
        // Sentence -> the source carried into it, as its index in `history` (-1: none): the source that goes on into later
        // sentences is always the last one added to `history` (both take the same mentions).
        var carried = [Int](repeating: -1, count: read)
        for s in 0..<read {
            var mentions = self.mentions(in: s)
            carried[s] = history.count - 1
            // "وتابع المصدر": a definite generic source noun refers back to the source already named.
            for i in mentions.indices where mentions[i].anaphoric {
                let candidates = history + mentions[..<i].filter { !$0.implicit }.map(\.source)
                if let earlier = candidates.last(where: { refersTo(mentions[i].source, $0) }) { mentions[i].source = earlier }
            }
            // A verb with no subject of its own takes the subject of the verb before it in the sentence
            // ("أعلنت الجماعة مسؤوليتها … وقالت إنها").
            // A participle or continuing verb inside the sentence does the same ("…، مشيرا إلى سقوط قتلى").
            for i in mentions.indices where mentions[i].implicit && (mentions[i].cue == .verb || mentions[i].cue == .continuation) {
                if let earlier = mentions[..<i].last(where: { !$0.implicit && $0.cue != .preposition }) {
                    mentions[i].source = earlier.source
                    mentions[i].implicit = false
                }
            }
            mentionsBySentence.append(mentions)
            // The source that goes on into later sentences: a speaker rather than an agency credited beside it ("وفق رويترز");
            // it is the last of those added here.
            let speaks = mentions.contains { !$0.implicit && $0.cue != .preposition }
            for m in mentions where !m.implicit && !(speaks && m.cue == .preposition && m.source.kind == .media) { history.append(m.source) }
        }
        let dateline = datelineAgency()
        var claims: [CasualtyClaim] = []
        var hints: [ClaimDeduplicator.Hint] = []
        claims.reserveCapacity(found.count)
        hints.reserveCapacity(found.count)
        for f in found {
            let inRead = f.sentence >= 0 && f.sentence < read
            let mentions = inRead ? mentionsBySentence[f.sentence][...] : []
            let carriedSource = inRead && carried[f.sentence] >= 0 ? history[carried[f.sentence]] : nil
            var source = quoted(choose(mentions, for: f, carried: carriedSource))
            // A wire agency's credit at the head of the report: every figure in it came through that agency.
            if source.via == nil, source.kind != .media, let dateline { source.via = dateline }
            let claim = CasualtyClaim(
                category: f.category, min: f.min, max: f.max, qualifier: f.qualifier, victims: f.victims, source: source,
                hedged: isHedged(f), background: isBackground(f), span: f.span, quote: text.quote(f.span), rule: f.rule
            )
            hints.append(
                ClaimDeduplicator.Hint(sentence: f.sentence, container: isContainer(source), another: f.another, issuer: issuer(of: source))
            )
            claims.append(claim)
        }
        return (claims, hints)
    }

    /// A source with its text: sources found in the text are made with their span only (most are never chosen), their
    /// text being the quote of that span, filled in here when a claim takes the source or a comparison reads it.
    func quoted(_ source: ClaimSource) -> ClaimSource {
        guard source.text.isEmpty, let span = source.span else { return source }
        var out = source
        out.text = text.quote(span)
        return out
    }

    /// The source's text without a leading container ("بيان الجيش" -> "الجيش"): who issued the figure.
    func issuer(of source: ClaimSource) -> String {
        guard let span = source.span else { return source.text }
        for m in sources.matches where m.value.container && text.tokens[m.tokens.lowerBound].span.start <= span.start
            && text.tokens[m.tokens.upperBound - 1].span.end > span.start {
            guard let inner = sources.matches.first(where: {
                $0.tokens.lowerBound >= m.tokens.upperBound && text.tokens[$0.tokens.lowerBound].span.start < span.end
            }) else { return source.text }
            let start = text.tokens[inner.tokens.lowerBound].range.lowerBound + inner.prefixLength
            let end = text.normalized.originalSpan(start..<(start + 1)).start
            return text.quote(TextSpan(start: end, end: span.end))
        }
        return source.text
    }

    /// Whether a source is a container noun alone ("بيان", "بيان رسمي" read as "بيان"), with no issuer after it.
    func isContainer(_ source: ClaimSource) -> Bool {
        guard let span = source.span else { return false }
        return sources.matches.contains { m in
            m.value.container && text.tokens[m.tokens.lowerBound].span.overlaps(TextSpan(start: span.start, end: span.start + 1))
                && span.end <= text.tokens[m.tokens.upperBound - 1].span.end
        }
    }

    // MARK: - Sources

    /// Words a dateline may run to before its agency credit ("كويتا (أ ف ب) -", "بيروت - رويترز:").
    static let datelineReach = 8

    /// The wire agency credited at the head of the report, bracketed ("(أ ف ب)") or after a dash ("بيروت - رويترز:"), before
    /// any reporting cue; nil when the report carries no such credit or credits an outlet (its own "(CNN)").
    func datelineAgency() -> String? {
        guard let first = text.sentences.first else { return nil }
        let end = Swift.min(first.upperBound, first.lowerBound + Self.datelineReach + 2)
        for t in first.lowerBound..<end {
            if reporting.starting(at: t) != nil { return nil }
            let opener = text.tokens[t]
            guard opener.kind == .punctuation, let a = agencies.starting(at: t + 1), a.prefixLength == 0,
                  a.tokens.upperBound < text.tokens.count
            else { continue }
            let closer = text.tokens[a.tokens.upperBound]
            guard closer.kind == .punctuation else { continue }
            let bracketed = opener.isScalar("(") && closer.isScalar(")")
            let dashed = Self.isDash(opener) && (closer.isScalar(":") || Self.isDash(closer))
            guard bracketed || dashed else { continue }
            return a.value.wire ? a.value.name : nil
        }
        return nil
    }

    static func isDash(_ t: Token) -> Bool { t.isScalar("-") || t.isScalar("–") || t.isScalar("—") }

    func mentions(in s: Int) -> [Mention] {
        let sentence = text.sentences[s]
        var out: [Mention] = []
        for i in reporting.matchIndexes(in: sentence) {
            let cue = reporting.matches[i]
            guard cue.value != .complement else { continue }
            let after = cue.tokens.upperBound
            switch cue.value {
            case .relay:
                // "نقل X عن Y": Y speaks; X relays it (the via when it is an agency).
                guard let relayed = relayedSource(after: after, in: sentence) else { continue }
                out.append(Mention(source: relayed, cueToken: cue.tokens.lowerBound, cue: .verb, implicit: false))
            case .verb, .continuation:
                if var subject = subject(from: after, in: sentence, reach: 6) {
                    if subject.kind != .media { subject.via = via(in: s, excluding: subject) }
                    // "وتابع بارز": a continuing verb whose subject is only a name goes on with the source already named.
                    let nameOnly = cue.value == .continuation && !sources.hasMatch(in: after..<Swift.min(sentence.upperBound, after + 6))
                    if isAnaphor(from: after, alone: subject) || nameOnly {
                        var m = Mention(source: subject, cueToken: cue.tokens.lowerBound, cue: cue.value, implicit: false)
                        m.anaphoric = true
                        out.append(m)
                        continue
                    }
                    out.append(Mention(source: subject, cueToken: cue.tokens.lowerBound, cue: cue.value, implicit: false))
                } else if cue.value == .verb, !out.contains(where: { !$0.implicit && $0.cue != .preposition }),
                          var subject = subject(before: cue.tokens.lowerBound, in: sentence) {
                    // "وكانت السلطات المحلية قد تحدثت عن …": the subject before the verb.
                    if subject.kind != .media { subject.via = via(in: s, excluding: subject) }
                    out.append(Mention(source: subject, cueToken: cue.tokens.lowerBound, cue: cue.value, implicit: false))
                } else {
                    var m = Mention(source: .unattributed, cueToken: cue.tokens.lowerBound, cue: cue.value, implicit: true)
                    // "وقال في مقابلة مع رويترز": the agency the carried source spoke to this time.
                    m.via = via(in: s, excluding: .unattributed)
                    out.append(m)
                }
            case .preposition:
                if var subject = subject(from: after, in: sentence, reach: 4) {
                    if subject.kind != .media { subject.via = via(in: s, excluding: subject) }
                    var m = Mention(source: subject, cueToken: cue.tokens.lowerBound, cue: cue.value, implicit: false)
                    // "وفقا للمصدر": the source already named.
                    m.anaphoric = isAnaphor(from: after, alone: subject)
                    out.append(m)
                }
            case .complement:
                break
            }
        }
        return out
    }

    /// "نقل X عن Y": the source Y after عن, with X as the via when X is an agency.
    func relayedSource(after start: Int, in sentence: Range<Int>) -> ClaimSource? {
        var t = start
        while t < sentence.upperBound && t < start + 8 {
            if text.tokens[t].kind == .punctuation && !text.tokens[t].isScalar("\"") { return nil }
            if text.tokens[t].isWord, relayFrom.contains(text.tokens[t].key) {
                guard var source = subject(from: t + 1, in: sentence, reach: 3) else { return nil }
                if let agency = agencies.firstMatch(in: start..<t) { source.via = agency.value.name }
                return source
            }
            t += 1
        }
        return nil
    }

    /// Whether an anaphor ("المصدر", "اللجنة", "الحركة") can refer back to `earlier`: a generic noun (an official,
    /// media or document kind) to any source; a noun of a specific kind only to a source of that kind or one that
    /// names it ("اللجنة" -> "اللجنة الوطنية لمكافحة الإرهاب").
    func refersTo(_ anaphor: ClaimSource, _ earlier: ClaimSource) -> Bool {
        switch anaphor.kind {
        case .official, .media, .document, .unattributed: return true
        default:
            if earlier.kind == anaphor.kind { return true }
            let own = Set(quoted(anaphor).comparisonText.split(separator: " "))
            let named = Set(quoted(earlier).comparisonText.split(separator: " "))
            return !own.isEmpty && own.isSubset(of: named)
        }
    }

    /// A definite generic source noun alone ("المصدر", "المصادر", "الوزارة"): it refers back.
    func isAnaphor(from start: Int, alone source: ClaimSource? = nil) -> Bool {
        guard start < text.tokens.count, sources.starting(at: start)?.tokens.count == 1 else { return false }
        // "اللجنة الوطنية لمكافحة الإرهاب" names a body; only the noun alone refers back.
        if let span = source?.span, span.end > text.tokens[start].span.end { return false }
        if anaphors.contains(text.tokens[start].key) { return true }
        // "وفقا للمصدر": a preposition before the article (لل، بال).
        let first = text.tokens[start].range.lowerBound
        for segment in text.segments.of(start) where segment.prefixLength >= 2 && segment.suffixLength == 0 {
            guard CliticAnalyzer.endsWithArticle(text.normalized.scalars, before: first + segment.prefixLength) else { continue }
            if anaphorStems.contains(segment.key) { return true }
        }
        return false
    }

    /// The source phrase starting within `reach` tokens of `start`: a source noun, an agency, or a named person
    /// (whose title in apposition gives the kind: "قال أحمد، رئيس المكتب الإعلامي لمنظمة …").
    func subject(from start: Int, in sentence: Range<Int>, reach: Int) -> ClaimSource? {
        var t = start
        while t < sentence.upperBound && t < start + reach {
            let token = text.tokens[t]
            if token.kind == .punctuation && !token.isScalar("\"") && !Self.isHashtagMark(token) { break }
            // A figure ends the search, unless it counts the source ("قال ثلاثة شهود").
            if quantityStarts.contains(t) || token.kind == .number, !countsSource(t, in: sentence) { break }
            if cueTokens.contains(t) { break }
            if let r = reporting.starting(at: t), r.value == .complement || r.value == .relay { break }
            if let m = sources.starting(at: t) {
                // "وقالت في بيان": the statement is what the source spoke in; the verb's subject is the source before.
                if m.value.container && t > start && text.tokens[t - 1].isWord && medium.contains(text.tokens[t - 1].key) { return nil }
                return sourcePhrase(m, in: sentence)
            }
            if let a = agencies.starting(at: t), a.prefixLength == 0 {
                let sp = span(a.tokens.lowerBound, a.tokens.upperBound, prefix: 0)
                return ClaimSource(text: "", kind: .media, span: sp)
            }
            t += 1
        }
        guard reach >= 6 else { return nil }
        // "وأكد هذه الحصيلة فلان": the object (a demonstrative and a definite noun) may come before the name.
        var start = start
        if start < sentence.upperBound, !isNameWord(start), functionWords.contains(text.tokens[start].key),
           start + 2 < sentence.upperBound, text.tokens[start + 1].isWord, text.normalized.text(of: text.tokens[start + 1], hasPrefix: "ال"),
           isNameWord(start + 2), !text.normalized.text(of: text.tokens[start + 2], hasPrefix: "ال") {
            start += 2
        }
        guard start < sentence.upperBound, isNameWord(start) else { return nil }
        // A named person: words up to a comma, a complement or a quote.
        var end = start
        while end < sentence.upperBound && end < start + 4 && isNameWord(end) { end += 1 }
        guard end < sentence.upperBound else { return nil }
        let sp = span(start, end, prefix: 0)
        var kind = SourceKind.official
        let next = text.tokens[end]
        if next.kind == .punctuation && next.isScalar(",") {
            // The apposition after the comma names the person's office.
            var u = end + 1
            while u < sentence.upperBound && u < end + 9 {
                if text.tokens[u].kind == .punctuation || reporting.starting(at: u)?.value == .complement { break }
                if let m = sources.starting(at: u), let source = sourcePhrase(m, in: sentence) {
                    kind = source.kind
                    if !m.value.weak { break }
                    u = m.tokens.upperBound
                    continue
                }
                u += 1
            }
        } else if let title = sources.starting(at: end), let office = sourcePhrase(title, in: sentence) {
            // "وقال محمد علي المتحدث باسم الجيش إن": a title in apposition with no comma.
            kind = office.kind
        } else if !(next.kind == .punctuation || reporting.starting(at: end)?.value == .complement || agencies.starting(at: end) != nil) {
            return nil
        }
        return ClaimSource(text: "", kind: kind, span: sp)
    }

    /// The marks of a hashtag ("#حركة_الشباب"): part of a name, not the end of a phrase.
    static func isHashtagMark(_ t: Token) -> Bool { t.isScalar("#") || t.isScalar("_") }

    /// Words a subject may stand before its verb ("لكن القائد العسكري في الولاية، تحدث عن …").
    static let subjectBeforeReach = 8

    /// The source standing before a verb with no subject after it: the first source noun of the words before the verb
    /// (the head, "مسؤول" in "مسؤول بمجلس المدينة"), back to a reporting cue, a figure or a clause end other than a comma.
    func subject(before verb: Int, in sentence: Range<Int>) -> ClaimSource? {
        var t = verb - 1
        var found: PhraseMatcher<SourceNoun>.Match?
        while t >= sentence.lowerBound && t >= verb - Self.subjectBeforeReach {
            let token = text.tokens[t]
            if token.kind == .punctuation && !token.isScalar(",") && !token.isScalar("\"") { break }
            if token.kind == .number || quantityStarts.contains(t) || reporting.covering(t) != nil { break }
            if let m = sources.starting(at: t), !(t > sentence.lowerBound && isPreposition(t - 1)) { found = m }
            t -= 1
        }
        guard let m = found else { return nil }
        return sourcePhrase(m, in: sentence)
    }

    /// Whether a source noun follows the number starting at `t` within two words ("ثلاثة شهود", "3 مسؤولين").
    func countsSource(_ t: Int, in sentence: Range<Int>) -> Bool {
        ((t + 1)..<Swift.min(sentence.upperBound, t + 3)).contains { sources.starting(at: $0) != nil }
    }

    /// Whether token `t` is a function word (a preposition such as "في" that makes the next noun its object).
    func isPreposition(_ t: Int) -> Bool {
        text.tokens[t].isWord && functionWords.contains(text.tokens[t].key)
    }

    /// A word that can be part of a person's name: a word, not a function word, not a cue.
    func isNameWord(_ t: Int) -> Bool {
        let token = text.tokens[t]
        return token.kind == .word && !functionWords.contains(token.key) && reporting.starting(at: t) == nil
            && !cueTokens.contains(t) && !quantityStarts.contains(t)
            && agencies.starting(at: t) == nil && sources.starting(at: t) == nil
    }

    /// The source phrase of a source-noun match; a weak noun yields to a source named within two words after it.
    func sourcePhrase(_ m: PhraseMatcher<SourceNoun>.Match, in sentence: Range<Int>) -> ClaimSource? {
        var kind = m.value.kind
        var last = m.tokens.upperBound
        if m.value.weak {
            var t = m.tokens.upperBound
            var words = 0
            while t < sentence.upperBound && words < 3 {
                // "مدير خدمة (أمين) للإسعاف": a short name in brackets is passed over.
                if text.tokens[t].isScalar("("), let close = closingBracket(after: t, in: sentence) {
                    t = close + 1
                    continue
                }
                if text.tokens[t].kind == .punctuation || reporting.covering(t) != nil { break }
                defer {
                    t += 1
                    words += 1
                }
                if let next = sources.starting(at: t) {
                    // "قال مسؤول لوكالة أنباء …": a news outlet after ل is whom the source spoke to, not the source.
                    if next.prefixLength > 0 && m.value.kind != .media && (next.value.kind == .media || agencies.covering(t) != nil) { break }
                    kind = next.value.kind
                    last = next.tokens.upperBound
                    break
                }
            }
        }
        let end = phraseEnd(from: last, in: sentence)
        let sp = span(m.tokens.lowerBound, end, prefix: m.prefixLength)
        return ClaimSource(text: "", kind: kind, span: sp)
    }

    /// The ")" closing a bracket opened at `t` within three words, if any.
    func closingBracket(after t: Int, in sentence: Range<Int>) -> Int? {
        (t + 1..<Swift.min(sentence.upperBound, t + 5)).first { text.tokens[$0].isScalar(")") }
    }

    /// A source phrase runs on over definite words that qualify it ("وزارة الصحة الفلسطينية"), two at most:
    /// the shortest span that names the source.
    func phraseEnd(from start: Int, in sentence: Range<Int>) -> Int {
        var t = start
        while t < sentence.upperBound && t < start + 2 {
            let token = text.tokens[t]
            guard token.isWord, text.normalized.text(of: token, hasPrefix: "ال"), token.range.count > 3, !functionWords.contains(token.key),
                  reporting.starting(at: t) == nil, agencies.starting(at: t) == nil
            else { break }
            t += 1
        }
        return t
    }

    func choose(_ mentions: ArraySlice<Mention>, for f: ClaimExtractor.Found, carried: ClaimSource?) -> ClaimSource {
        // The nearest reporting verb before the claim, and the nearest prepositional source on either side.
        let verb = mentions.last { $0.cueToken < f.firstToken && $0.cue != .preposition }
        // An agency after a preposition beside a speaking source relays it: it is the via, not the source.
        let preposition = mentions.filter { $0.cue == .preposition && !$0.implicit && !(verb != nil && $0.source.kind == .media) }.min {
            distance($0.cueToken, f) < distance($1.cueToken, f)
        }
        if let verb, let preposition, distance(preposition.cueToken, f) < distance(verb.cueToken, f) {
            return preposition.source
        }
        if let verb {
            if !verb.implicit { return verb.source }
            if var carried {
                if carried.via == nil, carried.kind != .media { carried.via = verb.via }
                return carried
            }
        }
        if let preposition { return preposition.source }
        // A reporting verb closing the sentence after the claim ("…، قال مصدر").
        let sentenceEnd = text.sentences[f.sentence].upperBound
        if let m = mentions.first(where: { $0.cueToken > f.lastToken && !$0.implicit }), let span = m.source.span,
           sentenceEnd - m.cueToken <= 8, span.end >= text.tokens[Swift.max(m.cueToken, sentenceEnd - 3)].span.start {
            return m.source
        }
        return .unattributed
    }

    func distance(_ token: Int, _ f: ClaimExtractor.Found) -> Int {
        token < f.firstToken ? f.firstToken - token : Swift.max(0, token - f.lastToken)
    }

    /// An agency the source spoke to: "لوكالة فرانس برس" anywhere in the sentence, or a relaying agency beside another
    /// source.
    func via(in s: Int, excluding source: ClaimSource) -> String? {
        let sentence = text.sentences[s]
        for i in agencies.matchIndexes(in: sentence) {
            let a = agencies.matches[i]
            if let span = source.span, span.overlaps(text.tokens[a.tokens.lowerBound].span) { continue }
            if a.prefixLength > 0 { return a.value.name }
            var b = a.tokens.lowerBound - 1
            while b >= sentence.lowerBound && text.tokens[b].kind == .punctuation && text.tokens[b].isScalar("\"") { b -= 1 }
            if b >= sentence.lowerBound && text.tokens[b].isScalar("ل") { return a.value.name }
            // "في مقابلة مع رويترز", "في تصريحات مع قناة …": an interview given to the agency.
            if b > sentence.lowerBound, text.tokens[b].isWord, interviewWith.contains(text.tokens[b].key),
               sources.covering(b - 1)?.value.container == true {
                return a.value.name
            }
            if let r = reporting.covering(a.tokens.lowerBound - 1), r.value == .preposition { return a.value.name }
            if a.tokens.lowerBound >= 2, let r = reporting.covering(a.tokens.lowerBound - 2), r.value == .preposition,
               text.tokens[a.tokens.lowerBound - 1].isWord {
                return a.value.name
            }
        }
        return nil
    }

    // MARK: - Hedges and background

    /// A hedge anywhere in the claim's sentence: before it ("يعتقد أن …") or after it ("…، ولم يتسن التحقق").
    func isHedged(_ f: ClaimExtractor.Found) -> Bool {
        hedges.hasMatch(in: text.sentences[f.sentence])
    }

    func isBackground(_ f: ClaimExtractor.Found) -> Bool {
        let sentence = text.sentences[f.sentence]
        // "كما …" continues the sentence before it.
        if f.sentence > 0, let first = background.starting(at: sentence.lowerBound), first.value == .continuation,
           sentenceIsBackground(f.sentence - 1) {
            return true
        }
        // The claim's clause, found when first needed (most sentences have no clause cue and no past year).
        var clauseFound: Range<Int>?
        func clause() -> Range<Int> {
            if let clauseFound { return clauseFound }
            let c = SentenceSplitter.clauses(text.tokens, in: sentence).first { $0.contains(f.firstToken) } ?? sentence
            clauseFound = c
            return c
        }
        for i in background.matchIndexes(in: sentence) {
            let cue = background.matches[i]
            switch cue.value {
            case .sentence: return true
            case .clause: if clause().contains(cue.tokens.lowerBound) { return true }
            case .period: if periodFollows(cue.tokens.upperBound) { return true }
            case .past: if !recentBefore(cue.tokens.lowerBound) { return true }
            case .after: if cue.tokens.upperBound <= f.firstToken { return true }
            // "في هجوم آخر", "من جهة أخرى": another current incident is news of its own, not background.
            case .shift, .continuation, .none, .recent, .earlier: break
            }
        }
        // A year other than the publication year in the claim's clause, or fronted before it in its sentence
        // ("وفي أبريل 2017، قتل 80 شخصا").
        if let published {
            for q in text.quantities where q.kind == .year && q.min < published.year {
                if clause().contains(q.tokens.lowerBound) { return true }
                if sentence.contains(q.tokens.lowerBound) && q.tokens.upperBound <= f.firstToken
                    && f.firstToken - q.tokens.upperBound <= Self.frontedYearReach {
                    return true
                }
            }
        }
        return false
    }

    /// How far before a claim a past year may stand as its fronted time ("وفي أبريل 2017، قتل").
    static let frontedYearReach = 3

    /// Whether a sentence holds a sentence-wide background cue.
    func sentenceIsBackground(_ s: Int) -> Bool {
        background.firstMatch(in: text.sentences[s]) {
            $0.value == .sentence || ($0.value == .period && periodFollows($0.tokens.upperBound))
                || ($0.value == .past && !recentBefore($0.tokens.lowerBound))
                // A sentence opened by an answer to an earlier event ("ويأتي الهجوم بعد …") tells that event throughout.
                || ($0.value == .after && $0.tokens.lowerBound == text.sentences[s].lowerBound)
        } != nil
    }

    /// Whether a recent span stands within three tokens before `t` ("خلال الساعات 24 الماضية").
    func recentBefore(_ t: Int) -> Bool {
        (Swift.max(0, t - 3)..<t).contains { isRecentUnit($0) }
    }

    /// A year, a date or a duration within two words after `t` ("منذ 20 شهرا", "خلال 10 أشهر", "منذ 23 سبتمبر 2014").
    /// Hours and days ("خلال ال48 ساعة") are a recent span, not a period.
    func periodFollows(_ t: Int) -> Bool {
        text.quantities.contains { q in
            q.tokens.lowerBound >= t && q.tokens.lowerBound - t <= 1 && (q.kind == .year || q.kind == .date || q.kind == .other)
                && !isRecentUnit(q.tokens.upperBound - 1) && !isRecentUnit(q.tokens.upperBound)
        }
    }

    func isRecentUnit(_ t: Int) -> Bool {
        background.starting(at: t)?.value == .recent
    }

    func span(_ first: Int, _ last: Int, prefix: Int) -> TextSpan {
        var p = prefix
        let range = text.tokens[first].range
        let end = range.lowerBound + Swift.min(Swift.max(prefix, 0), range.count)  // the prefix's letters end here
        if end - range.lowerBound >= 2, text.normalized.scalars[end - 2] == "ا", text.normalized.scalars[end - 1] == "ل" { p -= 2 }
        return text.normalized.originalSpan((text.tokens[first].range.lowerBound + p)..<text.tokens[last - 1].range.upperBound)
    }
}
