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
    /// "عن" after a relaying verb (grammar_words.tsv).
    let relayFrom: Set<WordKey>
    let agencies: TokenAnnotations<String>
    let reporting: TokenAnnotations<ReportingCue>
    let hedges: TokenAnnotations<Bool>
    let background: TokenAnnotations<BackgroundScope>
    let published: CalendarDate?
    /// Units of a recent span ("خلال الـ48 ساعة", "خلال يومين"): a period of them is not background (grammar_words.tsv).
    var recentUnits: Set<WordKey> = []

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
    }

    /// Attributes claims in order; the last explicit source carries over continuation sentences.
    func attribute(_ found: [ClaimExtractor.Found]) -> [CasualtyClaim] {
        var mentionsBySentence: [Int: [Mention]] = [:]
        var lastSource: ClaimSource?
        var carried: [Int: ClaimSource] = [:]  // sentence -> source carried into it
        for s in text.sentences.indices {
            var mentions = self.mentions(in: s)
            if let last = lastSource { carried[s] = last }
            // "وتابع المصدر": a definite generic source noun refers back to the source already named.
            for i in mentions.indices where mentions[i].anaphoric {
                if let earlier = mentions[..<i].last(where: { !$0.implicit })?.source ?? lastSource { mentions[i].source = earlier }
            }
            // A verb with no subject of its own takes the subject of the verb before it in the sentence
            // ("أعلنت الجماعة مسؤوليتها … وقالت إنها").
            for i in mentions.indices where mentions[i].implicit && mentions[i].cue == .verb {
                if let earlier = mentions[..<i].last(where: { !$0.implicit && $0.cue != .preposition }) {
                    mentions[i].source = earlier.source
                    mentions[i].implicit = false
                }
            }
            mentionsBySentence[s] = mentions
            if let explicit = mentions.last(where: { !$0.implicit }) { lastSource = explicit.source }
        }
        return found.map { f in
            let mentions = mentionsBySentence[f.sentence] ?? []
            let source = choose(mentions, for: f, carried: carried[f.sentence])
            return CasualtyClaim(
                category: f.category, min: f.min, max: f.max, qualifier: f.qualifier, victims: f.victims, source: source,
                hedged: isHedged(f), background: isBackground(f), span: f.span, quote: text.quote(f.span), rule: f.rule
            )
        }
    }

    // MARK: - Sources

    func mentions(in s: Int) -> [Mention] {
        let sentence = text.sentences[s]
        var out: [Mention] = []
        for cue in reporting.matches(in: sentence) where cue.value != .complement {
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
                    let nameOnly = cue.value == .continuation && sources.matches(in: after..<Swift.min(sentence.upperBound, after + 6)).isEmpty
                    if isAnaphor(from: after) || nameOnly {
                        var m = Mention(source: subject, cueToken: cue.tokens.lowerBound, cue: cue.value, implicit: false)
                        m.anaphoric = true
                        out.append(m)
                        continue
                    }
                    out.append(Mention(source: subject, cueToken: cue.tokens.lowerBound, cue: cue.value, implicit: false))
                } else {
                    out.append(Mention(source: .unattributed, cueToken: cue.tokens.lowerBound, cue: cue.value, implicit: true))
                }
            case .preposition:
                if var subject = subject(from: after, in: sentence, reach: 4) {
                    if subject.kind != .media { subject.via = via(in: s, excluding: subject) }
                    out.append(Mention(source: subject, cueToken: cue.tokens.lowerBound, cue: cue.value, implicit: false))
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
            if text.tokens[t].kind == .punctuation && text.tokens[t].text != "\"" { return nil }
            if text.tokens[t].isWord, relayFrom.contains(text.tokens[t].key) {
                guard var source = subject(from: t + 1, in: sentence, reach: 3) else { return nil }
                if let agency = agencies.matches(in: start..<t).first { source.via = agency.value }
                return source
            }
            t += 1
        }
        return nil
    }

    /// A definite generic source noun alone ("المصدر", "المصادر", "الوزارة"): it refers back.
    func isAnaphor(from start: Int) -> Bool {
        anaphors.contains(text.tokens[start].key) && sources.starting(at: start)?.tokens.count == 1
    }

    /// The source phrase starting within `reach` tokens of `start`: a source noun, an agency, or a named person
    /// (whose title in apposition gives the kind: "قال أحمد، رئيس المكتب الإعلامي لمنظمة …").
    func subject(from start: Int, in sentence: Range<Int>, reach: Int) -> ClaimSource? {
        var t = start
        while t < sentence.upperBound && t < start + reach {
            let token = text.tokens[t]
            if token.kind == .punctuation && token.text != "\"" { break }
            if let r = reporting.starting(at: t), r.value == .complement || r.value == .relay { break }
            if let m = sources.starting(at: t) { return sourcePhrase(m, in: sentence) }
            if let a = agencies.starting(at: t), a.prefixLength == 0 {
                let sp = span(a.tokens.lowerBound, a.tokens.upperBound, prefix: 0)
                return ClaimSource(text: text.quote(sp), kind: .media, span: sp)
            }
            t += 1
        }
        guard reach >= 6, start < sentence.upperBound, isNameWord(start) else { return nil }
        // A named person: words up to a comma, a complement or a quote.
        var end = start
        while end < sentence.upperBound && end < start + 4 && isNameWord(end) { end += 1 }
        guard end < sentence.upperBound else { return nil }
        let sp = span(start, end, prefix: 0)
        var kind = SourceKind.official
        let next = text.tokens[end]
        if next.kind == .punctuation && next.text == "," {
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
        } else if !(next.kind == .punctuation || reporting.starting(at: end)?.value == .complement || agencies.starting(at: end) != nil) {
            return nil
        }
        return ClaimSource(text: text.quote(sp), kind: kind, span: sp)
    }

    /// A word that can be part of a person's name: a word, not a function word, not a cue.
    func isNameWord(_ t: Int) -> Bool {
        let token = text.tokens[t]
        return token.kind == .word && !functionWords.contains(token.key) && reporting.starting(at: t) == nil
            && agencies.starting(at: t) == nil && sources.starting(at: t) == nil
    }

    /// The source phrase of a source-noun match; a weak noun yields to a source named within two words after it.
    func sourcePhrase(_ m: PhraseMatcher<SourceNoun>.Match, in sentence: Range<Int>) -> ClaimSource? {
        var kind = m.value.kind
        var last = m.tokens.upperBound
        if m.value.weak {
            for t in m.tokens.upperBound..<Swift.min(sentence.upperBound, m.tokens.upperBound + 3) {
                if text.tokens[t].kind == .punctuation { break }
                if let next = sources.starting(at: t) {
                    kind = next.value.kind
                    last = next.tokens.upperBound
                    break
                }
            }
        }
        let end = phraseEnd(from: last, in: sentence)
        let sp = span(m.tokens.lowerBound, end, prefix: m.prefixLength)
        return ClaimSource(text: text.quote(sp), kind: kind, span: sp)
    }

    /// A source phrase runs on over definite words that qualify it ("وزارة الصحة الفلسطينية"), two at most:
    /// the shortest span that names the source.
    func phraseEnd(from start: Int, in sentence: Range<Int>) -> Int {
        var t = start
        while t < sentence.upperBound && t < start + 2 {
            let token = text.tokens[t]
            guard token.isWord, token.text.hasPrefix("ال"), token.range.count > 3, !functionWords.contains(token.key),
                  reporting.starting(at: t) == nil, agencies.starting(at: t) == nil
            else { break }
            t += 1
        }
        return t
    }

    func choose(_ mentions: [Mention], for f: ClaimExtractor.Found, carried: ClaimSource?) -> ClaimSource {
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
            if let carried { return carried }
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
        for a in agencies.matches(in: sentence) {
            if let span = source.span, span.overlaps(text.tokens[a.tokens.lowerBound].span) { continue }
            if a.prefixLength > 0 { return a.value }
            var b = a.tokens.lowerBound - 1
            while b >= sentence.lowerBound && text.tokens[b].kind == .punctuation && text.tokens[b].text == "\"" { b -= 1 }
            if b >= sentence.lowerBound && text.tokens[b].text == "ل" { return a.value }
            if let r = reporting.covering(a.tokens.lowerBound - 1), r.value == .preposition { return a.value }
            if a.tokens.lowerBound >= 2, let r = reporting.covering(a.tokens.lowerBound - 2), r.value == .preposition,
               text.tokens[a.tokens.lowerBound - 1].isWord {
                return a.value
            }
        }
        return nil
    }

    // MARK: - Hedges and background

    /// A hedge anywhere in the claim's sentence: before it ("يعتقد أن …") or after it ("…، ولم يتسن التحقق").
    func isHedged(_ f: ClaimExtractor.Found) -> Bool {
        !hedges.matches(in: text.sentences[f.sentence]).isEmpty
    }

    func isBackground(_ f: ClaimExtractor.Found) -> Bool {
        let sentence = text.sentences[f.sentence]
        // "كما …" continues the sentence before it.
        if f.sentence > 0, let first = background.starting(at: sentence.lowerBound), first.value == .continuation,
           sentenceIsBackground(f.sentence - 1) {
            return true
        }
        let clause = SentenceSplitter.clauses(text.tokens, in: sentence).first { $0.contains(f.firstToken) } ?? sentence
        if shiftedBefore(f.sentence) { return true }
        for cue in background.matches(in: sentence) {
            switch cue.value {
            case .sentence: return true
            case .clause: if clause.contains(cue.tokens.lowerBound) { return true }
            case .period: if periodFollows(cue.tokens.upperBound) { return true }
            case .shift: if cue.tokens.lowerBound <= f.firstToken { return true }
            case .continuation, .none: break
            }
        }
        // A year other than the publication year in the claim's clause.
        if let published {
            for q in text.quantities where q.kind == .year && clause.contains(q.tokens.lowerBound) && q.min < published.year {
                return true
            }
        }
        return false
    }

    /// Whether a sentence holds a sentence-wide background cue.
    func sentenceIsBackground(_ s: Int) -> Bool {
        background.matches(in: text.sentences[s]).contains { $0.value == .sentence || ($0.value == .period && periodFollows($0.tokens.upperBound)) }
    }

    /// Whether an earlier sentence changed the topic ("في غضون ذلك"): what follows is about something else.
    func shiftedBefore(_ s: Int) -> Bool {
        guard s > 0 else { return false }
        return background.matches(in: text.sentences[0].lowerBound..<text.sentences[s].lowerBound).contains { $0.value == .shift }
    }

    /// A year, a date or a duration within two words after `t` ("منذ 20 شهرا", "خلال 10 أشهر", "منذ 23 سبتمبر 2014").
    func periodFollows(_ t: Int) -> Bool {
        text.quantities.contains { q in
            q.tokens.lowerBound >= t && q.tokens.lowerBound - t <= 1 && (q.kind == .year || q.kind == .date || q.kind == .other)
                && !recentUnitFollows(q.tokens.upperBound)
        }
    }

    /// Whether the word at `t` is a unit of a recent span (hours, days).
    func recentUnitFollows(_ t: Int) -> Bool {
        t < text.tokens.count && text.tokens[t].isWord && recentUnits.contains(text.tokens[t].key)
    }

    func span(_ first: Int, _ last: Int, prefix: Int) -> TextSpan {
        var p = prefix
        let s = Array(text.normalized.scalars[text.tokens[first].range].prefix(prefix))
        if s.count >= 2, s[s.count - 2] == "ا", s[s.count - 1] == "ل" { p -= 2 }
        return text.normalized.originalSpan((text.tokens[first].range.lowerBound + p)..<text.tokens[last - 1].range.upperBound)
    }
}
