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
}

/// A lexicon's target word classes by slot, each with its bit in the start masks (`EventTable`): a class's table is read
/// in place, not copied out of a dictionary for every trigger.
struct TargetClassTables: Sendable {
    /// Each class's slot, by name (in name order).
    let slots: [String: Int]
    let tables: [PhraseTable<Bool>]
    /// Each slot's bit; 0 for classes past the last bit of the range (they look words up).
    let bits: [UInt64]

    init(_ classes: [String: PhraseTable<Bool>], bits range: Range<Int>) {
        let names = classes.keys.sorted()
        var slots: [String: Int] = [:]
        for (slot, name) in names.enumerated() { slots[name] = slot }
        self.slots = slots
        tables = names.map { classes[$0] ?? PhraseTable() }
        bits = names.indices.map { $0 < range.count ? 1 << UInt64(range.lowerBound + $0) : 0 }
    }

    /// Whether a phrase of the class in `slot` starts at word `i` of `words` (`PhraseTable.hasMatch(in:at:bit:)` with
    /// the slot's bit). The table is read in place: one copied out of the array retained and released each of its
    /// arrays at every word tried.
    @inline(__always)
    func matches(slot: Int, in words: WordSequence, at i: Int) -> Bool {
        let bit = bits[slot]
        // The start bit first: reaching the table copied it onto the stack, even for the words its bit rejects.
        guard words.mayStartPhrase(bit: bit, at: i) else { return false }
        return tables.withUnsafeBufferPointer { $0[slot].hasMatch(in: words, at: i, bit: bit) }
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
        for (slot, table) in triggers.targets.tables.enumerated() { starts.add(table, bits: triggers.targets.bits[slot]) }
        for (slot, table) in actors.targets.tables.enumerated() { starts.add(table, bits: actors.targets.bits[slot]) }
        return starts
    }
}
