/// A read-only hash table from `WordKey` to a value, for lookups on the hot path.
///
/// A `WordKey` is already a 64-bit hash, so the table indexes by its bits directly (open addressing, linear probing)
/// instead of hashing it again as `Dictionary` does.
public struct WordKeyTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int
    /// The value of the key 0, which marks empty slots.
    private var zeroValue: Value?
    public private(set) var count = 0

    /// A table of `entries`; a later entry for the same key replaces an earlier one.
    public init<S: Sequence>(_ entries: S) where S.Element == (WordKey, Value) {
        let items = Array(entries)
        var capacity = 8
        while capacity < items.count * 4 { capacity *= 2 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: nil, count: capacity)
        mask = capacity - 1
        for (key, value) in items { insert(key.value, value) }
    }

    private mutating func insert(_ key: UInt64, _ value: Value) {
        if key == 0 {
            if zeroValue == nil { count += 1 }
            zeroValue = value
            return
        }
        var i = Self.slot(key, mask)
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        if keys[i] == 0 { count += 1 }
        keys[i] = key
        values[i] = value
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: (key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15 >> 32) & mask }

    /// The value stored for `key`, if any.
    @inline(__always)
    public subscript(_ key: WordKey) -> Value? {
        let k = key.value
        if k == 0 { return zeroValue }
        var i = Self.slot(k, mask)
        while true {
            let stored = keys[i]
            if stored == k { return values[i] }
            if stored == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    @inline(__always)
    public func contains(_ key: WordKey) -> Bool {
        let k = key.value
        if k == 0 { return zeroValue != nil }
        return keys.withUnsafeBufferPointer { keys in
            var i = Self.slot(k, mask)
            while true {
                let stored = keys[i]
                if stored == k { return true }
                if stored == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }
}

extension WordKeyTable where Value == Bool {
    /// A set of keys.
    public init<S: Sequence>(keys: S) where S.Element == WordKey {
        self.init(keys.map { ($0, true) })
    }
}
