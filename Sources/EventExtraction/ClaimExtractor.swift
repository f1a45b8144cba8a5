import ArabicText
import EventModel
import Lexicon

/// Finds casualty claims: links each count of people to the casualty cue that says what happened to them.
///
/// Rules (ids in parentheses):
/// - a cue then the count: "مقتل 12", "قتل 5 أشخاص", "أصيب 255" (`casualty.cue_count`);
/// - a toll word, the victim noun, then the count: "عدد القتلى بلغ نحو 100", "حصيلة القتلى إلى 30" (`casualty.toll_count`);
/// - the count then the cue: "77 شخصا قتلوا", "12 قتيلا", "20 مدنيا على الأقل قتلوا" (`casualty.count_cue`) — unless the
///   count is the agent: "X قتلوا وجرحوا المئات" makes المئات the victims, not X;
/// - a count coordinated with a linked one shares its cue: "قتل ثلاثة مدنيين وثلاثة رجال شرطة" (`casualty.coordinated`);
/// - no count: a dual noun counts 2 ("مقتل جنديين", "قتيلان") (`casualty.dual`), a singular person noun 1 ("مقتل جندي")
///   (`casualty.singular`), a bare plural is vague 3–9 ("سقوط قتلى", "وجرح آخرون") (`casualty.bare_plural`).
/// Two cues of killed and injured joined by و make one killed-or-injured figure ("مقتل وإصابة العشرات").
/// Breakdowns ("بينهم 5 أطفال") and severities ("3 في حالة حرجة") are not claims.
struct ClaimExtractor {
    let text: AnalyzedText
    let cues: TokenAnnotations<CasualtyCue>
    let persons: TokenAnnotations<PersonNoun>
    let filters: TokenAnnotations<ClaimFilter>
    /// Reporting cues ("قال", "بحسب"): a cue's count does not reach across one (`stops(_:)`).
    let reporting: TokenAnnotations<ReportingCue>
    /// First tokens of number expressions (`stops(_:)`).
    let quantityStarts: TokenFlags
    /// The extractor this one reads the text lexicon of (the modifiers after a count, the clitic data): read in place,
    /// not copied per document (a copied matcher or analyzer retained and released each of its tables).
    let lexicons: Extractor

    /// A claim before attribution: its figure, where it is, and the rule that found it.
    struct Found {
        var category: HarmCategory
        var min: Int
        var max: Int?
        var qualifier: Qualifier
        var victims: VictimGroup
        var span: TextSpan
        var sentence: Int
        /// First token of the claim (for attribution order).
        var firstToken: Int
        var lastToken: Int
        var rule: String
        /// The counted noun is followed by "another" ("جندي آخر"): a new person, not a repeat.
        var another = false
    }

    /// Tokens a toll-word lookup accepts right before a victim noun ("عدد القتلى", "حصيلة الضحايا"), as an array: a
    /// dozen keys compared in turn cost less than hashing each segmentation of each word walked (made once per extractor).
    let tollWordList: [WordKey]
    /// Partitive "of" (من) and a standalone "and" (و), from grammar_words.tsv.
    let partitives: Set<WordKey>
    let conjunctions: Set<WordKey>
    /// The same conjunctions as a letter prefixed to the next word ("وثلاثة"), from grammar_words.tsv.
    var conjunctionLetters: Set<Unicode.Scalar> = []
    /// "another" (آخر، أخرى) after a counted noun, from grammar_words.tsv.
    let others: Set<WordKey>
    /// Adverbs that may stand between a subject and its verb (أيضا، كذلك), from grammar_words.tsv.
    var adverbs: Set<WordKey> = []
    /// Verbs of confirming a toll (أكد، أكدت), from grammar_words.tsv, as an array (`ClaimGrammar.confirmWordList`).
    var confirmWordList: [WordKey] = []
    /// Time words (date_words.tsv) and time or date figures: they do not part a verb from its count.
    var timeWords: TokenAnnotations<Bool>?
    /// The dual ending of a past verb (ا in "قتلا"), from grammar_words.tsv.
    var dualVerbEndings: [[Unicode.Scalar]] = []
    /// Endings that make a singular person noun dual: nominative (طفلتان) and oblique (جنديين); an oblique one after a
    /// nisba letter (مدنيين) is plural instead (grammar_words.tsv).
    var dualNounEndings: [[Unicode.Scalar]] = []
    var obliqueDualNounEndings: [[Unicode.Scalar]] = []
    var nisbaLetters: [Unicode.Scalar] = []
    /// Endings after the nisba letter of an indefinite adjective (ا، ين، ان; the bare letter too) (grammar_words.tsv).
    var nisbaAdjectiveEndings: [[Unicode.Scalar]] = []
    /// The plural ending of a past verb (وا in "قتلوا"), from grammar_words.tsv.
    let pluralVerbEndings: [[Unicode.Scalar]]
    /// For each token t, the index of the quantity starting there at 2t and of the one ending there at 2t + 1, or -1
    /// (one array for both).
    let quantityByToken: [Int32]
    /// Tokens of time and date figures ("التاسعة", "10 أغسطس").
    let timeFigureTokens: TokenFlags

