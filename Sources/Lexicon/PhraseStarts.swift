import ArabicText

/// The first words of the phrases of several `PhraseTable`s, each table under its bits: which of them may start a phrase
/// at a word, in one lookup per stem.
///
/// A matcher that tries many tables at every word of a document spends most of its time on words that start no phrase
/// at all; one lookup per stem here lets those words go at once, with the same result as trying every table. With a bit
/// per table (up to 64), one pass over a document's words tells each table where it may match (`bits(keys:prefixKeys:)`),
/// as the claims stage's `PhraseStartMask` does for its matchers.
public struct PhraseStarts: Sendable {
    /// Keys of exact first words (`WordKey` of the folded word), with the bits of the tables that have one.
    @usableFromInline var exact = WordKeyTable<UInt64>()
    /// Keys of the first two scalars of prefix first words (`word*`), as `PhraseTable` indexes them, with their tables'
    /// bits.
    @usableFromInline var prefixes = WordKeyTable<UInt64>()

    public init() {}

    /// The starts of all phrases of `tables` (all under bit 0).
    public init<Value>(_ tables: [PhraseTable<Value>]) {
        for table in tables { add(table) }
    }

    /// Adds the starts of `table`'s phrases (under bit 0).
    public mutating func add<Value>(_ table: PhraseTable<Value>) {
        add(table, bits: 1)
    }

    /// Adds the starts of `table`'s phrases under `bits` (a table's own bit, or 0 to add nothing).
    public mutating func add<Value>(_ table: PhraseTable<Value>, bits: UInt64) {
        guard bits != 0 else { return }
        table.addStarts(to: &self, bits: bits)
    }

    /// Marks `key` as an exact first word of the tables in `bits`.
    mutating func addExact(_ key: WordKey, bits: UInt64) {
        exact[key] = (exact[key] ?? 0) | bits
    }

    /// Marks `key` as the prefix key of a prefix first word of the tables in `bits`.
    mutating func addPrefix(_ key: WordKey, bits: UInt64) {
        prefixes[key] = (prefixes[key] ?? 0) | bits
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
        bits(keys: keys, prefixKeys: prefixKeys) != 0
    }

    /// The bits of the tables that may start a phrase at a word whose stems have these keys and prefix keys (0 when
    /// none may).
    @inlinable
    public func bits(keys: ArraySlice<WordKey>, prefixKeys: ArraySlice<WordKey>) -> UInt64 {
        var bits: UInt64 = 0
        for key in keys { bits |= exact[key] ?? 0 }
        guard prefixes.count > 0 else { return bits }
        for key in prefixKeys { bits |= prefixes[key] ?? 0 }
        return bits
    }

    /// The bits of one stem's key and prefix key.
    @inlinable @inline(__always)
    public func bits(key: WordKey, prefixKey: WordKey) -> UInt64 {
        let bits = exact[key] ?? 0
        guard prefixes.count > 0 else { return bits }
        return bits | (prefixes[prefixKey] ?? 0)
    }
}
