import Lexicon

/// The phrase tables of the events stage, each with its bit in a word view's start masks (`WordSequence.markStarts`).
///
/// The trigger, actor, cue and date matchers and the target classes try their tables at many words of every report;
/// marking the word view once with one lookup per stem for all of them (`EventReader.phraseStarts`) lets each table be
/// tried only where one of its phrases may start, with the same matches as looking its first words up everywhere.
enum EventTable: Int, CaseIterable {
    case triggers, actorAliases, actorPatterns, countryAdjectives, roleCues
    case partsOfDay, dayNouns, ordinals, weekdays, relatives, monthNouns, months, dateModifiers, cancelWords, since
    case dateBackground, reportWords

    /// The table's bit.
    var bit: UInt64 { 1 << UInt64(rawValue) }

    /// Bits for the trigger lexicon's target classes ...
    static let triggerClassBits = 20..<40
    /// ... and for the actor resolver's (a copy of the same file by default, but a value of its own).
    static let actorClassBits = 40..<60

    /// A bit of `bits` for each class, in name order; classes past the last bit get 0 (they look words up).
    static func classBits(_ classes: [String: PhraseTable<Bool>], in bits: Range<Int>) -> [String: UInt64] {
        var out: [String: UInt64] = [:]
        for (n, name) in classes.keys.sorted().enumerated() { out[name] = n < bits.count ? 1 << UInt64(bits.lowerBound + n) : 0 }
        return out
    }
}

extension EventReader {
    /// The first words of every phrase table of the reader, each table under its `EventTable` bit.
    func phraseStarts() -> PhraseStarts {
        var starts = PhraseStarts()
        for table in EventTable.allCases {
            let bit = table.bit
            switch table {
            case .triggers: starts.add(triggers.lexicon.triggers, bits: bit)
            case .actorAliases: starts.add(actors.lexicon.aliases, bits: bit)
            case .actorPatterns: starts.add(actors.lexicon.patterns, bits: bit)
            case .countryAdjectives: starts.add(actors.lexicon.adjectives, bits: bit)
            case .roleCues: starts.add(actors.cues.cues, bits: bit)
            case .partsOfDay: starts.add(dates.lexicon.partsOfDay, bits: bit)
            case .dayNouns: starts.add(dates.lexicon.dayNouns, bits: bit)
            case .ordinals: starts.add(dates.lexicon.ordinals, bits: bit)
            case .weekdays: starts.add(dates.lexicon.weekdays, bits: bit)
            case .relatives: starts.add(dates.lexicon.relatives, bits: bit)
            case .monthNouns: starts.add(dates.lexicon.monthNouns, bits: bit)
            case .months: starts.add(dates.lexicon.months, bits: bit)
            case .dateModifiers: starts.add(dates.lexicon.modifiers, bits: bit)
            case .cancelWords: starts.add(dates.lexicon.cancelWords, bits: bit)
            case .since: starts.add(dates.lexicon.since, bits: bit)
            case .dateBackground: starts.add(dates.lexicon.background, bits: bit)
            case .reportWords: starts.add(dates.lexicon.reportWords, bits: bit)
            }
        }
        for (name, table) in triggers.lexicon.targetClasses { starts.add(table, bits: triggers.targetBits[name] ?? 0) }
        for (name, table) in actors.targetClasses { starts.add(table, bits: actors.targetBits[name] ?? 0) }
        return starts
    }
}
