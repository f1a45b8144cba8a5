import ArabicText
import EventModel
import Lexicon

/// The whole pipeline for one document: text -> quantities -> claims -> attribution -> events -> reconciliation.
///
/// An `Extractor` is immutable after loading and safe to share across threads.
public final class Extractor: Sendable {
    public let text: TextLexicon
    public let claims: ClaimLexicon
    let analyzer: TextAnalyzer
    let tollWords: Set<WordKey>
    /// `tollWords` as a plain array, made once (the claim rules compare a few keys in turn rather than hash them).
    let tollWordList: [WordKey]
    let events: EventAssembler
    /// The first words of the claims lexicons' phrases, for one pass over a document's words (`ClaimMatcher`).
    let claimStarts: PhraseStartMask
    /// The claims stage's grammar words and endings, looked up once.
    let claimGrammar: ClaimGrammar

    public init(text: TextLexicon, claims: ClaimLexicon, tollWords: Set<WordKey>, reader: EventReader, places: PlaceResolver) {
        self.text = text
        self.claims = claims
        self.tollWords = tollWords
        tollWordList = Array(tollWords)
        analyzer = TextAnalyzer(numbers: text.numbers, clitics: text.clitics)
        events = EventAssembler(reader: reader, places: places)
        claimStarts = Self.claimStarts(claims)
        claimGrammar = ClaimGrammar(claims)
    }

    /// Loads the lexicon from `source` (the bundled data by default).
    public static func load(from source: LexiconSource = .bundled) throws -> Extractor {
        let text = try TextLexicon.load(from: source)
        let claims = try ClaimLexicon.load(from: source, clitics: text.clitics)
        return Extractor(
            text: text, claims: claims, tollWords: try source.wordKeys("ar/toll_words.txt"), reader: try EventReader.load(from: source),
            places: try PlaceResolver.load(from: source)
        )
    }

    /// Loads the bundled lexicon.
    public static func standard() throws -> Extractor { try load() }

    /// The text stage alone (for benchmarks and inspection).
    public func analyze(_ text: String) -> AnalyzedText { analyzer.analyze(text) }

    /// The text stage without the per-word clitic segmentation the lexicon stages need: normalise, tokenise, sentences,
    /// number expressions (what `rasid bench --stage text` measures).
    public func analyzeText(_ text: String) -> AnalyzedText { analyzer.analyze(text, segmentingWords: false) }

    public func extract(_ article: Article) -> ExtractionResult {
        let analyzed = analyzer.analyze(article.text)
        let (claims, background) = claimsAndBackground(analyzed, published: article.published)
        var (events, diagnostics) = self.events.assemble(
            analyzed, claims: claims, published: article.published, backgroundSentences: Self.backgroundSentences(background, analyzed),
            answerCues: Self.answerCues(background, analyzed)
        )
        if let warning = Self.scriptWarning(analyzed) { diagnostics.insert(warning, at: 0) }
        return ExtractionResult(
            id: article.id, lang: "ar", published: article.published, claims: claims, events: events, diagnostics: diagnostics
        )
    }

    /// Sentences that tell the past: a sentence-wide background cue ("منذ اندلاع الأزمة", from the claims stage's matches
    /// of the background lexicon). Their triggers add no further events. A change of topic ("في هجوم آخر") is not one
    /// here: for events it announces another incident.
    static func backgroundSentences(_ cues: TokenAnnotations<BackgroundScope>, _ analyzed: AnalyzedText) -> Set<Int> {
        var out: Set<Int> = []
        // The matches are in text order: walked beside the sentences, not token by token.
        forEachMatch(cues, analyzed) { s, m in
            if m.value == .sentence { out.insert(s) }
        }
        return out
    }

    /// Each match of `cues` whose first token lies in a sentence, with that sentence, in text order.
    static func forEachMatch(
        _ cues: TokenAnnotations<BackgroundScope>, _ analyzed: AnalyzedText, _ body: (Int, PhraseMatcher<BackgroundScope>.Match) -> Void
    ) {
        let sentences = analyzed.sentences
        var s = 0
        for m in cues.matches {
            let t = m.tokens.lowerBound
            while s < sentences.count && sentences[s].upperBound <= t { s += 1 }
            guard s < sentences.count else { return }
            if sentences[s].contains(t) { body(s, m) }
        }
    }

