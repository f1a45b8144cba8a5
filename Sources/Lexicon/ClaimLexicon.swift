import ArabicText
import EventModel

/// A word or phrase that says people were harmed.
public struct CasualtyCue: Sendable, Hashable {
    /// How a cue takes its count (casualty_terms.tsv, column `class`).
    public enum Form: String, Sendable {
        /// A verb: the count follows or precedes it.
        case action
        /// A verbal noun: the count follows it.
        case event
        /// A noun for the harmed people: the count precedes it, or follows a toll word.
        case victim
    }

    public var category: HarmCategory
    public var form: Form
    /// Words one of which must follow within a few words (لقي … حتفهم); empty when none.
    public var requires: [WordKey]
}

/// A noun for people: its grammatical number and the victim group it implies.
public struct PersonNoun: Sendable, Hashable {
    public enum Number: String, Sendable {
        case singular, dual, plural
    }

    public var number: Number
    public var victims: VictimGroup
}

/// A source noun (source_nouns.tsv): its kind, and whether it is weak — a title or container ("مسؤول", "بيان") that
/// yields to a source named right after it ("بيان للجيش اليمني" is the army's).
public struct SourceNoun: Sendable, Hashable {
    public var kind: SourceKind
    public var weak: Bool
    /// A text or medium, not someone who speaks ("بيان", "تقرير", "تصريح"); containers are weak.
    public var container = false
}

/// A news agency or outlet (agencies.tsv): the short name used in output, and whether it is a wire agency whose credit
/// at the head of a report ("(أ ف ب)") means the whole report came through it.
public struct NewsAgency: Sendable, Hashable {
    public var name: String
    public var wire: Bool

    public init(name: String, wire: Bool) {
        self.name = name
        self.wire = wire
    }
}

/// A reporting cue (reporting.tsv).
public enum ReportingCue: String, Sendable {
    case verb
    /// "نقل X عن Y": X relays what Y said.
    case relay
    case continuation = "continue"
    case preposition
    case complement
}

/// How far a background cue reaches (background_cues.tsv).
public enum BackgroundScope: String, Sendable {
    case sentence, clause
    case continuation = "continue"
    /// A change of topic ("في هجوم آخر"): read, but not background by itself.
    case shift
    case period, none
    /// A unit of a short, recent span after a period word ("خلال 48 ساعة"): the figure is news, not a running total.
    case recent
    /// "الماضي": background for the sentence unless a recent span stands just before it.
    case past
    /// "ردا على هجوم": the figures after the cue in its sentence are those of the earlier event it answers.
    case after
    /// "في حصيلة سابقة": the figures after the cue in its sentence are an earlier toll of the same event, not background
    /// but superseded by its current figures when it has any (docs/reconciliation.md).
    case earlier
}

/// What a claim filter marks (claim_filters.tsv).
public enum ClaimFilter: String, Sendable {
    case breakdown, severity, other
}

/// The lexicon the claims stage reads with, loaded once from data files.
public struct ClaimLexicon: Sendable {
    public var casualty: PhraseMatcher<CasualtyCue>
    public var persons: PhraseMatcher<PersonNoun>
    public var sources: PhraseMatcher<SourceNoun>
    public var agencies: PhraseMatcher<NewsAgency>
    public var reporting: PhraseMatcher<ReportingCue>
    public var hedges: PhraseMatcher<Bool>
    public var background: PhraseMatcher<BackgroundScope>
    public var filters: PhraseMatcher<ClaimFilter>
    /// Function words (particles, relatives, prepositions) in matching form: never part of a name.
    public var functionWords: Set<WordKey>
    /// Definite generic source nouns that refer back to a source already named ("وتابع المصدر").
    public var anaphors: Set<WordKey>
    /// The same nouns without the article, for a definite noun after a preposition ("وفقا للمصدر").
    public var anaphorStems: Set<WordKey>
    /// Grammatical words by role (grammar_words.tsv): partitive من, relay_from عن, conjunction و.
    public var grammar: [String: Set<WordKey>]

    /// Time words from date_words.tsv (weekdays, months, parts of the day, relative days and their modifiers): a time
    /// between a verb and its count does not part them ("قتلوا مساء الأحد 7 أشخاص").
    public var timeWords: PhraseMatcher<Bool>

    /// Grammatical words by role as matching-form scalars (for endings).
    public var grammarForms: [String: [[Unicode.Scalar]]]

    /// The keys of the grammatical words with `role`.
    public func grammarWords(_ role: String) -> Set<WordKey> { grammar[role] ?? [] }

