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
    /// `exact` and `prefixes` again as flat probe tables (`Probe`), rebuilt after each change: a word view reads them
    /// through pointers once per document, with no optional value per lookup.
    @usableFromInline var exactProbe = ProbeTable()
    @usableFromInline var prefixProbe = ProbeTable()
    /// The first two scalars of the prefix first words, when both are Arabic-block letters (U+0620...U+065F): bit `b` of
    /// word `a` for the pair (U+0620 + a, U+0620 + b). A stem whose pair is not set starts no prefix phrase, with no key
    /// made or looked up.
    @usableFromInline var prefixPairs = [UInt64](repeating: 0, count: 64)
    /// True when a prefix first word is shorter than two scalars or has one outside the block (its stems are then looked
    /// up by key).
    @usableFromInline var prefixOther = false

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
        exactProbe = ProbeTable(exact.allKeys.map { ($0.value, exact[$0] ?? 0) })
        prefixProbe = ProbeTable(prefixes.allKeys.map { ($0.value, prefixes[$0] ?? 0) })
    }

    /// Marks `key` as an exact first word of the tables in `bits`.
    mutating func addExact(_ key: WordKey, bits: UInt64) {
        exact[key] = (exact[key] ?? 0) | bits
    }

    /// Marks the prefix first word `text` (its `PhraseTable.prefixKey`) for the tables in `bits`.
    mutating func addPrefix(_ text: String, bits: UInt64) {
        let key = PhraseTable<Bool>.prefixKey(text)
        prefixes[key] = (prefixes[key] ?? 0) | bits
        let scalars = Array(text.unicodeScalars.prefix(2)).map { $0.value &- 0x0620 }
        if scalars.count == 2, scalars[0] < 64, scalars[1] < 64 {
            prefixPairs[Int(scalars[0])] |= 1 << UInt64(scalars[1])
        } else {
            prefixOther = true
        }
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

    /// Calls `body` with a `Probe` of these starts: the tables read through pointers, for a loop over a document's stems.
    @inlinable
    public func withProbe<R>(_ body: (Probe) throws -> R) rethrows -> R {
        try exactProbe.slots.withUnsafeBufferPointer { exact in
            try prefixPairs.withUnsafeBufferPointer { pairs in
            try prefixProbe.slots.withUnsafeBufferPointer { prefixes in
                try exactProbe.tags.withUnsafeBufferPointer { exactTags in
                    try prefixProbe.tags.withUnsafeBufferPointer { prefixTags in
                        try body(Probe(
                            exactTags: exactTags.baseAddress!, exact: exact.baseAddress!, exactMask: exactProbe.mask,
                            prefixTags: prefixTags.baseAddress!, prefixes: prefixes.baseAddress!, prefixMask: prefixProbe.mask,
                            hasPrefixes: prefixes.count > 0 && prefixProbe.count > 0, pairs: pairs.baseAddress!,
                            prefixOther: prefixOther
                        ))
                    }
                }
            }
            }
        }
    }

    /// The start bits of `PhraseStarts` read through pointers (valid only inside `withProbe`): the same answers as
    /// `bits(key:prefixKey:)`.
    public struct Probe {
        @usableFromInline let exactTags: UnsafePointer<UInt8>
        @usableFromInline let exact: UnsafePointer<ProbeTable.Slot>
        @usableFromInline let exactMask: Int
        @usableFromInline let prefixTags: UnsafePointer<UInt8>
        @usableFromInline let prefixes: UnsafePointer<ProbeTable.Slot>
        @usableFromInline let prefixMask: Int
        @usableFromInline let hasPrefixes: Bool
        @usableFromInline let pairs: UnsafePointer<UInt64>
        @usableFromInline let prefixOther: Bool

        @inlinable
        init(
            exactTags: UnsafePointer<UInt8>, exact: UnsafePointer<ProbeTable.Slot>, exactMask: Int, prefixTags: UnsafePointer<UInt8>,
            prefixes: UnsafePointer<ProbeTable.Slot>, prefixMask: Int, hasPrefixes: Bool, pairs: UnsafePointer<UInt64>, prefixOther: Bool
        ) {
            self.exactTags = exactTags
            self.exact = exact
            self.exactMask = exactMask
            self.prefixTags = prefixTags
            self.prefixes = prefixes
            self.prefixMask = prefixMask
            self.hasPrefixes = hasPrefixes
            self.pairs = pairs
            self.prefixOther = prefixOther
        }

        /// The bits of one stem whose key is `key`, `length` scalars long, starting with `first` and `second` (`second`
        /// is read only when `length >= 2`): as `bits(key:prefixKey:)` with the stem's prefix key, which is made and
        /// looked up only when the pair of first scalars starts a prefix first word (or may, outside the Arabic block).
        @inlinable @inline(__always)
        public func bits(key: WordKey, first: Unicode.Scalar, second: Unicode.Scalar, length: Int) -> UInt64 {
            let bits = Self.lookup(key.value, tags: exactTags, slots: exact, mask: exactMask)
            guard hasPrefixes else { return bits }
            let a = first.value &- 0x0620, b = second.value &- 0x0620
            if length >= 2 && a < 64 && b < 64 {
                guard pairs[Int(a)] & (1 << UInt64(b)) != 0 else { return bits }
            } else if !prefixOther {
                return bits
            }
            var h = WordKey.offsetBasis
            if length >= 1 { h = WordKey.combine(h, first) }
            if length >= 2 { h = WordKey.combine(h, second) }
            return bits | Self.lookup(h, tags: prefixTags, slots: prefixes, mask: prefixMask)
        }

        /// The bits stored under `key` in a probe table (0 when it has none).
        @inlinable @inline(__always)
        static func lookup(_ key: UInt64, tags: UnsafePointer<UInt8>, slots: UnsafePointer<ProbeTable.Slot>, mask: Int) -> UInt64 {
            let tag = ProbeTable.tag(key)
            var i = ProbeTable.home(key) & mask
            while true {
                let t = tags[i]
                if t == 0 { return 0 }
                if t == tag && slots[i].key == key { return slots[i].bits }
                i = (i + 1) & mask
            }
        }

        /// The bits of one stem's key and prefix key (as `PhraseStarts.bits(key:prefixKey:)`).
        @inlinable @inline(__always)
        public func bits(key: WordKey, prefixKey: WordKey) -> UInt64 {
            let bits = Self.lookup(key.value, tags: exactTags, slots: exact, mask: exactMask)
            guard hasPrefixes else { return bits }
            return bits | Self.lookup(prefixKey.value, tags: prefixTags, slots: prefixes, mask: prefixMask)
        }
    }

    /// An open-addressing table of keys and bits, at most one slot in eight full: a dense tag array (0 empty, else 7
    /// high bits of the key with the top bit set), and each slot's key with its bits side by side.
    @usableFromInline struct ProbeTable: Sendable {
        @usableFromInline struct Slot: Sendable {
            @usableFromInline var key: UInt64
            @usableFromInline var bits: UInt64
        }

        @usableFromInline var tags: [UInt8]
        @usableFromInline var slots: [Slot]
        @usableFromInline var mask: Int
        @usableFromInline var count: Int

        @inlinable @inline(__always)
        static func tag(_ key: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: key >> 57) | 0x80 }

        @inlinable @inline(__always)
        static func home(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key ^ (key >> 29)) }

        init(_ entries: [(UInt64, UInt64)] = []) {
            var size = 16
            while size < entries.count * 8 { size <<= 1 }
            tags = [UInt8](repeating: 0, count: size)
            slots = [Slot](repeating: Slot(key: 0, bits: 0), count: size)
            mask = size - 1
            count = entries.count
            for (key, bits) in entries {
                var i = Self.home(key) & mask
                while tags[i] != 0 { i = (i + 1) & mask }
                tags[i] = Self.tag(key)
                slots[i] = Slot(key: key, bits: bits)
            }
        }
    }
}