    init(
        text: AnalyzedText, cues: TokenAnnotations<CasualtyCue>, persons: TokenAnnotations<PersonNoun>,
        filters: TokenAnnotations<ClaimFilter>, reporting: TokenAnnotations<ReportingCue>, quantityStarts: TokenFlags, lexicons: Extractor,
        tollWordList: [WordKey], partitives: Set<WordKey>, conjunctions: Set<WordKey>, others: Set<WordKey> = [],
        pluralVerbEndings: [[Unicode.Scalar]]
    ) {
        self.partitives = partitives
        self.conjunctions = conjunctions
        self.others = others
        self.pluralVerbEndings = pluralVerbEndings
        self.text = text
        self.cues = cues
        self.persons = persons
        self.filters = filters
        self.reporting = reporting
        self.quantityStarts = quantityStarts
        self.lexicons = lexicons
        self.tollWordList = tollWordList
        let slots = 2 * (text.tokens.count + 2)
        quantityByToken = [Int32](unsafeUninitializedCapacity: slots) { byToken, initialized in
            byToken.initialize(repeating: -1)  // a memset (`Array(repeating:count:)` filled it element by element)
            text.quantities.withUnsafeBufferPointer { quantities in
                for i in quantities.indices {
                    let tokens = quantities[i].tokens
                    if tokens.lowerBound >= 0 && 2 * tokens.lowerBound < slots { byToken[2 * tokens.lowerBound] = Int32(i) }
                    if tokens.upperBound >= 0 && 2 * tokens.upperBound + 1 < slots { byToken[2 * tokens.upperBound + 1] = Int32(i) }
                }
            }
            initialized = slots
        }
        var timeFigures = TokenFlags(count: text.tokens.count)
        for q in text.quantities where q.kind == .time || q.kind == .date { timeFigures.insert(q.tokens) }
        timeFigureTokens = timeFigures
    }

    /// Maximum words between a cue and the count it governs.
    static let forwardGap = 3
    /// A toll may run longer before its count: "ارتفعت حصيلة القتلى جراء الهجوم على السوق إلى 30".
    static let tollGap = 6
    static let backwardGap = 4
    /// How far the word a cue requires may follow it: "لقي ما لا يقل عن 115 مسلحا من جبهة … (…) حتفهم".
    static let requiredReach = 20
    static let requiredReachAfterNoun = 8

    func extract() -> [Found] {
        var found: [Found] = []
        found.reserveCapacity(text.quantities.count + cues.matches.count)
        var usedCues = TokenFlags(count: text.tokens.count)  // first token of cues that gave a count
        var links: [(q: Quantity, cue: PhraseMatcher<CasualtyCue>.Match)?] = []
        // The counts, in one allocation (`filter` grew its array one doubling at a time).
        var quantities: [Quantity] = []
        quantities.reserveCapacity(text.quantities.count)
        for q in text.quantities where q.kind == .count || q.kind == .decade { quantities.append(q) }
        links.reserveCapacity(quantities.count)  // one allocation, not one per doubling

        // Counts linked to cues.
        for q in quantities {
            guard let s = text.sentenceIndex(ofToken: q.tokens.lowerBound), !isFiltered(q) else {
                links.append(nil)
                continue
            }
            let sentence = text.sentences[s]
            let forward = cueBefore(q, in: sentence)
            let backward = cueAfter(q, in: sentence)
            var chosen: (PhraseMatcher<CasualtyCue>.Match, String)?
            switch (forward, backward) {
            case let (f?, b?):
                // Nearer wins; on a tie a victim noun after the count ("30 قتيلا") wins, unless it is the generic
                // "ضحية" (casualty) and the cue before is specific ("التعرف على هوية 81 ضحية").
                let victimWins = b.match.value.form == .victim && b.match.value.category != .killedOrInjured
                // "سقوط العشرات من القتلى": a cue that needs a victim noun defers to that noun.
                let deferring = !f.match.value.requires.isEmpty && b.match.value.form == .victim && b.gap <= 2
                chosen = b.gap < f.gap || (b.gap == f.gap && victimWins) || deferring ? (b.match, "casualty.count_cue") : (f.match, f.rule)
            case let (f?, nil): chosen = (f.match, f.rule)
            case let (nil, b?): chosen = (b.match, "casualty.count_cue")
            default: chosen = nil
            }
            guard let (cue, rule) = chosen else {
                links.append(nil)
                continue
            }
            usedCues.insert(cue.tokens.lowerBound)
            links.append((q, cue))
            found.append(make(q, cue: cue, sentence: s, rule: rule))
        }
        // "إصابة سفيرها وعدد من دبلوماسييها": a person noun between the cue and its count, joined to the count by و, is a
        // figure of its own.
        var linked = TokenFlags(count: text.tokens.count)
        for link in links {
            guard let link else { continue }
            linked.insert(link.q.tokens.lowerBound)
            guard link.cue.tokens.upperBound < link.q.tokens.lowerBound, let s = text.sentenceIndex(ofToken: link.cue.tokens.lowerBound),
                  let p = persons.starting(at: link.cue.tokens.upperBound), p.tokens.upperBound <= link.q.tokens.lowerBound,
                  joinedByAnd(p.tokens.upperBound, link.q.tokens.lowerBound)
            else { continue }
            switch number(of: p) {
            case .singular: found.append(self.found(link.cue, noun: p, min: 1, max: 1, qualifier: .exact, sentence: s, rule: "casualty.singular"))
            case .dual: found.append(self.found(link.cue, noun: p, min: 2, max: 2, qualifier: .exact, sentence: s, rule: "casualty.dual"))
            case .plural: break
            }
        }
        // Counts coordinated with a linked count share its cue, along a chain either way ("4 رجال و3 أطفال و5 نساء").
        // (Forward, then backward: no array of the indexes built.)
        for step in 0..<(2 * quantities.count) {
            let i = step < quantities.count ? step : 2 * quantities.count - 1 - step
            guard links[i] == nil, !isFiltered(quantities[i]) else { continue }
            let q = quantities[i]
            guard let s = text.sentenceIndex(ofToken: q.tokens.lowerBound) else { continue }
            if let (_, cue) = coordinatedLink(i, quantities, links, sentence: text.sentences[s]) {
                links[i] = (q, cue)
                linked.insert(q.tokens.lowerBound)
                found.append(make(q, cue: cue, sentence: s, rule: "casualty.coordinated"))
            }
        }
        // Cues with no count: dual, singular and bare plural nouns.
        for cue in cues.matches where !usedCues.contains(cue.tokens.lowerBound) {
            guard requirementMet(cue), let s = text.sentenceIndex(ofToken: cue.tokens.lowerBound) else { continue }
            if quantityNear(cue) { continue }
            guard let f = countFromNoun(cue, sentence: s) else { continue }
            if f.rule == "casualty.bare_plural" && f.category == .killedOrInjured && cue.tokens.count > 1 {
                // "موقعين قتلى وجرحى": with no figure, some killed and some injured are two vague figures.
                var killed = f, injured = f
                killed.category = .killed
                injured.category = .injured
                found.append(contentsOf: [killed, injured])
                continue
            }
            found.append(f)
            // "مقتل القيادي فلان، …، وعدد من عناصره": a count joined to a named victim shares the cue.
            if f.min <= 2, let q = countJoined(after: f.lastToken + 1, in: text.sentences[s]), !linked.contains(q.tokens.lowerBound),
               !isFiltered(q) {
                linked.insert(q.tokens.lowerBound)
                found.append(make(q, cue: cue, sentence: s, rule: "casualty.coordinated"))
            }
        }
        found += confirmations(of: found)
        found.sort { $0.span < $1.span }
        return found
    }

