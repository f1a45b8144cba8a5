import ArabicText

/// The first words of the phrases of several `PhraseTable`s: a quick test that no phrase of any of them can start at
/// a word.
///
/// A matcher that tries many tables at every word of a document (the date resolver tries seven) spends most of its
/// time on words that start no phrase at all; one lookup per stem here lets those words go at once, with the same
/// result as trying every table.
public struct PhraseStarts: Sendable {
    /// Keys of exact first words (`WordKey` of the folded word).
    @usableFromInline var exact = WordKeyTable<Bool>()
    /// Keys of the first two scalars of prefix first words (`word*`), as `PhraseTable` indexes them.
    @usableFromInline var prefixes = WordKeyTable<Bool>()

    public init() {}

    /// The starts of all phrases of `tables`.
    public init<Value>(_ tables: [PhraseTable<Value>]) {
        for table in tables { table.addStarts(to: &self) }
    }

    /// Adds the starts of `table`'s phrases.
    public mutating func add<Value>(_ table: PhraseTable<Value>) {
        table.addStarts(to: &self)
    }

    /// False when no phrase of the tables can start at a word with these stems (`MatchKey.stems`) and stem keys; true
    /// when one may (the tables then decide).
    @inlinable
    public func mayStart(stems: ArraySlice<String>, keys: ArraySlice<WordKey>) -> Bool {
        for key in keys where exact.contains(key) { return true }
        guard prefixes.count > 0 else { return false }
        for stem in stems where prefixes.contains(PhraseTable<Bool>.prefixKey(stem)) { return true }
        return false
    }

    /// As `mayStart(stems:keys:)`, with the stems' prefix keys (`PhraseTable.prefixKey`) already computed.
    @inlinable
    public func mayStart(keys: ArraySlice<WordKey>, prefixKeys: ArraySlice<WordKey>) -> Bool {
        for key in keys where exact.contains(key) { return true }
        guard prefixes.count > 0 else { return false }
        for key in prefixKeys where prefixes.contains(key) { return true }
        return false
    }
}