    /// Sentences with a cue that answers an earlier event ("ردا على هجوم …"), and the character offset where the first
    /// such cue starts: what follows it tells that earlier event.
    static func answerCues(_ cues: TokenAnnotations<BackgroundScope>, _ analyzed: AnalyzedText) -> [Int: Int] {
        var out: [Int: Int] = [:]
        forEachMatch(cues, analyzed) { s, cue in
            if cue.value == .after && out[s] == nil { out[s] = analyzed.tokens[cue.tokens.lowerBound].span.start }
        }
        return out
    }

    /// Language check (Arabic is the only language read for now): a warning when most words are not in Arabic script.
    static func scriptWarning(_ analyzed: AnalyzedText) -> Diagnostic? {
        var arabic = 0, latin = 0
        for token in analyzed.tokens {
            if token.kind == .word { arabic += 1 } else if token.kind == .latin { latin += 1 }
        }
        guard latin > arabic else { return nil }
        return Diagnostic(
            .warning, "the text looks like it is not Arabic (\(latin) Latin-script words, \(arabic) Arabic); Rasid reads Arabic only for now"
        )
    }

    /// A source noun read with the abstract ending -ية is another word: "مسؤولية" (responsibility) is not "مسؤول".
    static func isAbstract(_ m: PhraseMatcher<SourceNoun>.Match, _ text: AnalyzedText, _ endings: [[Unicode.Scalar]]) -> Bool {
        guard m.suffixLength > 0, m.tokens.count == 1 else { return false }
        let word = text.normalized.scalars[text.tokens[m.tokens.lowerBound].range]
        return endings.contains { $0.count == m.suffixLength && word.suffix(m.suffixLength).elementsEqual($0) }
    }

    /// Claims of an analysed document, attributed and de-duplicated, in text order.
    public func extractClaims(_ analyzed: AnalyzedText, published: CalendarDate?) -> [CasualtyClaim] {
        claimsAndBackground(analyzed, published: published).claims
    }