    /// Whether token `t` ends a cue's reach: punctuation other than a quote, a line break, a figure, the start of a
    /// number expression or a reporting cue. (A method rather than a closure the caller made: no closure context holding
    /// copies of the text and the annotations per document.)
    func stops(_ t: Int) -> Bool {
        switch text.tokens[t].kind {
        case .punctuation: return !text.tokens[t].isScalar("\"")
        case .lineBreak, .number: return true
        default: break
        }
        if quantityStarts.contains(t) { return true }
        return reporting.covering(t) != nil
    }

    // MARK: - Confirmed tolls

    /// How far after a confirming verb its toll word may come: "وأكد حاكم المقاطعة فلان الفلاني حصيلة القتلى".
    static let confirmReach = 8

    /// "وأكد هذه الحصيلة فلان": a sentence with no figure of its own in which a source confirms the toll repeats the
    /// figures of the sentence before (those of the toll's category when it names one: "حصيلة القتلى"), now under the
    /// confirming source (casualty.confirmed).
    func confirmations(of found: [Found]) -> [Found] {
        // A confirmation repeats earlier figures: with none found, there is nothing to repeat.
        guard !found.isEmpty else { return [] }
        var out: [Found] = []
        var withFigures = [Bool](repeating: false, count: text.sentences.count)
        for f in found where f.sentence >= 0 && f.sentence < withFigures.count { withFigures[f.sentence] = true }
        // The confirming verbs and toll words as plain arrays: a few keys compared in turn, not hashed per segmentation.
        let confirmWords = confirmWordList, tollWords = tollWordList
        for s in text.sentences.indices where s > 0 && !withFigures[s] {
            let sentence = text.sentences[s]
            // The confirming verb opens its sentence (after a conjunction or a particle at most).
            let opening = sentence.lowerBound..<Swift.min(sentence.upperBound, sentence.lowerBound + 2)
            guard let verb = opening.first(where: { t in text.tokens[t].isWord && text.segments.of(t).contains { confirmWords.contains($0.key) } })
            else { continue }
            var toll: Int?
            var u = verb + 1
            while u < sentence.upperBound && u <= verb + Self.confirmReach {
                // The toll is the verb's object: a complement ("أكد أن …") or a figure ends the search.
                if text.tokens[u].kind == .punctuation || quantityStarting(at: u) != nil || stops(u) { break }
                if text.tokens[u].isWord && text.segments.of(u).contains(where: { $0.suffixLength == 0 && tollWords.contains($0.key) }) {
                    toll = u
                    break
                }
                u += 1
            }
            guard let toll, let previous = found.filter({ $0.sentence < s && $0.rule != Self.confirmedRule }).map(\.sentence).max(),
                  s - previous <= 2
            else { continue }
            let category = cues.starting(at: toll + 1).flatMap { $0.value.form == .victim ? $0.value.category : nil }
            let end = category == nil ? toll + 1 : (cues.starting(at: toll + 1)?.tokens.upperBound ?? toll + 1)
            for f in found where f.sentence == previous && (category == nil || f.category == category) {
                var g = f
                g.sentence = s
                g.firstToken = toll
                g.lastToken = end - 1
                g.span = spanWithoutConjunction(verb, end, prefix: 0)
                g.rule = Self.confirmedRule
                g.another = false
                out.append(g)
            }
        }
        return out
    }

    static let confirmedRule = "casualty.confirmed"

    // MARK: - Linking

    struct Link {
        var match: PhraseMatcher<CasualtyCue>.Match
        var gap: Int
        var rule: String
    }

    /// The cue governing a count that follows it.
    func cueBefore(_ q: Quantity, in sentence: Range<Int>) -> Link? {
        var t = q.tokens.lowerBound - 1
        var gap = 0
        var sawToll = false  // a toll word between the noun and the count: "قتلى بلغ عددهم 12"
        while t >= sentence.lowerBound && gap <= Self.tollGap {
            // "قتلوا بعد التاسعة من مساء الأحد 7 أشخاص": a time is passed over without counting.
            if isTime(t) {
                t -= 1
                continue
            }
            if let m = cues.covering(t) {
                guard requirementMet(m) else { return nil }
                switch m.value.form {
                case .action, .event:
                    guard gap <= Self.forwardGap else { return nil }
                    return Link(match: combined(m), gap: gap, rule: "casualty.cue_count")
                case .victim:
                    if hasTollWord(before: m) || sawToll { return Link(match: combined(m), gap: gap, rule: "casualty.toll_count") }
                    return nil
                }
            }
            if stops(t) { return nil }
            if isTollWord(t) { sawToll = true }
            gap += 1
            t -= 1
        }
        return nil
    }

