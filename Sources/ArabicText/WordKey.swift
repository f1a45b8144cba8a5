/// A 64-bit FNV-1a hash of a normalised word's scalars: lexicon lookups without building strings.
public struct WordKey: Hashable, Sendable {
    public let value: UInt64

    @inlinable
    public init(value: UInt64) { self.value = value }

    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    @usableFromInline static let prime: UInt64 = 0x100_0000_01b3

    @inlinable @inline(__always)
    public static func combine(_ h: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        (h ^ UInt64(scalar.value)) &* prime
    }

    /// The key of a run of scalars.
    @inlinable @inline(__always)
    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var h = WordKey.offsetBasis
        for s in scalars { h = WordKey.combine(h, s) }
        value = h
    }

    /// The key of a string already in matching form.
    @inlinable
    public init(_ normalized: String) {
        var h = WordKey.offsetBasis
        for s in normalized.unicodeScalars { h = WordKey.combine(h, s) }
        value = h
    }

    /// The key of this key's text followed by `scalars`: FNV-1a has no finalisation step, so a key can be extended
    /// (the key of "دير الزور" is the key of "دير" extended by " الزور") without building the joined string.
    @inlinable @inline(__always)
    public func appending<C: Collection>(scalars: C) -> WordKey where C.Element == Unicode.Scalar {
        var h = value
        for s in scalars { h = WordKey.combine(h, s) }
        return WordKey(value: h)
    }

    /// The key of this key's text followed by one scalar.
    @inlinable @inline(__always)
    public func appending(_ scalar: Unicode.Scalar) -> WordKey {
        WordKey(value: WordKey.combine(value, scalar))
    }
}
