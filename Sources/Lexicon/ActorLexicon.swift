/// ACLED's actor types.
public enum ActorType: String, Sendable, CaseIterable {
    case stateForces = "state_forces"
    case rebelGroup = "rebel_group"
    case politicalMilitia = "political_militia"
    case identityMilitia = "identity_militia"
    case externalForces = "external_forces"
    case civilians, protesters, rioters
}

/// A named actor: canonical English name, type and home country.
public struct ActorEntry: Hashable, Sendable {
    public var name: String
    public var type: ActorType
    /// ISO 3166-1 alpha-2, nil for transnational actors.
    public var country: String?

    public init(name: String, type: ActorType, country: String?) {
        self.name = name
        self.type = type
        self.country = country
    }
}

/// A head noun that names a country's forces when a country adjective follows (الجيش + المالي).
public struct ActorPattern: Hashable, Sendable {
    /// Template with `{country}`, e.g. `Military Forces of {country}`.
    public var template: String {
        didSet { templateParts = Self.parts(of: template) }
    }
    public var type: ActorType
    /// The template split at each `{country}`, found once: `replacingOccurrences` for every actor mention of every
    /// document showed in profiles.
    private var templateParts: [String]

    public init(template: String, type: ActorType) {
        self.template = template
        self.type = type
        templateParts = Self.parts(of: template)
    }

    /// The actor this pattern names for `country`.
    public func actor(for country: CountryAdjective) -> ActorEntry {
        ActorEntry(name: templateParts.joined(separator: country.name), type: type, country: country.iso2)
    }

    private static func parts(of template: String) -> [String] { template.components(separatedBy: "{country}") }
}

/// A country adjective (nisba): its country code and English name.
public struct CountryAdjective: Hashable, Sendable {
    public var iso2: String
    /// English short name as used in ACLED actor names ("Mali", "the Philippines").
    public var name: String

    public init(iso2: String, name: String) {
        self.iso2 = iso2
        self.name = name
    }
}

/// Actors and their Arabic aliases, loaded from `ar/actors.tsv`.
public struct ActorLexicon: Sendable {
    public var aliases = PhraseTable<ActorEntry>()
    public var patterns = PhraseTable<ActorPattern>()
    /// Country adjectives in every accepted form (with and without the article, feminine and plural endings).
    public var adjectives = PhraseTable<CountryAdjective>()
    /// English country names by ISO2, from the adjective rows ("ML" -> "Mali").
    public var countryNames: [String: String] = [:]

    public init() {}

    public static let fileName = "ar/actors.tsv"

    public static func load(from source: LexiconSource = .bundled) throws -> ActorLexicon {
        try ActorLexicon(file: source.load(fileName))
    }

    public init(file: DataFile) throws {
        // Country adjectives are expanded after the whole file is read: their article and endings are rows too.
        var adjectiveRows: [(forms: [String], country: CountryAdjective)] = []
        var articles: [String] = []
        var nisbaLetters: [String] = []
        var nisbaEndings = [""]
        for row in file.rows {
            func fail(_ message: String) -> LexiconError { LexiconError(file: file.name, line: row.line, message: message) }
            switch row[0] {
            case "actor":
                guard !row[1].isEmpty else { throw fail("canonical name expected") }
                guard let type = ActorType(rawValue: row[2]) else { throw fail("unknown actor type \"\(row[2])\"") }
                let entry = ActorEntry(name: row[1], type: type, country: row[3].isEmpty ? nil : row[3])
                let names = row[4].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                guard !names.isEmpty else { throw fail("at least one Arabic alias expected") }
                for name in names { aliases.add(name, entry) }
            case "pattern":
                guard !row[1].isEmpty, row[2].contains("{country}") else { throw fail("head and a template with {country} expected") }
                guard let type = ActorType(rawValue: row[3]) else { throw fail("unknown actor type \"\(row[3])\"") }
                patterns.add(row[1], ActorPattern(template: row[2], type: type))
            case "adjective":
                guard !row[1].isEmpty, row[2].count == 2, !row[3].isEmpty else { throw fail("nisba, ISO2 and country name expected") }
                let country = CountryAdjective(iso2: row[2], name: row[3])
                if countryNames[row[2]] == nil { countryNames[row[2]] = row[3] }
                let forms = [row[1]] + row[4].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                adjectiveRows.append((forms.map(MatchKey.fold), country))
            case "article":
                guard !row[1].isEmpty else { throw fail("article expected") }
                articles.append(MatchKey.fold(row[1]))
            case "nisba_letter":
                guard !row[1].isEmpty else { throw fail("letter expected") }
                nisbaLetters.append(MatchKey.fold(row[1]))
            case "nisba_ending":
                guard !row[1].isEmpty else { throw fail("ending expected") }
                nisbaEndings.append(MatchKey.fold(row[1]))
            default:
                throw fail("unknown kind \"\(row[0])\"")
            }
        }
        // Every form takes the article; nisbas (ending in a nisba letter) also take the feminine and plural endings.
        for (forms, country) in adjectiveRows {
            for form in forms {
                for ending in nisbaLetters.contains(where: { form.hasSuffix($0) }) ? nisbaEndings : [""] {
                    adjectives.add(words: [PatternWord(text: form + ending)], country)
                    for article in articles { adjectives.add(words: [PatternWord(text: article + form + ending)], country) }
                }
            }
        }
        if aliases.isEmpty { throw LexiconError(file: file.name, message: "no actors") }
    }
}