    /// Whether token `t` is a time word or part of a time or date figure.
    func isTime(_ t: Int) -> Bool {
        timeWords?.covering(t) != nil || timeFigureTokens.contains(t)
    }

    /// Whether token `t` is a toll word (عدد، حصيلة، عددهم …) with any clitics.
    func isTollWord(_ t: Int) -> Bool {
        text.tokens[t].isWord && text.segments.of(t).contains { tollWordList.contains($0.key) }
    }

    /// The cue after a count that it is the subject or number of.
    func cueAfter(_ q: Quantity, in sentence: Range<Int>) -> Link? {
        var t = q.tokens.upperBound
        var gap = 0
        // A counted noun qualified by "من …" may run longer: "44 متشددا من الموالين لتنظيم داعش قتلوا".
        let reach = persons.starting(at: t) != nil && t + 1 < text.tokens.count && partitives.contains(text.tokens[t + 1].key)
            ? Self.backwardGap + 2 : Self.backwardGap
        while t < sentence.upperBound && gap <= reach {
            if let m = cues.starting(at: t) {
                guard requirementMet(m) else { return nil }
                switch m.value.form {
                case .victim:
                    return Link(match: combined(m), gap: gap, rule: "casualty.count_cue")
                case .action:
                    // A verb with a count right after it governs that count ("… وقتلت 9 قرويين"); the count
                    // before it is not its victims.
                    if isAgent(before: m) || (quantityStarting(at: m.tokens.upperBound).map(Self.isCount) ?? false) { return nil }
                    return Link(match: combined(m), gap: gap, rule: "casualty.count_cue")
                case .event:
                    return nil
                }
            }
            if stops(t) { return nil }
            if let p = persons.starting(at: t) {
                t = p.tokens.upperBound
            } else {
                t += 1
            }
            gap += 1
        }
        return nil
    }

    /// A plural verb ("قتلوا") followed by its own object count means the count before the verb did the harming:
    /// "بضع عشرات قتلوا وجرحوا المئات". A singular verb after it ("77 قتلوا وأصيب 255") starts a new clause.
    func isAgent(before cue: PhraseMatcher<CasualtyCue>.Match) -> Bool {
        guard isPluralVerb(cue.tokens.upperBound - 1) else { return false }
        var t = cue.tokens.upperBound
        while t < text.tokens.count {
            if let other = cues.starting(at: t), other.value.form == .action {
                guard isPluralVerb(other.tokens.upperBound - 1) else { return false }
                t = other.tokens.upperBound
                continue
            }
            if text.tokens[t].kind == .punctuation && text.tokens[t].isScalar("\"") {
                t += 1
                continue
            }
            // The object must follow at once: a comma, "وإن" or another verb starts a new clause.
            if let q = quantityStarting(at: t), q.kind == .count { return true }
            return false
        }
        return false
    }

    /// Whether a verb token carries the dual ending ا ("قتلا", "أصيبا"): two people, not the singular noun before it.
    func isDualVerb(_ t: Int) -> Bool {
        let s = text.normalized.scalars[text.tokens[t].range]
        return dualVerbEndings.contains { s.count > $0.count + 2 && s.suffix($0.count).elementsEqual($0) }
    }

    /// Whether a verb token carries the plural ending وا.
    func isPluralVerb(_ t: Int) -> Bool {
        let s = text.normalized.scalars[text.tokens[t].range]
        return pluralVerbEndings.contains { s.count > $0.count + 1 && s.suffix($0.count).elementsEqual($0) }
    }

    /// Whether a count ends just before `t` (within two words), so a cue at `t` is already that count's.
    func countEnds(before t: Int) -> Bool {
        (Swift.max(0, t - 2)...t).contains { quantityEnding(at: $0).map(Self.isCount) ?? false }
    }

    /// Static, so `.map(Self.isCount)` passes a plain function: the method reference `isCount` was a closure holding a
    /// copy of the whole extractor (every array retained and released at each call).
    static func isCount(_ q: Quantity) -> Bool { q.kind == .count || q.kind == .decade }

    func isCount(_ q: Quantity) -> Bool { Self.isCount(q) }

    /// The quantity whose first token is `t`.
    func quantityStarting(at t: Int) -> Quantity? {
        guard t >= 0, 2 * t < quantityByToken.count, quantityByToken[2 * t] >= 0 else { return nil }
        return text.quantities[Int(quantityByToken[2 * t])]
    }

    /// The quantity whose last token is `t - 1` (it ends at `t`).
    func quantityEnding(at t: Int) -> Quantity? {
        guard t >= 0, 2 * t + 1 < quantityByToken.count, quantityByToken[2 * t + 1] >= 0 else { return nil }
        return text.quantities[Int(quantityByToken[2 * t + 1])]
    }

    /// "مصرعه" (his death): a cue with a pronoun ending is complete in itself.
    func hasPronoun(_ m: PhraseMatcher<CasualtyCue>.Match) -> Bool {
        lexicons.text.clitics.endsWithPronoun(text.normalized.scalars[text.tokens[m.tokens.lowerBound].range], length: m.suffixLength)
    }

    /// Whether a count starts at `t` or the word after, so a cue before `t` governs that count.
    func countStarts(after t: Int) -> Bool {
        (t...(t + 1)).contains { quantityStarting(at: $0).map(Self.isCount) ?? false }
    }

