import EventModel

/// A normalised view of a text that maps every normalised position back to the original.
public struct NormalizedText: Sendable {
    /// The original text's scalars (spans index into these).
    public let original: [Unicode.Scalar]
    /// The normalised scalars.
    public let scalars: [Unicode.Scalar]
    /// For each normalised scalar, the offset of the original scalar it came from.
    public let origin: [Int32]

    public init(original: [Unicode.Scalar], scalars: [Unicode.Scalar], origin: [Int32]) {
        self.original = original
        self.scalars = scalars
        self.origin = origin
    }

    public var count: Int { scalars.count }

    /// The normalised text as a string.
    public var string: String { Self.makeString(scalars[...]) }

    /// The normalised text of a range of normalised positions.
    public func string(_ range: Range<Int>) -> String { Self.makeString(scalars[range]) }

    /// The normalised text of a token, built on demand (tokens hold no string).
    public func text(of token: Token) -> String { string(token.range) }

    /// Whether the normalised text of `token` starts with `prefix` as `String.hasPrefix` would say, without building the
    /// string: the scalars agree, and the scalar after them does not join the prefix's last letter as a mark (which
    /// would make a different character).
    public func text(of token: Token, hasPrefix prefix: String) -> Bool {
        var i = token.range.lowerBound
        for p in prefix.unicodeScalars {
            guard i < token.range.upperBound, scalars[i] == p else { return false }
            i += 1
        }
        guard i < token.range.upperBound, i > token.range.lowerBound else { return true }
        let next = scalars[i]
        return !(next.properties.isGraphemeExtend || next.value == 0x200D || next.properties.generalCategory == .spacingMark)
    }

    /// Whether the original letter behind the last normalised position of `range` is ة (teh marbuta), which matching
    /// form writes ه: such a word ends in its stem, never in the pronoun ه.
    @inline(__always)
    public func endsWithTehMarbuta(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        return original[Int(origin[range.upperBound - 1])].value == 0x0629
    }

    /// The original span covered by a range of normalised positions.
    ///
    /// Harakat the view removed right after the last scalar belong to it and are included ("قُتِلَ", not "قُتِل").
    public func originalSpan(_ range: Range<Int>) -> TextSpan {
        guard !range.isEmpty else {
            let at = range.lowerBound < origin.count ? Int(origin[range.lowerBound]) : original.count
            return TextSpan(start: at, end: at)
        }
        var end = Int(origin[range.upperBound - 1]) + 1
        let limit = range.upperBound < origin.count ? Int(origin[range.upperBound]) : original.count
        while end < limit, ArabicNormalizer.isDiacritic(original[end].value) { end += 1 }
        return TextSpan(start: Int(origin[range.lowerBound]), end: end)
    }

    /// The original text of a span (clamped to the text).
    public func originalString(_ span: TextSpan) -> String {
        let s = Swift.max(0, Swift.min(span.start, original.count))
        let e = Swift.max(s, Swift.min(span.end, original.count))
        return Self.makeString(original[s..<e])
    }

    /// A string of scalars, encoded to UTF-8 straight into the string's storage.
    static func makeString(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        slice.withUnsafeBufferPointer { makeString($0) }
    }

    /// A string of scalars, encoded to UTF-8 straight into the string's storage.
    static func makeString(_ slice: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        // Short words (the common case) are encoded on the stack; the string copies them into its inline storage.
        if slice.count <= 7 {
            var buffer: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            return withUnsafeMutableBytes(of: &buffer) { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                let n = encode(slice, into: bytes)
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<n]), as: UTF8.self)
            }
        }
        var count = 0
        for c in slice {
            let v = c.value
            count += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: count) { encode(slice, into: $0) }
    }

    /// Writes the UTF-8 of `slice` to `buffer` (which has room for it) and returns the byte count.
    @inline(__always)
    static func encode(_ slice: UnsafeBufferPointer<Unicode.Scalar>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var i = 0
        for c in slice {
            let v = c.value
            if v < 0x80 {
                buffer[i] = UInt8(v)
                i += 1
            } else if v < 0x800 {
                buffer[i] = UInt8(0xC0 | (v >> 6))
                buffer[i + 1] = UInt8(0x80 | (v & 0x3F))
                i += 2
            } else if v < 0x10000 {
                buffer[i] = UInt8(0xE0 | (v >> 12))
                buffer[i + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                buffer[i + 2] = UInt8(0x80 | (v & 0x3F))
                i += 3
            } else {
                buffer[i] = UInt8(0xF0 | (v >> 18))
                buffer[i + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                buffer[i + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                buffer[i + 3] = UInt8(0x80 | (v & 0x3F))
                i += 4
            }
        }
        return i
    }
}
