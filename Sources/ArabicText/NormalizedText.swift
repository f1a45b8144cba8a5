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

    static func makeString(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: slice)
        return String(s)
    }
}