    /// Killed and injured cues joined by و read as one killed-or-injured cue.
    func combined(_ m: PhraseMatcher<CasualtyCue>.Match) -> PhraseMatcher<CasualtyCue>.Match {
        let cat = m.value.category
        guard cat == .killed || cat == .injured else { return m }
        // The neighbour before, when this cue carries the conjunction و.
        if m.prefixLength > 0, let prev = cues.covering(m.tokens.lowerBound - 1), prev.tokens.upperBound == m.tokens.lowerBound,
           isKilledInjuredPair(prev.value.category, cat), !countEnds(before: prev.tokens.lowerBound), !hasPronoun(prev),
           !(persons.covering(prev.tokens.lowerBound - 1).map { number(of: $0) == .dual } ?? false), !changesSubject(prev, m) {
            var merged = m
            merged.tokens = prev.tokens.lowerBound..<m.tokens.upperBound
            merged.prefixLength = prev.prefixLength
            merged.value.category = .killedOrInjured
            return merged
        }
        // The neighbour after, when it carries the conjunction.
        if let next = cues.starting(at: m.tokens.upperBound), next.prefixLength > 0, isKilledInjuredPair(cat, next.value.category),
           !countStarts(after: next.tokens.upperBound) {
            var merged = m
            merged.tokens = m.tokens.lowerBound..<next.tokens.upperBound
            merged.value.category = .killedOrInjured
            return merged
        }
        return m
    }

    /// "25 جنديا قتلوا وأصيب 35": a plural verb then a singular one are two clauses with their own subjects, not one
    /// killed-or-injured figure ("قتلوا وجرحوا المئات", "قتل وأصيب 30" are one).
    func changesSubject(_ first: PhraseMatcher<CasualtyCue>.Match, _ second: PhraseMatcher<CasualtyCue>.Match) -> Bool {
        first.value.form == .action && second.value.form == .action && isPluralVerb(first.tokens.upperBound - 1)
            && !isPluralVerb(second.tokens.upperBound - 1)
    }

    func isKilledInjuredPair(_ a: HarmCategory, _ b: HarmCategory) -> Bool {
        (a == .killed && b == .injured) || (a == .injured && b == .killed)
    }

    func hasTollWord(before m: PhraseMatcher<CasualtyCue>.Match) -> Bool {
        for t in Swift.max(0, m.tokens.lowerBound - 2)..<m.tokens.lowerBound where text.tokens[t].isWord {
            if text.segments.of(t).contains(where: { tollWordList.contains($0.key) }) { return true }
        }
        return false
    }

    func requirementMet(_ m: PhraseMatcher<CasualtyCue>.Match) -> Bool {
        let required = m.value.requires
        guard !required.isEmpty else { return true }
        let sentenceEnd = text.sentenceIndex(ofToken: m.tokens.lowerBound).map { text.sentences[$0].upperBound } ?? text.tokens.count
        // A verb's required word may come far on (لقي … حتفهم); a verbal noun's victim noun follows it closely.
        let reach = m.value.form == .action ? Self.requiredReach : Self.requiredReachAfterNoun
        let end = Swift.min(sentenceEnd, m.tokens.upperBound + reach)
        for t in m.tokens.upperBound..<end where text.tokens[t].isWord {
            if text.segments.of(t).contains(where: { required.contains($0.key) }) { return true }
        }
        return false
    }

    /// A count right after a breakdown word, or right before a severity phrase, is not a claim; nor is "one of the dead"
    /// ("أحد القتلى"): one person picked out of victims already counted.
    func isFiltered(_ q: Quantity) -> Bool {
        if q.min == 1 && q.max == 1, let victim = cues.starting(at: q.tokens.upperBound), victim.value.form == .victim,
           hasArticle(victim.tokens.lowerBound) {
            return true
        }
        for t in Swift.max(0, q.tokens.lowerBound - 3)..<q.tokens.lowerBound {
            if let f = filters.starting(at: t), f.value == .breakdown, f.tokens.upperBound >= q.tokens.lowerBound - 1 { return true }
        }
        var t = q.tokens.upperBound
        if let p = persons.starting(at: t) { t = p.tokens.upperBound }
        for u in t..<Swift.min(text.tokens.count, t + 2) {
            if let f = filters.starting(at: u), f.value == .severity || f.value == .other { return true }
        }
        return false
    }

    /// A person noun followed at once by what shows the cue is about something else: "فقدان السائق التحكم" (the driver
    /// losing control) is no missing person.
    func isFiltered(_ noun: PhraseMatcher<PersonNoun>.Match) -> Bool {
        filters.starting(at: noun.tokens.upperBound)?.value == .other
    }

    /// An unlinked count joined by و to a linked one ("ثلاثة مدنيين وثلاثة رجال شرطة قتلوا", "مقتل 5 جنود و3 مدنيين").
    func coordinatedLink(
        _ i: Int, _ qs: [Quantity], _ links: [(q: Quantity, cue: PhraseMatcher<CasualtyCue>.Match)?], sentence: Range<Int>
    ) -> (Quantity, PhraseMatcher<CasualtyCue>.Match)? {
        let q = qs[i]
        // The next count, joined by و within three words.
        if i + 1 < qs.count, let next = links[i + 1], next.q.tokens.lowerBound - q.tokens.upperBound <= 3,
           sentence.contains(next.q.tokens.lowerBound), joinedByAnd(q.tokens.upperBound, next.q.tokens.lowerBound), isConjoined(next.q),
           onlyCountedBetween(q.tokens.upperBound, next.q.tokens.lowerBound),
           next.cue.tokens.lowerBound > next.q.tokens.lowerBound {
            return (next.q, next.cue)
        }
        // The previous count, when this one is joined to it by و.
        if i > 0, let prev = links[i - 1], q.tokens.lowerBound - prev.q.tokens.upperBound <= 3, sentence.contains(prev.q.tokens.lowerBound),
           joinedByAnd(prev.q.tokens.upperBound, q.tokens.lowerBound), isConjoined(q),
           onlyCountedBetween(prev.q.tokens.upperBound, q.tokens.lowerBound), prev.cue.tokens.upperBound <= prev.q.tokens.lowerBound {
            return (prev.q, prev.cue)
        }
        return nil
    }

    /// How far a count joined to a named victim may follow it: "مقتل القيادي البارز في الجماعة، فلان الفلاني، وعدد من".
    static let joinedReach = 12