    public static func load(from source: LexiconSource = .bundled, clitics: CliticAnalyzer) throws -> ClaimLexicon {
        var casualty = PhraseMatcher<CasualtyCue>(analyzer: clitics)
        let terms = try source.load("ar/casualty_terms.tsv")
        for row in terms.rows {
            guard let category = HarmCategory(rawValue: row[1]) else {
                throw LexiconError(file: terms.name, line: row.line, message: "unknown category '\(row[1])'")
            }
            guard let form = CasualtyCue.Form(rawValue: row[2]) else {
                throw LexiconError(file: terms.name, line: row.line, message: "unknown class '\(row[2])'")
            }
            let requires = row[3].split(separator: "|").map { WordKey(ArabicNormalizer.normalizedString(String($0))) }
            casualty.add(row[0], value: CasualtyCue(category: category, form: form, requires: requires), isVerb: form == .action)
        }
        var persons = PhraseMatcher<PersonNoun>(analyzer: clitics)
        let personFile = try source.load("ar/person_nouns.tsv")
        for row in personFile.rows {
            guard let number = PersonNoun.Number(rawValue: row[1]), let victims = VictimGroup(rawValue: row[2]) else {
                throw LexiconError(file: personFile.name, line: row.line, message: "bad number or victims")
            }
            persons.add(row[0], value: PersonNoun(number: number, victims: victims))
        }
        return ClaimLexicon(
            casualty: casualty,
            persons: persons,
            sources: try table(source, "ar/source_nouns.tsv", clitics) { row in
                guard let kind = SourceKind(rawValue: row[1]), ["", "weak", "container"].contains(row[2]) else { return nil }
                return SourceNoun(kind: kind, weak: !row[2].isEmpty, container: row[2] == "container")
            },
            agencies: try table(source, "ar/agencies.tsv", clitics) { row in
                guard !row[1].isEmpty, row[2] == "wire" || row[2] == "outlet" else { return nil }
                return NewsAgency(name: row[1], wire: row[2] == "wire")
            },
            reporting: try table(source, "ar/reporting.tsv", clitics, isVerb: { $0 == .verb || $0 == .continuation || $0 == .relay }) {
                ReportingCue(rawValue: $0[1])
            },
            hedges: try table(source, "ar/hedges.tsv", clitics) { _ in true },
            background: try table(source, "ar/background_cues.tsv", clitics) { BackgroundScope(rawValue: $0[1]) },
            filters: try table(source, "ar/claim_filters.tsv", clitics) { ClaimFilter(rawValue: $0[1]) },
            functionWords: try source.wordKeys("ar/function_words.txt"),
            anaphors: try source.wordKeys("ar/source_anaphors.txt"),
            anaphorStems: try anaphorStems(source),
            grammar: try grammarWords(source),
            timeWords: try timeWords(source, clitics),
            grammarForms: try grammarForms(source)
        )
    }

    /// The time words of date_words.tsv: kinds weekday, month, part, relative, modifier and day_noun; relative phrases with
    /// a wildcard (_) are left out.
    static func timeWords(_ source: LexiconSource, _ clitics: CliticAnalyzer) throws -> PhraseMatcher<Bool> {
        var matcher = PhraseMatcher<Bool>(analyzer: clitics)
        let kinds: Set<String> = ["weekday", "month", "part", "relative", "modifier", "day_noun"]
        for row in try source.load("ar/date_words.tsv").rows where kinds.contains(row[0]) && !row[1].contains("_") && !row[1].isEmpty {
            matcher.add(row[1], value: true)
        }
        return matcher
    }

    /// The anaphors of source_anaphors.txt without their article ال.
    static func anaphorStems(_ source: LexiconSource) throws -> Set<WordKey> {
        var out = Set<WordKey>()
        for row in try source.load("ar/source_anaphors.txt").rows {
            let word = ArabicNormalizer.normalizedString(row[0])
            guard word.hasPrefix("ال"), word.count > 3 else { continue }
            out.insert(WordKey(String(word.dropFirst(2))))
        }
        return out
    }

    static func grammarForms(_ source: LexiconSource) throws -> [String: [[Unicode.Scalar]]] {
        var out: [String: [[Unicode.Scalar]]] = [:]
        for row in try source.load("ar/grammar_words.tsv").rows {
            out[row[0], default: []].append(Array(ArabicNormalizer.normalizedString(row[1]).unicodeScalars))
        }
        return out
    }

    static func grammarWords(_ source: LexiconSource) throws -> [String: Set<WordKey>] {
        var out: [String: Set<WordKey>] = [:]
        for row in try source.load("ar/grammar_words.tsv").rows {
            out[row[0], default: []].insert(WordKey(ArabicNormalizer.normalizedString(row[1])))
        }
        for role in ["partitive", "relay_from", "conjunction", "plural_verb_ending"] where out[role] == nil {
            throw LexiconError(file: "ar/grammar_words.tsv", message: "no word with role '\(role)'")
        }
        return out
    }

    /// Loads a two-column phrase table, converting column 2 with `value` (nil: an error naming the line).
    static func table<V>(
        _ source: LexiconSource, _ path: String, _ clitics: CliticAnalyzer, isVerb: (V) -> Bool = { _ in false },
        _ value: (DataFile.Row) -> V?
    ) throws -> PhraseMatcher<V> {
        var matcher = PhraseMatcher<V>(analyzer: clitics)
        let file = try source.load(path)
        for row in file.rows {
            guard let v = value(row) else {
                throw LexiconError(file: file.name, line: row.line, message: "unknown value '\(row[1])'")
            }
            matcher.add(row[0], value: v, isVerb: isVerb(v))
        }
        return matcher
    }
}
