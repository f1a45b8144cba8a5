/// An open-addressing hash table keyed by `WordKey`, using the key's FNV bits directly as the hash.
///
/// Lexicon lookups happen for every word of every document; `Dictionary` would hash each key again with SipHash, which
/// dominated profiles. Keys are already well-mixed 64-bit hashes, so linear probing on their low bits is enough.
public struct WordKeyTable<Value: Sendable>: Sendable {
    @usableFromInline var keys: [UInt64]
    @usableFromInline var values: [Value?]
    @usableFromInline var used: [Bool]
    public private(set) var count = 0
    @usableFromInline var mask: Int

    public init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        used = [Bool](repeating: false, count: size)
        mask = size - 1
    }

    @inlinable @inline(__always)
    func slot(for key: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while used[i] && keys[i] != key { i = (i + 1) & mask }
        return i
    }

    public subscript(key: WordKey) -> Value? {
        @inlinable get {
            let i = slot(for: key.value)
            return used[i] ? values[i] : nil
        }
        set {
            guard let newValue else { return }  // removal is not needed by the lexicon
            if (count + 1) * 2 > keys.count { grow() }
            let i = slot(for: key.value)
            if !used[i] {
                used[i] = true
                keys[i] = key.value
                count += 1
            }
            values[i] = newValue
        }
    }

    @inlinable
    public func contains(_ key: WordKey) -> Bool {
        used[slot(for: key.value)]
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values, oldUsed = used
        let size = keys.count * 2
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        used = [Bool](repeating: false, count: size)
        mask = size - 1
        count = 0
        for i in oldKeys.indices where oldUsed[i] {
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
        keys.indices.filter { used[$0] }.map { WordKey(value: keys[$0]) }
    }
}

extension WordKeyTable where Value == Bool {
    /// A set of keys.
    public init<S: Sequence>(keys: S) where S.Element == WordKey {
        self.init(keys.map { ($0, true) })
    }
}