    /// The count starting with و within reach after `start`, with only words and commas before it (no cue, no figure,
    /// no reporting verb).
    func countJoined(after start: Int, in sentence: Range<Int>) -> Quantity? {
        var t = start
        var words = 0
        while t < sentence.upperBound && words < Self.joinedReach {
            if let q = quantityStarting(at: t) {
                return isCount(q) && isConjoined(q) ? q : nil
            }
            let token = text.tokens[t]
            if token.kind == .punctuation && !Self.joinedPunctuation.contains(token.first) && !Self.quotes.contains(token.first) { return nil }
            if token.kind == .number || token.kind == .lineBreak || cues.covering(t) != nil || stops(t) && token.kind != .punctuation {
                return nil
            }
            if token.isWord { words += 1 }
            t += 1
        }
        return nil
    }

    /// Marks a name may carry between a victim and a count joined to it: the comma of an apposition, a hashtag's # and _.
    static let joinedPunctuation: Set<Unicode.Scalar> = [",", "#", "_"]

    /// Whether the count `q` is joined by و: a standalone و before it, or a leading و on its first word — which the
    /// number parser leaves out of the span of a number word ("وثلاثة") — except in "واحد" (one), whose و is its own.
    func isConjoined(_ q: Quantity) -> Bool {
        let t = q.tokens.lowerBound
        if t > 0, conjunctions.contains(text.tokens[t - 1].key) { return true }
        guard startsWithConjunction(t) else { return false }
        return q.span.start > text.tokens[t].span.start || !(q.min == 1 && q.max == 1)
    }

    /// Whether the words between two counts only name who the first count counts ("5 جنود و3", "12 قتيلا و4").
    func onlyCountedBetween(_ from: Int, _ to: Int) -> Bool {
        var t = from
        while t < to {
            if let p = persons.starting(at: t) { t = p.tokens.upperBound; continue }
            if let c = cues.starting(at: t), c.value.form == .victim { t = c.tokens.upperBound; continue }
            let token = text.tokens[t]
            guard token.isWord, partitives.contains(token.key) || conjunctions.contains(token.key) || others.contains(token.key) else { return false }
            t += 1
        }
        return true
    }

    /// Whether the words between two positions end in the conjunction و (alone or as a prefix of the next token).
    func joinedByAnd(_ from: Int, _ to: Int) -> Bool {
        guard to > 0, to <= text.tokens.count else { return false }
        for t in from..<to where text.tokens[t].kind == .punctuation { return false }
        if to - 1 >= from, conjunctions.contains(text.tokens[to - 1].key) { return true }
        return startsWithConjunction(to)
    }

    /// Whether token `t` begins with a conjunction letter (و of "وثلاثة").
    func startsWithConjunction(_ t: Int) -> Bool {
        conjunctionLetters.contains(text.normalized.scalars[text.tokens[t].range.lowerBound])
    }

    // MARK: - Counts from nouns

    func quantityNear(_ cue: PhraseMatcher<CasualtyCue>.Match) -> Bool {
        let l = cue.tokens.lowerBound, u = cue.tokens.upperBound
        // A count after the cue joined by و is a coordinated figure of its own ("قتيلان و3 جرحى").
        return (quantityEnding(at: l).map(Self.isCount) ?? false)
            || ((quantityStarting(at: u).map(Self.isCount) ?? false) && !joinedByAnd(u, u))
    }

    func countFromNoun(_ cue: PhraseMatcher<CasualtyCue>.Match, sentence s: Int) -> Found? {
        let sentence = text.sentences[s]
        // A dual victim noun counts itself: "قتيلان".
        if cue.value.form == .victim {
            if let p = persons.starting(at: cue.tokens.lowerBound), number(of: p) == .dual {
                return found(cue, noun: nil, min: 2, max: 2, qualifier: .exact, sentence: s, rule: "casualty.dual")
            }
            // "سقوط قتلى": a bare plural after a fall/occur cue.
            if let prev = cues.covering(cue.tokens.lowerBound - 1), prev.value.form == .event, !prev.value.requires.isEmpty,
               !hasArticle(cue.tokens.lowerBound) {
                var merged = cue
                merged.tokens = prev.tokens.lowerBound..<cue.tokens.upperBound
                return found(merged, noun: nil, min: 3, max: 9, qualifier: .vague, sentence: s, rule: "casualty.bare_plural")
            }
            return nil
        }
        // A dual noun right before a verb, or before its nisba adjective and the verb: "جنديين قتلا",
        // "جنديين تركيين قتلا".
        let beforeVerb = cue.tokens.lowerBound - (isNisbaAdjective(cue.tokens.lowerBound - 1) ? 2 : 1)
        if cue.value.form == .action, let p = persons.covering(beforeVerb), number(of: p) == .dual,
           cues.covering(p.tokens.lowerBound - 1) == nil {
            var merged = cue
            merged.tokens = p.tokens.lowerBound..<cue.tokens.upperBound
            merged.prefixLength = p.prefixLength
            return found(merged, noun: p, min: 2, max: 2, qualifier: .exact, sentence: s, rule: "casualty.dual")
        }
        // A singular noun right before a singular verb that has no object of its own: "أن جنديا أصيب بجروح",
        // "«إرهابيا» قتل في الاشتباكات".
        if cue.value.form == .action, let p = subjectNoun(before: cue), number(of: p) == .singular {
            var merged = cue
            merged.tokens = p.tokens.lowerBound..<cue.tokens.upperBound
            merged.prefixLength = p.prefixLength
            return found(merged, noun: p, min: 1, max: 1, qualifier: .exact, sentence: s, rule: "casualty.singular_subject")
        }
        // An action or event cue followed by a person noun.
        var t = cue.tokens.upperBound
        var steps = 0
        while t < sentence.upperBound && steps < 2 {
            if let p = persons.starting(at: t) {
                if isFiltered(p) || (cue.value.form == .action && hasObject(after: p)) { return nil }
                switch number(of: p) {
                case .dual:
                    return found(cue, noun: p, min: 2, max: 2, qualifier: .exact, sentence: s, rule: "casualty.dual")
                case .singular:
                    return found(cue, noun: p, min: 1, max: 1, qualifier: .exact, sentence: s, rule: "casualty.singular")
                case .plural:
                    if hasArticle(p.tokens.lowerBound) { return nil }
                    return found(cue, noun: p, min: 3, max: 9, qualifier: .vague, sentence: s, rule: "casualty.bare_plural")
                }
            }
            if stops(t) || cues.starting(at: t) != nil { return nil }
            steps += 1
            t += 1
        }
        return nil
    }