    /// The claims, and the background lexicon's matches the claims stage read them with (the events stage reuses them).
    func claimsAndBackground(
        _ analyzed: AnalyzedText, published: CalendarDate?
    ) -> (claims: [CasualtyClaim], background: TokenAnnotations<BackgroundScope>) {
        let marks = claimStarts.marks(tokens: analyzed.tokens, segments: analyzed.segments)
        let grammar = claimGrammar
        // Every lexicon's matches first, then their token indexes all in one array (one allocation per document).
        func matches<V>(_ matcher: PhraseMatcher<V>, _ which: ClaimMatcher) -> [PhraseMatcher<V>.Match] {
            matcher.matches(in: analyzed.tokens, text: analyzed.normalized, segments: analyzed.segments, marks: marks, bit: which.rawValue)
        }
        // A verb or verbal noun written with a final ة ends in its stem: أسرة (a family) is no أسر + ه (captured him),
        // though the two are one word in matching form. (A victim noun's ة is its feminine ending: مفقودة، معتقلة.)
        var casualtyFound = matches(claims.casualty, .casualty)
        casualtyFound.removeAll { m in
            m.value.form != .victim && m.suffixLength == 1
                && analyzed.normalized.endsWithTehMarbuta(analyzed.tokens[m.tokens.lowerBound].range)
        }
        let reportingFound = matches(claims.reporting, .reporting)
        let personsFound = matches(claims.persons, .persons), filtersFound = matches(claims.filters, .filters)
        let timeWordsFound = matches(claims.timeWords, .timeWords), backgroundFound = matches(claims.background, .background)
        let agenciesFound = matches(claims.agencies, .agencies), hedgesFound = matches(claims.hedges, .hedges)
        var sourcesFound = matches(claims.sources, .sources)
        let abstractEndings = grammar.abstractEndings
        sourcesFound.removeAll { Self.isAbstract($0, analyzed, abstractEndings) }
        var lanes = TokenAnnotationLanes(count: analyzed.tokens.count, lanes: ClaimMatcher.allCases.count)
        lanes.fill(lane: ClaimMatcher.casualty.rawValue, with: casualtyFound)
        lanes.fill(lane: ClaimMatcher.reporting.rawValue, with: reportingFound)
        lanes.fill(lane: ClaimMatcher.persons.rawValue, with: personsFound)
        lanes.fill(lane: ClaimMatcher.filters.rawValue, with: filtersFound)
        lanes.fill(lane: ClaimMatcher.sources.rawValue, with: sourcesFound)
        lanes.fill(lane: ClaimMatcher.agencies.rawValue, with: agenciesFound)
        lanes.fill(lane: ClaimMatcher.hedges.rawValue, with: hedgesFound)
        lanes.fill(lane: ClaimMatcher.background.rawValue, with: backgroundFound)
        lanes.fill(lane: ClaimMatcher.timeWords.rawValue, with: timeWordsFound)
        func annotations<V>(_ found: [PhraseMatcher<V>.Match], _ which: ClaimMatcher) -> TokenAnnotations<V> {
            TokenAnnotations(matches: found, lanes: lanes, lane: which.rawValue)
        }
        let cues = annotations(casualtyFound, .casualty)
        let reporting = annotations(reportingFound, .reporting)
        var quantityStarts = TokenFlags(count: analyzed.tokens.count)
        for q in analyzed.quantities { quantityStarts.insert(q.tokens.lowerBound) }
        var extractor = ClaimExtractor(
            text: analyzed, cues: cues, persons: annotations(personsFound, .persons),
            filters: annotations(filtersFound, .filters), reporting: reporting, quantityStarts: quantityStarts,
            lexicons: self, tollWordList: tollWordList, partitives: grammar.partitives,
            conjunctions: grammar.conjunctions, others: grammar.others, pluralVerbEndings: grammar.pluralVerbEndings
        )
        extractor.adverbs = grammar.adverbs
        extractor.confirmWordList = grammar.confirmWordList
        extractor.timeWords = annotations(timeWordsFound, .timeWords)
        extractor.dualVerbEndings = grammar.dualVerbEndings
        extractor.conjunctionLetters = grammar.conjunctionLetters
        extractor.dualNounEndings = grammar.dualNounEndings
        extractor.obliqueDualNounEndings = grammar.obliqueDualNounEndings
        extractor.nisbaLetters = grammar.nisbaLetters
        extractor.nisbaAdjectiveEndings = grammar.nisbaAdjectiveEndings
        let found = extractor.extract()
        let background = annotations(backgroundFound, .background)
        var attributor = ClaimAttributor(
            text: analyzed, sources: annotations(sourcesFound, .sources),
            functionWords: claims.functionWords, anaphors: claims.anaphors, relayFrom: grammar.relayFrom,
            medium: grammar.medium, agencies: annotations(agenciesFound, .agencies),
            reporting: reporting, hedges: annotations(hedgesFound, .hedges),
            background: background, published: published, quantityStarts: quantityStarts
        )
        var cueTokens = TokenFlags(count: analyzed.tokens.count)
        cues.matches.withUnsafeBufferPointer { matches in
            for m in matches.indices { cueTokens.insert(matches[m].tokens) }
        }
        attributor.cueTokens = cueTokens
        attributor.anaphorStems = claims.anaphorStems
        attributor.interviewWith = grammar.interviewWith
        let (attributed, hints) = attributor.attributeMarkingContainers(found)
        var claims = ClaimDeduplicator.deduplicate(attributed, hints: hints)
        Self.markEarlierTolls(&claims, found: found, background: background, analyzed)
        return (CumulativeFigures.marked(claims), background)
    }

    /// The claim rule's mark of a figure told as an earlier toll of its event ("في حصيلة سابقة، تحدثت الشرطة عن ثلاثة
    /// قتلى"): the reconciler does not take it for best when the event has a current figure (docs/reconciliation.md).
    static let earlierTollMark = "+earlier_toll"

    /// Marks (`earlierTollMark`) the claims told after an `earlier` cue in their sentence.
    static func markEarlierTolls(
        _ claims: inout [CasualtyClaim], found: [ClaimExtractor.Found], background: TokenAnnotations<BackgroundScope>, _ analyzed: AnalyzedText
    ) {
        var earlier: [Int: Int] = [:]  // a claim's span start -> its span end, for the figures after a cue
        for f in found {
            guard let cue = background.firstMatch(in: analyzed.sentences[f.sentence], where: { $0.value == .earlier }),
                  cue.tokens.upperBound <= f.firstToken else { continue }
            earlier[f.span.start] = f.span.end
        }
        guard !earlier.isEmpty else { return }
        for i in claims.indices where earlier[claims[i].span.start] == claims[i].span.end {
            claims[i].rule += earlierTollMark
        }
    }
}
