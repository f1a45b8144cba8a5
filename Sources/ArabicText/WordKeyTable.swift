/// An open-addressing hash table keyed by `WordKey`, using the key's FNV bits directly as the hash.
///
/// Lexicon lookups happen for every word of every document; `Dictionary` would hash each key again with SipHash, which
/// dominated profiles. Keys are already well-mixed 64-bit hashes, so linear probing on their low bits is enough.
///
/// Most lookups miss (most words are no place, no cue, no phrase start), and the gazetteer's tables are large, so a
/// probe first reads a one-byte tag per slot (0 for an empty slot, else 7 high bits of the key with the top bit set)
/// from a dense array; the 8-byte key is read only when the tag agrees, and the value only on a hit. A miss then touches
/// a few bytes of a small array rather than the keys (or key-value slots) spread over megabytes.
///
/// A table is kept at most a quarter full: a miss then mostly ends at its first slot (half full, it probed about 2.5).
public struct WordKeyTable<Value: Sendable>: Sendable {
    @usableFromInline var tags: [UInt8]
    @usableFromInline var keys: [UInt64]
    @usableFromInline var values: [Value?]
    public private(set) var count = 0
    @usableFromInline var mask: Int

    public init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 4 { size <<= 1 }
        tags = [UInt8](repeating: 0, count: size)
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
    }

    /// The tag of a key: never 0, which marks an empty slot.
    @inlinable @inline(__always)
    static func tag(_ key: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: key >> 57) | 0x80 }

    /// The slot holding `key`, or -1 - the empty slot where it would go.
    @inlinable @inline(__always)
    func find(_ key: UInt64) -> Int {
        let tag = Self.tag(key)
        return tags.withUnsafeBufferPointer { tags in
            keys.withUnsafeBufferPointer { keys in
                var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
                while true {
                    let t = tags[i]
                    if t == 0 { return -1 - i }
                    if t == tag && keys[i] == key { return i }
                    i = (i + 1) & mask
                }
            }
        }
    }

    public subscript(key: WordKey) -> Value? {
        @inlinable get {
            let i = find(key.value)
            return i >= 0 ? values[i] : nil
        }
        set {
            guard let newValue else { return }  // removal is not needed by the lexicon
            if (count + 1) * 4 > tags.count { grow() }
            var i = find(key.value)
            if i < 0 {
                i = -1 - i
                tags[i] = Self.tag(key.value)
                keys[i] = key.value
                count += 1
            }
            values[i] = newValue
        }
    }

    @inlinable
    public func contains(_ key: WordKey) -> Bool { find(key.value) >= 0 }

    /// Whether `key` is in the table whose tags, keys and mask are given: `contains(_:)` for a loop that opened the
    /// table's buffers once, rather than once per lookup.
    @inlinable @inline(__always)
    static func contains(_ key: UInt64, tags: UnsafeBufferPointer<UInt8>, keys: UnsafeBufferPointer<UInt64>, mask: Int) -> Bool {
        let tag = Self.tag(key)
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let t = tags[i]
            if t == 0 { return false }
            if t == tag && keys[i] == key { return true }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let oldTags = tags, oldKeys = keys, oldValues = values
        let size = tags.count * 2
        tags = [UInt8](repeating: 0, count: size)
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
        count = 0
        for i in oldKeys.indices where oldTags[i] != 0 {
            self[WordKey(value: oldKeys[i])] = oldValues[i]
        }
    }
}

extension WordKeyTable {
    /// A table of `entries`; a later entry for the same key replaces an earlier one.
    public init<S: Sequence>(_ entries: S) where S.Element == (WordKey, Value) {
        let items = Array(entries)
        self.init(capacity: items.count)
        for (key, value) in items { self[key] = value }
    }

    /// Every key in the table, in no particular order.
    public var allKeys: [WordKey] {
        keys.indices.filter { tags[$0] != 0 }.map { WordKey(value: keys[$0]) }
    }
}

extension WordKeyTable where Value == Bool {
    /// A set of keys.
    public init<S: Sequence>(keys: S) where S.Element == WordKey {
        self.init(keys.map { ($0, true) })
    }
}