    /// "وقتل منفذ الهجوم شخصا واحدا": a person noun after an active verb, followed (past one genitive word) by a count or
    /// another person noun, is the agent; the harmed are what follows.
    func hasObject(after p: PhraseMatcher<PersonNoun>.Match) -> Bool {
        var t = p.tokens.upperBound
        // "جندي آخر": "another" describes the noun.
        if t < text.tokens.count, text.tokens[t].isWord, others.contains(text.tokens[t].key) { return false }
        if t < text.tokens.count, text.tokens[t].isWord, hasArticle(t), persons.starting(at: t) == nil, cues.covering(t) == nil { t += 1 }
        guard t < text.tokens.count else { return false }
        return persons.starting(at: t) != nil || (quantityStarting(at: t).map(Self.isCount) ?? false)
    }

    /// The person noun standing right before a verb as its subject (closing quotes between are skipped), when the verb
    /// is singular, has no object count or person after it, and the noun is nobody's object or count.
    func subjectNoun(before cue: PhraseMatcher<CasualtyCue>.Match) -> PhraseMatcher<PersonNoun>.Match? {
        guard !isPluralVerb(cue.tokens.upperBound - 1), !isDualVerb(cue.tokens.upperBound - 1) else { return nil }
        // "… الإرهابية وقتلت": a verb joined by و starts a clause of its own.
        if cue.prefixLength > 0 && startsWithConjunction(cue.tokens.lowerBound) { return nil }
        let after = cue.tokens.upperBound
        if after < text.tokens.count && (quantityStarting(at: after) != nil || persons.starting(at: after) != nil) { return nil }
        var t = cue.tokens.lowerBound - 1
        while t >= 0 && text.tokens[t].kind == .punctuation && Self.quotes.contains(text.tokens[t].first) { t -= 1 }
        // "الانتحاري أيضا لقي حتفه": an adverb between the subject and its verb.
        if t > 0 && text.tokens[t].isWord && adverbs.contains(text.tokens[t].key) { t -= 1 }
        // "جنديا تركيا قتل": the noun's nisba adjective between it and its verb.
        if t > 0 && isNisbaAdjective(t) && persons.covering(t - 1) != nil { t -= 1 }
        // "منفذ الهجوم قتل": a construct noun with its definite genitive before the verb.
        if t > 0, persons.covering(t) == nil, text.tokens[t].isWord, hasArticle(t), cues.covering(t) == nil,
           let head = persons.covering(t - 1), head.tokens.upperBound == t, !hasArticle(head.tokens.lowerBound) {
            t -= 1
        }
        guard t >= 0, let p = persons.covering(t), p.tokens.upperBound == t + 1, p.suffixLength == 0 else { return nil }
        if cues.covering(p.tokens.lowerBound - 1) != nil || quantityEnding(at: p.tokens.lowerBound) != nil { return nil }
        return p
    }

    /// Whether token `t` reads as an indefinite nisba adjective (تركي، تركيا، تركيين، أمريكيان): a word of four letters or
    /// more without the article, ending in a nisba letter bare or with an ending of `nisbaAdjectiveEndings`, and no
    /// person noun, cue or count of its own.
    func isNisbaAdjective(_ t: Int) -> Bool {
        guard t >= 0, t < text.tokens.count, text.tokens[t].isWord, !hasArticle(t), persons.covering(t) == nil,
              cues.covering(t) == nil, quantityStarting(at: t) == nil
        else { return false }
        let s = text.normalized.scalars[text.tokens[t].range]
        guard s.count >= 4 else { return false }
        if nisbaLetters.contains(s[s.endIndex - 1]) { return true }
        return nisbaAdjectiveEndings.contains { ending in
            ending.count < s.count - 1 && s.suffix(ending.count).elementsEqual(ending)
                && nisbaLetters.contains(s[s.endIndex - ending.count - 1])
        }
    }

    /// Quotation marks that may close around a subject before its verb.
    static let quotes: Set<Unicode.Scalar> = ["\"", "»", "«", "”", "“"]

    /// A singular noun read with a dual ending ("طفلتان" = طفل + تان, "جنديين" = جندي + ين) is dual; a nisba noun in
    /// -يين (مدنيين) is plural.
    func number(of p: PhraseMatcher<PersonNoun>.Match) -> PersonNoun.Number {
        guard p.value.number == .singular, p.suffixLength >= 2 else { return p.value.number }
        let s = Array(text.normalized.scalars[text.tokens[p.tokens.lowerBound].range])
        let ending = s.suffix(p.suffixLength)
        if dualNounEndings.contains(where: { ending.elementsEqual($0) }) { return .dual }
        if obliqueDualNounEndings.contains(where: { ending.elementsEqual($0) }) {
            return nisbaLetters.contains(s[s.count - p.suffixLength - 1]) ? .plural : .dual
        }
        return p.value.number
    }

    /// Whether a token carries the article ال (after any conjunction or preposition).
    func hasArticle(_ t: Int) -> Bool {
        let s = text.normalized.scalars[text.tokens[t].range]
        for p in 0...Swift.min(2, Swift.max(0, s.count - 3)) {
            let i = s.startIndex + p
            if i + 1 < s.endIndex && s[i] == "ا" && s[i + 1] == "ل" { return true }
        }
        return false
    }

