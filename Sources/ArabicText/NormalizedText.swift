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

    /// The original span covered by a range of normalised positions.
    public func originalSpan(_ range: Range<Int>) -> TextSpan {
        guard !range.isEmpty else {
            let at = range.lowerBound < origin.count ? Int(origin[range.lowerBound]) : original.count
            return TextSpan(start: at, end: at)
        }
        return TextSpan(start: Int(origin[range.lowerBound]), end: Int(origin[range.upperBound - 1]) + 1)
    }

    /// The original text of a span (clamped to the text).
    public func originalString(_ span: TextSpan) -> String {
        let s = Swift.max(0, Swift.min(span.start, original.count))
        let e = Swift.max(s, Swift.min(span.end, original.count))
        return Self.makeString(original[s..<e])
    }

    /// Builds a string by writing the scalars' UTF-8 straight into its storage (no per-scalar appends).
    static func makeString(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        var bytes = 0
        for s in slice { bytes += UTF8.width(s) }
        return String(unsafeUninitializedCapacity: bytes) { buffer in
            var i = 0
            for s in slice {
                UTF8.encode(s) { byte in
                    buffer[i] = byte
                    i += 1
                }
            }
            return i
        }
    }
}
