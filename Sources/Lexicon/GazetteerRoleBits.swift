import ArabicText

/// The gazetteer's word roles (`GazetteerWordRoles`) packed into one byte a word, in a table of its own that a loop
/// over every word of a document probes through buffers opened once (`withProbe(_:)`).
///
/// The place matcher asks for every stem of every word whether it starts a name, is a listed common word or a cue: most
/// stems are none, so a probe mostly ends at an empty slot. One 16-bit entry a slot holds the key's tag (low byte) and
/// the role bits (high byte), so a hit reads the bits with the tag; the table is kept at most an eighth full.
public struct GazetteerRoleBits: Sendable {
    /// The word is listed as never being a place.
    public static let stopword: UInt8 = 1
    /// A name or country form starts with the word.
    public static let nameStart: UInt8 = 2
    /// A name the gazetteer lacks may follow the word.
    public static let unlistedCue: UInt8 = 4
    /// The word is a cue; its kind is the code in `cueBits` (`code(of:)`).
    public static let cue: UInt8 = 8
    /// The bits that hold the code (1...7) of the word's cue.
    public static let cueBits: UInt8 = 0x70

    /// The code (1...7) of a cue in the `cueBits`.
    @inlinable @inline(__always)
    public static func code(of cue: PlaceCue) -> UInt8 {
        switch cue {
        case .town: 1
        case .region: 2
        case .near: 3
        case .capital: 4
        case .skip: 5
        case .at: 6
        case .border: 7
        }
    }

    /// The cue whose code is in the `cueBits` of `bits`, if any.
    @inlinable @inline(__always)
    public static func cue(in bits: UInt8) -> PlaceCue? {
        switch (bits & cueBits) >> 4 {
        case 1: .town
        case 2: .region
        case 3: .near
        case 4: .capital
        case 5: .skip
        case 6: .at
        case 7: .border
        default: nil
        }
    }

    /// The role bits of one word's roles.
    public static func bits(of roles: GazetteerWordRoles) -> UInt8 {
        var b: UInt8 = 0
        if roles.isStopword { b |= stopword }
        if roles.longestName > 0 { b |= nameStart }
        if roles.unlistedCue != nil { b |= unlistedCue }
        if let c = roles.cue { b |= cue | code(of: c) << 4 }
        return b
    }

    /// Per slot: 0 when empty, else the key's tag (low byte, top bit set) and the word's role bits (high byte).
    @usableFromInline let entries: [UInt16]
    @usableFromInline let keys: [UInt64]
    @usableFromInline let mask: Int

    /// The role bits of every word of `roles` (a word with no role has none and is left out).
    public init(_ roles: [(WordKey, GazetteerWordRoles)]) {
        var size = 16
        while size < roles.count * 8 { size <<= 1 }
        var entries = [UInt16](repeating: 0, count: size)
        var keys = [UInt64](repeating: 0, count: size)
        let mask = size - 1
        for (key, value) in roles {
            let b = Self.bits(of: value)
            guard b != 0 else { continue }
            let tag = UInt16(Self.tag(key.value))
            var i = Int(truncatingIfNeeded: key.value ^ (key.value >> 29)) & mask
            while entries[i] != 0 && keys[i] != key.value { i = (i + 1) & mask }
            entries[i] = tag | UInt16(b) << 8
            keys[i] = key.value
        }
        self.entries = entries
        self.keys = keys
        self.mask = mask
    }

    /// A key's tag: never 0, which marks an empty slot.
    @inlinable @inline(__always)
    static func tag(_ key: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: key >> 57) | 0x80 }

    /// The role bits of the word whose key is `key` (0 when it has no role).
    @inlinable
    public func bits(of key: WordKey) -> UInt8 { withProbe { $0.bits(of: key.value) } }

    /// Calls `body` with a probe of the table whose buffers stay open for the call.
    @inlinable @inline(__always)
    public func withProbe<R>(_ body: (Probe) -> R) -> R {
        entries.withUnsafeBufferPointer { entries in
            keys.withUnsafeBufferPointer { keys in body(Probe(entries: entries.baseAddress!, keys: keys.baseAddress!, mask: mask)) }
        }
    }

    /// Lookups in the table through its open buffers (valid only inside `withProbe(_:)`).
    public struct Probe {
        @usableFromInline let entries: UnsafePointer<UInt16>
        @usableFromInline let keys: UnsafePointer<UInt64>
        @usableFromInline let mask: Int

        @inlinable
        init(entries: UnsafePointer<UInt16>, keys: UnsafePointer<UInt64>, mask: Int) {
            self.entries = entries
            self.keys = keys
            self.mask = mask
        }

        /// The role bits of the word whose key value is `key` (0 when it has no role).
        @inlinable @inline(__always)
        public func bits(of key: UInt64) -> UInt8 {
            let tag = UInt16(GazetteerRoleBits.tag(key))
            var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
            while true {
                let e = entries[i]
                if e == 0 { return 0 }
                if e & 0xFF == tag && keys[i] == key { return UInt8(truncatingIfNeeded: e >> 8) }
                i = (i + 1) & mask
            }
        }
    }
}