    func found(
        _ cue: PhraseMatcher<CasualtyCue>.Match, noun: PhraseMatcher<PersonNoun>.Match?, min: Int, max: Int?, qualifier: Qualifier,
        sentence: Int, rule: String
    ) -> Found {
        let last = Swift.max(noun?.tokens.upperBound ?? 0, cue.tokens.upperBound)
        let span = spanWithoutConjunction(cue.tokens.lowerBound, last, prefix: cue.prefixLength)
        let another = noun != nil && last < text.tokens.count && text.tokens[last].isWord && others.contains(text.tokens[last].key)
        return Found(
            category: cue.value.category, min: min, max: max, qualifier: qualifier, victims: noun?.value.victims ?? .unspecified,
            span: span, sentence: sentence, firstToken: cue.tokens.lowerBound, lastToken: last - 1, rule: rule, another: another
        )
    }

    // MARK: - Building

    func make(_ q: Quantity, cue: PhraseMatcher<CasualtyCue>.Match, sentence: Int, rule: String) -> Found {
        let first = Swift.min(q.tokens.lowerBound, cue.tokens.lowerBound)
        let last = Swift.max(q.tokens.upperBound, cue.tokens.upperBound)
        let prefix = cue.tokens.lowerBound < q.tokens.lowerBound ? cue.prefixLength : 0
        var span = spanWithoutConjunction(first, last, prefix: prefix)
        if q.tokens.lowerBound <= cue.tokens.lowerBound { span.start = q.span.start }
        var (minV, maxV, qualifier) = value(q)
        // "20 شخصا على الأقل", "ستة عناصر على الأقل": the modifier after the counted noun.
        if qualifier == .exact || qualifier == .approx, let end = atLeastAfterNoun(q) ?? atLeastAfterCoordinated(q) {
            qualifier = .atLeast
            maxV = nil
            if end > last && cue.tokens.lowerBound > q.tokens.lowerBound || end <= cue.tokens.lowerBound {
                // the span already covers it when the cue follows
            } else if end > last {
                span = span.union(text.normalized.originalSpan(text.tokens[end - 1].range))
            }
        }
        return Found(
            category: cue.value.category, min: minV, max: maxV, qualifier: qualifier, victims: victims(near: q),
            span: span, sentence: sentence, firstToken: first, lastToken: last - 1, rule: rule
        )
    }

    /// The end of an "at least" modifier after the count's noun ("20 مدنيا على الأقل"), if there is one.
    func atLeastAfterNoun(_ q: Quantity) -> Int? {
        var t = q.tokens.upperBound
        var steps = 0
        while t < text.tokens.count && steps < 3 {
            // A modifier that opens the next number ("ثمانية قتلى وأكثر من مئة جريح") is that number's.
            if text.tokens[t].isWord && stops(t) { return nil }
            if let m = lexicons.text.numbers.modifiersAfter.match(at: t, tokens: text.tokens, text: text.normalized, segments: text.segments),
               m.value == .atLeast {
                return m.tokens.upperBound
            }
            guard text.tokens[t].isWord, !stops(t), cues.starting(at: t) == nil || cues.starting(at: t)?.value.form == .victim else { return nil }
            steps += 1
            t += 1
        }
        return nil
    }

    /// "35 قتيلا و23 مصابا على الأقل": a modifier after the last of coordinated counts qualifies each of them.
    func atLeastAfterCoordinated(_ q: Quantity) -> Int? {
        var t = q.tokens.upperBound
        // Past the counted noun: a victim noun ("35 قتيلا") or a person noun ("35 شخصا").
        if let cue = cues.starting(at: t), cue.value.form == .victim {
            t = cue.tokens.upperBound
        } else if let noun = persons.starting(at: t) {
            t = noun.tokens.upperBound
        }
        guard let next = quantityStarting(at: t) ?? quantityStarting(at: t + 1), isCount(next), joinedByAnd(t, next.tokens.lowerBound),
              next.qualifier == .exact
        else { return nil }
        return atLeastAfterNoun(next).map { _ in q.tokens.upperBound }
    }

    func value(_ q: Quantity) -> (Int, Int?, Qualifier) {
        switch q.qualifier {
        case .atLeast: return (q.min, nil, .atLeast)
        default: return (q.min, q.max, q.qualifier)
        }
    }

    /// The victim group from the counted noun after the count ("12 جنديا", "5 من الجنود").
    func victims(near q: Quantity) -> VictimGroup {
        var t = q.tokens.upperBound
        var steps = 0
        while t < text.tokens.count && steps < 3 {
            if let p = persons.starting(at: t) { return p.value.victims }
            if text.tokens[t].kind != .word { break }
            steps += 1
            t += 1
        }
        return .unspecified
    }

    /// The span from token `first` to `last` (exclusive), leaving out a leading conjunction or preposition on the first.
    func spanWithoutConjunction(_ first: Int, _ last: Int, prefix: Int) -> TextSpan {
        let start = text.tokens[first].range.lowerBound + Swift.min(prefix, stripPrefixLength(first, prefix))
        return text.normalized.originalSpan(start..<text.tokens[last - 1].range.upperBound)
    }

    /// Keeps the article: of a clitic chain like "وال", only the part before ال is dropped.
    func stripPrefixLength(_ t: Int, _ prefix: Int) -> Int {
        guard prefix > 0 else { return 0 }
        let range = text.tokens[t].range
        let end = range.lowerBound + Swift.min(prefix, range.count)  // the prefix's letters end here
        guard end - range.lowerBound >= 2 else { return prefix }
        let a = text.normalized.scalars[end - 2], b = text.normalized.scalars[end - 1]
        if a == "ا", b == "ل" { return prefix - 2 }
        if a == "ل", b == "ل" { return prefix - 1 }
        return prefix
    }
}
