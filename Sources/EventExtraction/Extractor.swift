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
        for (s, range) in analyzed.sentences.enumerated() where cues.firstMatch(in: range, where: { $0.value == .sentence }) != nil {
            out.insert(s)
        }
        return out
    }

    /// Sentences with a cue that answers an earlier event ("ردا على هجوم …"), and the character offset where the first
    /// such cue starts: what follows it tells that earlier event.
    static func answerCues(_ cues: TokenAnnotations<BackgroundScope>, _ analyzed: AnalyzedText) -> [Int: Int] {
        var out: [Int: Int] = [:]
        for (s, range) in analyzed.sentences.enumerated() {
            if let cue = cues.firstMatch(in: range, where: { $0.value == .after }) {
                out[s] = analyzed.tokens[cue.tokens.lowerBound].span.start
            }
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
        func annotations<V>(_ matcher: PhraseMatcher<V>, _ which: ClaimMatcher) -> TokenAnnotations<V> {
            TokenAnnotations(matcher, analyzed, marks: marks, bit: which.rawValue)
        }
        let cues = annotations(claims.casualty, .casualty)
        let reporting = annotations(claims.reporting, .reporting)
        var quantityStarts = TokenFlags(count: analyzed.tokens.count)
        for q in analyzed.quantities { quantityStarts.insert(q.tokens.lowerBound) }
        let stops = { (t: Int) -> Bool in
            switch analyzed.tokens[t].kind {
            case .punctuation: return !analyzed.tokens[t].isScalar("\"")
            case .lineBreak, .number: return true
            default: break
            }
            if quantityStarts.contains(t) { return true }
            return reporting.covering(t) != nil
        }
        var extractor = ClaimExtractor(
            text: analyzed, cues: cues, persons: annotations(claims.persons, .persons),
            filters: annotations(claims.filters, .filters), stops: stops,
            modifiersAfter: text.numbers.modifiersAfter, tollWordList: tollWordList, partitives: grammar.partitives,
            conjunctions: grammar.conjunctions, others: grammar.others, pluralVerbEndings: grammar.pluralVerbEndings, clitics: text.clitics
        )
        extractor.adverbs = grammar.adverbs
        extractor.confirmWordList = grammar.confirmWordList
        extractor.timeWords = annotations(claims.timeWords, .timeWords)
        extractor.dualVerbEndings = grammar.dualVerbEndings
        extractor.conjunctionLetters = grammar.conjunctionLetters
        extractor.dualNounEndings = grammar.dualNounEndings
        extractor.obliqueDualNounEndings = grammar.obliqueDualNounEndings
        extractor.nisbaLetters = grammar.nisbaLetters
        extractor.nisbaAdjectiveEndings = grammar.nisbaAdjectiveEndings
        let found = extractor.extract()
        let background = annotations(claims.background, .background)
        let abstractEndings = grammar.abstractEndings
        var attributor = ClaimAttributor(
            text: analyzed,
            sources: TokenAnnotations(
                claims.sources, analyzed, marks: marks, bit: ClaimMatcher.sources.rawValue, keeping: { !Self.isAbstract($0, analyzed, abstractEndings) }
            ),
            functionWords: claims.functionWords, anaphors: claims.anaphors, relayFrom: grammar.relayFrom,
            medium: grammar.medium, agencies: annotations(claims.agencies, .agencies),
            reporting: reporting, hedges: annotations(claims.hedges, .hedges),
            background: background, published: published, quantityStarts: quantityStarts
        )
        var cueTokens = TokenFlags(count: analyzed.tokens.count)
        cues.matches.withUnsafeBufferPointer { matches in
            for m in matches.indices { cueTokens.insert(matches[m].tokens) }
        }
        attributor.cueTokens = cueTokens
        attributor.anaphorStems = claims.anaphorStems
        attributor.interviewWith = grammar.interviewWith
        let attributed = attributor.attributeMarkingContainers(found)
        let hints = zip(found, attributed).map { f, a in
            ClaimDeduplicator.Hint(sentence: f.sentence, container: a.container, another: f.another, issuer: a.issuer)
        }
        let claims = ClaimDeduplicator.deduplicate(attributed.map(\.claim), hints: hints)
        return (CumulativeFigures.marked(claims), background)
    }
}
