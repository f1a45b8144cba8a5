import ArabicText

/// The lexicon the text layer reads with: clitics and number vocabulary, loaded once from data files.
public struct TextLexicon: Sendable {
    public var clitics: CliticAnalyzer
    public var numbers: NumberVocabulary

    public init(clitics: CliticAnalyzer, numbers: NumberVocabulary) {
        self.clitics = clitics
        self.numbers = numbers
    }

    /// Loads `ar/clitics.tsv`, `ar/number_words.tsv`, `ar/vague_quantities.tsv`, `ar/quantity_modifiers.tsv` and
    /// `ar/quantity_context.tsv` from `source`.
    public static func load(from source: LexiconSource = .bundled) throws -> TextLexicon {
        let clitics = try loadClitics(source.load("ar/clitics.tsv"))
        let numbers = try loadNumbers(
            words: source.load("ar/number_words.tsv"), vague: source.load("ar/vague_quantities.tsv"),
            modifiers: source.load("ar/quantity_modifiers.tsv"), context: source.load("ar/quantity_context.tsv"),
            clitics: clitics
        )
        return TextLexicon(clitics: clitics, numbers: numbers)
    }

    static func loadClitics(_ file: DataFile) throws -> CliticAnalyzer {
        var prefixes: [String] = [], suffixes: [String] = [], pronouns: [String] = []
        for row in file.rows {
            switch row[0] {
            case "prefix": prefixes.append(row[1])
            case "suffix": suffixes.append(row[1])
            case "pronoun":
                suffixes.append(row[1])
                pronouns.append(row[1])
            default: throw LexiconError(file: file.name, line: row.line, message: "unknown kind '\(row[0])'")
            }
        }
        return CliticAnalyzer(prefixes: prefixes, suffixes: suffixes, pronounSuffixes: pronouns)
    }

    static func loadNumbers(words: DataFile, vague: DataFile, modifiers: DataFile, context: DataFile, clitics: CliticAnalyzer) throws
        -> NumberVocabulary
    {
        var roles = WordKeyTable<NumberVocabulary.Role>(capacity: words.rows.count)
        for row in words.rows {
            guard let value = Int(row[2]) else {
                throw LexiconError(file: words.name, line: row.line, message: "value '\(row[2])' is not a whole number")
            }
            let role: NumberVocabulary.Role
            switch row[1] {
            case "unit": role = .unit(value)
            case "ten": role = .ten(value)
            case "hundred": role = .hundred(value)
            case "scale": role = .scale(value, dual: false)
            case "dual_scale": role = .scale(value, dual: true)
            case "plural_scale": role = .pluralScale(value)
            case "decade": role = .decade(value)
            case "ordinal": role = .ordinal(value)
            case "fraction": role = .fraction
            default: throw LexiconError(file: words.name, line: row.line, message: "unknown role '\(row[1])'")
            }
            roles[WordKey(ArabicNormalizer.normalizedString(row[0]))] = role
        }
        var vagueMatcher = PhraseMatcher<ClosedRange<Int>>(analyzer: clitics)
        for row in vague.rows {
            guard let lo = Int(row[1]), let hi = Int(row[2]), lo <= hi else {
                throw LexiconError(file: vague.name, line: row.line, message: "bounds must be two whole numbers, min <= max")
            }
            vagueMatcher.add(row[0], value: lo...hi)
        }
        var before = PhraseMatcher<NumberVocabulary.Modifier>(analyzer: clitics)
        var after = PhraseMatcher<NumberVocabulary.Modifier>(analyzer: clitics)
        var joiners: Set<WordKey> = []
        for row in modifiers.rows {
            guard let modifier = NumberVocabulary.Modifier(rawValue: row[1]) else {
                throw LexiconError(file: modifiers.name, line: row.line, message: "unknown modifier '\(row[1])'")
            }
            switch row[2] {
            case "before": before.add(row[0], value: modifier, allowsClitics: row[0].unicodeScalars.count > 3)
            case "after": after.add(row[0], value: modifier)
            case "between": joiners.insert(WordKey(ArabicNormalizer.normalizedString(row[0])))
            default: throw LexiconError(file: modifiers.name, line: row.line, message: "unknown side '\(row[2])'")
            }
        }
        var contextBefore = PhraseMatcher<String>(analyzer: clitics)
        var contextAfter = PhraseMatcher<String>(analyzer: clitics)
        var ordinalBefore = PhraseMatcher<String>(analyzer: clitics)
        var ordinalAfter = PhraseMatcher<String>(analyzer: clitics)
        for row in context.rows {
            switch row[2] {
            case "before": contextBefore.add(row[0], value: row[1])
            case "after": contextAfter.add(row[0], value: row[1])
            case "before_ordinal": ordinalBefore.add(row[0], value: row[1], allowsClitics: false)
            case "after_ordinal": ordinalAfter.add(row[0], value: row[1])
            default: throw LexiconError(file: context.name, line: row.line, message: "unknown side '\(row[2])'")
            }
        }
        return NumberVocabulary(
            words: roles, vague: vagueMatcher, modifiersBefore: before, modifiersAfter: after, contextBefore: contextBefore,
            contextAfter: contextAfter, rangeJoiners: joiners, conjunction: "و", ordinalContextBefore: ordinalBefore,
            ordinalContextAfter: ordinalAfter
        )
    }
}
